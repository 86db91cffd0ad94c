import fc from "fast-check";
import { CENT, Dec } from "../../src/core";
import { type Corridor, solveCorridor } from "../../src/core/corridorScale";
import { corridorOf, ds } from "./helpers";

/** Σ clamp(μ·v, lo, hi), the sum the scale must bring to B. */
function reachedAt(scale: Dec, weights: readonly Dec[], corridor: Corridor): Dec {
  return weights.reduce((sum, weight, i) => {
    const low = corridor.lower[i]!;
    const high = corridor.upper[i]!;
    if (weight.isZero()) return sum.plus(low);
    const value = scale.times(weight);
    return sum.plus(value.lt(low) ? low : value.gt(high) ? high : value);
  }, new Dec(0));
}

/**
 * The reference: every breakpoint lo/v and hi/v formed by its own division, all sorted, the sum
 * walked from μ = 0 one breakpoint at a time until it reaches B.
 */
function referenceScale(total: Dec, weights: readonly Dec[], corridor: Corridor): Dec {
  const points: { at: Dec; row: number; entry: boolean }[] = [];
  let constant = new Dec(0);
  weights.forEach((weight, row) => {
    const low = corridor.lower[row]!;
    constant = constant.plus(low);
    if (weight.isZero() || low.isZero()) return;
    points.push({ at: low.div(weight), row, entry: true });
    points.push({ at: corridor.upper[row]!.div(weight), row, entry: false });
  });
  points.sort((a, b) => a.at.cmp(b.at) || Number(b.entry) - Number(a.entry));
  let slope = new Dec(0);
  for (const point of points) {
    if (constant.plus(slope.times(point.at)).gte(total)) {
      return slope.isZero() ? point.at : total.minus(constant).div(slope);
    }
    const weight = weights[point.row]!;
    slope = point.entry ? slope.plus(weight) : slope.minus(weight);
    constant = point.entry
      ? constant.minus(corridor.lower[point.row]!)
      : constant.plus(corridor.upper[point.row]!);
  }
  return points[points.length - 1]!.at;
}

/** The corridor of row `row` alone. */
function corridorOnly(corridor: Corridor, row: number): Corridor {
  return {
    ...corridor,
    previous: [corridor.previous[row]!],
    lower: [corridor.lower[row]!],
    upper: [corridor.upper[row]!],
  };
}

describe("solveCorridor", () => {
  describe("when the segment that reaches B is known by hand", () => {
    it.each([
      // v = 1, 3, 6 around H = 100 with c = .2, so [80, 120] each. Breakpoints: row 0 at 80,
      // 120; row 1 at 26.67, 40; row 2 at 13.33, 20. Between 26.67 and 40 row 2 sits at 120,
      // row 0 at 80 and row 1 follows: 200 + 3μ = 301 → μ = 101/3, μ·3 = 101.
      ["301", ["1", "3", "6"], ["100", "100", "100"], "0.2", 1, "101", ["80", "101", "120"]],
      // Same with B = 302: 200 + 3μ = 302 → μ = 34 exactly, μ·3 = 102.
      ["302", ["1", "3", "6"], ["100", "100", "100"], "0.2", 1, "102", ["80", "102", "120"]],
      // A row without weight stays at 90; the other follows: 90 + μ·1 = 195 → μ = 105.
      ["195", ["0", "1"], ["100", "100"], "0.1", 1, "105", ["90", "105"]],
      // A row without previous budget stays at 0; the other follows inside [45, 55]: μ·2 = 50.
      ["50", ["5", "2"], ["0", "50"], "0.1", 1, "50", ["0", "50"]],
      // B at the top: every amount at its cap; μ is the last exit 110/1 (μ·2 = 220 is capped).
      ["220", ["1", "2"], ["100", "100"], "0.1", 1, "220", ["110", "110"]],
    ] as const)(
      "meets %s with v = %j, H = %j, c = %s: μ·v of row %i is %s, the amounts %j",
      (total, v, h, c, row, followed, expected) => {
        const weights = ds(v);
        const { scale, amounts } = solveCorridor(new Dec(total), weights, corridorOf(ds(h), c));
        expect(scale.times(weights[row]!).toFixed()).toBe(followed);
        expect(amounts.map((amount) => amount.toFixed())).toEqual(expected);
      }
    );
  });

  describe("when many rows share one breakpoint", () => {
    it("solves inside the tie: 100 rows with v = 1, H = 1, c = .5, B = 120 → μ = 1.2", () => {
      // All rows enter at .5 and leave at 1.5 together; in between S = 100·μ = 120.
      const weights = Array.from({ length: 100 }, () => new Dec(1));
      const { scale, amounts } = solveCorridor(new Dec(120), weights, corridorOf(weights, "0.5"));
      expect(scale.toFixed()).toBe("1.2");
      expect(new Set(amounts.map((amount) => amount.toFixed()))).toEqual(new Set(["1.2"]));
    });
  });

  describe("for any district and feasible total", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 20_000 }),
      fc.integer({ min: 0, max: 3_000 }),
      fc.integer({ min: 0, max: 30_000_000 })
    );
    const district = fc.array(row, { minLength: 1, maxLength: 200 });

    it("meets B to 30 digits with amounts clamp(μ·v), and μ agrees with the reference walk", () => {
      fc.assert(
        fc.property(
          district,
          fc.constantFrom("0.05", "0.2", "0.9"),
          fc.double({ min: 0.001, max: 1, noNaN: true }),
          (rows, c, position) => {
            // LF with three decimals, as a quotient: many weights with 40 digits.
            const weights = rows.map(([p, lf]) => new Dec(p).times(new Dec(lf).div(7)));
            const corridor = corridorOf(
              rows.map(([, , h]) => new Dec(h).times(CENT)),
              c
            );
            const lowest = corridor.lower.reduce((a, b) => a.plus(b), new Dec(0));
            const highest = weights.reduce(
              (sum, w, i) => sum.plus(w.isZero() ? corridor.lower[i]! : corridor.upper[i]!),
              new Dec(0)
            );
            fc.pre(highest.gt(lowest));
            const total = lowest.plus(highest.minus(lowest).times(position.toFixed(6)));
            fc.pre(total.gt(lowest));
            const { scale, amounts, sum } = solveCorridor(total, weights, corridor);
            const reached = reachedAt(scale, weights, corridor);
            const tolerance = total.times("1e-30");
            expect(reached.minus(total).abs().lte(tolerance)).toBe(true);
            // The amounts are clamp(μ·v, lo, hi) row by row, to 30 digits.
            const clamped = weights.map((w, i) => reachedAt(scale, [w], corridorOnly(corridor, i)));
            amounts.forEach((amount, i) => {
              expect(amount.minus(clamped[i]!).abs().lte(tolerance)).toBe(true);
            });
            const summed = amounts.reduce((a, b) => a.plus(b), new Dec(0));
            expect(sum.minus(summed).abs().lte(tolerance)).toBe(true);
            // On a plateau of S (B = the top) any μ past the last exit meets B; else μ is unique.
            if (total.lt(highest)) {
              const reference = referenceScale(total, weights, corridor);
              expect(scale.minus(reference).abs().lte(reference.times("1e-30"))).toBe(true);
            }
          }
        ),
        { numRuns: 200 }
      );
    });
  });
});
