/**
 * Reading one input cell as a number or a name, turning every problem into an issue at that
 * exact cell: Excel errors, text and booleans, numbers stored as text, negatives, sub-cent money.
 */
import { cellText, isBlank } from "./cells";
import type { CellRef, IssueCode } from "./issues";
import { makeFix, makeIssue } from "./issues";
import { FIX_LABELS, MESSAGES } from "./messages";
import { cellNumberToDec, parseNumberText } from "./numbers";
import type { CellValue, ValidationIssue } from "./types";
import { isCellDate, isCellError } from "./types";
import { Dec } from "../core/decimal";

/**
 * The largest amount accepted, in euros: 10^12 €. Beyond it a cent is no longer exact in a JSON
 * number (the report) nor in Excel's 15 significant digits.
 */
export const MAX_AMOUNT_EUR = new Dec("1e12");

/** What a numeric input is and which rules apply to it. */
export interface NumberField {
  readonly ref: CellRef;
  /** German subject of the message, e.g. "»Budget Vorjahr« von »SG Ilmenau«". */
  readonly label: string;
  /** Money: more than two decimals is TOO_MANY_DECIMALS. */
  readonly money?: boolean;
  /** The code for a value below 0; negative values are allowed when absent. */
  readonly negativeCode?: Extract<IssueCode, "NEGATIVE_VALUE" | "NEGATIVE_WEIGHT">;
  /** Subject for NEGATIVE_WEIGHT messages (the indicator's name). */
  readonly indicator?: string;
}

/** The outcome of reading a numeric cell; for "invalid" the issue has already been reported. */
export type NumberRead =
  | { readonly status: "ok"; readonly value: Dec }
  | { readonly status: "blank" }
  | { readonly status: "invalid" };

const INVALID: NumberRead = { status: "invalid" };

/** Turns a cell into a number or reports why it is none (TEXT_NUMBER with a fix when unambiguous). */
function readRaw(value: CellValue, field: NumberField, issues: ValidationIssue[]): NumberRead {
  const { ref, label } = field;
  if (isBlank(value)) return { status: "blank" };
  if (isCellError(value)) {
    issues.push(makeIssue("CELL_ERROR", "error", ref, MESSAGES.cellError(ref, label, value.error)));
    return INVALID;
  }
  if (isCellDate(value)) {
    issues.push(makeIssue("DATE_VALUE", "error", ref, MESSAGES.dateValue(ref, label, value.date)));
    return INVALID;
  }
  const text = cellText(value);
  if (typeof value === "number" && Number.isFinite(value)) {
    return { status: "ok", value: cellNumberToDec(value) };
  }
  const parsed = typeof value === "string" ? parseNumberText(text) : undefined;
  if (parsed === undefined) {
    issues.push(makeIssue("NOT_A_NUMBER", "error", ref, MESSAGES.notANumber(ref, label, text)));
  } else if (parsed.kind === "ambiguous") {
    const message = MESSAGES.textNumberAmbiguous(ref, label, text, parsed.readings);
    issues.push(makeIssue("TEXT_NUMBER", "error", ref, message));
  } else {
    const fix = makeFix(FIX_LABELS.asNumber(parsed.value), ref, parsed.value.toNumber());
    const message = MESSAGES.textNumber(ref, label, text, parsed.value);
    issues.push(makeIssue("TEXT_NUMBER", "error", ref, message, fix));
  }
  return INVALID;
}

/**
 * Reads a numeric cell: "ok" with the exact value, "blank", or "invalid" after reporting the
 * problem (one issue per cell: the first rule broken).
 */
export function readNumber(
  value: CellValue,
  field: NumberField,
  issues: ValidationIssue[]
): NumberRead {
  const read = readRaw(value, field, issues);
  if (read.status !== "ok") return read;
  const { ref, label } = field;
  if (field.negativeCode !== undefined && read.value.isNegative() && !read.value.isZero()) {
    const message =
      field.negativeCode === "NEGATIVE_WEIGHT"
        ? MESSAGES.negativeWeight(ref, field.indicator ?? label, read.value)
        : MESSAGES.negativeValue(ref, label, read.value);
    issues.push(makeIssue(field.negativeCode, "error", ref, message));
    return INVALID;
  }
  if (field.money === true && read.value.abs().greaterThan(MAX_AMOUNT_EUR)) {
    const message = MESSAGES.amountTooLarge(ref, label, read.value);
    issues.push(makeIssue("AMOUNT_TOO_LARGE", "error", ref, message));
    return INVALID;
  }
  if (field.money === true && read.value.decimalPlaces() > 2) {
    const rounded = read.value.toDecimalPlaces(2);
    const fix = makeFix(FIX_LABELS.roundToCent(rounded), ref, rounded.toNumber());
    const message = MESSAGES.tooManyDecimals(ref, label, read.value);
    issues.push(makeIssue("TOO_MANY_DECIMALS", "error", ref, message, fix));
    return INVALID;
  }
  return read;
}

/** Reads a numeric cell that must not be blank: a blank cell is MISSING_VALUE. */
export function readRequiredNumber(
  value: CellValue,
  field: NumberField,
  issues: ValidationIssue[]
): Dec | undefined {
  const read = readNumber(value, field, issues);
  if (read.status === "blank") {
    issues.push(
      makeIssue("MISSING_VALUE", "error", field.ref, MESSAGES.missingValue(field.ref, field.label))
    );
  }
  return read.status === "ok" ? read.value : undefined;
}

/** Reads a text cell (a name): the trimmed text, "" when blank; an Excel error is CELL_ERROR. */
export function readName(
  value: CellValue,
  ref: CellRef,
  label: string,
  issues: ValidationIssue[]
): string | undefined {
  if (isCellError(value)) {
    issues.push(makeIssue("CELL_ERROR", "error", ref, MESSAGES.cellError(ref, label, value.error)));
    return undefined;
  }
  // One spelling per name: composed Unicode (a decomposed "Süd" is the same region) and single spaces.
  return cellText(value).normalize("NFC").replace(/\s+/g, " ");
}
