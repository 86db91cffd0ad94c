/**
 * One case per validation code (the codes of the fixture workbooks): a single change to the
 * sample → the exact issue (code, severity, sheet, cell, fix value where there is one).
 */
import { ISSUE_CODES } from "../../src/workbook/issues";
import type { CellScalar, InputSnapshot, ValidationIssue } from "../../src/workbook/types";
import { validateInputs } from "../../src/workbook/validate";
import {
  sampleSnapshot,
  withCell,
  withCells,
  withoutRow,
  withoutTable,
  withParameter,
} from "./fixtures";

type Change = (snapshot: InputSnapshot) => InputSnapshot;

interface Expected {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly sheet: string;
  readonly cell: string;
  /** The fix's value; null: the issue must have no fix. */
  readonly fix: CellScalar | undefined | null;
}

function issuesAfter(change: Change): readonly ValidationIssue[] {
  return validateInputs(change(sampleSnapshot())).issues;
}

function findIssue(issues: readonly ValidationIssue[], expected: Expected): ValidationIssue {
  const found = issues.find(
    (issue) =>
      issue.code === expected.code && issue.sheet === expected.sheet && issue.cell === expected.cell
  );
  if (found === undefined) {
    throw new Error(
      `no ${expected.code} at ${expected.sheet}!${expected.cell} in ${JSON.stringify(issues, null, 1)}`
    );
  }
  return found;
}

const e = (code: string, sheet: string, cell: string, fix: CellScalar | null = null): Expected => ({
  code,
  severity: "error",
  sheet,
  cell,
  fix,
});
const w = (code: string, sheet: string, cell: string, fix: CellScalar | null = null): Expected => ({
  ...e(code, sheet, cell, fix),
  severity: "warning",
});

const CASES: readonly [string, Change, Expected][] = [
  [
    "tblVerwendung is missing",
    (s) => withoutTable(s, "usage"),
    e("MISSING_TABLE", "Verwendung", ""),
  ],
  [
    "tblParameter is missing",
    (s) => withoutTable(s, "parameters"),
    e("MISSING_TABLE", "Parameter", ""),
  ],
  [
    "the Region column is renamed",
    (s) => withCell(s, "municipalities", "B1", "Bezirk"),
    e("MISSING_COLUMN", "Stammdaten", "A1"),
  ],
  [
    "the Sachkosten column is renamed",
    (s) => withCell(s, "usage", "C1", "Material"),
    e("MISSING_COLUMN", "Verwendung", "A1"),
  ],
  [
    "the Gewicht column is renamed",
    (s) => withCell(s, "weights", "G1", "Faktor"),
    e("MISSING_COLUMN", "Indikatoren", "F1"),
  ],
  [
    "a usage row has values but no name",
    (s) => withCell(s, "usage", "A5", null),
    e("MISSING_MUNICIPALITY", "Verwendung", "A5"),
  ],
  // Nine rows remain (rows 2–10), so the missing municipality belongs in row 11.
  [
    "SG Ilmenau has no indicator row",
    (s) => withoutRow(s, "indicators", "SG Ilmenau"),
    e("MISSING_MUNICIPALITY", "Indikatoren", "A11"),
  ],
  [
    "SG Ilmenau has no usage row",
    (s) => withoutRow(s, "usage", "SG Ilmenau"),
    e("MISSING_MUNICIPALITY", "Verwendung", "A11"),
  ],
  [
    "a usage row names a typo",
    (s) => withCell(s, "usage", "A10", "SG Ilmenu"),
    e("UNKNOWN_MUNICIPALITY", "Verwendung", "A10", "SG Ilmenau"),
  ],
  [
    "an indicator row lacks the prefix",
    (s) => withCell(s, "indicators", "A10", "Ilmenau"),
    e("UNKNOWN_MUNICIPALITY", "Indikatoren", "A10", "SG Ilmenau"),
  ],
  [
    "an indicator row names a stranger",
    (s) => withCell(s, "indicators", "A10", "Hansestadt Hamburg"),
    e("UNKNOWN_MUNICIPALITY", "Indikatoren", "A10"),
  ],
  [
    "a municipality is listed twice",
    (s) => withCell(s, "municipalities", "A11", "SG Ilmenau"),
    e("DUPLICATE_MUNICIPALITY", "Stammdaten", "A11"),
  ],
  [
    "a usage row is listed twice",
    (s) => withCell(s, "usage", "A11", "sg ilmenau"),
    e("DUPLICATE_MUNICIPALITY", "Verwendung", "A11"),
  ],
  [
    "a region is blank",
    (s) => withCell(s, "municipalities", "B3", null),
    e("INVALID_REGION", "Stammdaten", "B3"),
  ],
  [
    "a region contains a slash",
    (s) => withCell(s, "municipalities", "B3", "Region 1/Nord"),
    e("INVALID_REGION", "Stammdaten", "B3"),
  ],
  [
    "a region has 32 characters",
    (s) => withCell(s, "municipalities", "B3", "R".repeat(32)),
    e("INVALID_REGION", "Stammdaten", "B3"),
  ],
  [
    "a region is named like an input sheet",
    (s) => withCell(s, "municipalities", "B3", "parameter"),
    e("INVALID_REGION", "Stammdaten", "B3"),
  ],
  [
    "a region is named Übersicht",
    (s) => withCell(s, "municipalities", "B3", "Übersicht"),
    e("INVALID_REGION", "Stammdaten", "B3"),
  ],
  [
    "a region is named History, which Excel reserves",
    (s) => withCell(s, "municipalities", "B3", "History"),
    e("INVALID_REGION", "Stammdaten", "B3"),
  ],
  [
    "a region has a leading apostrophe",
    (s) => withCell(s, "municipalities", "B3", "'Region 1"),
    e("INVALID_REGION", "Stammdaten", "B3"),
  ],
  [
    "a region is named Übersicht in decomposed Unicode",
    (s) => withCell(s, "municipalities", "B3", "U\u0308bersicht"),
    e("INVALID_REGION", "Stammdaten", "B3"),
  ],
  [
    "a region differs only in case",
    (s) => withCell(s, "municipalities", "B3", "region 1"),
    e("INVALID_REGION", "Stammdaten", "B3", "Region 1"),
  ],
  [
    "a previous budget is a word",
    (s) => withCell(s, "municipalities", "F3", "viel"),
    e("NOT_A_NUMBER", "Stammdaten", "F3"),
  ],
  [
    "a usage amount is a boolean",
    (s) => withCell(s, "usage", "C3", true),
    e("NOT_A_NUMBER", "Verwendung", "C3"),
  ],
  [
    "an indicator is #DIV/0!",
    (s) => withCell(s, "indicators", "B4", { error: "#DIV/0!" }),
    e("CELL_ERROR", "Indikatoren", "B4"),
  ],
  [
    "a population is #NV",
    (s) => withCell(s, "municipalities", "E5", { error: "#NV" }),
    e("CELL_ERROR", "Stammdaten", "E5"),
  ],
  // "15.015,60": German thousands dot and decimal comma → 15015.6.
  [
    "German thousands and decimals as text",
    (s) => withCell(s, "usage", "C4", "15.015,60"),
    e("TEXT_NUMBER", "Verwendung", "C4", 15015.6),
  ],
  [
    "a German decimal comma as text",
    (s) => withCell(s, "indicators", "B2", "14,2"),
    e("TEXT_NUMBER", "Indikatoren", "B2", 14.2),
  ],
  [
    "an English decimal point as text",
    (s) => withCell(s, "municipalities", "F2", "115000.50"),
    e("TEXT_NUMBER", "Stammdaten", "F2", 115000.5),
  ],
  [
    "spaces as thousands and a euro sign",
    (s) => withCell(s, "municipalities", "F2", "1 234,56 €"),
    e("TEXT_NUMBER", "Stammdaten", "F2", 1234.56),
  ],
  [
    "a year as text",
    (s) => withParameter(s, "Haushaltsjahr", "2027"),
    e("TEXT_NUMBER", "Parameter", "B2", 2027),
  ],
  // "1.234" is 1.234 (English) or 1234 (German): no fix may guess.
  [
    "an ambiguous dot",
    (s) => withCell(s, "indicators", "C2", "1.234"),
    e("TEXT_NUMBER", "Indikatoren", "C2"),
  ],
  [
    "an ambiguous comma",
    (s) => withCell(s, "usage", "D2", "1,234"),
    e("TEXT_NUMBER", "Verwendung", "D2"),
  ],
  [
    "a population is blank",
    (s) => withCell(s, "municipalities", "E2", null),
    e("MISSING_VALUE", "Stammdaten", "E2"),
  ],
  [
    "a bound share is blank",
    (s) => withCell(s, "boundShares", "J3", null),
    e("MISSING_VALUE", "Verwendung", "J3"),
  ],
  [
    "a usage amount is negative",
    (s) => withCell(s, "usage", "B2", -5),
    e("NEGATIVE_VALUE", "Verwendung", "B2"),
  ],
  [
    "an indicator is negative",
    (s) => withCell(s, "indicators", "D3", -1),
    e("NEGATIVE_VALUE", "Indikatoren", "D3"),
  ],
  [
    "a Gesamtbudget is negative",
    (s) => withParameter(s, "Gesamtbudget", -1),
    e("NEGATIVE_VALUE", "Parameter", "B3"),
  ],
  // 115000.125 rounds half-up to 115000.13.
  [
    "a previous budget has three decimals",
    (s) => withCell(s, "municipalities", "F2", 115000.125),
    e("TOO_MANY_DECIMALS", "Stammdaten", "F2", 115000.13),
  ],
  [
    "a usage amount has three decimals",
    (s) => withCell(s, "usage", "C2", 12270.504),
    e("TOO_MANY_DECIMALS", "Verwendung", "C2", 12270.5),
  ],
  [
    "the Gesamtbudget has three decimals",
    (s) => withParameter(s, "Gesamtbudget", 2233000.001),
    e("TOO_MANY_DECIMALS", "Parameter", "B3", 2233000),
  ],
  [
    "the Sockelbetrag has three decimals",
    (s) => withParameter(s, "Sockelbetrag", 100000.999),
    e("TOO_MANY_DECIMALS", "Parameter", "B6", 100001),
  ],
  [
    "the ambulant budget has three decimals",
    (s) => withParameter(s, "Budget ambulante Hilfen", 0.001),
    e("TOO_MANY_DECIMALS", "Parameter", "B11", 0),
  ],
  [
    "a population is a number formatted as a date (12.03.2026)",
    (s) => withCell(s, "municipalities", "E3", { date: 46093 }),
    e("DATE_VALUE", "Stammdaten", "E3"),
  ],
  [
    "a usage amount is a date",
    (s) => withCell(s, "usage", "C2", { date: 46093 }),
    e("DATE_VALUE", "Verwendung", "C2"),
  ],
  [
    "a previous budget is 1E+20",
    (s) => withCell(s, "municipalities", "F2", 1e20),
    e("AMOUNT_TOO_LARGE", "Stammdaten", "F2"),
  ],
  [
    "the Gesamtbudget is 10^12 € and one cent",
    (s) => withParameter(s, "Gesamtbudget", 1000000000000.01),
    e("AMOUNT_TOO_LARGE", "Parameter", "B3"),
  ],
  [
    "a usage row is all zero (basis GEMEINDE)",
    (s) => withCells(s, "usage", { B2: 0, C2: 0, D2: 0, E2: 0, F2: 0 }),
    e("ALL_ZERO_ROW", "Verwendung", "A2"),
  ],
  [
    "a usage row is all zero (basis KREIS)",
    (s) =>
      withParameter(
        withCells(s, "usage", { B2: 0, C2: 0, D2: 0, E2: 0, F2: 0 }),
        "Aufteilungsbasis",
        "KREIS"
      ),
    w("ALL_ZERO_ROW", "Verwendung", "A2"),
  ],
  [
    "an indicator row is all zero",
    (s) => withCells(s, "indicators", { B3: 0, C3: 0, D3: 0 }),
    w("ALL_ZERO_ROW", "Indikatoren", "A3"),
  ],
  // Amt Neuhaus: 69161 + 12270.5 + 10039.5 + 20079 = 111550, not 111551.
  [
    "a Summe disagrees with its row",
    (s) => withCell(s, "usage", "F2", 111551),
    e("SUM_MISMATCH", "Verwendung", "F2", 111550),
  ],
  [
    "a bound share is 1.5",
    (s) => withCell(s, "boundShares", "J3", 1.5),
    e("SHARE_OUT_OF_RANGE", "Verwendung", "J3"),
  ],
  [
    "a bound share is negative",
    (s) => withCell(s, "boundShares", "J5", -0.1),
    e("SHARE_OUT_OF_RANGE", "Verwendung", "J5"),
  ],
  [
    "Anteil Regionalbudget 2 is 30 instead of 0.3",
    (s) => withParameter(s, "Anteil Regionalbudget 2", 30),
    e("SHARE_OUT_OF_RANGE", "Parameter", "B12"),
  ],
  [
    "the Korridor is 1",
    (s) => withParameter(s, "Korridor", 1),
    e("SHARE_OUT_OF_RANGE", "Parameter", "B7"),
  ],
  // Three categories remain in rows 2–4, so the missing one belongs in row 5.
  [
    "a category row is missing",
    (s) => withoutRow(s, "boundShares", "Sachkosten"),
    e("MISSING_CATEGORY", "Verwendung", "I5"),
  ],
  [
    "a category is misspelt",
    (s) => withCell(s, "boundShares", "I3", "Sachkostn"),
    e("UNKNOWN_CATEGORY", "Verwendung", "I3", "Sachkosten"),
  ],
  [
    "a category is listed twice",
    (s) => withCell(s, "boundShares", "I3", "betriebskosten"),
    e("DUPLICATE_CATEGORY", "Verwendung", "I3"),
  ],
  [
    "a weight names no indicator",
    (s) => withCell(s, "weights", "F3", "Alleinerziehend (%)"),
    e("UNKNOWN_INDICATOR", "Indikatoren", "F3", "Alleinerziehende (%)"),
  ],
  // Two weights remain in rows 2–3, so the missing one belongs in row 4.
  [
    "an indicator has no weight",
    (s) => withoutRow(s, "weights", "Alleinerziehende (%)"),
    e("MISSING_WEIGHT", "Indikatoren", "F4"),
  ],
  [
    "an indicator column is repeated",
    (s) => withCell(s, "indicators", "D1", "alleinerziehende (%)"),
    e("DUPLICATE_INDICATOR", "Indikatoren", "D1"),
  ],
  [
    "a weight row is repeated",
    (s) => withCell(s, "weights", "F4", "Alleinerziehende (%)"),
    e("DUPLICATE_INDICATOR", "Indikatoren", "F4"),
  ],
  [
    "a weight is negative",
    (s) => withCell(s, "weights", "G2", -0.4),
    e("NEGATIVE_WEIGHT", "Indikatoren", "G2"),
  ],
  [
    "every weight is 0",
    (s) => withCells(s, "weights", { G2: 0, G3: 0, G4: 0 }),
    e("ZERO_WEIGHT_SUM", "Indikatoren", "G1"),
  ],
  [
    "an indicator is 0 everywhere",
    (s) =>
      withCells(
        s,
        "indicators",
        Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((row) => [`C${row}`, 0]))
      ),
    e("ZERO_REFERENCE", "Indikatoren", "C1"),
  ],
  [
    "every population is 0",
    (s) =>
      withCells(
        s,
        "municipalities",
        Object.fromEntries([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((row) => [`E${row}`, 0]))
      ),
    e("ZERO_REFERENCE", "Stammdaten", "E1"),
  ],
  [
    "the Gesamtbudget is blank",
    (s) => withParameter(s, "Gesamtbudget", null),
    e("MISSING_PARAMETER", "Parameter", "B3"),
  ],
  // Twelve parameters remain in rows 2–13, so Haushaltsjahr belongs in row 14.
  [
    "the Haushaltsjahr row is missing",
    (s) => withoutRow(s, "parameters", "Haushaltsjahr"),
    e("MISSING_PARAMETER", "Parameter", "A14"),
  ],
  [
    "the model is misspelt",
    (s) => withParameter(s, "Finanzierungsmodell", "BELASTUNGG"),
    e("INVALID_PARAMETER", "Parameter", "B4", "BELASTUNG"),
  ],
  [
    "the basis is unknown",
    (s) => withParameter(s, "Aufteilungsbasis", "LAND"),
    e("INVALID_PARAMETER", "Parameter", "B10"),
  ],
  [
    "the population basis names no column",
    (s) => withParameter(s, "Bevölkerungsbasis", "Einwohner unter 18"),
    e("INVALID_PARAMETER", "Parameter", "B5", "Einwohner unter 21"),
  ],
  [
    "the year is not whole",
    (s) => withParameter(s, "Haushaltsjahr", 2027.5),
    e("INVALID_PARAMETER", "Parameter", "B2"),
  ],
  [
    "the year is 1800",
    (s) => withParameter(s, "Haushaltsjahr", 1800),
    e("INVALID_PARAMETER", "Parameter", "B2"),
  ],
  [
    "Abschmelzjahre is negative",
    (s) => withParameter(s, "Abschmelzjahre", -1),
    e("INVALID_PARAMETER", "Parameter", "B14"),
  ],
  [
    // Regression (issue 5): an absurd phase-out would plan thousands of years and columns.
    "Abschmelzjahre is above 30",
    (s) => withParameter(s, "Abschmelzjahre", 31),
    e("INVALID_PARAMETER", "Parameter", "B14"),
  ],
  [
    "Startjahr Quote follows the year",
    (s) => withParameter(s, "Startjahr Quote", 2028),
    e("INVALID_PARAMETER", "Parameter", "B13"),
  ],
  [
    "the floor is above the cap",
    (s) =>
      withParameter(
        withParameter(s, "Belastungsfaktor Untergrenze", 1.5),
        "Belastungsfaktor Obergrenze",
        1.2
      ),
    e("INVALID_PARAMETER", "Parameter", "B9"),
  ],
  [
    "a parameter is given twice",
    (s) => withCells(s, "parameters", { A15: "Korridor", B15: 0.1 }),
    e("INVALID_PARAMETER", "Parameter", "A15"),
  ],
  [
    "a parameter name is misspelt",
    (s) => withCell(s, "parameters", "A8", "Belastungsfaktor Untergrenz"),
    w("UNKNOWN_PARAMETER", "Parameter", "A8", "Belastungsfaktor Untergrenze"),
  ],
];

describe("validateInputs", () => {
  describe("when the sample is unchanged", () => {
    it("finds no issue and returns the inputs", () => {
      const result = validateInputs(sampleSnapshot());
      expect(result.issues).toEqual([]);
      expect(result.inputs?.municipalities).toHaveLength(10);
      expect(result.inputs?.indicatorNames).toEqual([
        "Kinder in SGB-II-Haushalten (%)",
        "Alleinerziehende (%)",
        "Hilfen zur Erziehung je 1.000 u21",
      ]);
    });
  });

  describe("when one input is wrong", () => {
    it.each(CASES)("reports it: %s", (_name, change, expected) => {
      const issues = issuesAfter(change);
      const issue = findIssue(issues, expected);
      expect(issue.severity).toBe(expected.severity);
      if (expected.fix === null) expect(issue.fix).toBeUndefined();
      else
        expect(issue.fix).toEqual(
          expect.objectContaining({
            sheet: expected.sheet,
            cell: expected.cell,
            value: expected.fix,
          })
        );
      expect(issue.message).toMatch(/\S/);
    });

    it.each(CASES)(
      "withholds the inputs exactly when there is an error: %s",
      (_name, change, expected) => {
        const result = validateInputs(change(sampleSnapshot()));
        const blocking = result.issues.some((issue) => issue.severity === "error");
        expect(result.inputs === undefined).toBe(blocking);
        if (expected.severity === "error") expect(result.inputs).toBeUndefined();
      }
    );
  });

  describe("when the cases are counted", () => {
    it("covers every code but those raised after validation", () => {
      // INFEASIBLE_MODEL: fill.test.ts; OUTPUT_COLLISION: plan.test.ts; INVALID_MAPPING: mapping.test.ts;
      // STALE_OUTPUT_SHEET: stale-sheets.test.ts.
      const later = [
        "INFEASIBLE_MODEL",
        "OUTPUT_COLLISION",
        "INVALID_MAPPING",
        "STALE_OUTPUT_SHEET",
      ];
      const covered = new Set([...CASES.map(([, , expected]) => expected.code), ...later]);
      expect([...covered].sort()).toEqual([...ISSUE_CODES].sort());
    });
  });
});
