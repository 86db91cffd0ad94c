/**
 * The shared half of every largest-remainder rounding (DOMAIN.md 2 and 3): whole units already
 * handed out, the units left over go one each to the largest remainders; ties go to the larger
 * weight, then to the earlier row.
 */
import { type Dec, ONE } from "./decimal";
import { isBelowZero } from "./checks";

/**
 * Returns the rows with a positive weight, best claim on a leftover unit first: larger remainder,
 * then larger weight, then earlier row.
 */
export function rankByRemainder(remainders: readonly Dec[], weights: readonly Dec[]): number[] {
  const rows: number[] = [];
  const keys: number[] = [];
  for (let row = 0; row < weights.length; row++) {
    const weight = weights[row] as Dec;
    if (weight.isZero()) continue;
    rows.push(row);
    // A float key settles most comparisons cheaply; conversion is monotone, so when the floats
    // differ the exact values differ the same way, and equal floats fall back to exact Dec order.
    keys[row] = (remainders[row] as Dec).toNumber();
  }
  rows.sort((a, b) => {
    // NaN (∞ − ∞) and 0 are both falsy and fall through to the exact comparison.
    return (
      (keys[b] as number) - (keys[a] as number) ||
      (remainders[b] as Dec).cmp(remainders[a] as Dec) ||
      (weights[b] as Dec).cmp(weights[a] as Dec) ||
      a - b
    );
  });
  return rows;
}

/**
 * Adds `leftover` units (a whole count, may be negative) to `units` in place, one per row in the
 * order of rankByRemainder. In exact arithmetic 0 ≤ leftover < number of rows; the cyclic and the
 * negative branch only guard against the last-digit rounding of 40-digit intermediates, so the
 * parts still sum to the total exactly.
 */
export function settleLeftover(
  units: Dec[],
  remainders: readonly Dec[],
  weights: readonly Dec[],
  leftover: number
): void {
  if (leftover === 0) return;
  const order = rankByRemainder(remainders, weights);
  if (order.length === 0) return;
  for (let given = 0; given < leftover; given++) {
    const row = order[given % order.length] as number;
    units[row] = (units[row] as Dec).plus(ONE);
  }
  let toTake = -leftover;
  for (
    let index = order.length - 1;
    toTake > 0;
    index = index === 0 ? order.length - 1 : index - 1
  ) {
    const row = order[index] as number;
    const current = units[row] as Dec;
    if (isBelowZero(current.minus(ONE))) continue;
    units[row] = current.minus(ONE);
    toTake--;
  }
}
