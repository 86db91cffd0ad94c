import fc from "fast-check";
import { CENT, Dec } from "../../src/core";
import { solveScale, solveScaleExactly, solveScaleGuided } from "../../src/core/corridorScale";

/** Σ clamp(μ·v, lo, hi) for the check below. */
function reachedAt(
  scale: Dec,
  weights: readonly Dec[],
  lower: readonly Dec[],
  upper: readonly Dec[]
): Dec {
  return weights.reduce((sum, weight, i) => {
    const value = scale.times(weight);
    const clamped = value.lt(lower[i]!) ? lower[i]! : value.gt(upper[i]!) ? upper[i]! : value;
    return sum.plus(clamped);
  }, new Dec(0));
}

describe("solveScale", () => {
  it("solves the worked example: t = 30, 90, 180 in [80, 120] with B = 301 gives λ·t = 101 inside", () => {
    // With v = P·LF = 1, 3, 6: μ·3 = 101 → μ = 101/3 (the model's λ = μ·Σv/B = 1010/903).
    const weights = ["1", "3", "6"].map((x) => new Dec(x));
    const lower = weights.map(() => new Dec(80));
    const upper = weights.map(() => new Dec(120));
    const scale = solveScale(new Dec(301), weights, { lower, upper }, new Dec(240));
    expect(scale.times(3).toFixed()).toBe("101");
  });

  it("meets B like the all-Dec sweep (μ may differ only on a plateau of the sum)", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 20_000 }),
      fc.integer({ min: 0, max: 3_000 }),
      fc.integer({ min: 0, max: 30_000_000 })
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 200 }),
        fc.constantFrom("0", "0.05", "0.2"),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (rows, c, position) => {
          const weights = rows.map(([p, lf]) => new Dec(p).times(new Dec(lf).div(1000)));
          const previous = rows.map(([, , h]) => new Dec(h).times(CENT));
          const lower = previous.map((h) => h.times(new Dec(1).minus(c)));
          const upper = previous.map((h) => h.times(new Dec(1).plus(c)));
          const lowest = lower.reduce((a, b) => a.plus(b), new Dec(0));
          const highest = weights.reduce(
            (sum, w, i) => sum.plus(w.isZero() ? lower[i]! : upper[i]!),
            new Dec(0)
          );
          fc.pre(highest.gt(lowest));
          const total = lowest.plus(highest.minus(lowest).times(position.toFixed(6)));
          fc.pre(total.gt(lowest));
          const bounds = { lower, upper };
          const guided = solveScaleGuided(total, weights, bounds, lowest);
          expect(guided).toBeDefined();
          const exact = solveScaleExactly(total, weights, bounds, lowest);
          const chosen = solveScale(total, weights, bounds, lowest);
          // All meet B up to 40-digit rounding of the sums themselves.
          for (const scale of [guided!, exact, chosen]) {
            const reached = reachedAt(scale, weights, lower, upper);
            expect(reached.minus(total).abs().lte(total.times("1e-30"))).toBe(true);
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
