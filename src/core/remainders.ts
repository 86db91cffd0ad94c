/**
 * The shared half of every largest-remainder rounding (DOMAIN.md 2 and 3): whole units already
 * handed out, the units left over go one each to the largest remainders; ties go to the larger
 * weight, then to the earlier row. All comparisons are exact Dec comparisons.
 */
import { type Dec, ONE } from "./decimal";
import { isBelowZero } from "./checks";

/** A strict total order on row indices: negative when row `a` has the better claim. */
export type RowOrder = (a: number, b: number) => number;

/** Returns the order "larger key, then larger weight, then earlier row" (key: a remainder). */
export function byKeyThenWeight(keys: readonly Dec[], weights: readonly Dec[]): RowOrder {
  return (a, b) =>
    (keys[b] as Dec).cmp(keys[a] as Dec) || (weights[b] as Dec).cmp(weights[a] as Dec) || a - b;
}

/** Returns the rows with a positive weight, in row order. */
export function rowsWithWeight(weights: readonly Dec[]): number[] {
  const rows: number[] = [];
  for (let row = 0; row < weights.length; row++) {
    if (!(weights[row] as Dec).isZero()) rows.push(row);
  }
  return rows;
}

/**
 * Reorders `rows` in place so that its first `count` entries are the `count` first rows under
 * `order` (in no particular order among themselves), for 0 < count < rows.length. Quickselect:
 * linear on average, where sorting every row would cost n log n comparisons; after a bounded
 * number of rounds the rest is sorted, so no input makes it quadratic.
 */
export function selectFirst(rows: number[], count: number, order: RowOrder): void {
  let low = 0;
  let high = rows.length - 1;
  let rounds = 2 * Math.ceil(Math.log2(rows.length + 1)) + 8;
  while (low < high) {
    if (rounds-- === 0) {
      sortRange(rows, low, high, order);
      return;
    }
    const split = partition(rows, low, high, order);
    if (split === count || split === count - 1) return;
    if (split < count) low = split + 1;
    else high = split - 1;
  }
}

/** Sorts rows[low..high] by `order`. */
function sortRange(rows: number[], low: number, high: number, order: RowOrder): void {
  const sorted = rows.slice(low, high + 1).sort(order);
  sorted.forEach((row, offset) => (rows[low + offset] = row));
}

/**
 * Partitions rows[low..high] around the median of its first, middle and last row; returns the
 * pivot's final index (rows before it come first under `order`, rows after it later).
 */
function partition(rows: number[], low: number, high: number, order: RowOrder): number {
  const at = (index: number): number => rows[index] as number;
  const swap = (i: number, j: number): void => {
    const row = at(i);
    rows[i] = at(j);
    rows[j] = row;
  };
  const middle = low + ((high - low) >> 1);
  if (order(at(middle), at(low)) < 0) swap(middle, low);
  if (order(at(high), at(low)) < 0) swap(high, low);
  if (order(at(high), at(middle)) < 0) swap(high, middle);
  swap(middle, high);
  const pivot = at(high);
  let store = low;
  for (let index = low; index < high; index++) {
    if (order(at(index), pivot) < 0) swap(store++, index);
  }
  swap(store, high);
  return store;
}

/**
 * Adds `leftover` times `unit` (a whole count, may be negative) to `units` in place, one per row
 * with positive weight, best remainder first (byKeyThenWeight). In exact arithmetic
 * 0 ≤ leftover < number of such rows and only the best `leftover` rows are selected; the cyclic
 * and the negative branch only guard against the last-digit rounding of 40-digit intermediates,
 * so the parts still sum to the total exactly.
 */
export function settleLeftover(
  units: Dec[],
  remainders: readonly Dec[],
  weights: readonly Dec[],
  leftover: number,
  unit: Dec = ONE
): void {
  if (leftover === 0) return;
  const rows = rowsWithWeight(weights);
  if (rows.length === 0) return;
  const order = byKeyThenWeight(remainders, weights);
  if (leftover > 0 && leftover < rows.length) {
    selectFirst(rows, leftover, order);
    for (let given = 0; given < leftover; given++) {
      const row = rows[given] as number;
      units[row] = (units[row] as Dec).plus(unit);
    }
    return;
  }
  rows.sort(order);
  for (let given = 0; given < leftover; given++) {
    const row = rows[given % rows.length] as number;
    units[row] = (units[row] as Dec).plus(unit);
  }
  takeBack(units, rows, -leftover, unit);
}

/** Takes `count` units back, one per row from the worst-ranked up, never below zero. */
function takeBack(units: Dec[], ranked: readonly number[], count: number, unit: Dec): void {
  let toTake = count;
  for (
    let index = ranked.length - 1;
    toTake > 0;
    index = index === 0 ? ranked.length - 1 : index - 1
  ) {
    const row = ranked[index] as number;
    const current = units[row] as Dec;
    if (isBelowZero(current.minus(unit))) continue;
    units[row] = current.minus(unit);
    toTake--;
  }
}
