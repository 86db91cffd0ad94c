/**
 * Errors the workbook layer throws when an operation cannot go on. Problems in the inputs are
 * values (ValidationIssue, collected by validation); these are for operations that return
 * something else and cannot proceed without a table, such as planning the cells that adopt a
 * model. Each surface maps them once: the task pane shows the German message in its message bar.
 */

/** Why input edits could not be planned. */
export type InputEditErrorCode = "MISSING_TABLE" | "MISSING_COLUMNS";

/** Adopting values into the input tables failed before anything was written; `message` is German. */
export class InputEditError extends Error {
  override readonly name = "InputEditError";

  /**
   * @param code machine-readable reason
   * @param message German text for the user: what is missing and that nothing was adopted
   */
  constructor(
    readonly code: InputEditErrorCode,
    message: string
  ) {
    super(message);
  }
}
