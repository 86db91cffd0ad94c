/**
 * The exact end of KORRIDOR's solve (corridorScale.ts). S(μ) = Σ clamp(μ·v, lo, hi) with
 * lo = H·(1−c), hi = H·(1+c) is linear between breakpoints: row i enters its corridor at
 * (1−c)·ρ[i] and leaves it at (1+c)·ρ[i], ρ[i] = H[i]/v[i]. Between two probes μ_lo < μ_hi with
 * S(μ_lo) < B ≤ S(μ_hi) only the "active" rows change place; their ρ are formed exactly (one
 * division each) and sorted, which orders all their breakpoints, and prefix sums in that order
 * give S at any μ in the bracket. The segment that reaches B gives μ by one exact division.
 */
import { type Dec, ZERO } from "./decimal";

/** Where a row's amount sits at μ: at lo, following μ·v, or at hi. */
export type Place = "below" | "inside" | "above";

/** The bounds of every row: H, lo = H·(1−c), hi = H·(1+c), and the factors 1 − c and 1 + c. */
export interface Corridor {
  readonly previous: readonly Dec[];
  readonly lower: readonly Dec[];
  readonly upper: readonly Dec[];
  readonly down: Dec;
  readonly up: Dec;
}

/** A line constant + slope·μ: part of S(μ). */
export interface Line {
  readonly constant: Dec;
  readonly slope: Dec;
}

/** The bracket: S(low) < B ≤ S(high); no high means beyond every breakpoint. */
export interface Bracket {
  readonly low: Dec;
  readonly high: Dec | undefined;
}

/** μ, S(μ) from the segment's line, and the places of the active rows at μ (the rest: below). */
export interface SweepResult {
  readonly scale: Dec;
  readonly sum: Dec;
  readonly above: readonly number[];
  readonly inside: readonly number[];
}

/** The active rows in ρ order, with the prefix sums that give their part of S at any μ. */
interface Sweep {
  readonly rows: readonly number[];
  readonly rho: readonly Dec[];
  readonly down: Dec;
  readonly up: Dec;
  readonly base: Line;
  /** upperBefore[j] = Σ hi over the first j rows (those that have left their corridor). */
  readonly upperBefore: readonly Dec[];
  /** lowerFrom[j] = Σ lo over the rows from j on (those that have not entered it). */
  readonly lowerFrom: readonly Dec[];
  /** weightBefore[j] = Σ v over the first j rows. */
  readonly weightBefore: readonly Dec[];
}

/** The active rows' share of a segment: the first `left` sit at hi, those from `entered` at lo. */
interface Segment extends Line {
  readonly left: number;
  readonly entered: number;
}

/**
 * Returns μ with S(μ) = B inside `bracket`, where the `active` rows (v > 0, H > 0) may change
 * place and every other row keeps its place and adds up to `base`. The closing point is the
 * smallest active breakpoint in the bracket with S ≥ B, or the bracket's end.
 */
export function sweepActive(
  total: Dec,
  active: readonly number[],
  weights: readonly Dec[],
  corridor: Corridor,
  base: Line,
  bracket: Bracket
): SweepResult {
  const sweep = toSweep(active, weights, corridor, base);
  const end = closingPoint(sweep, total, bracket);
  const segment = segmentBelow(sweep, end);
  const scale = segment.slope.isZero() ? end : total.minus(segment.constant).div(segment.slope);
  return {
    scale,
    sum: segment.constant.plus(segment.slope.times(scale)),
    above: sweep.rows.slice(0, segment.left),
    inside: sweep.rows.slice(segment.left, segment.entered),
  };
}

/** Returns the active rows sorted by ρ = H/v, with their prefix and suffix sums. */
function toSweep(
  active: readonly number[],
  weights: readonly Dec[],
  corridor: Corridor,
  base: Line
): Sweep {
  const { previous, lower, upper, down, up } = corridor;
  const sorted = active
    .map((row) => ({ rho: (previous[row] as Dec).div(weights[row] as Dec), row }))
    .sort((a, b) => a.rho.cmp(b.rho));
  const rows = sorted.map((entry) => entry.row);
  const upperBefore: Dec[] = [ZERO];
  const weightBefore: Dec[] = [ZERO];
  const lowerFrom: Dec[] = rows.map(() => ZERO).concat(ZERO);
  rows.forEach((row, j) => {
    upperBefore.push((upperBefore[j] as Dec).plus(upper[row] as Dec));
    weightBefore.push((weightBefore[j] as Dec).plus(weights[row] as Dec));
  });
  for (let j = rows.length - 1; j >= 0; j--) {
    lowerFrom[j] = (lowerFrom[j + 1] as Dec).plus(lower[rows[j] as number] as Dec);
  }
  const rho = sorted.map((entry) => entry.rho);
  return { rows, rho, down, up, base, upperBefore, lowerFrom, weightBefore };
}

/**
 * Returns the smallest active breakpoint β in the bracket with S(β) ≥ B, or the bracket's end.
 * Breakpoints at or below the low end count as not reaching B (S(low) < B), those at or above
 * the high end as reaching it, so both searches stay monotone.
 */
function closingPoint(sweep: Sweep, total: Dec, bracket: Bracket): Dec {
  const { low, high } = bracket;
  const count = sweep.rho.length;
  const entry = (j: number): Dec => (sweep.rho[j] as Dec).times(sweep.down);
  const exit = (j: number): Dec => (sweep.rho[j] as Dec).times(sweep.up);
  const reaches = (at: Dec): boolean =>
    (high !== undefined && at.gte(high)) || (at.gt(low) && sumAt(sweep, at).gte(total));
  const firstEntry = firstIndex(count, (j) => reaches(entry(j)));
  const firstExit = firstIndex(count, (j) => reaches(exit(j)));
  let end = high;
  if (firstEntry < count) end = lesser(entry(firstEntry), end);
  if (firstExit < count) end = lesser(exit(firstExit), end);
  // Without a high end nothing reaches B only when B is the top of S: all rows at hi.
  return end ?? (count === 0 ? low : exit(count - 1));
}

/** Returns the smaller of `a` and `b`, where an absent `b` is beyond every value. */
function lesser(a: Dec, b: Dec | undefined): Dec {
  return b !== undefined && b.lt(a) ? b : a;
}

/** Returns S(at), the active rows placed by their breakpoints. */
function sumAt(sweep: Sweep, at: Dec): Dec {
  const count = sweep.rho.length;
  const entered = firstIndex(count, (j) => !(sweep.rho[j] as Dec).times(sweep.down).lt(at));
  const left = firstIndex(count, (j) => (sweep.rho[j] as Dec).times(sweep.up).gt(at));
  const segment = segmentOf(sweep, Math.min(left, entered), entered);
  return segment.constant.plus(segment.slope.times(at));
}

/** Returns the segment just below `end`: rows whose breakpoint lies below it have passed it. */
function segmentBelow(sweep: Sweep, end: Dec): Segment {
  const count = sweep.rho.length;
  const entered = firstIndex(count, (j) => !(sweep.rho[j] as Dec).times(sweep.down).lt(end));
  const left = firstIndex(count, (j) => !(sweep.rho[j] as Dec).times(sweep.up).lt(end));
  return segmentOf(sweep, Math.min(left, entered), entered);
}

/** The line of S where the first `left` active rows sit at hi and those from `entered` at lo. */
function segmentOf(sweep: Sweep, left: number, entered: number): Segment {
  const { base } = sweep;
  return {
    constant: base.constant
      .plus(sweep.upperBefore[left] as Dec)
      .plus(sweep.lowerFrom[entered] as Dec),
    slope: base.slope
      .plus(sweep.weightBefore[entered] as Dec)
      .minus(sweep.weightBefore[left] as Dec),
    left,
    entered,
  };
}

/** Returns the first index in [0, count) where the monotone `holds` is true, or count. */
function firstIndex(count: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
