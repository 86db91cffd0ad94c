import fc from "fast-check";
import { CENT, Dec } from "../../src/core";
import { type Corridor, type Line, sweepActive } from "../../src/core/corridorSweep";
import { corridorOf, ds } from "./helpers";

/** Σ clamp(μ·v, lo, hi) over all rows. */
function reachedAt(scale: Dec, weights: readonly Dec[], corridor: Corridor): Dec {
  return weights.reduce((sum, weight, i) => {
    const low = corridor.lower[i]!;
    const high = corridor.upper[i]!;
    const value = scale.times(weight);
    return sum.plus(value.lt(low) ? low : value.gt(high) ? high : value);
  }, new Dec(0));
}

const noBase: Line = { constant: new Dec(0), slope: new Dec(0) };
const rows = (count: number): number[] => Array.from({ length: count }, (_, row) => row);

describe("sweepActive", () => {
  describe("when every row is active from μ = 0 to beyond the last breakpoint", () => {
    it("finds μ and the places: v = 1, 3, 6, H = 100, c = .2, B = 302 → μ = 34", () => {
      // ρ = 100, 33.3, 16.7; at μ = 34 row 2 (ρ·1.2 = 20) has left at 120, row 1 follows
      // (26.7 < 34 < 40) with 102, row 0 waits at 80: 120 + 102 + 80 = 302.
      const result = sweepActive(
        new Dec(302),
        rows(3),
        ds(["1", "3", "6"]),
        corridorOf(ds(["100", "100", "100"]), "0.2"),
        noBase,
        { low: new Dec(0), high: undefined }
      );
      expect(result.scale.toFixed()).toBe("34");
      expect(result.above).toEqual([2]);
      expect(result.inside).toEqual([1]);
    });

    it("returns the last exit when B is the top of the sum", () => {
      // Both at hi = 110 from μ = 110 (row 0: ρ = 100, exit 110; row 1: ρ = 50, exit 55).
      const result = sweepActive(
        new Dec(220),
        rows(2),
        ds(["1", "2"]),
        corridorOf(ds(["100", "100"]), "0.1"),
        noBase,
        { low: new Dec(0), high: undefined }
      );
      expect(result.scale.toFixed()).toBe("110");
    });
  });

  describe("when only some rows are active inside a bracket", () => {
    it("adds the others' line and stops at the bracket's end", () => {
      // Row 0 (v = 2, H = 100, c = .1: breakpoints 45 and 55) is active in (40, 60); the rest
      // of the district is the line 500 + 4μ there. S(μ) = 500 + 4μ + clamp(2μ, 90, 110):
      // at μ = 50, 500 + 200 + 100 = 800 = B.
      const base: Line = { constant: new Dec(500), slope: new Dec(4) };
      const result = sweepActive(
        new Dec(800),
        [0],
        ds(["2"]),
        corridorOf(ds(["100"]), "0.1"),
        base,
        { low: new Dec(40), high: new Dec(60) }
      );
      expect(result.scale.toFixed()).toBe("50");
      expect(result.inside).toEqual([0]);
    });

    it("solves on the last segment when no active breakpoint in the bracket reaches B", () => {
      // Same row, bracket (40, 50): S(45) = 500 + 180 + 90 = 770 < 790 = B, so the segment is
      // (45, 50) where 500 + 4μ + 2μ = 790 → μ = 48.33…; the bracket's end 50 closes it.
      const base: Line = { constant: new Dec(500), slope: new Dec(4) };
      const result = sweepActive(
        new Dec(790),
        [0],
        ds(["2"]),
        corridorOf(ds(["100"]), "0.1"),
        base,
        { low: new Dec(40), high: new Dec(50) }
      );
      expect(result.scale.times(6).toFixed()).toBe("290");
      expect(result.inside).toEqual([0]);
    });
  });

  it("meets B to 30 digits for any district, with every row active", () => {
    const row = fc.tuple(
      fc.integer({ min: 1, max: 20_000 }),
      fc.integer({ min: 1, max: 3_000 }),
      fc.integer({ min: 1, max: 30_000_000 })
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 100 }),
        fc.constantFrom("0.01", "0.05", "0.5"),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (list, c, position) => {
          const weights = list.map(([p, lf]) => new Dec(p).times(new Dec(lf).div(7)));
          const corridor = corridorOf(
            list.map(([, , h]) => new Dec(h).times(CENT)),
            c
          );
          const lowest = corridor.lower.reduce((a, b) => a.plus(b));
          const highest = corridor.upper.reduce((a, b) => a.plus(b));
          const total = lowest.plus(highest.minus(lowest).times(position.toFixed(6)));
          fc.pre(total.gt(lowest));
          const { scale } = sweepActive(total, rows(list.length), weights, corridor, noBase, {
            low: new Dec(0),
            high: undefined,
          });
          const reached = reachedAt(scale, weights, corridor);
          expect(reached.minus(total).abs().lte(total.times("1e-30"))).toBe(true);
        }
      )
    );
  });
});
