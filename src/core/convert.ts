/**
 * The one conversion from edge values (cells, JSON, CLI flags) into Dec, and the single-amount
 * rounding rule of DOMAIN.md ("kaufmännisch", half-up to the cent).
 */
import { Dec, type DecimalInput } from "./decimal";
import { withoutNegativeZero } from "./checks";
import { BudgetInputError } from "./errors";
import { label, messages as msg } from "./messages";

// Plain dot-decimal notation with an optional exponent. German "1.234,56", hex/binary literals,
// "Infinity" and "NaN" (all of which decimal.js would otherwise accept or misread) are rejected.
const DOT_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Returns `value` as a finite Dec of the product's Dec constructor. Numbers go through their
 * shortest round-trip string (0.1 → "0.1", never its binary expansion); strings must be dot-decimal
 * ("1234.56"). Throws BudgetInputError NOT_A_NUMBER, naming `what`, for anything else.
 */
export function toDec(value: DecimalInput, what?: string): Dec {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new BudgetInputError("NOT_A_NUMBER", msg.notFinite(what ?? label.value));
    return new Dec(String(value));
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (!DOT_DECIMAL.test(text)) {
      throw new BudgetInputError("NOT_A_NUMBER", msg.notANumber(what ?? label.value, value));
    }
    return new Dec(text);
  }
  if (!Dec.isDecimal(value) || !value.isFinite()) {
    throw new BudgetInputError("NOT_A_NUMBER", msg.notFinite(what ?? label.value));
  }
  // A Decimal from another decimal.js constructor carries that constructor's precision and
  // rounding into every operation; re-wrap it so only the product's configuration applies.
  return value.constructor === Dec ? value : new Dec(value);
}

/** Returns `amount` rounded half-up (away from zero on a tie) to whole cents; never -0. */
export function roundToCent(amount: Dec): Dec {
  return withoutNegativeZero(amount.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
}
