/**
 * Argument checks and sums shared by the engine's functions. Each check throws a BudgetInputError
 * with a German message from messages.ts and returns nothing or the checked value, so callers
 * read as a list of preconditions.
 */
import { type Dec, ONE, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import { messages as msg } from "./messages";

/** True when `value` is below zero; -0 counts as zero. */
export function isBelowZero(value: Dec): boolean {
  return value.isNegative() && !value.isZero();
}

/** Throws NOT_A_NUMBER unless `value` is finite. */
export function requireFinite(value: Dec, what: string): Dec {
  if (!value.isFinite()) throw new BudgetInputError("NOT_A_NUMBER", msg.notFinite(what));
  return value;
}

/** Throws NOT_A_NUMBER or NEGATIVE_VALUE unless `value` is finite and ≥ 0. */
export function requireNonNegative(value: Dec, what: string, row?: number): Dec {
  if (!value.isFinite()) throw new BudgetInputError("NOT_A_NUMBER", msg.notFinite(what), row);
  if (isBelowZero(value)) {
    throw new BudgetInputError("NEGATIVE_VALUE", msg.negativeValue(what, value, row), row);
  }
  return value;
}

/** Throws for the first entry that is not finite and ≥ 0, naming its 0-based row. */
export function requireAllNonNegative(values: readonly Dec[], what: string): void {
  for (let row = 0; row < values.length; row++) {
    requireNonNegative(values[row] as Dec, what, row);
  }
}

/** Throws EMPTY_INPUT when a list has no entries. */
export function requireNonEmpty(length: number, what: string): void {
  if (length === 0) throw new BudgetInputError("EMPTY_INPUT", msg.emptyInput(what));
}

/** Throws SIZE_MISMATCH unless a list has exactly `expected` entries. */
export function requireLength(actual: number, expected: number, what: string, row?: number): void {
  if (actual !== expected) {
    throw new BudgetInputError("SIZE_MISMATCH", msg.sizeMismatch(what, expected, actual, row), row);
  }
}

/** Throws SHARE_OUT_OF_RANGE unless `value` is a finite share in [0, 1]. */
export function requireShare(value: Dec, what: string, row?: number): Dec {
  requireFinite(value, what);
  if (isBelowZero(value) || value.gt(ONE)) {
    throw new BudgetInputError("SHARE_OUT_OF_RANGE", msg.shareOutOfRange(what, value, row), row);
  }
  return value;
}

/** Throws INVALID_YEARS unless `value` is a whole number ≥ 0. */
export function requireYearCount(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BudgetInputError("INVALID_YEARS", msg.invalidYears(what, value));
  }
  return value;
}

/** Returns the exact sum of `values` (0 for none); zeros are skipped, as they often dominate. */
export function sumOf(values: readonly Dec[]): Dec {
  let sum: Dec | undefined;
  for (const value of values) {
    if (!value.isZero()) sum = sum === undefined ? value : sum.plus(value);
  }
  return sum ?? ZERO;
}

/** Returns -0 as 0 so results never print or compare as negative zero. */
export function withoutNegativeZero(value: Dec): Dec {
  return value.isZero() ? ZERO : value;
}

/** Returns `value / unit` as a whole number; throws TOTAL_NOT_MULTIPLE_OF_UNIT when it is not. */
export function toWholeUnits(value: Dec, unit: Dec, what: string): Dec {
  const units = value.div(unit);
  if (!units.isInteger()) {
    throw new BudgetInputError(
      "TOTAL_NOT_MULTIPLE_OF_UNIT",
      msg.totalNotMultipleOfUnit(what, value, unit)
    );
  }
  return units;
}
