/**
 * Planned charts through OfficeWorkbook.writePlan: the Modellvergleich's column chart is written
 * in the same round trip as its cells, a refill replaces it (never a second one), a user's own
 * chart is left alone, the compare-and-write stays at three round trips for 10 and 1,000
 * municipalities, and undo removes a chart the fill created.
 */
import { OfficeTaskpaneHost, OfficeWorkbook } from "../../../src/adapters/officejs";
import {
  COMPARISON_CHART,
  COMPARISON_CHART_TITLE,
  COMPARISON_SHEET,
  type OutputPlan,
  type PlannedChart,
  writeComparison,
} from "../../../src/workbook";
import { type ExcelHost, generateSampleData } from "../../support/excel-host";
import { RUN, useHost } from "./helpers";

const CHART: PlannedChart = {
  name: "SR_Test",
  title: "Veränderung je Gemeinde",
  categories: "A2:A4",
  series: [
    { name: "Modell A", values: "B2:B4" },
    { name: "Modell B", values: "C2:C4" },
  ],
  from: "E2",
  to: "L18",
};

/** A three-municipality block with a chart to its right, on sheet "Vergleich". */
function planWith(charts: readonly PlannedChart[], amount = 1): OutputPlan {
  const row = (name: string, a: number, b: number): { value: string | number }[] => [
    { value: name },
    { value: a * amount },
    { value: b * amount },
  ];
  return {
    sheets: [
      {
        name: "Vergleich",
        cells: [
          [{ value: "Gemeinde" }, { value: "Modell A" }, { value: "Modell B" }],
          row("Adorf", 100, 120),
          row("Bedorf", -50, -20),
          row("Cedorf", 0, 10),
        ],
        extent: { rows: 4, columns: 3 },
        columnWidths: [20, 12, 12],
        freezeRows: 1,
        charts,
      },
    ],
  };
}

/** The expected report of a planned chart in the host. */
function reported(chart: PlannedChart): unknown {
  return {
    name: chart.name,
    type: "ColumnClustered",
    title: chart.title,
    from: chart.from,
    to: chart.to,
    series: chart.series.map((s) => ({
      name: s.name,
      values: s.values,
      categories: chart.categories,
    })),
  };
}

async function write(port: OfficeWorkbook, plan: OutputPlan): Promise<void> {
  await port.readOutputState(plan.sheets.map((s) => s.name));
  await port.writePlan(plan);
}

/** The labels of the commands of the last round trip. */
function lastRequest(host: ExcelHost): string[] {
  return (host.requests[host.requests.length - 1]?.actions ?? []).map((a) => a.label);
}

describe("when a plan with a chart is written", () => {
  it("writes exactly one chart with its title, series, categories and position", async () => {
    const host = useHost();
    await write(new OfficeWorkbook(), planWith([CHART]));
    expect(host.getCharts("Vergleich")).toEqual([reported(CHART)]);
  });

  it("writes the chart in the same round trip as the cells", async () => {
    const host = useHost();
    await write(new OfficeWorkbook(), planWith([CHART]));
    const labels = lastRequest(host);
    expect(labels.some((l) => l.endsWith(".formulas"))).toBe(true);
    expect(labels.some((l) => l.includes(".charts.add("))).toBe(true);
    expect(host.syncCount).toBe(2);
  });

  it("replaces the chart on a refill: still one, over the new block", async () => {
    const host = useHost();
    const port = new OfficeWorkbook();
    await write(port, planWith([CHART]));
    const moved: PlannedChart = { ...CHART, title: "Neu", from: "F3", to: "M20" };
    await write(port, planWith([moved], 2));
    expect(host.getCharts("Vergleich")).toEqual([reported(moved)]);
    expect(host.getValues("Vergleich", "B2:C2")).toEqual([[200, 240]]);
  });

  it("leaves a user's own chart of another name alone", async () => {
    const host = useHost();
    const port = new OfficeWorkbook();
    const own: PlannedChart = { ...CHART, name: "Mein Diagramm", from: "E20", to: "L30" };
    await write(port, planWith([own]));
    await write(port, planWith([CHART]));
    await write(port, planWith([CHART]));
    expect(host.getCharts("Vergleich").map((c) => (c as { name: string }).name)).toEqual([
      "Mein Diagramm",
      CHART.name,
    ]);
  });

  it("writes nothing, chart included, when the sheet is protected", async () => {
    const host = useHost();
    const port = new OfficeWorkbook();
    await write(port, planWith([CHART]));
    host.protectSheet("Vergleich");
    const before = host.dump();
    await expect(write(port, planWith([CHART], 2))).rejects.toMatchObject({
      code: "SHEET_PROTECTED",
    });
    expect(host.dump()).toEqual(before);
  });
});

describe.each([
  ["10", 10],
  ["1,000", 1000],
])("when %s municipalities are compared and written", (_label, count) => {
  it("takes 3 round trips (read inputs, read state, write) and writes one chart over every municipality", async () => {
    const host = useHost(generateSampleData(count));
    const outcome = await writeComparison(new OfficeWorkbook(), RUN);
    expect(outcome.written).toBe(true);
    expect(host.syncCount).toBe(3);
    const charts = host.getCharts(COMPARISON_SHEET);
    expect(charts).toHaveLength(1);
    // Municipalities start in row 4 (title, model row, header above), so the last is row count+3.
    expect(charts[0]).toMatchObject({
      name: COMPARISON_CHART,
      title: COMPARISON_CHART_TITLE,
      series: expect.arrayContaining([expect.objectContaining({ categories: `A4:A${count + 3}` })]),
    });
  });
});

describe("when the comparison is written again", () => {
  it("still shows one chart, in 3 round trips", async () => {
    const host = useHost();
    const port = new OfficeWorkbook();
    await writeComparison(port, RUN);
    const syncs = host.syncCount;
    await writeComparison(port, RUN);
    expect(host.syncCount - syncs).toBe(3);
    expect(host.getCharts(COMPARISON_SHEET)).toHaveLength(1);
  });
});

describe("when a write fails after creating its chart, as real Excel keeps earlier commands", () => {
  it("rolls the chart back with the cells", async () => {
    // A twin workbook tells how many commands the write sends; the real one fails on the last.
    const twin = useHost(undefined, { failedSync: "partial" });
    twin.addSheet("Vergleich");
    await write(new OfficeWorkbook(), planWith([CHART]));
    const commands = twin.requests[twin.requests.length - 1]?.actions.length ?? 0;
    const reads = twin.requests.length - 1;
    const host = useHost(undefined, { failedSync: "partial" });
    host.addSheet("Vergleich");
    const before = host.getCharts("Vergleich");
    host.failNextSync({ code: "InvalidArgument", afterSyncs: reads, afterActions: commands - 1 });
    await expect(write(new OfficeWorkbook(), planWith([CHART]))).rejects.toMatchObject({
      code: "EXCEL_ERROR",
    });
    expect(before).toEqual([]);
    expect(host.getCharts("Vergleich")).toEqual([]);
    expect(host.getValues("Vergleich", "A1:C2")).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
  });
});

describe("when a write that created a chart is undone", () => {
  it("deletes the chart on a sheet that existed before, in one round trip", async () => {
    const host = useHost();
    host.addSheet("Vergleich");
    const port = new OfficeTaskpaneHost();
    await write(port, planWith([CHART]));
    const syncs = host.syncCount;
    expect(await port.undoLastFill()).toEqual({ restored: ["Vergleich"] });
    expect(host.syncCount - syncs).toBe(1);
    expect(host.getCharts("Vergleich")).toEqual([]);
  });

  it("also when the user deleted that chart meanwhile (the guard falls back to a fresh read)", async () => {
    const host = useHost();
    host.addSheet("Vergleich");
    const port = new OfficeTaskpaneHost();
    await write(port, planWith([CHART]));
    await host.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Vergleich").charts.getItem(CHART.name).delete();
      await context.sync();
    });
    const syncs = host.syncCount;
    expect(await port.undoLastFill()).toEqual({ restored: ["Vergleich"] });
    expect(host.requests.slice(syncs).map((r) => r.failed ?? "ok")).toEqual([
      "ItemNotFound",
      "ok",
      "ok",
    ]);
    expect(host.getCharts("Vergleich")).toEqual([]);
    expect(host.getValues("Vergleich", "A1")).toEqual([[""]]);
  });

  it("keeps a chart the write replaced, showing the restored cells", async () => {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    await write(port, planWith([CHART]));
    await write(port, planWith([CHART], 2));
    expect(await port.undoLastFill()).toEqual({ restored: ["Vergleich"] });
    expect(host.getCharts("Vergleich")).toEqual([reported(CHART)]);
    expect(host.getValues("Vergleich", "B2:C2")).toEqual([[100, 120]]);
  });

  it("removes the chart with the sheet the write created", async () => {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    const sheets = host.sheetNames;
    await write(port, planWith([CHART]));
    await port.undoLastFill();
    expect(host.sheetNames.filter((s) => s !== "_SR_Rückgängig")).toEqual(sheets);
  });
});
