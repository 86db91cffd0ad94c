import fc from "fast-check";
import { Dec } from "../../src/core";
import {
  allocateUnits,
  allocateUnitsExactly,
  allocateUnitsGuided,
} from "../../src/core/unitCounts";

/** The whole counts as plain strings. */
const counts = (units: readonly Dec[]): string[] => units.map((unit) => unit.toFixed());

describe("allocateUnits", () => {
  it.each([
    // 10 units by 1:1:1 → 3.33 each; the unit left goes to the earliest of the tied rows.
    ["10", ["1", "1", "1"], ["4", "3", "3"]],
    // 3 units by 1:1:1:3 → .5, .5, .5, 1.5; two left: the larger weight, then the earliest row.
    ["3", ["1", "1", "1", "3"], ["1", "0", "0", "2"]],
    // Exact quotients (remainder 0) are split in Dec, not trusted to a float.
    ["600", ["1", "2", "3"], ["100", "200", "300"]],
  ])("splits %s units by %j into %j", (total, weights, expected) => {
    const ws = weights.map((w) => new Dec(w));
    const sum = ws.reduce((a, b) => a.plus(b));
    expect(counts(allocateUnits(new Dec(total), ws, sum))).toEqual(expected);
  });

  it("splits huge totals (beyond float precision) the exact way", () => {
    const total = new Dec("1e20").plus(1);
    const ws = [new Dec(1), new Dec(1)];
    expect(counts(allocateUnits(total, ws, new Dec(2)))).toEqual([
      "50000000000000000001",
      "50000000000000000000",
    ]);
  });

  describe("for any total and weights, including many ties and near-ties", () => {
    // Few distinct weights make ties; quotients by 7 and 9 make 40-digit weights whose float
    // images are close; up to 300 rows make the band around the cut wide.
    const weight = fc.oneof(
      fc.constantFrom("0", "1", "2", "3", "0.5").map((w) => new Dec(w)),
      fc.integer({ min: 0, max: 1_000 }).map((n) => new Dec(n).div(7)),
      fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => new Dec(n).div(9)),
      fc.integer({ min: 1, max: 100 }).map((n) => new Dec(n).times("1e-30")),
      // Weights that differ only beyond a float's 16 digits: equal floats, different remainders.
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 5 }))
        .map(([base, offset]) => new Dec(base).plus(new Dec(offset).times("1e-25")))
    );
    const weights = fc
      .array(weight, { minLength: 1, maxLength: 300 })
      .filter((list) => list.some((w) => !w.isZero()));
    const total = fc.oneof(
      fc.integer({ min: 0, max: 1_000 }),
      fc.integer({ min: 0, max: 2_000_000_000 }),
      fc.constantFrom(2 ** 52, 2 ** 52 + 2)
    );

    it("gives the float-guided way the same counts as the exact way", () => {
      fc.assert(
        fc.property(total, weights, (units, list) => {
          const sum = list.reduce((a, b) => a.plus(b));
          const totalUnits = new Dec(units);
          const guided = allocateUnitsGuided(totalUnits, list, sum);
          // Totals a float holds exactly always take the guided way.
          expect(guided === undefined).toBe(units > 2 ** 52);
          const exact = counts(allocateUnitsExactly(totalUnits, list, sum));
          if (guided !== undefined) expect(counts(guided)).toEqual(exact);
          expect(counts(allocateUnits(totalUnits, list, sum))).toEqual(exact);
        }),
        { numRuns: 300 }
      );
    });
  });
});
