/**
 * The scale μ of KORRIDOR: the one μ ≥ 0 with S(μ) = Σ_i clamp(μ·v[i], lo[i], hi[i]) = B, where
 * lo = H·(1−c) and hi = H·(1+c). A probe at a trial μ places each row (below, inside or above its
 * corridor: one multiplication, two comparisons) and gives S there and the line S follows around
 * it; Newton steps along those lines narrow a bracket S(low) < B ≤ S(high). A row's place only
 * moves up with μ, so a row placed alike at both ends of the bracket (or above at its low end
 * while it has no high end) keeps that place inside it: it is settled into a line and never
 * probed again. The few rows still open go to the exact sweep of corridorSweep.ts. All in Dec; the
 * probes only choose where to look, the sweep decides.
 */
import { Dec, ZERO } from "./decimal";
import { sumOf } from "./checks";
import { type Corridor, type Line, type Place, sweepActive } from "./corridorSweep";

export type { Corridor } from "./corridorSweep";

/** μ and every municipality's exact amount clamp(μ·v, lo, hi), Σ = B up to the 40th digit. */
export interface CorridorSolution {
  readonly scale: Dec;
  readonly amounts: Dec[];
  /** Σ amounts, formed from the line of the segment that holds μ (two operations, not n). */
  readonly sum: Dec;
}

/** The search for μ: the bracket and what is known of every moving row (by position). */
interface Search {
  /** The rows that move with μ (v > 0, H > 0); the others stay at lo for every μ. */
  readonly rows: readonly number[];
  low: Dec;
  /** Absent while no probe reached B: then the bracket ends beyond every breakpoint. */
  high: Dec | undefined;
  /** Positions whose place may still change inside the bracket. */
  open: number[];
  /** Each position's place at the low end (all below at μ = 0) and at the high end. */
  readonly atLow: Place[];
  readonly atHigh: Place[];
  /** S over the rows that never move and the settled positions, as a line. */
  base: Line;
}

/** S at a trial μ and the line S follows there. */
interface Probe extends Line {
  readonly at: Dec;
  readonly sum: Dec;
}

/** Trial points carry this many digits: enough to aim, cheaper to multiply than 40. */
const TRIAL_DIGITS = 20;

/** Probes at most; the exact sweep settles whatever they leave open. */
const MAX_PROBES = 12;

/**
 * Returns μ and the exact amounts for Σ lo < total ≤ the largest reachable sum (checked by the
 * caller), weights v ≥ 0 and 0 < c < 1.
 */
export function solveCorridor(
  total: Dec,
  weights: readonly Dec[],
  corridor: Corridor
): CorridorSolution {
  const search = startSearch(weights, corridor);
  narrow(total, weights, corridor, search);
  const open = search.open.map((j) => search.rows[j] as number);
  const bracket = { low: search.low, high: search.high };
  const swept = sweepActive(total, open, weights, corridor, search.base, bracket);
  const { scale } = swept;
  const isOpen = new Set(search.open);
  const amounts = corridor.lower.slice();
  search.rows.forEach((row, j) => {
    // A settled position has its place at the low end (equal to the high end's, if any).
    if (isOpen.has(j)) return;
    const place = search.atLow[j] as Place;
    if (place === "above") amounts[row] = corridor.upper[row] as Dec;
    else if (place === "inside") amounts[row] = scale.times(weights[row] as Dec);
  });
  for (const row of swept.above) amounts[row] = corridor.upper[row] as Dec;
  for (const row of swept.inside) amounts[row] = scale.times(weights[row] as Dec);
  return { scale, amounts, sum: swept.sum };
}

/** Returns the search at μ = 0: every moving row open and below, the others in the base line. */
function startSearch(weights: readonly Dec[], corridor: Corridor): Search {
  const rows: number[] = [];
  const still: Dec[] = [];
  weights.forEach((weight, row) => {
    if (weight.isZero() || (corridor.previous[row] as Dec).isZero()) {
      still.push(corridor.lower[row] as Dec);
    } else rows.push(row);
  });
  return {
    rows,
    low: ZERO,
    high: undefined,
    open: rows.map((_, j) => j),
    atLow: rows.map((): Place => "below"),
    atHigh: [],
    base: { constant: sumOf(still), slope: ZERO },
  };
}

/**
 * Narrows the bracket by probes until no position is open or the probes run out. The first
 * trial is B/Σv; each next one is where the last probe's line meets B, rounded away from that
 * probe: if the line still holds there, the next probe lands on the other side of B with every
 * row placed as before, and all settle.
 */
function narrow(total: Dec, weights: readonly Dec[], corridor: Corridor, search: Search): void {
  const weightSum = sumOf(search.rows.map((row) => weights[row] as Dec));
  let at = total.div(weightSum).toSignificantDigits(TRIAL_DIGITS);
  for (let probes = 0; probes < MAX_PROBES && search.open.length > 0; probes++) {
    const { probe, places } = probeOpen(at, search, weights, corridor);
    const reaches = !probe.sum.lt(total);
    const ends = reaches ? search.atHigh : search.atLow;
    search.open.forEach((j, index) => (ends[j] = places[index] as Place));
    if (reaches) search.high = at;
    else search.low = at;
    settle(search, weights, corridor);
    at = nextTrial(total, probe, search);
  }
}

/** Returns the probe at `at` and the places of the open positions there (in `open` order). */
function probeOpen(
  at: Dec,
  search: Search,
  weights: readonly Dec[],
  corridor: Corridor
): { probe: Probe; places: Place[] } {
  const places: Place[] = [];
  const constants: Dec[] = [search.base.constant];
  const slopes: Dec[] = [search.base.slope];
  for (const j of search.open) {
    const row = search.rows[j] as number;
    const weight = weights[row] as Dec;
    const value = at.times(weight);
    if (value.lt(corridor.lower[row] as Dec)) {
      places.push("below");
      constants.push(corridor.lower[row] as Dec);
    } else if (value.gt(corridor.upper[row] as Dec)) {
      places.push("above");
      constants.push(corridor.upper[row] as Dec);
    } else {
      places.push("inside");
      slopes.push(weight);
    }
  }
  const constant = sumOf(constants);
  const slope = sumOf(slopes);
  return { probe: { at, constant, slope, sum: constant.plus(slope.times(at)) }, places };
}

/**
 * Moves every open position whose place can no longer change inside the bracket into the base
 * line: placed alike at both ends, or above at the low end while there is no high end.
 */
function settle(search: Search, weights: readonly Dec[], corridor: Corridor): void {
  const constants: Dec[] = [search.base.constant];
  const slopes: Dec[] = [search.base.slope];
  search.open = search.open.filter((j) => {
    const place = search.atLow[j] as Place;
    const fixed = search.high === undefined ? place === "above" : place === search.atHigh[j];
    if (!fixed) return true;
    const row = search.rows[j] as number;
    if (place === "inside") slopes.push(weights[row] as Dec);
    else constants.push((place === "below" ? corridor.lower : corridor.upper)[row] as Dec);
    return false;
  });
  search.base = { constant: sumOf(constants), slope: sumOf(slopes) };
}

/**
 * Returns the next trial inside the bracket: the Newton point of the last probe's line, rounded
 * away from that probe; when the line is flat or points outside, the bracket's middle (or twice
 * the last trial while nothing reaches B). While no probe has reached B the trial lies 1/16 of
 * the step beyond the Newton point: S bends down as rows reach their caps, so Newton from below
 * falls short, and only a probe at or above B lets the rows below settle.
 */
function nextTrial(total: Dec, probe: Probe, search: Search): Dec {
  const { low, high } = search;
  const within = (at: Dec): boolean => at.gt(low) && (high === undefined || at.lt(high));
  if (!probe.slope.isZero()) {
    const meets = total.minus(probe.constant).div(probe.slope);
    const below = probe.sum.lt(total);
    const aim = below && high === undefined ? meets.plus(meets.minus(probe.at).div(16)) : meets;
    const trial = aim.toSignificantDigits(TRIAL_DIGITS, below ? Dec.ROUND_UP : Dec.ROUND_DOWN);
    if (within(trial)) return trial;
    if (within(meets)) return meets;
  }
  if (high === undefined) return probe.at.times(2);
  const middle = low.plus(high).div(2);
  const trial = middle.toSignificantDigits(TRIAL_DIGITS);
  return within(trial) ? trial : middle;
}
