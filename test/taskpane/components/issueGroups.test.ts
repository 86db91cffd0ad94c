import { countIssues, groupIssues, issueText } from "../../../src/taskpane/components/issueGroups";
import type { ValidationIssue } from "../../../src/workbook/index";

function issue(severity: "error" | "warning", sheet: string, cell: string): ValidationIssue {
  const at = cell === "" ? "" : `${sheet}!${cell}: `;
  return { code: "X", severity, sheet, cell, message: `${at}Problem in ${sheet} ${cell}` };
}

describe("when issues are grouped", () => {
  it("can put errors before warnings, sheets in first-seen order, cells top to bottom", () => {
    const issues = [
      issue("warning", "Parameter", "A6"),
      issue("error", "Verwendung", "C10"),
      issue("error", "Stammdaten", "B2"),
      issue("error", "Verwendung", "B4"),
      issue("error", "Verwendung", ""),
      issue("error", "Verwendung", "AA4"),
      issue("error", "Verwendung", "B4:C5"),
    ];

    const groups = groupIssues(issues).map((group) => ({
      severity: group.severity,
      count: group.count,
      sheets: group.sheets.map(({ sheet, issues: list }) => [sheet, list.map((i) => i.cell)]),
    }));

    expect(groups).toEqual([
      {
        severity: "error",
        count: 6,
        sheets: [
          ["Verwendung", ["", "B4", "B4:C5", "AA4", "C10"]],
          ["Stammdaten", ["B2"]],
        ],
      },
      { severity: "warning", count: 1, sheets: [["Parameter", ["A6"]]] },
    ]);
  });

  it.each([
    [[], 0, 0, []],
    [[issue("warning", "", "")], 0, 1, ["warning"]],
    [[issue("error", "A", "A1"), issue("error", "B", "A1")], 2, 0, ["error"]],
  ])("can count and leave out empty groups (%#)", (issues, errors, warnings, severities) => {
    expect(countIssues(issues)).toEqual({ errors, warnings });
    expect(groupIssues(issues).map((group) => group.severity)).toEqual(severities);
  });
});

describe("when an issue's text is shown under its sheet", () => {
  it.each([
    ["Verwendung", "C4", "Verwendung!C4: Text statt Zahl.", "Text statt Zahl."],
    ["Region 1", "A1", "'Region 1'!A1: Belegt.", "Belegt."],
    ["Verwendung", "", "Die Tabelle fehlt.", "Die Tabelle fehlt."],
    ["Verwendung", "C4", "Etwas anderes.", "Etwas anderes."],
  ])("can drop the leading %s!%s reference", (sheet, cell, message, shown) => {
    expect(issueText({ code: "X", severity: "error", sheet, cell, message })).toBe(shown);
  });
});
