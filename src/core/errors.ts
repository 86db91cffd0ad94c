/**
 * Input problems the engine detects itself. The engine throws them (it cannot continue), each
 * surface maps them once: a custom function returns #VALUE! with the German message, the workbook
 * layer reports a validation issue.
 */
export type BudgetErrorCode =
  | "SIZE_MISMATCH"
  | "NOT_A_NUMBER"
  | "NEGATIVE_VALUE"
  | "ZERO_WEIGHT_SUM"
  | "ZERO_REFERENCE"
  | "UNKNOWN_MODEL"
  | "UNKNOWN_BASIS"
  | "INFEASIBLE_BASE_AMOUNT"
  | "INFEASIBLE_CORRIDOR"
  | "INVALID_UNIT"
  | "TOTAL_NOT_MULTIPLE_OF_UNIT"
  | "SHARE_OUT_OF_RANGE"
  | "INVALID_YEARS"
  | "EMPTY_INPUT";

/** A problem with the data handed to the engine; `message` is German and names the problem. */
export class BudgetInputError extends Error {
  override readonly name = "BudgetInputError";

  /**
   * @param code machine-readable reason
   * @param message German text for the user
   * @param row 0-based row of the offending input, where there is one
   */
  constructor(
    readonly code: BudgetErrorCode,
    message: string,
    readonly row?: number
  ) {
    super(message);
  }
}
