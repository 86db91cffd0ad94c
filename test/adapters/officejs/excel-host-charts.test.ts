/**
 * The in-memory host's charts and table rows behave like the Excel JavaScript API where the
 * adapter relies on them: charts created over a source range, named, titled, positioned and fed
 * explicit series ranges, found by name or as a null object, refused on a protected sheet, left
 * untouched by a failed batch; table rows appended or inserted with the cells below moving down.
 */
import { ExcelHost } from "../../support/excel-host";

type Ctx = Excel.RequestContext;

function newHost(options?: ConstructorParameters<typeof ExcelHost>[0]): ExcelHost {
  const host = new ExcelHost(options);
  host.addSheet("Daten");
  host.setValues("Daten", "A1", [
    ["Gemeinde", "A", "B"],
    ["Adorf", 10, 11],
    ["Bedorf", 20, 21],
    ["Cedorf", 30, 31],
  ]);
  host.addTable("tblDaten", "Daten", "A1:C4");
  host.setValues("Daten", "A6", [["Notiz unter der Tabelle"]]);
  host.setValues("Daten", "E1", [["Daneben"]]);
  return host;
}

async function failure(promise: Promise<unknown>): Promise<{ code: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string };
  }
  throw new Error("expected the promise to reject");
}

describe("when a chart is added", () => {
  it.each([
    // B2:C4 is 3 rows × 2 columns: "Auto" takes the longer side as the categories.
    ["Columns", ["B2:B4", "C2:C4"]],
    ["Auto", ["B2:B4", "C2:C4"]],
    ["Rows", ["B2:C2", "B3:C3", "B4:C4"]],
  ])("splits the source into series by %s", async (seriesBy, values) => {
    const host = newHost();
    await host.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItem("Daten");
      sheet.charts.add("ColumnClustered", sheet.getRange("B2:C4"), seriesBy as "Auto");
      await context.sync();
    });
    const [chart] = host.getCharts("Daten");
    expect(chart?.name).toBe("Chart 1");
    expect(chart?.series.map((s) => s.values)).toEqual(values);
  });

  it("takes name, title, position and explicit series ranges", async () => {
    const host = newHost();
    await host.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItem("Daten");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B4"), "Columns");
      chart.name = "SR_Test";
      chart.title.text = "Titel";
      chart.setPosition("G2", "N20");
      const first = chart.series.getItemAt(0);
      first.name = "A";
      first.setXAxisValues(sheet.getRange("A2:A4"));
      const second = chart.series.add("B");
      second.setValues(sheet.getRange("C2:C4"));
      second.setXAxisValues(sheet.getRange("A2:A4"));
      await context.sync();
    });
    expect(host.getCharts("Daten")).toEqual([
      {
        name: "SR_Test",
        type: "ColumnClustered",
        title: "Titel",
        from: "G2",
        to: "N20",
        series: [
          { name: "A", values: "B2:B4", categories: "A2:A4" },
          { name: "B", values: "C2:C4", categories: "A2:A4" },
        ],
      },
    ]);
  });

  it("refuses a series range that is neither one row nor one column (atomic host)", async () => {
    const host = newHost({ failedSync: "atomic" });
    const error = await failure(
      host.run(async (context: Ctx) => {
        const sheet = context.workbook.worksheets.getItem("Daten");
        const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B4"), "Columns");
        chart.series.getItemAt(0).setValues(sheet.getRange("B2:C4"));
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.getCharts("Daten")).toEqual([]);
  });

  it("refuses on a protected sheet with AccessDenied", async () => {
    const host = newHost();
    host.protectSheet("Daten");
    const error = await failure(
      host.run(async (context: Ctx) => {
        const sheet = context.workbook.worksheets.getItem("Daten");
        sheet.charts.add("ColumnClustered", sheet.getRange("B2:B4"), "Columns");
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
  });
});

describe("when charts are looked up", () => {
  async function withChart(failedSync: "partial" | "atomic" = "partial"): Promise<ExcelHost> {
    const host = newHost({ failedSync });
    await host.run(async (context: Ctx) => {
      const sheet = context.workbook.worksheets.getItem("Daten");
      sheet.charts.add("ColumnClustered", sheet.getRange("B2:B4"), "Columns").name = "SR_Test";
      await context.sync();
    });
    return host;
  }

  it("lists their names, finds one case-insensitively and gives a null object for another", async () => {
    const host = await withChart();
    await host.run(async (context: Ctx) => {
      const charts = context.workbook.worksheets.getItem("Daten").charts.load("items/name");
      const found = charts.getItemOrNullObject("sr_test").load("name");
      const missing = charts.getItemOrNullObject("Fehlt").load("name");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["SR_Test"]);
      expect(found.isNullObject).toBe(false);
      expect(found.name).toBe("SR_Test");
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("fails getItem of a missing chart with ItemNotFound", async () => {
    const host = await withChart();
    const error = await failure(
      host.run(async (context: Ctx) => {
        context.workbook.worksheets.getItem("Daten").charts.getItem("Fehlt").delete();
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("deletes a chart and keeps it when the batch fails later (atomic host)", async () => {
    const host = await withChart("atomic");
    const before = host.dump();
    const error = await failure(
      host.run(async (context: Ctx) => {
        const sheet = context.workbook.worksheets.getItem("Daten");
        sheet.charts.getItem("SR_Test").delete();
        sheet.getRange("A1").values = [[1, 2]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.dump()).toEqual(before);
    await host.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("Daten").charts.getItem("SR_Test").delete();
      await context.sync();
    });
    expect(host.getCharts("Daten")).toEqual([]);
  });

  it("leaves charts when cells are cleared and removes them with their sheet", async () => {
    const host = await withChart();
    host.addSheet("Andere");
    await host.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("Daten").getRange().clear("All");
      await context.sync();
    });
    expect(host.getCharts("Daten")).toHaveLength(1);
    await host.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem("Daten").delete();
      await context.sync();
    });
    expect(host.sheetNames).toEqual(["Andere"]);
  });
});

describe("when table rows are added", () => {
  it("appends at the end, grows the table and moves only the cells below it down", async () => {
    const host = newHost();
    await host.run(async (context: Ctx) => {
      context.workbook.tables.getItem("tblDaten").rows.add(undefined, [["Dedorf", 40, 41]]);
      await context.sync();
    });
    expect(host.tables).toEqual([{ name: "tblDaten", sheet: "Daten", address: "Daten!A1:C5" }]);
    expect(host.getValues("Daten", "A5:C5")).toEqual([["Dedorf", 40, 41]]);
    // The note below the table (A6) moves to A7; E1 beside the table's columns stays.
    expect(host.getValues("Daten", "A6:A7")).toEqual([[""], ["Notiz unter der Tabelle"]]);
    expect(host.getValues("Daten", "E1")).toEqual([["Daneben"]]);
    expect(host.tableRowAdds).toBe(1);
  });

  it("inserts at an index, moving the later rows down", async () => {
    const host = newHost();
    await host.run(async (context: Ctx) => {
      context.workbook.tables.getItem("tblDaten").rows.add(1, [["Neu", 1, 2]]);
      await context.sync();
    });
    expect(host.getValues("Daten", "A2:A5")).toEqual([["Adorf"], ["Neu"], ["Bedorf"], ["Cedorf"]]);
  });

  it.each([
    ["too few columns", [["Dedorf", 40]]],
    ["no rows", []],
  ])("refuses values with %s and counts no add", async (_label, values) => {
    const host = newHost();
    const error = await failure(
      host.run(async (context: Ctx) => {
        context.workbook.tables.getItem("tblDaten").rows.add(undefined, values);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.tables[0]?.address).toBe("Daten!A1:C4");
    expect(host.tableRowAdds).toBe(0);
  });

  it("moves a table below within the same columns along", async () => {
    const host = newHost();
    host.setValues("Daten", "A8", [
      ["X", "Y", "Z"],
      [1, 2, 3],
    ]);
    host.addTable("tblUnten", "Daten", "A8:C9");
    await host.run(async (context: Ctx) => {
      context.workbook.tables.getItem("tblDaten").rows.add(undefined, [["Dedorf", 40, 41]]);
      await context.sync();
    });
    expect(host.tables.map((t) => t.address)).toEqual(["Daten!A1:C5", "Daten!A9:C10"]);
  });
});
