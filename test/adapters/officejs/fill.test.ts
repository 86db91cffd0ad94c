/**
 * A validate-and-fill through OfficeWorkbook against the in-memory Excel host: round trips, what
 * lands in the sheets, and that a refused or failed write leaves the workbook as it was.
 */
import {
  HostError,
  OfficeWorkbook,
  UNDO_SETTING_PREFIX,
  UNDO_SHEET,
} from "../../../src/adapters/officejs";
import {
  blockRange,
  DEFAULT_MAPPING,
  NUMBER_FORMAT_CODES,
  type OutputPlan,
  type PlannedCell,
} from "../../../src/workbook";
import { type ExcelHost, generateSampleData, SAMPLE_DATA } from "../../support/excel-host";
import { fill, rejection, useHost } from "./helpers";

/**
 * The user-visible document: everything but the add-in's undo sheet and undo setting; names in
 * alphabetical order (a name deleted and added again moves to the end of the host's list).
 */
function visible(host: ExcelHost): unknown {
  const dump = host.dump() as {
    sheets: { name: string }[];
    settings: Record<string, unknown>;
    names: { name: string }[];
  };
  const settings = Object.fromEntries(
    Object.entries(dump.settings).filter(([key]) => !key.startsWith(UNDO_SETTING_PREFIX))
  );
  const names = [...dump.names].sort((a, b) => a.name.localeCompare(b.name));
  return { ...dump, sheets: dump.sheets.filter((s) => s.name !== UNDO_SHEET), settings, names };
}

/** What a planned cell looks like in Range.formulas. */
function expectedFormula(cell: PlannedCell | null | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  return cell.value ?? "";
}

function expectWritten(host: ExcelHost, plan: OutputPlan): void {
  for (const sheet of plan.sheets) {
    const range = blockRange(sheet.extent);
    const formulas = host.getFormulas(sheet.name, range);
    const formats = host.getFormats(sheet.name, range);
    const expected = formulas.map((row, r) =>
      row.map((_, c) => expectedFormula(sheet.cells[r]?.[c]))
    );
    const expectedFormats = formats.map((row, r) =>
      row.map((_, c) => {
        const format = sheet.cells[r]?.[c]?.format;
        return format ? NUMBER_FORMAT_CODES[format] : "General";
      })
    );
    expect(formulas).toEqual(expected);
    expect(formats.map((row) => row.map((f) => f.numberFormat))).toEqual(expectedFormats);
    expect(host.sheetInfo(sheet.name).frozenRows).toBe(sheet.freezeRows);
  }
}

describe("when the sample is filled", () => {
  it("writes every planned block with its formulas, values and number formats in 3 round trips", async () => {
    const host = useHost();
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(true);
    expect(host.syncCount).toBe(3);
    expectWritten(host, outcome.plan as OutputPlan);
  });

  it("records each block in its defined name and keeps the undo sheet very hidden", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    expect(host.names.filter((n) => n.name.startsWith("SR_Block_"))).toEqual([
      { name: "SR_Block_Region_00201", reference: "'Region 1'!A1:I16" },
      { name: "SR_Block_Region_00202", reference: "'Region 2'!A1:I15" },
      { name: "SR_Block_Region_00203", reference: "'Region 3'!A1:I15" },
      { name: "SR_Block__00DCbersicht", reference: "Übersicht!A1:H16" },
      // The Protokoll: its header and the one line this fill logged.
      { name: "SR_Block_Protokoll", reference: "Protokoll!A1:I2" },
    ]);
    expect(host.sheetInfo(UNDO_SHEET).visibility).toBe("VeryHidden");
  });

  it("suspends calculation for the write and calculates the checks afterwards", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    expect(host.requests.map((r) => r.calculationSuspended)).toEqual([false, false, true]);
    // Row 11 of Übersicht holds the check "Summe der Regionen = Kreissumme" for columns B–H.
    expect(host.getValues("Übersicht", "B11:H11")).toEqual([Array(7).fill("stimmt")]);
  });
});

describe("when the fill creates the output sheets", () => {
  it("sets A4 landscape, one page wide, print titles, header and footer on each", async () => {
    const host = useHost();
    const outcome = await fill(new OfficeWorkbook());
    for (const sheet of outcome.plan?.sheets ?? []) {
      const layout = host.getPageLayout(sheet.name);
      expect(layout).toMatchObject({
        paperSize: "A4",
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: sheet.name === "Protokoll" ? "$1:$1" : "$1:$2",
        leftMargin: 36,
        topMargin: 54,
        "headersFooters.state": "Default",
        "headersFooters.defaultForAllPages.centerHeader": `Sozialraumbudget 2027 – ${sheet.name}`,
        "headersFooters.defaultForAllPages.rightFooter": "Seite &P von &N",
      });
      expect(layout["headersFooters.defaultForAllPages.leftFooter"]).toMatch(
        /^berechnet am \d\d\.\d\d\.\d{4}, \d\d:\d\d · Prüfsumme [0-9a-f]{16}$/
      );
    }
    expect(host.names.filter((n) => n.name.startsWith("SR_Druck_"))).toEqual([
      { name: "SR_Druck_Region_00201", reference: "'Region 1'!A1" },
      { name: "SR_Druck_Region_00202", reference: "'Region 2'!A1" },
      { name: "SR_Druck_Region_00203", reference: "'Region 3'!A1" },
      { name: "SR_Druck__00DCbersicht", reference: "Übersicht!A1" },
      { name: "SR_Druck_Protokoll", reference: "Protokoll!A1" },
    ]);
  });

  it("sets them again on a refill, over what a user changed on its own sheets", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    host.setPageLayout("Region 1", { orientation: "Portrait" });
    await fill(new OfficeWorkbook());
    expect(host.getPageLayout("Region 1")).toMatchObject({ orientation: "Landscape" });
    expect(host.names.filter((n) => n.name === "SR_Druck_Region_00201")).toHaveLength(1);
  });
});

describe("when a sheet's page settings are still Excel's defaults", () => {
  it("sets the print layout on a sheet an earlier version filled, and marks it", async () => {
    const host = useHost();
    // What a version before the print layout left: a block and its name, no marker.
    host.addSheet("Region 1");
    host.setValues("Region 1", "A1", [["Sozialraumbudget 2027 – Region 1"]]);
    host.addName("SR_Block_Region_00201", "Region 1", "A1:I16");
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(true);
    expect(host.getPageLayout("Region 1")).toMatchObject({
      orientation: "Landscape",
      printTitleRows: "$1:$2",
    });
    expect(host.names.some((n) => n.name === "SR_Druck_Region_00201")).toBe(true);
  });

  it("sets it on an empty sheet a user made for a region, since no choice of the user is lost", async () => {
    const host = useHost();
    host.addSheet("Region 2");
    await fill(new OfficeWorkbook());
    expect(host.getPageLayout("Region 2")).toMatchObject({ orientation: "Landscape" });
  });
});

describe("when a user created an output sheet before the first fill", () => {
  it("keeps the user's page settings on it", async () => {
    const host = useHost();
    host.addSheet("Region 2");
    const own = { orientation: "Portrait", paperSize: "A3", printTitleRows: "$3:$3" };
    host.setPageLayout("Region 2", own);
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(true);
    expect(host.getPageLayout("Region 2")).toEqual(own);
    expect(host.getPageLayout("Region 1")).toMatchObject({ orientation: "Landscape" });
    expect(host.names.some((n) => n.name === "SR_Druck_Region_00202")).toBe(false);
  });
});

describe.each([10, 1000])("when %i municipalities are filled", (count) => {
  it("takes exactly 3 round trips: read inputs, read output state, write", async () => {
    const host = useHost(generateSampleData(count));
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(outcome.written).toBe(true);
    expect(host.syncCount).toBe(3);
    expect(host.requests.map((r) => r.actions.some((a) => a.kind !== "query"))).toEqual([
      false,
      false,
      true,
    ]);
  });
});

// Issue 14: Office.js documents nothing for objects derived from a null object; the host fails
// loudly on them, so these fills prove the adapter queues reads only on sheets that exist.
describe("when no output sheet exists yet", () => {
  it("fills in 3 round trips without reading anything of the missing sheets", async () => {
    const host = useHost();
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(true);
    expect(host.syncCount).toBe(3);
    const stateRead = host.requests[1]?.actions.map((a) => a.label) ?? [];
    expect(stateRead.filter((label) => /Region|Übersicht|Protokoll/.test(label))).toEqual([]);
    expectWritten(host, outcome.plan as OutputPlan);
  });
});

describe("when a user deleted an output sheet after the last fill", () => {
  it("refills in 3 round trips, recreating the deleted sheet and refilling the others", async () => {
    const host = useHost();
    const port = new OfficeWorkbook();
    await fill(port);
    await host.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Region 2").delete();
      await context.sync();
    });
    await host.editCell("Parameter", "B3", 2300000, { source: "Local" });
    const syncs = host.syncCount;
    const outcome = await fill(port);
    expect(outcome.written).toBe(true);
    expect(host.syncCount - syncs).toBe(3);
    const stateRead = host.requests[syncs + 1]?.actions.map((a) => a.label) ?? [];
    expect(stateRead.some((label) => label.includes('"Region 1"'))).toBe(true);
    expect(stateRead.some((label) => label.includes('"Region 2"'))).toBe(false);
    expectWritten(host, outcome.plan as OutputPlan);
  });

  it("also in a new session, which learns the sheets from the inputs' read", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    await host.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Übersicht").delete();
      await context.sync();
    });
    const syncs = host.syncCount;
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(true);
    expect(host.syncCount - syncs).toBe(3);
    expectWritten(host, outcome.plan as OutputPlan);
  });
});

describe("when the workbook changes between the reads of a fill", () => {
  it("learns that a sheet seen by the inputs' read was deleted since, and reads again", async () => {
    const host = useHost();
    const port = new OfficeWorkbook();
    await fill(port);
    await port.readInputs(DEFAULT_MAPPING);
    await host.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Region 3").delete();
      await context.sync();
    });
    const syncs = host.syncCount;
    const state = await port.readOutputState(["Region 1", "Region 3"]);
    // getItem of the vanished sheet stops the read (Excel's documented ItemNotFound); the adapter
    // learns the sheet list and reads what exists.
    expect(host.requests.slice(syncs).map((r) => r.failed ?? "ok")).toEqual([
      "ItemNotFound",
      "ok",
      "ok",
    ]);
    expect([...state.keys()]).toEqual(["Region 1"]);
  });

  it("reads a sheet created since the inputs' read in one more trip", async () => {
    const host = useHost();
    const port = new OfficeWorkbook();
    await port.readInputs(DEFAULT_MAPPING);
    host.addSheet("Region 1");
    host.setValues("Region 1", "A1", [["Notiz eines Kollegen"]]);
    const syncs = host.syncCount;
    const state = await port.readOutputState(["Region 1", "Region 2"]);
    expect(host.syncCount - syncs).toBe(2);
    expect(state.get("Region 1")?.values).toEqual([["Notiz eines Kollegen"]]);
    expect(state.has("Region 2")).toBe(false);
  });
});

describe("when validation fails", () => {
  it("writes nothing and reads only once", async () => {
    const host = useHost({
      ...SAMPLE_DATA,
      parameter: [{ Parameter: "Gesamtbudget", Wert: "viel" }],
    });
    const before = host.dump();
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(false);
    expect(host.dump()).toEqual(before);
    expect(host.syncCount).toBe(1);
  });
});

describe("when the sheets are filled again", () => {
  it("keeps the user's cells beside and below the block", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    host.setValues("Region 1", "K2", [["Notiz rechts"]]);
    host.setValues("Region 1", "A20", [["Notiz unten"]]);
    await host.editCell("Parameter", "B3", 2300000, { source: "Local" });
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(true);
    expect(host.getValues("Region 1", "K2")).toEqual([["Notiz rechts"]]);
    expect(host.getValues("Region 1", "A20")).toEqual([["Notiz unten"]]);
    expectWritten(host, outcome.plan as OutputPlan);
  });

  it("clears the rows of a block that shrank", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    // SG Ostheide (Stammdaten row 5) moves from Region 1 to Region 2: Region 1 loses a row.
    await host.editCell("Stammdaten", "B5", "Region 2", { source: "Remote" });
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.plan?.sheets[0]?.clear).toEqual({ rows: 16, columns: 9 });
    expect(host.names.find((n) => n.name === "SR_Block_Region_00201")).toEqual({
      name: "SR_Block_Region_00201",
      reference: "'Region 1'!A1:I15",
    });
    expect(host.getValues("Region 1", "A16:I16")).toEqual([Array(9).fill("")]);
    expectWritten(host, outcome.plan as OutputPlan);
  });

  it("does not write when the new block would cover a user's cell", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    // Region 2 has 15 rows; two more municipalities make 17, covering the user's A17.
    host.setValues("Region 2", "A17", [["Meins"]]);
    await host.editCell("Stammdaten", "B2", "Region 2", { source: "Local" });
    await host.editCell("Stammdaten", "B3", "Region 2", { source: "Local" });
    const before = host.dump();
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(false);
    expect(outcome.issues.map((i) => i.code)).toContain("OUTPUT_COLLISION");
    expect(host.dump()).toEqual(before);
  });
});

describe("when Excel refuses the write", () => {
  it("names the protected sheet in German and writes nothing", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    host.protectSheet("Region 2");
    const before = host.dump();
    const error = await rejection(fill(new OfficeWorkbook()));
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      code: "SHEET_PROTECTED",
      message:
        "Das Blatt »Region 2« ist geschützt. Heben Sie den Blattschutz auf (Überprüfen → Blattschutz aufheben) und füllen Sie erneut.",
    });
    expect(host.dump()).toEqual(before);
  });

  it("maps Excel's AccessDenied to a German message when the sheet got protected meanwhile", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    const port = new OfficeWorkbook();
    const outcome = await fill(port);
    await port.readOutputState(["Region 1", "Region 2", "Region 3", "Übersicht"]);
    host.protectSheet("Region 3");
    const before = visible(host);
    const error = await rejection(port.writePlan(outcome.plan as OutputPlan));
    expect(error).toMatchObject({
      code: "SHEET_PROTECTED",
      message: expect.stringContaining("Blattschutz aufheben"),
    });
    expect(visible(host)).toEqual(before);
  });

  it("refuses merged cells inside the block before writing", async () => {
    const host = useHost();
    await fill(new OfficeWorkbook());
    host.mergeCells("Übersicht", "I3:I4");
    host.mergeCells("Übersicht", "G2:H2");
    const before = host.dump();
    const error = await rejection(fill(new OfficeWorkbook()));
    expect(error).toMatchObject({
      code: "MERGED_CELLS",
      message: expect.stringContaining("»Übersicht« ragen verbundene Zellen (G2:H2)"),
    });
    expect(host.dump()).toEqual(before);
  });

  it("relies on Excel's own refusal of merged cells where it cannot list them (ExcelApi < 1.13)", async () => {
    const host = useHost(undefined, { failedSync: "partial" }, { excelApi: "1.12" });
    await fill(new OfficeWorkbook());
    await host.editCell("Parameter", "B3", 2400000, { source: "Local" });
    host.mergeCells("Übersicht", "H3:I3");
    const before = visible(host);
    const error = await rejection(fill(new OfficeWorkbook()));
    expect(error).toMatchObject({ code: "MERGED_CELLS" });
    expect(host.requests.some((r) => r.failed === "MergedRangeConflict")).toBe(true);
    expect(visible(host)).toEqual(before);
  });

  it("leaves the workbook as it was when the connection is lost during the write", async () => {
    const host = useHost();
    const before = visible(host);
    host.failNextSync({ code: "GeneralException", afterSyncs: 2 });
    const error = await rejection(fill(new OfficeWorkbook()));
    expect(error).toMatchObject({
      code: "CONNECTION_LOST",
      message: expect.stringContaining("Verbindung zu Excel"),
    });
    expect(visible(host)).toEqual(before);
  });
});

describe("when a write fails half-way, as real Excel keeps earlier commands", () => {
  it("rolls back from the snapshot so the user sees no change", async () => {
    const host = useHost(undefined, { failedSync: "partial" });
    await fill(new OfficeWorkbook());
    await host.editCell("Parameter", "B3", 2400000, { source: "Local" });
    const before = visible(host);
    host.failNextSync({ code: "InvalidArgument", afterSyncs: 2, afterActions: 40 });
    const error = await rejection(fill(new OfficeWorkbook()));
    expect(error).toMatchObject({ code: "EXCEL_ERROR" });
    // The failed write changed Region 1; the rollback copied all five snapshots back (three
    // regions, Übersicht, Protokoll).
    const failed = host.requests.findIndex((r) => r.failed !== undefined);
    const rollback = host.requests.slice(failed + 1).flatMap((r) => r.actions);
    expect(rollback.filter((a) => a.label.includes("copyFrom"))).toHaveLength(5);
    expect(visible(host)).toEqual(before);
  });

  it("says so when the rollback fails too", async () => {
    const host = useHost(undefined, { failedSync: "partial" });
    await fill(new OfficeWorkbook());
    host.failNextSync({ code: "GeneralException", afterSyncs: 2, afterActions: 40 });
    host.failNextSync({ code: "GeneralException", afterSyncs: 3 });
    const error = await rejection(fill(new OfficeWorkbook()));
    expect(error).toMatchObject({
      code: "WRITE_INCOMPLETE",
      message: expect.stringContaining("»Rückgängig«"),
    });
  });
});

describe("when the write exceeds the payload limit", () => {
  it("splits it into several syncs with the same result", async () => {
    const reference = useHost(generateSampleData(60));
    await fill(new OfficeWorkbook());
    const expected = visible(reference);
    const host = useHost(generateSampleData(60), {
      payloadLimitBytes: 20_000,
      responseLimitBytes: 5 * 1024 * 1024,
    });
    const outcome = await fill(new OfficeWorkbook({ payloadLimitBytes: 20_000 }));
    expect(outcome.written).toBe(true);
    expect(host.syncCount).toBeGreaterThan(3);
    expect(host.requests.every((r) => r.requestBytes <= 20_000)).toBe(true);
    expect(visible(host)).toEqual(expected);
  });

  it("rolls back the batches already written when a later one fails", async () => {
    const host = useHost(generateSampleData(60), {
      payloadLimitBytes: 20_000,
      responseLimitBytes: 5 * 1024 * 1024,
    });
    await fill(new OfficeWorkbook({ payloadLimitBytes: 20_000 }));
    await host.editCell("Parameter", "B3", 2400000, { source: "Local" });
    const before = visible(host);
    const syncs = host.syncCount;
    host.failNextSync({ code: "GeneralException", afterSyncs: 4 });
    const error = await rejection(fill(new OfficeWorkbook({ payloadLimitBytes: 20_000 })));
    expect(error).toMatchObject({ code: "CONNECTION_LOST" });
    expect(host.syncCount - syncs).toBeGreaterThan(5);
    expect(visible(host)).toEqual(before);
  });
});

describe("when writePlan runs without a prior read", () => {
  it("reads the state itself first, learning which sheets exist on the way", async () => {
    const host = useHost();
    const outcome = await fill(new OfficeWorkbook());
    const syncs = host.syncCount;
    await new OfficeWorkbook().writePlan(outcome.plan as OutputPlan);
    // Knowing nothing, the adapter presumes no output sheet exists; the sheet list read with it
    // shows they do, so it reads them in a second trip before the write.
    expect(host.syncCount - syncs).toBe(3);
    expectWritten(host, outcome.plan as OutputPlan);
    expect(DEFAULT_MAPPING.parameters.sheet).toBe("Parameter");
  });
});
