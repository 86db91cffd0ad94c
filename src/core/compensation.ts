/**
 * Compensation of the municipalities that lose under a new quota, and its phase-out
 * (DOMAIN.md 5): comp[i](t) = max(0, H[i] − A[i]) · max(0, (N − t)/N), to the cent.
 */
import { Dec, ZERO } from "./decimal";
import { requireAllNonNegative, requireLength, requireYearCount } from "./checks";
import { roundToCent } from "./convert";
import { roundProductQuotientToCent } from "./quotientRounding";
import { label } from "./messages";

/** comp[i](t) per municipality and the freed amount F(t) of the same year. */
export interface CompensationFigures {
  readonly compensation: Dec[];
  readonly freed: Dec;
}

/**
 * Returns comp[i](t) per municipality, EUR rounded half-up to the cent: the loss against the
 * previous budget H[i], reduced by 1/N each year after year index 0, paid on top of B.
 * `years` = N (0: no compensation at all) and `yearIndex` = t must be whole numbers ≥ 0.
 */
export function computeCompensation(
  previous: readonly Dec[],
  amounts: readonly Dec[],
  years: number,
  yearIndex: number
): Dec[] {
  return computeCompensationFigures(previous, amounts, years, yearIndex).compensation;
}

/**
 * Returns F(t) = Σ comp[i](0) − Σ comp[i](t), EUR: the compensation no longer paid in year t,
 * which goes to regional budget 1. Same arguments and checks as computeCompensation.
 */
export function computeFreedAmount(
  previous: readonly Dec[],
  amounts: readonly Dec[],
  years: number,
  yearIndex: number
): Dec {
  return computeCompensationFigures(previous, amounts, years, yearIndex).freed;
}

/** Returns comp[i](t) and F(t) in one pass over the municipalities (checks as above). */
export function computeCompensationFigures(
  previous: readonly Dec[],
  amounts: readonly Dec[],
  years: number,
  yearIndex: number
): CompensationFigures {
  requireYearCount(years, label.phaseOutYears);
  requireYearCount(yearIndex, label.yearIndex);
  requireLength(amounts.length, previous.length, label.amounts);
  requireAllNonNegative(previous, label.previousBudget);
  requireAllNonNegative(amounts, label.amount);
  if (years === 0) return { compensation: previous.map(() => ZERO), freed: ZERO };
  const yearsLeft = new Dec(Math.max(0, years - yearIndex));
  const yearCount = new Dec(years);
  let firstYear = ZERO;
  let thisYear = ZERO;
  const compensation = previous.map((budget, row) => {
    const amount = amounts[row] as Dec;
    // A comparison is far cheaper than a subtraction; only a loser needs the loss.
    if (amount.gte(budget)) return ZERO;
    const loss = budget.minus(amount);
    const full = roundToCent(loss);
    firstYear = firstYear.plus(full);
    if (yearsLeft.isZero()) return ZERO;
    // (H − A)·(N − t)/N rounded as one quotient, so the half-up rounding is right even when
    // (N − t)/N has no finite decimal expansion.
    const paid = yearIndex === 0 ? full : roundProductQuotientToCent(loss, yearsLeft, yearCount);
    thisYear = thisYear.plus(paid);
    return paid;
  });
  return { compensation, freed: firstYear.minus(thisYear) };
}
