/**
 * The scale μ of KORRIDOR: the one μ ≥ 0 with Σ_i clamp(μ·v[i], lo[i], hi[i]) = B. The sum is
 * piecewise linear and nondecreasing in μ with breakpoints lo/v (a municipality starts to follow
 * μ) and hi/v (it stops); between two breakpoints it is a line "constant + slope·μ", so the
 * segment that reaches B gives μ by one exact division. No bisection, no iteration count.
 */
import { Dec, ZERO } from "./decimal";
import { sumOf } from "./checks";

/** The corridor H(1−c) and H(1+c) of every municipality. */
export interface Bounds {
  readonly lower: readonly Dec[];
  readonly upper: readonly Dec[];
}

/** A municipality's breakpoint: where it starts (entry) or stops (exit) following μ. */
interface Breakpoint {
  readonly at: Dec;
  readonly row: number;
  readonly entry: boolean;
}

/** The line of the sum between two breakpoints. */
interface Line {
  constant: Dec;
  slope: Dec;
}

/** Relative width of the window around the float solution that is re-solved exactly. */
const WINDOW = 1e-9;

/**
 * Returns μ for lowest < total ≤ the largest reachable sum (checked by the caller). Floats find
 * the segment; Dec solves it (see solveNearEstimate); when the floats were too far off, the
 * whole sweep runs in Dec.
 */
export function solveScale(total: Dec, weights: readonly Dec[], bounds: Bounds, lowest: Dec): Dec {
  return (
    solveScaleGuided(total, weights, bounds, lowest) ??
    solveScaleExactly(total, weights, bounds, lowest)
  );
}

/** The float-guided way alone (same contract); undefined when the floats were too far off. */
export function solveScaleGuided(
  total: Dec,
  weights: readonly Dec[],
  bounds: Bounds,
  lowest: Dec
): Dec | undefined {
  return solveNearEstimate(total, weights, bounds, estimateScale(total, weights, bounds, lowest));
}

/** Walks the breakpoints from `line` (valid just above the first one); undefined if B is not reached. */
function walk(
  total: Dec,
  weights: readonly Dec[],
  bounds: Bounds,
  line: Line,
  points: readonly Breakpoint[]
): Dec | undefined {
  for (const point of points) {
    const reached = line.constant.plus(line.slope.times(point.at));
    if (reached.gte(total)) {
      return line.slope.isZero() ? point.at : total.minus(line.constant).div(line.slope);
    }
    if (point.row < 0) continue;
    const weight = weights[point.row] as Dec;
    if (point.entry) {
      line.slope = line.slope.plus(weight);
      line.constant = line.constant.minus(bounds.lower[point.row] as Dec);
    } else {
      line.slope = line.slope.minus(weight);
      line.constant = line.constant.plus(bounds.upper[point.row] as Dec);
    }
  }
  return undefined;
}

/** Returns the exact breakpoint of one row's entry (lo/v) or exit (hi/v). */
function breakpointOf(
  weights: readonly Dec[],
  bounds: Bounds,
  row: number,
  entry: boolean
): Breakpoint {
  const bound = (entry ? bounds.lower : bounds.upper)[row] as Dec;
  return { at: bound.div(weights[row] as Dec), row, entry };
}

/** Orders breakpoints by position, entries before exits at the same μ. */
function byPosition(a: Breakpoint, b: Breakpoint): number {
  return a.at.cmp(b.at) || Number(b.entry) - Number(a.entry);
}

/** Returns true for a row that ever follows μ (weight and previous budget > 0). */
function moves(weights: readonly Dec[], bounds: Bounds, row: number): boolean {
  return !(weights[row] as Dec).isZero() && !(bounds.lower[row] as Dec).isZero();
}

/** The whole sweep in Dec: every breakpoint exact, sorted, walked from μ = 0 (same contract). */
export function solveScaleExactly(
  total: Dec,
  weights: readonly Dec[],
  bounds: Bounds,
  lowest: Dec
): Dec {
  const points: Breakpoint[] = [];
  weights.forEach((_, row) => {
    if (!moves(weights, bounds, row)) return;
    points.push(
      breakpointOf(weights, bounds, row, true),
      breakpointOf(weights, bounds, row, false)
    );
  });
  points.sort(byPosition);
  const line: Line = { constant: lowest, slope: ZERO };
  // Not reached only when B is the largest reachable sum: every amount sits at its top.
  return walk(total, weights, bounds, line, points) ?? points[points.length - 1]?.at ?? ZERO;
}

/** The float solution μ and every moving row's float breakpoints. */
interface Estimate {
  readonly scale: number;
  readonly keys: readonly { readonly key: number; readonly row: number; readonly entry: boolean }[];
}

/** Returns the float solution of the same sweep, or undefined when a float overflows. */
function estimateScale(
  total: Dec,
  weights: readonly Dec[],
  bounds: Bounds,
  lowest: Dec
): Estimate | undefined {
  const keys: { key: number; row: number; entry: boolean }[] = [];
  const floats = weights.map((weight, row) => {
    if (!moves(weights, bounds, row)) return { weight: 0, low: 0, high: 0 };
    const value = {
      weight: weight.toNumber(),
      low: (bounds.lower[row] as Dec).toNumber(),
      high: (bounds.upper[row] as Dec).toNumber(),
    };
    keys.push(
      { key: value.low / value.weight, row, entry: true },
      { key: value.high / value.weight, row, entry: false }
    );
    return value;
  });
  keys.sort((a, b) => a.key - b.key || Number(b.entry) - Number(a.entry));
  const target = total.toNumber();
  let constant = lowest.toNumber();
  let slope = 0;
  let scale = keys.length === 0 ? 0 : (keys[keys.length - 1] as { key: number }).key;
  for (const { key, row, entry } of keys) {
    if (constant + slope * key >= target) {
      scale = slope > 0 ? (target - constant) / slope : key;
      break;
    }
    const value = floats[row] as { weight: number; low: number; high: number };
    slope += entry ? value.weight : -value.weight;
    constant += entry ? -value.low : value.high;
  }
  return Number.isFinite(scale) && scale > 0 ? { scale, keys } : undefined;
}

/**
 * Returns μ solved exactly within a narrow window around the float estimate, or undefined when μ
 * lies outside it. The line just above the window's start comes from classifying every row
 * exactly there (below its corridor, following μ, or above); the breakpoints inside the window are
 * computed exactly, sorted and walked, up to the window's end.
 */
function solveNearEstimate(
  total: Dec,
  weights: readonly Dec[],
  bounds: Bounds,
  estimate: Estimate | undefined
): Dec | undefined {
  if (estimate === undefined) return undefined;
  const width = estimate.scale * WINDOW;
  const start = new Dec(estimate.scale - width);
  const end = new Dec(estimate.scale + width);
  const line = lineAfter(start, weights, bounds);
  if (line.constant.plus(line.slope.times(start)).gte(total)) return undefined;
  const inside = estimate.keys
    .filter(({ key }) => Math.abs(key - estimate.scale) <= 2 * width)
    .map(({ row, entry }) => breakpointOf(weights, bounds, row, entry))
    .filter((point) => point.at.gt(start) && point.at.lte(end))
    .sort(byPosition);
  return walk(total, weights, bounds, line, [...inside, { at: end, row: -1, entry: false }]);
}

/** Returns the line of the sum just above μ = `start`, each row classified exactly. */
function lineAfter(start: Dec, weights: readonly Dec[], bounds: Bounds): Line {
  const constants: Dec[] = [];
  const slopes: Dec[] = [];
  weights.forEach((weight, row) => {
    const low = bounds.lower[row] as Dec;
    if (!moves(weights, bounds, row)) {
      constants.push(low);
      return;
    }
    const value = start.times(weight);
    const high = bounds.upper[row] as Dec;
    if (value.lt(low)) constants.push(low);
    else if (value.lt(high)) slopes.push(weight);
    else constants.push(high);
  });
  return { constant: sumOf(constants), slope: sumOf(slopes) };
}
