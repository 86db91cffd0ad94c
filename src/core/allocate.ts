/**
 * Exact allocation of a total by weights (DOMAIN.md 3, Hare-Niemeyer / largest remainder): the
 * one way the engine splits any sum that must be met to the cent.
 */
import { CENT, Dec } from "./decimal";
import { BudgetInputError } from "./errors";
import {
  isBelowZero,
  requireAllNonNegative,
  requireFinite,
  requireNonEmpty,
  requireNonNegative,
  sumOf,
  toWholeUnits,
} from "./checks";
import { label, messages as msg } from "./messages";
import { allocateUnits } from "./unitCounts";

/**
 * Returns `total` split by `weights` into multiples of `unit` (default one cent): each part gets
 * floor(T·v/Σv) units, the leftover units go to the largest remainders (ties: larger weight, then
 * earlier row). The parts sum to exactly `total`; a zero weight gets exactly 0.
 */
export function allocateLargestRemainder(
  total: Dec,
  weights: readonly Dec[],
  unit: Dec = CENT
): Dec[] {
  requireFinite(unit, label.unit);
  if (isBelowZero(unit) || unit.isZero()) {
    throw new BudgetInputError("INVALID_UNIT", msg.invalidUnit(unit));
  }
  requireNonNegative(total, label.total);
  const totalUnits = toWholeUnits(total, unit, label.total);
  requireNonEmpty(weights.length, label.weights);
  requireAllNonNegative(weights, label.weight);
  const weightSum = sumOf(weights);
  if (weightSum.isZero()) {
    throw new BudgetInputError("ZERO_WEIGHT_SUM", msg.zeroAllocationWeights());
  }
  const decimals = powerOfTenDecimals(unit);
  if (decimals !== undefined) return allocateUnits(total, weights, weightSum, decimals);
  return allocateUnits(totalUnits, weights, weightSum).map((units) => units.times(unit));
}

/** Returns d when `unit` is 10^-d (0.01 → 2, 1 → 0), else undefined (0.05, 10). */
function powerOfTenDecimals(unit: Dec): number | undefined {
  const decimals = unit.decimalPlaces();
  return unit.eq(new Dec(10).pow(-decimals)) ? decimals : undefined;
}

/**
 * allocateLargestRemainder to the cent for weights already checked by the caller (none negative,
 * Σ = weightSum > 0), so a sum formed once is not formed again; `total` is still checked.
 */
export function allocateCentsBySum(total: Dec, weights: readonly Dec[], weightSum: Dec): Dec[] {
  requireNonNegative(total, label.total);
  toWholeUnits(total, CENT, label.total);
  return allocateUnits(total, weights, weightSum, 2);
}
