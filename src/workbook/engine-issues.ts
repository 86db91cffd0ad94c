/**
 * The engine's own complaints (BudgetInputError) as validation issues on the parameter that
 * causes them, e.g. an infeasible SOCKEL on the Sockelbetrag cell (DOMAIN.md 4). Validation
 * catches everything else before the engine runs; these are the checks only the engine can make.
 */
import type { BudgetErrorCode, BudgetInputError } from "../core/errors";
import type { CellRef, IssueCode } from "./issues";
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import type { ParameterKey } from "./parameter-rows";
import { findParameterCell } from "./parameter-rows";
import type { InputMapping, InputSnapshot, ValidationIssue } from "./types";

/** The issue code and the parameter cells (in order of preference) for each engine error. */
const PLACEMENT: Readonly<
  Record<BudgetErrorCode, { code: IssueCode; at: readonly ParameterKey[] }>
> = {
  INFEASIBLE_BASE_AMOUNT: { code: "INFEASIBLE_MODEL", at: ["baseAmount", "model"] },
  INFEASIBLE_CORRIDOR: { code: "INFEASIBLE_MODEL", at: ["corridor", "model"] },
  ZERO_WEIGHT_SUM: { code: "ZERO_WEIGHT_SUM", at: ["loadFactorCap"] },
  ZERO_REFERENCE: { code: "ZERO_REFERENCE", at: ["populationBasis"] },
  INVALID_YEARS: { code: "INVALID_PARAMETER", at: ["quotaStartYear", "year"] },
  UNKNOWN_MODEL: { code: "INVALID_PARAMETER", at: ["model"] },
  UNKNOWN_BASIS: { code: "INVALID_PARAMETER", at: ["splitBasis"] },
  TOTAL_NOT_MULTIPLE_OF_UNIT: { code: "TOO_MANY_DECIMALS", at: ["total"] },
  SHARE_OUT_OF_RANGE: { code: "SHARE_OUT_OF_RANGE", at: ["corridor"] },
  INVALID_UNIT: { code: "INVALID_PARAMETER", at: [] },
  NOT_A_NUMBER: { code: "NOT_A_NUMBER", at: [] },
  NEGATIVE_VALUE: { code: "NEGATIVE_VALUE", at: [] },
  SIZE_MISMATCH: { code: "INVALID_PARAMETER", at: [] },
  EMPTY_INPUT: { code: "MISSING_MUNICIPALITY", at: [] },
};

/**
 * Returns the issue for an engine error: on the first parameter cell of its placement that exists
 * in the snapshot, else on the parameter sheet as a whole.
 */
export function engineIssue(
  error: BudgetInputError,
  snapshot: InputSnapshot,
  mapping: InputMapping
): ValidationIssue {
  const placement = PLACEMENT[error.code];
  const cells = placement.at.map((key) => findParameterCell(snapshot, key));
  const sheet = snapshot.tables.parameters?.sheet ?? mapping.parameters.sheet;
  const ref: CellRef = cells.find((cell) => cell !== undefined) ?? { sheet, cell: "" };
  const message =
    placement.code === "INFEASIBLE_MODEL"
      ? MESSAGES.infeasibleModel(ref, error.message)
      : MESSAGES.engineProblem(ref, error.message);
  return makeIssue(placement.code, "error", ref, message);
}
