/**
 * The parts of a largest-remainder allocation (DOMAIN.md 3): floor(T·v/Σv) units per row, then
 * one leftover unit each to the largest remainders (ties: larger weight, then earlier row). All in
 * Dec, two ways to the same parts: the reference forms every row's remainder numerator
 * T·v − u·Σv; the fast way forms each quotient with one shared ratio T/Σv and takes a numerator
 * only where a quotient lies within rounding error of a whole unit or of the leftover cut.
 */
import { Dec, ONE, ZERO } from "./decimal";
import { isBelowZero } from "./checks";
import { byKeyThenWeight, type RowOrder, selectFirst, settleLeftover } from "./remainders";

/**
 * The quotients q = v·(T/Σv) use T/Σv rounded to RATIO_DIGITS: a 40-by-20-digit product costs
 * less than a 40-by-40 one, and q is then off the true T·v/Σv by less than 1e-19·T (v ≤ Σv),
 * the reference's numerators over Σv by far less. A fraction nearer than MARGIN_PER_UNIT·T to 0,
 * to a whole unit or to the leftover cut is therefore decided by numerators, as the reference
 * decides it; on real data that is next to no row.
 */
const RATIO_DIGITS = 20;
const MARGIN_PER_UNIT = "1e-18";

/**
 * Returns multiples of the unit 10^-decimals (default 1: whole units) summing to `total` (itself
 * such a multiple, ≥ 0), split by `weights` (checked: none negative, Σ = weightSum > 0). A zero
 * weight gets 0. The same parts as allocateUnitsExactly (times the unit): shifting the decimal
 * point is exact, so working in the total's own scale changes no floor and no comparison.
 */
export function allocateUnits(
  total: Dec,
  weights: readonly Dec[],
  weightSum: Dec,
  decimals = 0
): Dec[] {
  const unit = new Dec(10).pow(-decimals);
  const margin = total.times(MARGIN_PER_UNIT);
  const split = splitByRatio(total, weights, weightSum, { unit, decimals, margin });
  const leftover = total.minus(split.assigned).div(unit).toNumber();
  if (leftover < 0 || leftover >= split.ranked.length) {
    // Only possible when Σv itself was rounded at its 40th digit; the reference settles it.
    const units = allocateUnitsExactly(total.div(unit), weights, weightSum);
    return decimals === 0 ? units : units.map((count) => count.times(unit));
  }
  if (leftover > 0) {
    for (const row of rowsForLeftover(split, weights, margin, leftover)) {
      split.units[row] = (split.units[row] as Dec).plus(unit);
    }
  }
  return split.units;
}

/** The unit counts with every row's floor and remainder numerator (any size of total). */
export function allocateUnitsExactly(
  totalUnits: Dec,
  weights: readonly Dec[],
  weightSum: Dec
): Dec[] {
  const ratio = totalUnits.div(weightSum);
  const units: Dec[] = [];
  const remainders: Dec[] = [];
  let assigned = ZERO;
  for (const weight of weights) {
    const row = splitRow(totalUnits, weight, weightSum, weight.times(ratio).floor());
    units.push(row.whole);
    remainders.push(row.remainder);
    assigned = assigned.plus(row.whole);
  }
  settleLeftover(units, remainders, weights, totalUnits.minus(assigned).toNumber());
  return units;
}

/** One row's floor u and its remainder numerator T·v − u·Σv, which lies in [0, Σv). */
interface RowSplit {
  readonly whole: Dec;
  readonly remainder: Dec;
}

/**
 * Returns the floor of T·v/Σv (to whole multiples of `unit`) and its remainder numerator, from an
 * estimate off by a unit at most. No quotient is rounded: every row's remainder shares the
 * denominator Σv, so comparing numerators compares remainders (exactly while T·v fits 40 digits).
 */
function splitRow(
  total: Dec,
  weight: Dec,
  weightSum: Dec,
  estimate: Dec,
  unit: Dec = ONE
): RowSplit {
  const step = unit === ONE ? weightSum : weightSum.times(unit);
  let whole = estimate;
  let remainder = total.times(weight).minus(whole.times(weightSum));
  while (isBelowZero(remainder)) {
    whole = whole.minus(unit);
    remainder = remainder.plus(step);
  }
  while (remainder.gte(step)) {
    whole = whole.plus(unit);
    remainder = remainder.minus(step);
  }
  return { whole, remainder };
}

/** The scale of an allocation: its unit 10^-decimals and the margin of its quotients. */
interface Scale {
  readonly unit: Dec;
  readonly decimals: number;
  readonly margin: Dec;
}

/** Every row's floor, its fraction q − u (off the true remainder by < margin) and more. */
interface RatioSplit {
  readonly total: Dec;
  readonly weightSum: Dec;
  readonly units: Dec[];
  readonly fractions: Dec[];
  /** Remainder numerators, formed only for rows that needed one. */
  readonly numerators: (Dec | undefined)[];
  /** The rows with positive weight: the candidates for a leftover unit. */
  readonly ranked: number[];
  readonly assigned: Dec;
}

/**
 * Returns each row's floor of q = v·(T/Σv). A floor is certain when q's fraction lies at least
 * the margin away from 0 and from a whole unit (the reference's numerator then confirms the same
 * floor); otherwise the row is split by its numerator, exactly as the reference does. Totals of
 * 1e18 units and more make the margin a whole unit: then every row is split by its numerator.
 */
function splitByRatio(
  total: Dec,
  weights: readonly Dec[],
  weightSum: Dec,
  scale: Scale
): RatioSplit {
  const { unit, decimals, margin } = scale;
  const exactRatio = total.div(weightSum);
  const ratio = exactRatio.toSignificantDigits(RATIO_DIGITS);
  const top = unit.minus(margin);
  const units: Dec[] = [];
  const fractions: Dec[] = [];
  const numerators: (Dec | undefined)[] = [];
  const ranked: number[] = [];
  let assigned = ZERO;
  for (let row = 0; row < weights.length; row++) {
    const weight = weights[row] as Dec;
    if (weight.isZero()) {
      units.push(ZERO);
      fractions.push(ZERO);
      continue;
    }
    const quotient = weight.times(ratio);
    let whole = quotient.toDecimalPlaces(decimals, Dec.ROUND_FLOOR);
    let fraction = quotient.minus(whole);
    if (fraction.lt(margin) || fraction.gt(top)) {
      // The reference's own estimate is off by a unit at most, whatever the size of T.
      const estimate = weight.times(exactRatio).toDecimalPlaces(decimals, Dec.ROUND_FLOOR);
      const exact = splitRow(total, weight, weightSum, estimate, unit);
      numerators[row] = exact.remainder;
      if (!exact.whole.eq(whole)) {
        whole = exact.whole;
        fraction = quotient.minus(whole);
      }
    }
    units.push(whole);
    fractions.push(fraction);
    ranked.push(row);
    assigned = assigned.plus(whole);
  }
  return { total, weightSum, units, fractions, numerators, ranked, assigned };
}

/**
 * Returns the `leftover` rows with the largest remainders (0 < leftover < ranked rows), selected
 * by fraction. A fraction above the best one left out by more than twice the margin is certainly
 * in; one below the worst one taken by more than that is certainly out (each is off by less than
 * the margin). The contested rows between (ties, near-ties) are ranked like the reference:
 * numerator, weight, row.
 */
function rowsForLeftover(
  split: RatioSplit,
  weights: readonly Dec[],
  margin: Dec,
  leftover: number
): number[] {
  const { fractions, ranked } = split;
  selectFirst(ranked, leftover, byKeyThenWeight(fractions, weights));
  const fractionOf = (index: number): Dec => fractions[ranked[index] as number] as Dec;
  let lastIn = fractionOf(0);
  for (let index = 1; index < leftover; index++) {
    const fraction = fractionOf(index);
    if (fraction.lt(lastIn)) lastIn = fraction;
  }
  let firstOut = fractionOf(leftover);
  for (let index = leftover + 1; index < ranked.length; index++) {
    const fraction = fractionOf(index);
    if (fraction.gt(firstOut)) firstOut = fraction;
  }
  const band = margin.times(2);
  const certainlyIn = firstOut.plus(band);
  const chosen: number[] = [];
  const contested: number[] = [];
  ranked.slice(0, leftover).forEach((row) => {
    ((fractions[row] as Dec).gt(certainlyIn) ? chosen : contested).push(row);
  });
  if (contested.length === 0) return chosen;
  const certainlyOut = lastIn.minus(band);
  ranked.slice(leftover).forEach((row) => {
    if (!(fractions[row] as Dec).lt(certainlyOut)) contested.push(row);
  });
  contested.sort(byNumerator(split, weights));
  return chosen.concat(contested.slice(0, leftover - chosen.length));
}

/** The reference's order on contested rows, forming their numerators on first use. */
function byNumerator(split: RatioSplit, weights: readonly Dec[]): RowOrder {
  const { numerators, units, total, weightSum } = split;
  const numerator = (row: number): Dec => {
    const known = numerators[row];
    if (known !== undefined) return known;
    const weight = weights[row] as Dec;
    const formed = total.times(weight).minus((units[row] as Dec).times(weightSum));
    numerators[row] = formed;
    return formed;
  };
  return (a, b) =>
    numerator(b).cmp(numerator(a)) || (weights[b] as Dec).cmp(weights[a] as Dec) || a - b;
}
