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
  const phaseOut = toPhaseOut(years, yearIndex);
  let firstYear = ZERO;
  let thisYear = ZERO;
  const compensation = previous.map((budget, row) => {
    const amount = amounts[row] as Dec;
    // A comparison is far cheaper than a subtraction; only a loser needs the loss.
    if (amount.gte(budget)) return ZERO;
    const loss = budget.minus(amount);
    const full = loss.decimalPlaces() <= 2 ? loss : roundToCent(loss);
    firstYear = firstYear.plus(full);
    const paid = paidOf(loss, full, phaseOut);
    if (!paid.isZero()) thisYear = thisYear.plus(paid);
    return paid;
  });
  return { compensation, freed: firstYear.minus(thisYear) };
}

/** The year's phase-out: t, N − t and N, and (N − t)/N where it is a finite decimal. */
interface PhaseOut {
  readonly yearIndex: number;
  readonly yearsLeft: Dec;
  readonly yearCount: Dec;
  readonly share: Dec | undefined;
}

/** Returns the phase-out of year index t of N > 0 years. */
function toPhaseOut(years: number, yearIndex: number): PhaseOut {
  const yearsLeft = Math.max(0, years - yearIndex);
  return {
    yearIndex,
    yearsLeft: new Dec(yearsLeft),
    yearCount: new Dec(years),
    share: finiteShare(yearsLeft, years),
  };
}

/**
 * Returns loss·(N − t)/N to the cent (`full` is the loss to the cent): as one quotient, so the
 * half-up rounding is right even when (N − t)/N has no finite decimal expansion; a finite one is
 * an exact factor.
 */
function paidOf(loss: Dec, full: Dec, phaseOut: PhaseOut): Dec {
  const { yearIndex, yearsLeft, yearCount, share } = phaseOut;
  if (yearIndex === 0) return full;
  if (yearsLeft.isZero()) return ZERO;
  if (share !== undefined) return roundToCent(loss.times(share));
  return roundProductQuotientToCent(loss, yearsLeft, yearCount);
}

/**
 * Returns (N − t)/N when it has at most 10 decimals (N = 4: 0.75), so that the loss times it is
 * exact while the product fits 40 digits; undefined otherwise (N = 3). A quotient of whole
 * numbers terminates iff its reduced denominator has no prime factor but 2 and 5, and then has as
 * many decimals as the larger power of 2 or 5. Year counts are whole numbers, not money.
 */
function finiteShare(yearsLeft: number, years: number): Dec | undefined {
  let denominator = years / greatestCommonDivisor(yearsLeft, years);
  let twos = 0;
  let fives = 0;
  for (; denominator % 2 === 0; twos++) denominator /= 2;
  for (; denominator % 5 === 0; fives++) denominator /= 5;
  if (denominator !== 1 || Math.max(twos, fives) > 10) return undefined;
  return new Dec(yearsLeft).div(years);
}

/** Returns the greatest common divisor of two whole numbers ≥ 0, not both 0. */
function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}
