/**
 * validateInputs beyond single rules: tolerated layouts, several problems at once, defaults,
 * overrides and custom mappings.
 */
import { Dec } from "../../src/core/decimal";
import { DEFAULT_MAPPING } from "../../src/workbook/mapping";
import type { InputMapping } from "../../src/workbook/types";
import { validateInputs } from "../../src/workbook/validate";
import {
  sampleSnapshot,
  withCell,
  withCells,
  withoutRow,
  withoutTable,
  withParameter,
  withTable,
} from "./fixtures";

describe("validateInputs", () => {
  describe("when the layout differs harmlessly", () => {
    it("skips an entirely blank row in the middle of a table", () => {
      const snapshot = withTable(sampleSnapshot(), "usage", (table) => ({
        ...table,
        rows: [
          ...table.rows.slice(0, 3),
          [null, "  ", null, null, null, null],
          ...table.rows.slice(3),
        ],
      }));
      expect(validateInputs(snapshot).issues).toEqual([]);
    });

    it("matches headers ignoring case, spaces and umlaut spelling", () => {
      const snapshot = withCells(sampleSnapshot(), "usage", {
        A1: " gemeinde ",
        D1: "NETZWERKTAETIGKEIT",
        E1: "Angebote  und Projekte",
      });
      const renamed = withCell(snapshot, "municipalities", "C1", "Sozialraumtraeger");
      expect(validateInputs(renamed).issues).toEqual([]);
    });

    it("ignores extra columns and blank indicator headers", () => {
      const snapshot = withCells(sampleSnapshot(), "municipalities", {
        G1: "Bemerkung",
        G2: "neu",
      });
      const indicators = withTable(snapshot, "indicators", (table) => ({
        ...table,
        headers: [...table.headers, null],
        rows: table.rows.map((row) => [...row, null]),
      }));
      const result = validateInputs(indicators);
      expect(result.issues).toEqual([]);
      expect(result.inputs?.indicatorNames).toHaveLength(3);
    });
  });

  describe("when several inputs are wrong", () => {
    it("reports every problem, not only the first", () => {
      let snapshot = withCell(sampleSnapshot(), "municipalities", "F3", "viel");
      snapshot = withCell(snapshot, "usage", "C4", "15.015,60");
      snapshot = withParameter(snapshot, "Korridor", 2);
      snapshot = withCell(snapshot, "weights", "G2", -1);
      const codes = validateInputs(snapshot).issues.map(
        (issue) => `${issue.code}@${issue.sheet}!${issue.cell}`
      );
      expect(codes).toEqual([
        "NOT_A_NUMBER@Stammdaten!F3",
        "NEGATIVE_WEIGHT@Indikatoren!G2",
        "TEXT_NUMBER@Verwendung!C4",
        "SHARE_OUT_OF_RANGE@Parameter!B7",
      ]);
    });
  });

  describe("when optional parameters are absent", () => {
    it("applies the defaults of WORKBOOK.md", () => {
      let snapshot = sampleSnapshot();
      const optional = [
        "Finanzierungsmodell",
        "Bevölkerungsbasis",
        "Sockelbetrag",
        "Korridor",
        "Aufteilungsbasis",
      ];
      for (const name of [
        ...optional,
        "Budget ambulante Hilfen",
        "Anteil Regionalbudget 2",
        "Startjahr Quote",
        "Abschmelzjahre",
      ]) {
        snapshot = withoutRow(snapshot, "parameters", name);
      }
      const parameters = validateInputs(snapshot).inputs?.parameters;
      expect(parameters).toEqual({
        year: 2027,
        total: new Dec("2233000"),
        model: "BELASTUNG",
        baseAmount: new Dec(0),
        corridor: new Dec("0.05"),
        splitBasis: "GEMEINDE",
        ambulantBudget: new Dec(0),
        regional2Share: new Dec(0),
        quotaStartYear: 2027,
        phaseOutYears: 0,
      });
    });

    it("reads the population from the column the parameter names", () => {
      const inputs = validateInputs(
        withParameter(sampleSnapshot(), "Bevölkerungsbasis", "einwohner")
      ).inputs;
      // Amt Neuhaus: Einwohner 5320 (column D), not Einwohner unter 21 (912).
      expect(inputs?.municipalities[0]?.population.toString()).toBe("5320");
    });

    it("accepts the load-factor clamp as numbers", () => {
      const snapshot = withParameter(
        withParameter(sampleSnapshot(), "Belastungsfaktor Untergrenze", 0.8),
        "Belastungsfaktor Obergrenze",
        1.25
      );
      const parameters = validateInputs(snapshot).inputs?.parameters;
      expect([
        parameters?.loadFactorFloor?.toString(),
        parameters?.loadFactorCap?.toString(),
      ]).toEqual(["0.8", "1.25"]);
    });
  });

  describe("when overrides are given", () => {
    it.each([
      [{ year: 2028 }, 2028, "BELASTUNG"],
      [{ model: "SOCKEL" as const }, 2027, "SOCKEL"],
      [{ year: 2026, model: "EINWOHNER" as const }, 2026, "EINWOHNER"],
    ])("replaces the table's values: %j", (overrides, year, model) => {
      const result = validateInputs(sampleSnapshot(), overrides);
      expect([result.inputs?.parameters.year, result.inputs?.parameters.model]).toEqual([
        year,
        model,
      ]);
    });

    it.each([
      // 1800 is outside 1900–2200: reported at the Haushaltsjahr cell it replaces.
      [{ year: 1800 }, "B2"],
      [{ year: 2027.5 }, "B2"],
      // 2025 precedes Startjahr Quote 2026.
      [{ year: 2025 }, "B13"],
    ])("checks them like the cell: %j", (overrides, cell) => {
      const result = validateInputs(sampleSnapshot(), overrides);
      expect(result.issues).toEqual([
        expect.objectContaining({ code: "INVALID_PARAMETER", sheet: "Parameter", cell }),
      ]);
      expect(result.inputs).toBeUndefined();
    });
  });

  describe("when the mapping is not the default", () => {
    it("names the mapped table and sheet of a missing input", () => {
      const mapping: InputMapping = {
        ...DEFAULT_MAPPING,
        usage: { table: "tblNutzung", sheet: "Nutzung" },
      };
      const issues = validateInputs(withoutTable(sampleSnapshot(), "usage"), {}, mapping).issues;
      expect(issues).toEqual([
        expect.objectContaining({
          code: "MISSING_TABLE",
          sheet: "Nutzung",
          cell: "",
          message: expect.stringContaining("tblNutzung"),
        }),
      ]);
    });

    it("rejects a region named like a mapped input sheet", () => {
      const mapping: InputMapping = {
        ...DEFAULT_MAPPING,
        usage: { table: "tblVerwendung", sheet: "Region 1" },
      };
      const issues = validateInputs(sampleSnapshot(), {}, mapping).issues;
      expect(
        issues.filter((issue) => issue.code === "INVALID_REGION").map((issue) => issue.cell)
      ).toEqual(["B2", "B3", "B4", "B5"]);
    });

    it("words a table read by the sheet fallback as a sheet", () => {
      const snapshot = withTable(sampleSnapshot(), "municipalities", (table) => ({
        ...table,
        source: "sheet",
        name: "Stammdaten",
      }));
      const issue = validateInputs(withCell(snapshot, "municipalities", "B1", "Bezirk")).issues[0];
      expect(issue?.message).toContain("dem Blatt »Stammdaten«");
    });
  });
});
