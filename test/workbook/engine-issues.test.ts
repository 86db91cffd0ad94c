import type { BudgetErrorCode } from "../../src/core/errors";
import { BudgetInputError } from "../../src/core/errors";
import { engineIssue } from "../../src/workbook/engine-issues";
import { DEFAULT_MAPPING } from "../../src/workbook/mapping";
import { sampleSnapshot, withoutRow, withoutTable } from "./fixtures";

describe("engineIssue", () => {
  it.each([
    ["INFEASIBLE_BASE_AMOUNT", "INFEASIBLE_MODEL", "B6"],
    ["INFEASIBLE_CORRIDOR", "INFEASIBLE_MODEL", "B7"],
    // A load-factor cap of 0 makes every P·LF 0: the quota basis sums to 0.
    ["ZERO_WEIGHT_SUM", "ZERO_WEIGHT_SUM", "B9"],
    ["TOTAL_NOT_MULTIPLE_OF_UNIT", "TOO_MANY_DECIMALS", "B3"],
    ["INVALID_YEARS", "INVALID_PARAMETER", "B13"],
    ["INVALID_UNIT", "INVALID_PARAMETER", ""],
  ] as [BudgetErrorCode, string, string][])(
    "places %s as %s at Parameter!%s",
    (engineCode, code, cell) => {
      const issue = engineIssue(
        new BudgetInputError(engineCode, "Die Eingaben passen nicht."),
        sampleSnapshot(),
        DEFAULT_MAPPING
      );
      expect(issue).toEqual({
        code,
        severity: "error",
        sheet: "Parameter",
        cell,
        message: expect.stringContaining("Die Eingaben passen nicht."),
      });
    }
  );

  it("falls back to the next parameter when the first has no row", () => {
    // Without Sockelbetrag (row 6) the model in B4 is blamed.
    const snapshot = withoutRow(sampleSnapshot(), "parameters", "Sockelbetrag");
    const issue = engineIssue(
      new BudgetInputError("INFEASIBLE_BASE_AMOUNT", "zu hoch"),
      snapshot,
      DEFAULT_MAPPING
    );
    expect([issue.code, issue.cell]).toEqual(["INFEASIBLE_MODEL", "B4"]);
  });

  it("names the mapped parameter sheet when tblParameter is gone", () => {
    const mapping = {
      ...DEFAULT_MAPPING,
      parameters: { table: "tblEinstellungen", sheet: "Einstellungen" },
    };
    const issue = engineIssue(
      new BudgetInputError("INFEASIBLE_CORRIDOR", "eng"),
      withoutTable(sampleSnapshot(), "parameters"),
      mapping
    );
    expect([issue.sheet, issue.cell]).toEqual(["Einstellungen", ""]);
  });
});
