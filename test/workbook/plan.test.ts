/**
 * The output plan: golden cells of Region 1 and the overview, the check formulas recomputed by a
 * spreadsheet engine, refills, shrinking blocks and collisions with a user's own cells.
 */
import { readFileSync } from "fs";
import { HyperFormula } from "hyperformula";
import { join } from "path";
import type { BudgetInputs, BudgetResult } from "../../src/core/types";
import { inputChecksum } from "../../src/workbook/checksum";
import { evaluateSnapshot } from "../../src/workbook/fill";
import type { PlanMeta } from "../../src/workbook/plan";
import { outputSheetNames, planOutput } from "../../src/workbook/plan";
import type {
  CellValue,
  OutputPlan,
  OutputSheetState,
  PlannedSheet,
} from "../../src/workbook/types";
import { sampleSnapshot } from "./fixtures";
import { renderSheet } from "./plan-render";

const outcome = evaluateSnapshot(sampleSnapshot());
const inputs = outcome.inputs as BudgetInputs;
const result = outcome.result as BudgetResult;
const META: PlanMeta = {
  filledAt: new Date("2026-11-22T13:03:00Z"),
  productVersion: "1.0.0",
  checksum: inputChecksum(inputs),
  populationBasis: "Einwohner unter 21",
};

function plan(state: Map<string, OutputSheetState> = new Map()): OutputPlan {
  const planned = planOutput(inputs, result, state, META);
  if (planned.plan === undefined) throw new Error(JSON.stringify(planned.issues));
  return planned.plan;
}

function sheetOf(outputPlan: OutputPlan, name: string): PlannedSheet {
  const sheet = outputPlan.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The values a sheet shows after `sheet` was written on it (as an adapter would read them back). */
function valuesOf(sheet: PlannedSheet): CellValue[][] {
  return sheet.cells.map((row) => row.map((cell) => (cell === null ? null : (cell.value ?? null))));
}

function golden(file: string): string {
  return readFileSync(join(__dirname, "../fixtures/golden", file), "utf8");
}

describe("outputSheetNames", () => {
  it("lists the regions in order of first appearance, then Übersicht and Protokoll", () => {
    expect(outputSheetNames(inputs)).toEqual([
      "Region 1",
      "Region 2",
      "Region 3",
      "Übersicht",
      "Protokoll",
    ]);
  });
});

describe("planOutput", () => {
  describe("when the sheets do not exist yet", () => {
    const fresh = plan();

    it("plans one sheet per region and the overview", () => {
      expect(fresh.sheets.map((sheet) => sheet.name)).toEqual(outputSheetNames(inputs));
      expect(fresh.sheets.every((sheet) => sheet.clear === undefined)).toBe(true);
    });

    it("plans Region 1 as in the golden file", () => {
      expect(renderSheet(sheetOf(fresh, "Region 1"))).toBe(golden("plan-region-1.txt"));
    });

    it("plans the overview as in the golden file", () => {
      expect(renderSheet(sheetOf(fresh, "Übersicht"))).toBe(golden("plan-uebersicht.txt"));
    });

    it("pads every row to the block's width", () => {
      for (const sheet of fresh.sheets) {
        expect(sheet.cells).toHaveLength(sheet.extent.rows);
        expect(sheet.cells.every((row) => row.length === sheet.extent.columns)).toBe(true);
      }
    });

    it("writes check formulas that a spreadsheet recomputes to »stimmt«", () => {
      const sheets = Object.fromEntries(
        fresh.sheets.map((sheet) => [
          sheet.name,
          sheet.cells.map((row) =>
            row.map((cell) => (cell === null ? null : (cell.formula ?? cell.value ?? null)))
          ),
        ])
      );
      const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
      const overview = sheetOf(fresh, "Übersicht");
      const sheetId = engine.getSheetId("Übersicht") as number;
      const checks = overview.cells.flatMap((row, rowIndex) =>
        row.flatMap((cell, col) =>
          cell?.formula === undefined
            ? []
            : [engine.getCellValue({ sheet: sheetId, row: rowIndex, col })]
        )
      );
      engine.destroy();
      expect(checks).toHaveLength(10);
      expect(checks.every((value) => value === "stimmt")).toBe(true);
    });
  });

  describe("when the add-in filled the sheets before", () => {
    const first = plan();
    const stateAfter = (sheets: readonly PlannedSheet[]): Map<string, OutputSheetState> =>
      new Map(
        sheets.map((sheet) => [
          sheet.name,
          { name: sheet.name, block: sheet.extent, values: valuesOf(sheet), pageOwned: true },
        ])
      );

    it("plans an identical refill of the result sheets for the same inputs and time", () => {
      const withoutLog = (outputPlan: OutputPlan): PlannedSheet[] =>
        outputPlan.sheets.filter((sheet) => sheet.name !== "Protokoll");
      expect(withoutLog(plan(stateAfter(first.sheets)))).toEqual(withoutLog(first));
      expect(plan()).toEqual(first);
    });

    it("plans every sheet it creates A4 landscape, one page wide, with title rows, header and footer", () => {
      expect(
        first.sheets.map((sheet) => [sheet.name, sheet.page?.centerHeader, sheet.page?.titleRows])
      ).toEqual([
        ["Region 1", "Sozialraumbudget 2027 – Region 1", { first: 1, last: 2 }],
        ["Region 2", "Sozialraumbudget 2027 – Region 2", { first: 1, last: 2 }],
        ["Region 3", "Sozialraumbudget 2027 – Region 3", { first: 1, last: 2 }],
        ["Übersicht", "Sozialraumbudget 2027 – Übersicht", { first: 1, last: 2 }],
        ["Protokoll", "Sozialraumbudget 2027 – Protokoll", { first: 1, last: 1 }],
      ]);
      expect(sheetOf(first, "Region 1").page).toEqual({
        paperSize: "A4",
        orientation: "landscape",
        fitToPagesWide: 1,
        titleRows: { first: 1, last: 2 },
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        centerHeader: "Sozialraumbudget 2027 – Region 1",
        leftFooter: `berechnet am 22.11.2026, 14:03 · Prüfsumme ${META.checksum.slice(0, 16)}`,
        rightFooter: "Seite &P von &N",
      });
    });

    it("keeps the page settings of a sheet a user created and the add-in only filled", () => {
      const userSheets = new Map(
        [...stateAfter(first.sheets)].map(([name, state]) => [
          name,
          { ...state, pageOwned: name !== "Region 2" },
        ])
      );
      const refill = plan(userSheets);
      expect(sheetOf(refill, "Region 2").page).toBeUndefined();
      expect(sheetOf(refill, "Region 1").page).toEqual(sheetOf(first, "Region 1").page);
    });

    it("keeps the first fill's Protokoll row and appends the refill's below it", () => {
      const log = sheetOf(first, "Protokoll");
      const refilled = sheetOf(plan(stateAfter(first.sheets)), "Protokoll");
      expect(refilled.extent).toEqual({ rows: 3, columns: 9 });
      expect(refilled.cells.slice(0, 2)).toEqual(log.cells);
      expect(refilled.cells[2]).toEqual(log.cells[1]);
    });

    it("clears the previous block when it was larger", () => {
      const region = sheetOf(first, "Region 1");
      const larger = { rows: region.extent.rows + 5, columns: region.extent.columns + 2 };
      const state = new Map([
        ["Region 1", { name: "Region 1", block: larger, values: valuesOf(region) }],
      ]);
      const refill = plan(state);
      expect(sheetOf(refill, "Region 1").clear).toEqual(larger);
      expect(sheetOf(refill, "Region 2").clear).toBeUndefined();
    });

    it("keeps a user's cells beside and below the block", () => {
      const region = sheetOf(first, "Region 1");
      const values = valuesOf(region).map((row) => [...row, null, "Notiz"]);
      values.push([], ["Eigene Zeile unter dem Block"]);
      const state = new Map([["Region 1", { name: "Region 1", block: region.extent, values }]]);
      const planned = planOutput(inputs, result, state, META);
      expect(planned.issues).toEqual([]);
      expect(sheetOf(planned.plan as OutputPlan, "Region 1").extent).toEqual(region.extent);
    });

    it("stops with OUTPUT_COLLISION when the grown block would cover a user's cell", () => {
      // The last fill wrote 10 rows; the new block has 16, and the user wrote into C12 and D13.
      const values: CellValue[][] = Array.from({ length: 13 }, () =>
        Array<CellValue>(9).fill(null)
      );
      (values[11] as CellValue[])[2] = "Notiz";
      (values[12] as CellValue[])[3] = 42;
      const state = new Map([
        ["Region 1", { name: "Region 1", block: { rows: 10, columns: 9 }, values }],
      ]);
      const planned = planOutput(inputs, result, state, META);
      expect(planned.plan).toBeUndefined();
      expect(planned.issues).toEqual([
        {
          code: "OUTPUT_COLLISION",
          severity: "error",
          sheet: "Region 1",
          cell: "C12",
          message: expect.stringMatching(/A1:I16.*C12:D13.*C12: »Notiz«/),
        },
      ]);
    });
  });

  describe("when a sheet of that name exists without the add-in's block", () => {
    it.each([
      ["A1", 0, 0],
      ["H16", 15, 7],
    ])("reports a user's cell at %s", (cell, row, column) => {
      const values: CellValue[][] = Array.from({ length: row + 1 }, () =>
        Array<CellValue>(column + 1).fill(null)
      );
      (values[row] as CellValue[])[column] = "Eigenes";
      const state = new Map([["Übersicht", { name: "Übersicht", values }]]);
      const planned = planOutput(inputs, result, state, META);
      expect(planned.issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([
        ["OUTPUT_COLLISION", "Übersicht", cell],
      ]);
    });

    it("uses the sheet when its cells under the block are empty", () => {
      const values: CellValue[][] = [
        [null, ""],
        [],
        [null, null, null, null, null, null, null, null, null, "rechts daneben"],
      ];
      const state = new Map([["Übersicht", { name: "Übersicht", values }]]);
      expect(planOutput(inputs, result, state, META).issues).toEqual([]);
    });
  });
});
