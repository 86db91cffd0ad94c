/**
 * Errors from Excel (OfficeExtension.Error, code + English message) become one HostError with a
 * German message that says what to do. Anything that is not an Office error is a bug and is
 * rethrown unchanged.
 */
import { HOST_MESSAGES } from "./messages";

/** Why a host operation failed. */
export type HostErrorCode =
  | "SHEET_PROTECTED"
  | "MERGED_CELLS"
  | "PAYLOAD_TOO_LARGE"
  | "CONNECTION_LOST"
  | "WRITE_INCOMPLETE"
  | "CELL_EDIT_MODE"
  | "CHANGED_MEANWHILE"
  | "NO_ROOM_BELOW_TABLE"
  | "UNDO_MISMATCH"
  | "INVALID_SHEET_NAME"
  | "EXCEL_ERROR";

/** A failed host operation; `message` is German and tells the user what to do. */
export class HostError extends Error {
  override readonly name = "HostError";

  /**
   * @param code machine-readable reason
   * @param message German text for the user
   * @param cause the Office error behind it, for logs
   */
  constructor(
    readonly code: HostErrorCode,
    message: string,
    override readonly cause?: unknown
  ) {
    super(message);
  }
}

/** The Office error code of an error (OfficeExtension.Error.code), or undefined for other errors. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || error instanceof HostError) return undefined;
  const { code, debugInfo } = error as { code?: unknown; debugInfo?: unknown };
  return typeof code === "string" && typeof debugInfo === "object" ? code : undefined;
}

const CONNECTION_CODES = new Set([
  "GeneralException",
  "ConnectionFailure",
  "Timeout",
  "InvalidOrTimedOutSession",
  "RequestAborted",
]);
const RACE_CODES = new Set([
  "ItemAlreadyExists",
  "ItemNotFound",
  "Conflict",
  "InsertDeleteConflict",
  "InvalidReference",
]);

/** Maps an error thrown by Excel.run / context.sync to a HostError; other errors are rethrown. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  if (code === undefined) throw error;
  const message = error instanceof Error ? error.message : "";
  if (code === "AccessDenied")
    return new HostError("SHEET_PROTECTED", HOST_MESSAGES.someSheetProtected(), error);
  if (code === "MergedRangeConflict" || (code === "InvalidArgument" && /merge/i.test(message))) {
    return new HostError("MERGED_CELLS", HOST_MESSAGES.someMergedCells(), error);
  }
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") {
    return new HostError("PAYLOAD_TOO_LARGE", HOST_MESSAGES.payloadTooLarge(), error);
  }
  if (CONNECTION_CODES.has(code))
    return new HostError("CONNECTION_LOST", HOST_MESSAGES.connectionLost(), error);
  if (code === "InvalidOperationInCellEditMode")
    return new HostError("CELL_EDIT_MODE", HOST_MESSAGES.cellEditMode(), error);
  if (RACE_CODES.has(code))
    return new HostError("CHANGED_MEANWHILE", HOST_MESSAGES.changedMeanwhile(), error);
  return new HostError("EXCEL_ERROR", HOST_MESSAGES.excelRefused(code), error);
}
