/**
 * The meeting's sheets: Modellvergleich (with its chart), Mehrjahresplan and the Protokoll, as
 * golden text; the chart's ranges; collisions; and the Protokoll growing by one row per fill.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { compareModels, planPhaseOut } from "../../src/core/index";
import type { BudgetInputs, BudgetResult } from "../../src/core/types";
import { inputChecksum } from "../../src/workbook/checksum";
import { evaluateSnapshot, fillWorkbook } from "../../src/workbook/fill";
import type { PlanMeta } from "../../src/workbook/plan";
import { planOutput } from "../../src/workbook/plan";
import { planComparisonSheet } from "../../src/workbook/plan-comparison";
import { planPhaseOutSheet } from "../../src/workbook/plan-phase-out";
import { parameterSummary, planProtocolSheet } from "../../src/workbook/plan-protocol";
import type {
  CellValue,
  OutputPlan,
  OutputSheetState,
  OutputState,
  PlannedSheet,
  WorkbookPort,
} from "../../src/workbook/types";
import { sampleSnapshot, withParameter } from "./fixtures";
import { renderSheet } from "./plan-render";

const outcome = evaluateSnapshot(sampleSnapshot());
const inputs = outcome.inputs as BudgetInputs;
const result = outcome.result as BudgetResult;
const META: PlanMeta = {
  filledAt: new Date("2026-11-22T13:03:05Z"),
  productVersion: "1.0.0",
  checksum: inputChecksum(inputs),
  populationBasis: "Einwohner unter 21",
  userName: "Erika Mustermann",
};

function golden(file: string): string {
  return readFileSync(join(__dirname, "../fixtures/golden", file), "utf8");
}

function only(planned: { plan?: OutputPlan }): PlannedSheet {
  const sheet = planned.plan?.sheets[0];
  if (sheet === undefined) throw new Error("no plan");
  return sheet;
}

/** The values a sheet shows after `sheet` was written on it. */
function valuesOf(sheet: PlannedSheet): CellValue[][] {
  return sheet.cells.map((row) => row.map((cell) => (cell === null ? null : (cell.value ?? null))));
}

describe("planComparisonSheet", () => {
  const sheet = only(planComparisonSheet(compareModels(inputs), inputs, new Map(), META));

  it("plans the Modellvergleich as in the golden file", () => {
    expect(renderSheet(sheet)).toBe(golden("plan-modellvergleich.txt"));
  });

  it("places one chart of each feasible model's change right of the block", () => {
    // Columns: A Gemeinde, B Region, C Vorjahr, then 4 per model: EINWOHNER D–G (change E),
    // BELASTUNG H–K (change I), SOCKEL L–O (change M), KORRIDOR P–S (infeasible in the sample:
    // its ±5 % corridor cannot reach B). The block ends at S, the chart starts one column later.
    expect(sheet.charts).toEqual([
      {
        name: "SR_Modellvergleich",
        title: "Veränderung gegenüber Vorjahr je Gemeinde und Modell",
        categories: "A4:A13",
        series: [
          { name: "EINWOHNER", values: "E4:E13" },
          { name: "BELASTUNG", values: "I4:I13" },
          { name: "SOCKEL", values: "M4:M13" },
        ],
        from: "U3",
        to: "AE25",
      },
    ]);
  });

  it("stops with OUTPUT_COLLISION when a user's cell lies under the block", () => {
    const state: OutputState = new Map([
      ["Modellvergleich", { name: "Modellvergleich", values: [[], [], [], [null, null, 7]] }],
    ]);
    const planned = planComparisonSheet(compareModels(inputs), inputs, state, META);
    expect(planned.plan).toBeUndefined();
    expect(planned.issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([
      ["OUTPUT_COLLISION", "Modellvergleich", "C4"],
    ]);
  });

  it("refills over its own block and clears a larger previous one", () => {
    const larger = { rows: sheet.extent.rows + 3, columns: sheet.extent.columns };
    const state: OutputState = new Map([
      ["Modellvergleich", { name: "Modellvergleich", block: larger, values: valuesOf(sheet) }],
    ]);
    const refill = only(planComparisonSheet(compareModels(inputs), inputs, state, META));
    expect(refill.clear).toEqual(larger);
    expect(refill.cells).toEqual(sheet.cells);
  });
});

describe("planPhaseOutSheet", () => {
  it("plans the Mehrjahresplan as in the golden file", () => {
    const sheet = only(planPhaseOutSheet(planPhaseOut(inputs), inputs, new Map(), META));
    expect(renderSheet(sheet)).toBe(golden("plan-mehrjahresplan.txt"));
  });

  it("stops with OUTPUT_COLLISION when a user's cell lies under the block", () => {
    const state: OutputState = new Map([
      ["Mehrjahresplan", { name: "Mehrjahresplan", values: [["Meine Planung"]] }],
    ]);
    const planned = planPhaseOutSheet(planPhaseOut(inputs), inputs, state, META);
    expect(planned.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["OUTPUT_COLLISION", "A1"],
    ]);
  });
});

describe("planProtocolSheet", () => {
  it("plans a new Protokoll as its header and this fill's row, as in the golden file", () => {
    const sheet = planProtocolSheet(inputs, result.totals, undefined, META);
    expect(renderSheet(sheet)).toBe(golden("plan-protokoll.txt"));
  });

  it("words the parameters compactly in German", () => {
    expect(parameterSummary(inputs, "Einwohner unter 21")).toBe(
      "B = 2.233.000,00 €; Basis Einwohner unter 21; Sockelbetrag 100.000,00 €; Korridor 5 %; " +
        "Belastungsfaktor Untergrenze keine, Obergrenze keine; Gewichte Kinder in " +
        "SGB-II-Haushalten (%) 0,4, Alleinerziehende (%) 0,3, Hilfen zur Erziehung je 1.000 u21 " +
        "0,3; Aufteilung GEMEINDE; H2 = 6.500.000,00 €; Anteil Regionalbudget 2 10 %; " +
        "Startjahr Quote 2026; Abschmelzjahre 4"
    );
  });

  it("leaves the user column empty when the user is unknown", () => {
    const sheet = planProtocolSheet(inputs, result.totals, undefined, { ...META, userName: null });
    expect(sheet.cells[1]?.[1]).toEqual({ value: "", format: "text" });
  });

  it("keeps a user's note right of the block and stops when one is below it", () => {
    const first = planProtocolSheet(inputs, result.totals, undefined, META);
    const beside = valuesOf(first).map((row) => [...row, null, "Notiz"]);
    const besideState: OutputSheetState = {
      name: "Protokoll",
      block: first.extent,
      values: beside,
    };
    expect(planProtocolSheet(inputs, result.totals, besideState, META).extent).toEqual({
      rows: 3,
      columns: 9,
    });
    const below = [...valuesOf(first), ["Eigene Zeile"]];
    const state: OutputState = new Map([
      ["Protokoll", { name: "Protokoll", block: first.extent, values: below }],
    ]);
    // planOutput runs the collision check over every sheet, the Protokoll included.
    const planned = planOutput(inputs, result, state, META);
    expect(planned.issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([
      ["OUTPUT_COLLISION", "Protokoll", "A3"],
    ]);
  });
});

/** A port whose Protokoll sheet keeps what was written, as a workbook would. */
function protocolPort(snapshot = sampleSnapshot()): WorkbookPort & { log?: PlannedSheet } {
  const port: WorkbookPort & { log?: PlannedSheet } = {
    readInputs: () => Promise.resolve(snapshot),
    readOutputState: (): Promise<OutputState> => {
      const log = port.log;
      return Promise.resolve(
        log === undefined
          ? new Map()
          : new Map([
              ["Protokoll", { name: "Protokoll", block: log.extent, values: valuesOf(log) }],
            ])
      );
    },
    writePlan: (plan) => {
      port.log = plan.sheets.find((sheet) => sheet.name === "Protokoll");
      return Promise.resolve();
    },
  };
  return port;
}

describe("fillWorkbook and the Protokoll", () => {
  it("appends one row per fill and leaves the first fill's row unchanged", async () => {
    const port = protocolPort();
    await fillWorkbook(port, { now: new Date("2026-11-22T13:03:05Z"), productVersion: "1.0.0" });
    const afterFirst = port.log?.cells ?? [];
    await fillWorkbook(port, {
      now: new Date("2026-11-23T08:15:00Z"),
      productVersion: "1.0.0",
      userName: "Max Muster",
      overrides: { model: "EINWOHNER" },
    });
    const rows = port.log?.cells ?? [];
    expect(rows).toHaveLength(3);
    expect(rows.slice(0, 2)).toEqual(afterFirst);
    // Summer time ended on 25.10.2026, so 08:15 UTC is 09:15 in Berlin.
    expect(rows[2]?.slice(0, 4).map((cell) => cell?.value)).toEqual([
      "23.11.2026, 09:15:00",
      "Max Muster",
      2027,
      "EINWOHNER",
    ]);
    expect(rows[2]?.[6]).toEqual({ value: 2233000, format: "eur" });
  });

  it("writes nothing into the Protokoll when the inputs are invalid", async () => {
    const port = protocolPort(withParameter(sampleSnapshot(), "Gesamtbudget", "viel"));
    const filled = await fillWorkbook(port, { now: new Date(0), productVersion: "1.0.0" });
    expect(filled.written).toBe(false);
    expect(port.log).toBeUndefined();
  });
});
