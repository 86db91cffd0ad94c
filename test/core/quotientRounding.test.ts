import fc from "fast-check";
import { CENT, Dec, roundToCent } from "../../src/core";
import { roundProductQuotientToCent } from "../../src/core/quotientRounding";

describe("roundProductQuotientToCent", () => {
  it.each([
    // 100.01·1/2 = 50.005, a tie: half-up gives 50.01.
    ["100.01", "1", "2", "50.01"],
    // 0.1·0.05 = 0.005 exactly, though the float product is 0.005000000000000001.
    ["0.1", "0.05", "1", "0.01"],
    // 333.33·2/3 = 222.22.
    ["333.33", "2", "3", "222.22"],
    // 1000·93/105 = 885.714….
    ["1000", "93", "105", "885.71"],
    ["0", "5", "7", "0.00"],
    // Beyond float precision: 1e18·1/3 = 333333333333333333.333….
    ["1000000000000000000", "1", "3", "333333333333333333.33"],
    // 9.9495/9.9 = 1.005 exactly, a tie: up.
    ["9.9495", "1", "9.9", "1.01"],
    // 1e-39 less: the true quotient 1.005 − 1.01e-40 lies below the tie, but rounds to exactly
    // 1.005 at 40 digits; the product decides: down.
    ["9.949499999999999999999999999999999999999", "1", "9.9", "1.00"],
  ])("rounds %s·%s/%s to %s", (a, b, c, expected) => {
    expect(roundProductQuotientToCent(new Dec(a), new Dec(b), new Dec(c)).toFixed(2)).toBe(
      expected
    );
  });

  it("agrees with the exact quotient rounded half-up, ties included", () => {
    const cents = fc.integer({ min: 0, max: 100_000_000_000 }).map((n) => new Dec(n).times(CENT));
    const factor = fc.oneof(
      fc.constantFrom("0.5", "0.25", "0.125", "1", "0.05").map((x) => new Dec(x)),
      fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Dec(n).div(100))
    );
    const divisor = fc.oneof(
      fc.constantFrom("1", "2", "4", "8", "3", "7").map((x) => new Dec(x)),
      fc.integer({ min: 1, max: 10_000_000 }).map((n) => new Dec(n).div(100))
    );
    fc.assert(
      fc.property(cents, factor, divisor, (a, b, c) => {
        expect(roundProductQuotientToCent(a, b, c).toFixed(2)).toBe(
          roundToCent(a.times(b).div(c)).toFixed(2)
        );
      }),
      { numRuns: 500 }
    );
  });
});
