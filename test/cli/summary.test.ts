import { formatIssue, formatIssueCount, formatSummary, renderTable } from "../../src/cli/summary";
import type { BudgetReport, ReportIssue } from "../../src/workbook";

const TEXT_NUMBER: ReportIssue = {
  code: "TEXT_NUMBER",
  severity: "warning",
  sheet: "Verwendung",
  cell: "C4",
  message: "Verwendung!C4: Sachkosten ist als Text »1.234,56« gespeichert statt als Zahl 1234,56.",
  fix: "Als Zahl 1234,56 übernehmen",
};

function report(issues: ReportIssue[]): BudgetReport {
  return {
    ok: true,
    year: 2027,
    model: "SOCKEL",
    issues,
    municipalities: [],
    regions: [],
    totals: null,
  };
}

describe("when an issue is printed", () => {
  it.each([
    [
      TEXT_NUMBER,
      "Verwendung!C4  WARNUNG  TEXT_NUMBER  Verwendung!C4: Sachkosten ist als Text »1.234,56« gespeichert statt als Zahl 1234,56.  → Als Zahl 1234,56 übernehmen",
    ],
    [
      {
        code: "MISSING_TABLE",
        severity: "error",
        sheet: "Parameter",
        cell: "",
        message: "Die Eingabetabelle »tblParameter« fehlt.",
      },
      "Parameter  FEHLER   MISSING_TABLE  Die Eingabetabelle »tblParameter« fehlt.",
    ],
    [
      {
        code: "OUTPUT_COLLISION",
        severity: "error",
        sheet: "Region 2",
        cell: "A1",
        message: "Kollision.",
      },
      "'Region 2'!A1  FEHLER   OUTPUT_COLLISION  Kollision.",
    ],
    [
      {
        code: "PARTS_NOT_KEPT",
        severity: "warning",
        sheet: "",
        cell: "",
        message: "Die Kopie ist nicht vollständig.",
      },
      "Arbeitsmappe  WARNUNG  PARTS_NOT_KEPT  Die Kopie ist nicht vollständig.",
    ],
  ] as const)("shows place, severity, code, message and fix on one line (%#)", (issue, line) => {
    expect(formatIssue(issue)).toBe(line);
  });
});

describe("when the issues are counted", () => {
  it.each([
    [[], "Keine Fehler und keine Warnungen gefunden."],
    [[TEXT_NUMBER], "0 Fehler, 1 Warnung."],
    [[TEXT_NUMBER, TEXT_NUMBER], "0 Fehler, 2 Warnungen."],
    [
      [{ ...TEXT_NUMBER, severity: "error" as const }, TEXT_NUMBER],
      "1 Fehler, 1 Warnung – es wurde nichts geschrieben.",
    ],
  ])("sums up %j", (issues, line) => {
    expect(formatIssueCount(report(issues))).toBe(line);
  });
});

describe("when a table is rendered", () => {
  it("pads every column to its widest cell and right-aligns numbers", () => {
    expect(
      renderTable(
        ["Region", "Gesamt"],
        [
          ["Nord", "1.000,00 €"],
          ["Region Süd", "12,50 €"],
        ],
        ["left", "right"]
      )
    ).toEqual(["Region          Gesamt", "Nord        1.000,00 €", "Region Süd     12,50 €"]);
  });
});

describe("when the report has an error", () => {
  it("prints no result tables", () => {
    expect(formatSummary({ ...report([]), ok: false })).toEqual([]);
  });
});

describe("when the report has results", () => {
  // 0.123456 → 12,35 % (two decimals, half-up); 1234.5 → 1.234,50 €.
  it("formats shares as percent and amounts as German EUR", () => {
    const lines = formatSummary({
      ...report([]),
      municipalities: [
        {
          name: "Nord-Gemeinde",
          region: "Nord",
          population: 12345,
          loadFactor: 1.23456,
          quota: 0.123456,
          amount: 1234.5,
          compensation: 0,
          bound: 1000,
          regional1: 234.5,
        },
      ],
      regions: [
        {
          name: "Nord",
          key: 1,
          bound: 1000,
          regional1: 234.5,
          freed: 0,
          regional2: 0,
          compensation: 0,
          total: 1234.5,
        },
      ],
      totals: {
        amount: 1234.5,
        compensation: 0,
        bound: 1000,
        regional1: 234.5,
        freed: 0,
        regional2: 0,
        total: 1234.5,
      },
    });
    expect(lines).toEqual([
      "Sozialraumbudget 2027 – Finanzierungsmodell SOCKEL",
      "",
      "Gemeinde       Region  Bevölkerung  Belastung    Quote      Betrag  Ausgleich    gebunden  regional 1",
      "Nord-Gemeinde  Nord         12.345     1,2346  12,35 %  1.234,50 €     0,00 €  1.000,00 €    234,50 €",
      "",
      "Region        Schlüssel    gebunden  regional 1  davon frei  regional 2  Ausgleich      Gesamt",
      "Nord           100,00 %  1.000,00 €    234,50 €      0,00 €      0,00 €     0,00 €  1.234,50 €",
      "Kreis gesamt             1.000,00 €    234,50 €      0,00 €      0,00 €     0,00 €  1.234,50 €",
    ]);
  });
});
