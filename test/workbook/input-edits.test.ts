/**
 * Adopting a model or weights writes exactly the cells validation reads: tblParameter's Wert and
 * tblGewichte's Gewicht, located through the snapshot; missing rows are appended.
 */
import { Dec } from "../../src/core/decimal";
import { InputEditError } from "../../src/workbook/errors";
import { evaluateSnapshot } from "../../src/workbook/fill";
import { planInputEdits } from "../../src/workbook/input-edits";
import { DEFAULT_MAPPING } from "../../src/workbook/mapping";
import type { InputSnapshot } from "../../src/workbook/types";
import { sampleSnapshot, withCell, withoutRow, withoutTable, withTable } from "./fixtures";

/** Applies edits to a snapshot as a workbook would (cells by address, rows below the table). */
function applied(snapshot: InputSnapshot, edits: ReturnType<typeof planInputEdits>): InputSnapshot {
  let result = snapshot;
  for (const write of edits.cells) {
    const key = write.sheet === "Parameter" ? "parameters" : "weights";
    result = withCell(result, key, write.cell, write.value);
  }
  for (const row of edits.appendRows) {
    const key = row.table === "tblParameter" ? "parameters" : "weights";
    result = withTable(result, key, (table) => ({ ...table, rows: [...table.rows, row.values] }));
  }
  return result;
}

describe("planInputEdits", () => {
  describe("when every row exists (the sample: tblParameter at Parameter!A1, tblGewichte at Indikatoren!F1)", () => {
    it("overwrites Finanzierungsmodell, the two bounds and each weight in place", () => {
      const edits = planInputEdits(sampleSnapshot(), {
        model: "SOCKEL",
        floor: new Dec("0.75"),
        cap: null,
        weights: [
          { indicator: "Alleinerziehende (%)", weight: new Dec("0.5") },
          { indicator: "kinder in sgb-ii-haushalten (%)", weight: new Dec("0.25") },
        ],
      });
      // Parameter rows: Haushaltsjahr B2, Gesamtbudget B3, Finanzierungsmodell B4, …,
      // Untergrenze B8, Obergrenze B9. Weights: SGB-II G2, Alleinerziehende G3.
      expect(edits).toEqual({
        cells: [
          { sheet: "Parameter", cell: "B4", value: "SOCKEL" },
          { sheet: "Parameter", cell: "B8", value: 0.75 },
          { sheet: "Parameter", cell: "B9", value: null },
          { sheet: "Indikatoren", cell: "G3", value: 0.5 },
          { sheet: "Indikatoren", cell: "G2", value: 0.25 },
        ],
        appendRows: [],
      });
    });

    it("writes nothing for an empty change", () => {
      expect(planInputEdits(sampleSnapshot(), {})).toEqual({ cells: [], appendRows: [] });
    });

    it("gives a workbook that validates to the adopted values", () => {
      const edits = planInputEdits(sampleSnapshot(), {
        model: "EINWOHNER",
        cap: new Dec("1.5"),
        weights: [{ indicator: "Hilfen zur Erziehung je 1.000 u21", weight: new Dec("0.1") }],
      });
      const inputs = evaluateSnapshot(applied(sampleSnapshot(), edits)).inputs;
      expect(inputs?.parameters.model).toBe("EINWOHNER");
      expect(inputs?.parameters.loadFactorCap?.toString()).toBe("1.5");
      expect(inputs?.weights.map(String)).toEqual(["0.4", "0.3", "0.1"]);
    });
  });

  describe("when a needed row is missing", () => {
    const snapshot = withoutRow(
      withoutRow(sampleSnapshot(), "parameters", "Belastungsfaktor Untergrenze"),
      "parameters",
      "Belastungsfaktor Obergrenze"
    );

    it("appends the parameter row to tblParameter, and nothing for a bound set to none", () => {
      const edits = planInputEdits(snapshot, { floor: new Dec("0.5"), cap: null });
      expect(edits).toEqual({
        cells: [],
        appendRows: [
          {
            table: "tblParameter",
            sheet: "Parameter",
            values: ["Belastungsfaktor Untergrenze", 0.5],
          },
        ],
      });
      const inputs = evaluateSnapshot(applied(snapshot, edits)).inputs;
      expect(inputs?.parameters.loadFactorFloor?.toString()).toBe("0.5");
    });

    it("writes below the data when the input was read from a sheet without a table", () => {
      const fromSheet = withTable(snapshot, "parameters", (table) => ({
        ...table,
        source: "sheet",
        name: "Parameter",
      }));
      // 11 data rows remain (B2 … B12), so the first new row is row 13, the second row 14.
      const edits = planInputEdits(fromSheet, { floor: new Dec("0.5"), cap: new Dec("2") });
      expect(edits).toEqual({
        cells: [
          { sheet: "Parameter", cell: "A13", value: "Belastungsfaktor Untergrenze" },
          { sheet: "Parameter", cell: "B13", value: 0.5 },
          { sheet: "Parameter", cell: "A14", value: "Belastungsfaktor Obergrenze" },
          { sheet: "Parameter", cell: "B14", value: 2 },
        ],
        appendRows: [],
      });
    });
  });

  describe("when a needed table or column is missing", () => {
    /** Returns what planInputEdits threw, so its type, code and message can be checked. */
    function thrownBy(plan: () => unknown): unknown {
      try {
        plan();
      } catch (error) {
        return error;
      }
      throw new Error("planInputEdits did not throw");
    }

    const gewichtRenamed = withTable(sampleSnapshot(), "weights", (table) => ({
      ...table,
      headers: table.headers.map((header) => (header === "Gewicht" ? "Anteil" : header)),
    }));

    it.each([
      [
        "tblParameter for a model",
        withoutTable(sampleSnapshot(), "parameters"),
        { model: "SOCKEL" as const },
        "MISSING_TABLE",
        "Die Tabelle »tblParameter« (Blatt »Parameter«) fehlt; nichts wurde übernommen.",
      ],
      [
        "tblGewichte for weights",
        withoutTable(sampleSnapshot(), "weights"),
        { weights: [{ indicator: "Alleinerziehende (%)", weight: new Dec("0.5") }] },
        "MISSING_TABLE",
        "Die Tabelle »tblGewichte« (Blatt »Indikatoren«) fehlt; nichts wurde übernommen.",
      ],
      [
        "tblGewichte's Gewicht column",
        gewichtRenamed,
        { weights: [{ indicator: "Alleinerziehende (%)", weight: new Dec("0.5") }] },
        "MISSING_COLUMNS",
        "Die Tabelle »tblGewichte« braucht die Spalten »Indikator« und »Gewicht«; nichts wurde übernommen.",
      ],
    ] as const)(
      "throws an InputEditError without %s",
      (_what, snapshot, changes, code, message) => {
        const error = thrownBy(() => planInputEdits(snapshot, changes, DEFAULT_MAPPING));
        expect(error).toBeInstanceOf(InputEditError);
        expect(error).toMatchObject({ name: "InputEditError", code, message });
      }
    );

    it("needs only the table it writes to: a model without tblGewichte still plans", () => {
      const edits = planInputEdits(withoutTable(sampleSnapshot(), "weights"), { model: "SOCKEL" });
      expect(edits).toEqual({
        cells: [{ sheet: "Parameter", cell: "B4", value: "SOCKEL" }],
        appendRows: [],
      });
    });
  });
});
