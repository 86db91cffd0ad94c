/**
 * Office errors become HostErrors with a German message and a code; anything else is a bug and
 * passes through unchanged.
 */
import { HostError } from "../../../src/adapters/officejs";
import { toHostError } from "../../../src/adapters/officejs/errors";
import { ExcelHostError } from "../../support/excel-host";

describe("when Excel rejects a sync", () => {
  it.each([
    [
      "AccessDenied",
      "You cannot perform the requested operation.",
      "SHEET_PROTECTED",
      "Blattschutz aufheben",
    ],
    [
      "MergedRangeConflict",
      "Cannot change part of a merged cell.",
      "MERGED_CELLS",
      "Verbinden und zentrieren",
    ],
    [
      "InvalidArgument",
      "Cannot change part of a merged cell.",
      "MERGED_CELLS",
      "Verbundene Zellen",
    ],
    ["RequestPayloadSizeLimitExceeded", "too large", "PAYLOAD_TOO_LARGE", "mehr als 5 MB"],
    ["ResponsePayloadSizeLimitExceeded", "too large", "PAYLOAD_TOO_LARGE", "mehr als 5 MB"],
    ["GeneralException", "internal error", "CONNECTION_LOST", "Verbindung zu Excel"],
    ["ConnectionFailure", "connection", "CONNECTION_LOST", "Internetverbindung"],
    ["InvalidOperationInCellEditMode", "edit mode", "CELL_EDIT_MODE", "Bearbeitungsmodus"],
    ["ItemAlreadyExists", "exists", "CHANGED_MEANWHILE", "von jemand anderem geändert"],
    ["InvalidArgument", "The argument is invalid.", "EXCEL_ERROR", "Fehlercode InvalidArgument"],
  ] as const)("maps %s (%s) to %s with a German hint", (code, message, hostCode, hint) => {
    const mapped = toHostError(new ExcelHostError(code as never, message));
    expect(mapped).toBeInstanceOf(HostError);
    expect(mapped.code).toBe(hostCode);
    expect(mapped.message).toContain(hint);
    expect(mapped.cause).toBeInstanceOf(ExcelHostError);
  });

  it("passes a HostError through unchanged", () => {
    const error = new HostError("SHEET_PROTECTED", "Das Blatt »X« ist geschützt.");
    expect(toHostError(error)).toBe(error);
  });

  it("rethrows errors that do not come from Excel", () => {
    const bug = new TypeError("undefined is not a function");
    expect(() => toHostError(bug)).toThrow(bug);
  });
});
