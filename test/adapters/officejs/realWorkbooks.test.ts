/**
 * Issue 10 in the Office.js adapter, on the in-memory Excel host: the fixes it shares with the
 * .xlsx adapter through the workbook layer — dates in number cells, block names the add-in did
 * not record, names in other Unicode forms, reserved region names, sheets of vanished regions.
 */
import { OfficeTaskpaneHost, OfficeWorkbook } from "../../../src/adapters/officejs";
import {
  BLOCK_RECORD_SETTING,
  blockNameFor,
  DEFAULT_MAPPING,
  validateWorkbook,
} from "../../../src/workbook";
import { fill, RUN, useHost } from "./helpers";

/** The issues of a fill as code, severity, sheet and cell. */
function issuesOf(outcome: {
  issues: readonly { code: string; severity: string; sheet: string; cell: string }[];
}) {
  return outcome.issues.map(({ code, severity, sheet, cell }) => ({ code, severity, sheet, cell }));
}

describe("when a number cell of an input is formatted as a date", () => {
  it("reports DATE_VALUE at the cell and fills nothing", async () => {
    const host = useHost();
    host.setNumberFormats("Stammdaten", "E3", [["dd.mm.yyyy"]]);
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(false);
    expect(issuesOf(outcome)).toEqual([
      { code: "DATE_VALUE", severity: "error", sheet: "Stammdaten", cell: "E3" },
    ]);
    expect(outcome.issues[0]?.message).toContain("ist als Datum formatiert");
  });
});

describe("when a block name was not written by the add-in", () => {
  it("treats the cells as the user's and refuses with the collision message", async () => {
    const host = useHost();
    host.addSheet("Region 1");
    host.setValues("Region 1", "C3", [["Notiz der Region"]]);
    host.addName(blockNameFor("Region 1"), "Region 1", "A1:Z100");
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(false);
    expect(issuesOf(outcome)).toEqual([
      { code: "OUTPUT_COLLISION", severity: "error", sheet: "Region 1", cell: "C3" },
    ]);
    expect(host.getValues("Region 1", "C3")).toEqual([["Notiz der Region"]]);
  });

  it("trusts the block it recorded itself: a refill replaces it", async () => {
    const host = useHost();
    expect((await fill(new OfficeWorkbook())).written).toBe(true);
    expect(Object.keys(host.settings)).toContain(BLOCK_RECORD_SETTING);
    const again = await fill(new OfficeWorkbook());
    expect([again.written, issuesOf(again)]).toEqual([true, []]);
  });

  it("keeps other names with its prefix untouched", async () => {
    const host = useHost();
    host.addName("SR_Block_Archiv", "Stammdaten", "A1:B2");
    expect((await fill(new OfficeWorkbook())).written).toBe(true);
    expect(host.names.find((name) => name.name === "SR_Block_Archiv")?.reference).toMatch(
      /Stammdaten!\$?A\$?1:\$?B\$?2$/
    );
  });
});

describe("when the region names need a second look", () => {
  it("makes one region of »Süd« composed and decomposed", async () => {
    const host = useHost();
    host.setValues("Stammdaten", "B9:B11", [
      ["Süd".normalize("NFC")],
      ["Süd".normalize("NFD")],
      ["Süd".normalize("NFD")],
    ]);
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(true);
    expect(outcome.plan?.sheets.map((sheet) => sheet.name)).toEqual([
      "Region 1",
      "Region 2",
      "Süd",
      "Übersicht",
      "Protokoll",
    ]);
  });

  it.each([["History"], ["Übersicht".normalize("NFD")], ["Region 1'"]])(
    "refuses the region »%s« at its cell",
    async (region) => {
      const host = useHost();
      host.setValues("Stammdaten", "B3", [[region]]);
      const outcome = await validateWorkbook(new OfficeWorkbook(), {
        ...RUN,
        mapping: DEFAULT_MAPPING,
      });
      expect(issuesOf(outcome)).toEqual([
        { code: "INVALID_REGION", severity: "error", sheet: "Stammdaten", cell: "B3" },
      ]);
    }
  );

  it("warns about the sheet of a region that no longer exists", async () => {
    const host = useHost();
    host.addSheet("Region 4");
    host.addName(blockNameFor("Region 4"), "Region 4", "A1:B2");
    const outcome = await fill(new OfficeWorkbook());
    expect(outcome.written).toBe(true);
    expect(issuesOf(outcome)).toEqual([
      { code: "STALE_OUTPUT_SHEET", severity: "warning", sheet: "Region 4", cell: "" },
    ]);
  });

  it("offers to delete that sheet, and the fix deletes it with its block name", async () => {
    const host = useHost();
    host.addSheet("Region 4");
    host.addName(blockNameFor("Region 4"), "Region 4", "A1:B2");
    const outcome = await fill(new OfficeWorkbook());
    const fix = outcome.issues[0]?.fix;
    expect(fix?.label).toBe("Blatt »Region 4« löschen");
    if (fix === undefined) return;
    await new OfficeTaskpaneHost().applyFix(fix);
    expect(host.sheetNames).not.toContain("Region 4");
    expect(host.names.map((name) => name.name)).not.toContain(blockNameFor("Region 4"));
    expect(host.sheetNames).toContain("Region 1");
  });
});

describe("when the inputs are plain ranges (no table of the mapped names)", () => {
  it("finds each header block on its own: the weights beside the indicators", async () => {
    useHost();
    const mapping = Object.fromEntries(
      Object.entries(DEFAULT_MAPPING).map(([key, location]) => [
        key,
        { ...location, table: `${location.table}Fehlt` },
      ])
    ) as typeof DEFAULT_MAPPING;
    const outcome = await validateWorkbook(new OfficeWorkbook(), { ...RUN, mapping });
    expect(issuesOf(outcome)).toEqual([]);
    expect(outcome.snapshot.tables.weights).toMatchObject({
      source: "sheet",
      sheet: "Indikatoren",
      origin: { row: 0, column: 5 },
      headers: ["Indikator", "Gewicht"],
    });
  });
});
