/**
 * Adopting a model or weights writes exactly the cells validation reads: tblParameter's Wert and
 * tblGewichte's Gewicht, located through the snapshot; missing rows are appended.
 */
import { Dec } from "../../src/core/decimal";
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

  it("throws a German message when tblParameter is missing", () => {
    expect(() =>
      planInputEdits(
        withoutTable(sampleSnapshot(), "parameters"),
        { model: "SOCKEL" },
        DEFAULT_MAPPING
      )
    ).toThrow("Die Tabelle »tblParameter« (Blatt »Parameter«) fehlt; nichts wurde übernommen.");
  });
});
