/**
 * The validation codes and small constructors for issues. Each code names one rule of
 * DOMAIN.md "What validates the usage matrix means"; fixture workbooks exist per code, so the set is
 * closed and spelled exactly as here.
 */
import type { CellScalar, IssueFix, Severity, ValidationIssue } from "./types";

/** Every code a validation issue can carry (INVALID_MAPPING: a saved mapping setting is unusable). */
export const ISSUE_CODES = [
  "MISSING_TABLE",
  "MISSING_COLUMN",
  "MISSING_MUNICIPALITY",
  "UNKNOWN_MUNICIPALITY",
  "DUPLICATE_MUNICIPALITY",
  "INVALID_REGION",
  "NOT_A_NUMBER",
  "CELL_ERROR",
  "TEXT_NUMBER",
  "MISSING_VALUE",
  "NEGATIVE_VALUE",
  "TOO_MANY_DECIMALS",
  "ALL_ZERO_ROW",
  "SUM_MISMATCH",
  "SHARE_OUT_OF_RANGE",
  "MISSING_CATEGORY",
  "UNKNOWN_CATEGORY",
  "DUPLICATE_CATEGORY",
  "UNKNOWN_INDICATOR",
  "MISSING_WEIGHT",
  "DUPLICATE_INDICATOR",
  "NEGATIVE_WEIGHT",
  "ZERO_WEIGHT_SUM",
  "ZERO_REFERENCE",
  "MISSING_PARAMETER",
  "INVALID_PARAMETER",
  "UNKNOWN_PARAMETER",
  "INFEASIBLE_MODEL",
  "OUTPUT_COLLISION",
  "DATE_VALUE",
  "AMOUNT_TOO_LARGE",
  "STALE_OUTPUT_SHEET",
  "INVALID_MAPPING",
] as const;

/** A validation code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Where an issue points: a sheet and an A1 address ("" for a whole table or sheet). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** Returns an issue; `fix` is left out entirely when there is none (stable JSON). */
export function makeIssue(
  code: IssueCode,
  severity: Severity,
  ref: CellRef,
  message: string,
  fix?: IssueFix
): ValidationIssue {
  const issue = { code, severity, sheet: ref.sheet, cell: ref.cell, message };
  return fix === undefined ? issue : { ...issue, fix };
}

/** Returns a fix that writes `value` into the cell `ref`. */
export function makeFix(label: string, ref: CellRef, value: CellScalar): IssueFix {
  return { label, sheet: ref.sheet, cell: ref.cell, value };
}

/** True when at least one issue is an error (errors block writing, warnings do not). */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
