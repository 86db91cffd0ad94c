/**
 * The Gesamtbudgetverteilungsquote (DOMAIN.md 2) and its display rounding.
 */
import { Dec, ONE } from "./decimal";
import { BudgetInputError } from "./errors";
import { requireAllNonNegative, requireLength, requireNonEmpty, sumOf } from "./checks";
import { label, messages as msg } from "./messages";
import { settleLeftover } from "./remainders";

/** The weights P[i]·LF[i] behind the quota and their sum (> 0), formed once per computation. */
export interface QuotaBasis {
  readonly weights: readonly Dec[];
  readonly sum: Dec;
}

/**
 * Returns the weights P[i]·LF[i] and their sum, checked: same length, none negative, Σ > 0
 * (otherwise the quota is undefined: ZERO_WEIGHT_SUM).
 */
export function toQuotaBasis(population: readonly Dec[], loadFactors: readonly Dec[]): QuotaBasis {
  const weights = toQuotaWeights(population, loadFactors);
  return withSum(weights, sumOf(weights));
}

/** Returns the checked weights P[i]·LF[i] without their sum (for a caller that sums by region). */
export function toQuotaWeights(population: readonly Dec[], loadFactors: readonly Dec[]): Dec[] {
  requireNonEmpty(population.length, label.population);
  requireLength(loadFactors.length, population.length, label.loadFactors);
  requireAllNonNegative(population, label.population);
  requireAllNonNegative(loadFactors, label.loadFactors);
  return population.map((people, row) => people.times(loadFactors[row] as Dec));
}

/** Returns the basis of `weights` with their sum; throws ZERO_WEIGHT_SUM when the sum is 0. */
export function withSum(weights: readonly Dec[], sum: Dec): QuotaBasis {
  if (sum.isZero()) throw new BudgetInputError("ZERO_WEIGHT_SUM", msg.quotaUndefined());
  return { weights, sum };
}

/**
 * Returns q[i] = P[i]·LF[i] / Σ P·LF, unrounded: each weight times the one reciprocal 1/Σ, which
 * keeps 39 significant digits and costs a multiplication instead of a division per row.
 */
export function computeQuotas(population: readonly Dec[], loadFactors: readonly Dec[]): Dec[] {
  return quotasOf(toQuotaBasis(population, loadFactors));
}

/** Returns the quotas of an already formed basis (see computeQuotas). */
export function quotasOf(basis: QuotaBasis): Dec[] {
  const reciprocal = ONE.div(basis.sum);
  return basis.weights.map((weight) => weight.times(reciprocal));
}

/**
 * Returns `shares` rounded to `digits` decimals by largest remainder, so the rounded shares sum
 * exactly to the inputs' sum rounded half-up to `digits` (to 1 when the shares are quotas). Each
 * share is rounded down first; ties for a leftover unit go to the larger share, then the earlier row.
 */
export function roundSharesToSum(shares: readonly Dec[], digits: number): Dec[] {
  if (!Number.isInteger(digits) || digits < 0 || digits > 30) {
    throw new BudgetInputError("INVALID_UNIT", msg.invalidDigits(digits));
  }
  requireNonEmpty(shares.length, label.shares);
  requireAllNonNegative(shares, label.share);
  return roundToSum(shares, digits).rounded;
}

/**
 * roundSharesToSum for shares already checked (finite, ≥ 0, at least one; 0 ≤ digits ≤ 30),
 * also returning the target: the shares' sum rounded half-up to `digits`, which the rounded
 * shares sum to exactly. A caller that knows the sum (to 40 digits) passes it.
 */
export function roundToSum(
  shares: readonly Dec[],
  digits: number,
  sum: Dec = sumOf(shares)
): { readonly rounded: Dec[]; readonly target: Dec } {
  // Cutting digits off is exact, so floors and remainders below carry no rounding.
  const rounded = shares.map((share) => share.toDecimalPlaces(digits, Dec.ROUND_DOWN));
  const remainders = shares.map((share, row) => share.minus(rounded[row] as Dec));
  const target = sum.toDecimalPlaces(digits, Dec.ROUND_HALF_UP);
  const unit = new Dec(10).pow(-digits);
  const leftover = target.minus(sumOf(rounded)).div(unit).toNumber();
  settleLeftover(rounded, remainders, shares, leftover, unit);
  return { rounded, target };
}
