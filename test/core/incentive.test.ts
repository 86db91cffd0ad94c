import fc from "fast-check";
import { CENT, computeIncentive, Dec } from "../../src/core";
import { d, expectInputError } from "./helpers";

describe("computeIncentive", () => {
  it.each([
    // Saved 200: ρ·200 = 100, below the cap κ·R = 200.
    ["1000", "800", "0.5", "0.2", undefined, "100.00"],
    // Saved 800: ρ·800 = 400, capped at κ·R = 200.
    ["1000", "200", "0.5", "0.2", undefined, "200.00"],
    // No cap given: the full 400.
    ["1000", "200", "0.5", undefined, undefined, "400.00"],
    ["1000", "1000", "0.5", "0.2", "0.25", "0.00"],
    // Overspent 100: malus μ·100 = 25.
    ["1000", "1100", "0.5", "0.2", "0.25", "-25.00"],
    // Overspent without a malus share: nothing.
    ["1000", "1100", "0.5", "0.2", undefined, "0.00"],
    // ρ·0.01 = 0.005 → 0.01 (half-up); the malus −0.005 → −0.01 (away from zero).
    ["100", "99.99", "0.5", undefined, undefined, "0.01"],
    ["100", "100.01", "0.5", undefined, "0.5", "-0.01"],
    ["0", "0", "0.5", "0.2", undefined, "0.00"],
  ])(
    "gives R = %s, E = %s, ρ = %s, κ = %s, μ = %s the incentive %s",
    (budget, actual, retain, cap, malus, expected) => {
      const incentive = computeIncentive(
        d(budget),
        d(actual),
        d(retain),
        cap === undefined ? undefined : d(cap),
        malus === undefined ? undefined : d(malus)
      );
      expect(incentive.toFixed(2)).toBe(expected);
    }
  );

  it("returns 0, not -0, without a malus", () => {
    expect(computeIncentive(d("1"), d("2"), d("0.5")).isNegative()).toBe(false);
  });

  it.each([
    [
      "a negative budget",
      () => computeIncentive(d("-1"), d("0"), d("0.5")),
      { code: "NEGATIVE_VALUE" },
    ],
    [
      "negative spending",
      () => computeIncentive(d("1"), d("-1"), d("0.5")),
      { code: "NEGATIVE_VALUE" },
    ],
    [
      "a retained share above 1",
      () => computeIncentive(d("1"), d("0"), d("1.5")),
      { code: "SHARE_OUT_OF_RANGE" },
    ],
    [
      "a negative cap share",
      () => computeIncentive(d("1"), d("0"), d("0.5"), d("-0.1")),
      { code: "SHARE_OUT_OF_RANGE" },
    ],
    [
      "a malus share above 1",
      () => computeIncentive(d("1"), d("2"), d("0.5"), undefined, d("2")),
      { code: "SHARE_OUT_OF_RANGE" },
    ],
  ] as const)("rejects %s", (_case, action, expected) => {
    expectInputError(action, expected);
  });

  it("rewards savings with at most ρ·(R − E) and κ·R, and never rewards an overspend", () => {
    const money = fc.integer({ min: 0, max: 100_000_000 }).map((n) => new Dec(n).times(CENT));
    const share = fc.integer({ min: 0, max: 100 }).map((n) => new Dec(n).div(100));
    fc.assert(
      fc.property(money, money, share, share, share, (budget, actual, retain, cap, malus) => {
        const incentive = computeIncentive(budget, actual, retain, cap, malus);
        const savings = budget.minus(actual);
        const halfCent = new Dec("0.005");
        if (savings.gt(0)) {
          expect(incentive.gte(0)).toBe(true);
          expect(incentive.lte(retain.times(savings).plus(halfCent))).toBe(true);
          expect(incentive.lte(cap.times(budget).plus(halfCent))).toBe(true);
        } else {
          expect(incentive.lte(0)).toBe(true);
          expect(incentive.gte(malus.times(savings).minus(halfCent))).toBe(true);
        }
      })
    );
  });
});
