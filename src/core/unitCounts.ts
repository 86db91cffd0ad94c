/**
 * The unit counts of a largest-remainder allocation (DOMAIN.md 3): floor(T·v/Σv) per row, then
 * one leftover unit each to the largest remainders (ties: larger weight, then earlier row). Two
 * ways to the same counts: exactly in Dec for every row, and guided by floats, where Dec decides
 * only the rows a float could get wrong. The guided way is several times faster on large
 * districts, where nearly every row is clear.
 */
import { Dec, ONE } from "./decimal";
import { isBelowZero } from "./checks";
import { settleLeftover } from "./remainders";

/** Totals above this many units are not exact in a float; they take the exact way. */
const LARGEST_FLOAT_TOTAL = 2 ** 52;

/**
 * Bound on the relative error of the float quotient q = v·(T/Σv): four roundings of at most
 * 2^-53 each (v, Σv, the division, the product) stay below 4.5e-16; twice that for safety.
 */
const FLOAT_ERROR = 1e-15;

/**
 * Returns whole unit counts summing to `totalUnits` (a whole number ≥ 0), split by `weights`
 * (checked: none negative, Σ = weightSum > 0). A zero weight gets 0.
 */
export function allocateUnits(totalUnits: Dec, weights: readonly Dec[], weightSum: Dec): Dec[] {
  return (
    allocateUnitsGuided(totalUnits, weights, weightSum) ??
    allocateUnitsExactly(totalUnits, weights, weightSum)
  );
}

/** One row's floor u and its remainder numerator T·v − u·Σv, which lies in [0, Σv). */
interface RowSplit {
  readonly whole: Dec;
  readonly remainder: Dec;
}

/**
 * Returns the floor of T·v/Σv and its remainder numerator, starting from an estimate that is off
 * by a few units at most. No quotient is rounded: every row's remainder shares the denominator Σv,
 * so comparing numerators compares remainders (exactly while T·v fits in 40 digits).
 */
function splitRow(totalUnits: Dec, weight: Dec, weightSum: Dec, estimate: Dec): RowSplit {
  let whole = estimate;
  let remainder = totalUnits.times(weight).minus(whole.times(weightSum));
  while (isBelowZero(remainder)) {
    whole = whole.minus(ONE);
    remainder = remainder.plus(weightSum);
  }
  while (remainder.gte(weightSum)) {
    whole = whole.plus(ONE);
    remainder = remainder.minus(weightSum);
  }
  return { whole, remainder };
}

/** The unit counts with every row's floor and remainder in Dec (any size of total). */
export function allocateUnitsExactly(
  totalUnits: Dec,
  weights: readonly Dec[],
  weightSum: Dec
): Dec[] {
  const ratio = totalUnits.div(weightSum);
  const units: Dec[] = [];
  const remainders: Dec[] = [];
  let assigned = new Dec(0);
  for (const weight of weights) {
    const row = splitRow(totalUnits, weight, weightSum, weight.times(ratio).floor());
    units.push(row.whole);
    remainders.push(row.remainder);
    assigned = assigned.plus(row.whole);
  }
  settleLeftover(units, remainders, weights, totalUnits.minus(assigned).toNumber());
  return units;
}

/** Float estimates per row: the floor (exact), the remainder and the largest quotient. */
interface GuidedRows {
  readonly whole: number[];
  readonly keys: number[];
  readonly largest: number;
}

/**
 * The unit counts guided by floats, or undefined when the figures do not fit floats. A float
 * floor is certain unless the quotient lies within its error bound of a whole number; such rows
 * are split in Dec. Leftover units are certain for remainders clearly above or below the cut;
 * only the band of rows around the cut is ranked by exact remainders.
 */
export function allocateUnitsGuided(
  totalUnits: Dec,
  weights: readonly Dec[],
  weightSum: Dec
): Dec[] | undefined {
  const total = totalUnits.toNumber();
  const scale = total / weightSum.toNumber();
  if (!(total <= LARGEST_FLOAT_TOTAL) || !Number.isFinite(scale)) return undefined;
  const rows = guidedRows(totalUnits, weights, weightSum, scale);
  if (rows === undefined) return undefined;
  const ranked = weights.flatMap((weight, row) => (weight.isZero() ? [] : [row]));
  const leftover = total - rows.whole.reduce((sum, whole) => sum + whole, 0);
  if (leftover < 0 || leftover >= Math.max(ranked.length, 1)) return undefined;
  if (leftover > 0) {
    for (const row of rowsForLeftover(totalUnits, weights, weightSum, rows, ranked, leftover)) {
      rows.whole[row] = (rows.whole[row] as number) + 1;
    }
  }
  return rows.whole.map((whole) => new Dec(whole));
}

/** Returns each row's float-guided floor and remainder; undefined when a float overflows. */
function guidedRows(
  totalUnits: Dec,
  weights: readonly Dec[],
  weightSum: Dec,
  scale: number
): GuidedRows | undefined {
  const whole: number[] = [];
  const keys: number[] = [];
  let largest = 0;
  for (const weight of weights) {
    const quotient = weight.isZero() ? 0 : weight.toNumber() * scale;
    if (!Number.isFinite(quotient)) return undefined;
    let floor = Math.floor(quotient);
    let key = quotient - floor;
    const error = quotient * FLOAT_ERROR;
    if (!weight.isZero() && (key <= error || 1 - key <= error)) {
      const row = splitRow(totalUnits, weight, weightSum, new Dec(floor));
      floor = row.whole.toNumber();
      key = row.remainder.toNumber() / weightSum.toNumber();
    }
    whole.push(floor);
    keys.push(key);
    largest = Math.max(largest, quotient);
  }
  return { whole, keys, largest };
}

/**
 * Returns the `leftover` rows with the largest remainders. Sorted by float keys, a row more than
 * twice the error bound above the cut's key is certainly in, one that far below the next key is
 * certainly out; the band between is ordered by exact remainder numerators, weight and row.
 */
function rowsForLeftover(
  totalUnits: Dec,
  weights: readonly Dec[],
  weightSum: Dec,
  rows: GuidedRows,
  ranked: readonly number[],
  leftover: number
): number[] {
  const { keys } = rows;
  const order = [...ranked].sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
  const margin = 2 * rows.largest * FLOAT_ERROR;
  const lastIn = keys[order[leftover - 1] as number] as number;
  const firstOut = keys[order[leftover] as number] as number;
  let bandStart = leftover - 1;
  while (bandStart > 0 && (keys[order[bandStart - 1] as number] as number) <= lastIn + margin) {
    bandStart--;
  }
  let bandEnd = leftover + 1;
  while (
    bandEnd < order.length &&
    (keys[order[bandEnd] as number] as number) >= firstOut - margin
  ) {
    bandEnd++;
  }
  const band = order.slice(bandStart, bandEnd);
  const exact = new Map(
    band.map((row) => {
      const weight = weights[row] as Dec;
      const whole = new Dec(rows.whole[row] as number);
      return [row, totalUnits.times(weight).minus(whole.times(weightSum))] as const;
    })
  );
  band.sort(
    (a, b) =>
      (exact.get(b) as Dec).cmp(exact.get(a) as Dec) ||
      (weights[b] as Dec).cmp(weights[a] as Dec) ||
      a - b
  );
  return [...order.slice(0, bandStart), ...band.slice(0, leftover - bandStart)];
}
