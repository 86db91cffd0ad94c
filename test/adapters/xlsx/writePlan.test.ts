import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { blockNameFor } from "../../../src/workbook";
import type { OutputPlan, PlannedSheet } from "../../../src/workbook";
import { fromExcelJs, loadSample, numberedSheet, reopen, sheetPicture } from "./helpers";

/** A small styled block like a region sheet: title, header, two rows, a total with a formula. */
const REGION_SHEET: PlannedSheet = {
  name: "Region 1",
  cells: [
    [{ value: "Region 1 – Budget 2027", style: "title" }],
    [
      { value: "Gemeinde", style: "header" },
      { value: "Betrag", style: "header" },
      { value: "Quote", style: "header" },
    ],
    [{ value: "SG A" }, { value: 1000.5, format: "eur" }, { value: 0.25, format: "percent" }],
    [{ value: "SG B" }, { value: 3001.5, format: "eur" }, { value: 0.75, format: "percent" }],
    // 1000.50 + 3001.50 = 4002.00, the planner's expected result of the formula.
    [
      { value: "Summe", style: "total" },
      { formula: "=SUM(B3:B4)", value: 4002, format: "eur", style: "total" },
      { value: "stimmt", style: "check" },
    ],
    [{ value: "Beispielwerte", style: "note" }],
  ],
  extent: { rows: 6, columns: 3 },
  columnWidths: [28, 16, 10],
  freezeRows: 2,
};

async function writeAndReopen(port: XlsxWorkbook, sheets: PlannedSheet[]): Promise<XlsxWorkbook> {
  await port.writePlan({ sheets });
  return reopen(port);
}

function sheetOf(port: XlsxWorkbook, name: string): ExcelJS.Worksheet {
  const sheet = port.workbook.getWorksheet(name);
  if (!sheet) throw new Error(`sheet ${name} missing`);
  return sheet;
}

function definedName(port: XlsxWorkbook, name: string): string[] | undefined {
  return port.workbook.definedNames.model.find((entry) => entry.name === name)?.ranges;
}

describe("when a planned sheet is written and read back", () => {
  it("holds the values, the formula with its cached result and the block extent", async () => {
    const port = await writeAndReopen(await loadSample(), [REGION_SHEET]);
    const state = await port.readOutputState(["Region 1", "Übersicht"]);
    expect([...state.keys()]).toEqual(["Region 1"]);
    expect(state.get("Region 1")).toEqual({
      name: "Region 1",
      pageUntouched: true,
      block: { rows: 6, columns: 3 },
      values: [
        ["Region 1 – Budget 2027", null, null],
        ["Gemeinde", "Betrag", "Quote"],
        ["SG A", 1000.5, 0.25],
        ["SG B", 3001.5, 0.75],
        ["Summe", 4002, "stimmt"],
        ["Beispielwerte", null, null],
      ],
    });
    expect(sheetOf(port, "Region 1").getCell("B5").value).toEqual({
      formula: "SUM(B3:B4)",
      result: 4002,
    });
  });

  it("appends the new sheet after the existing ones and records the block name", async () => {
    const port = await writeAndReopen(await loadSample(), [REGION_SHEET]);
    expect(port.workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Hinweise",
      "Stammdaten",
      "Indikatoren",
      "Verwendung",
      "Parameter",
      "Region 1",
    ]);
    expect(definedName(port, blockNameFor("Region 1"))).toEqual(["'Region 1'!$A$1:$C$6"]);
  });

  it.each([
    ["B3", '#,##0.00 "€"'],
    ["C3", "0.00%"],
    ["B5", '#,##0.00 "€"'],
  ])("gives %s the number format %s", async (address, format) => {
    const port = await writeAndReopen(await loadSample(), [REGION_SHEET]);
    expect(sheetOf(port, "Region 1").getCell(address).numFmt).toBe(format);
  });

  it.each([
    ["A1", { bold: true, size: 14 }],
    ["A2", { bold: true }],
    ["A5", { bold: true }],
    ["C5", { bold: true }],
    ["A6", { italic: true, color: { argb: "FF595959" } }],
  ])("styles the font of %s", async (address, font) => {
    const port = await writeAndReopen(await loadSample(), [REGION_SHEET]);
    expect(sheetOf(port, "Region 1").getCell(address).font).toMatchObject(font);
  });

  it("gives headers a fill and a bottom border and totals a top border", async () => {
    const sheet = sheetOf(await writeAndReopen(await loadSample(), [REGION_SHEET]), "Region 1");
    expect(sheet.getCell("B2").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(sheet.getCell("B2").border.bottom).toMatchObject({ style: "thin" });
    expect(sheet.getCell("B5").border.top).toMatchObject({ style: "thin" });
    expect(sheet.getCell("B3").font?.bold).toBeFalsy();
  });

  it("sets the column widths and freezes the header rows", async () => {
    const sheet = sheetOf(await writeAndReopen(await loadSample(), [REGION_SHEET]), "Region 1");
    expect([1, 2, 3].map((column) => sheet.getColumn(column).width)).toEqual([28, 16, 10]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2, topLeftCell: "A3" });
  });

  // ExcelJS writes this flag but does not read it back, so the check is on the written workbook.
  it("asks spreadsheet programs to recalculate on open", async () => {
    const port = await loadSample();
    await port.writePlan({ sheets: [REGION_SHEET] });
    expect(port.workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });
});

describe("when a workbook with the user's own things is filled", () => {
  async function userWorkbook(): Promise<XlsxWorkbook> {
    const port = await loadSample();
    const notes = port.workbook.addWorksheet("Notizen");
    notes.getCell("B2").value = "Sitzung vom 13.08.2025";
    notes.getCell("B2").font = { name: "Arial", size: 12, underline: true };
    notes.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    port.workbook.definedNames.add("Stammdaten!$D$2:$D$11", "Einwohnerzahlen");
    return reopen(port);
  }

  it("leaves every other sheet, its values and styles untouched", async () => {
    const before = await userWorkbook();
    const names = ["Hinweise", "Stammdaten", "Indikatoren", "Verwendung", "Parameter", "Notizen"];
    const pictures = names.map((name) => sheetPicture(sheetOf(before, name)));
    const after = await writeAndReopen(before, [REGION_SHEET, numberedSheet("Übersicht", 2, 2)]);
    expect(names.map((name) => sheetPicture(sheetOf(after, name)))).toEqual(pictures);
  });

  it("keeps every table with its ref", async () => {
    const before = await userWorkbook();
    const refs = (port: XlsxWorkbook) =>
      port.workbook.worksheets.flatMap((sheet) =>
        Object.values(
          (sheet as unknown as { tables: Record<string, { model: object }> }).tables
        ).map((table) => table.model)
      );
    const expected = JSON.stringify(refs(before));
    const after = await writeAndReopen(before, [REGION_SHEET]);
    expect(JSON.stringify(refs(after))).toBe(expected);
  });

  it("keeps the user's defined names beside the block names", async () => {
    const after = await writeAndReopen(await userWorkbook(), [REGION_SHEET]);
    expect(definedName(after, "Einwohnerzahlen")).toEqual(["Stammdaten!$D$2:$D$11"]);
    expect(definedName(after, blockNameFor("Region 1"))).toEqual(["'Region 1'!$A$1:$C$6"]);
  });
});

describe("when an output sheet is filled again", () => {
  async function filledWithUserCells(): Promise<XlsxWorkbook> {
    const port = await writeAndReopen(await loadSample(), [numberedSheet("Region 1", 5, 3)]);
    const sheet = sheetOf(port, "Region 1");
    sheet.getCell("E1").value = "Notiz rechts";
    sheet.getCell("A8").value = "Notiz unten";
    sheet.getCell("A8").font = { italic: true };
    return reopen(port);
  }

  it("keeps the user's cells beside and below the block", async () => {
    const port = await writeAndReopen(await filledWithUserCells(), [
      { ...numberedSheet("Region 1", 5, 3), clear: { rows: 5, columns: 3 } },
    ]);
    const sheet = sheetOf(port, "Region 1");
    expect(sheet.getCell("E1").value).toBe("Notiz rechts");
    expect(sheet.getCell("A8").value).toBe("Notiz unten");
    expect(sheet.getCell("A8").font).toMatchObject({ italic: true });
  });

  it("gives the same sheet when the same plan is written twice", async () => {
    const plan: OutputPlan = { sheets: [REGION_SHEET] };
    const once = await writeAndReopen(await loadSample(), [...plan.sheets]);
    const picture = sheetPicture(sheetOf(once, "Region 1"));
    const twice = await writeAndReopen(once, [{ ...REGION_SHEET, clear: REGION_SHEET.extent }]);
    expect(sheetPicture(sheetOf(twice, "Region 1"))).toBe(picture);
    expect(definedName(twice, blockNameFor("Region 1"))).toEqual(["'Region 1'!$A$1:$C$6"]);
  });

  it("clears the rows and columns a shrinking block no longer covers", async () => {
    const port = await writeAndReopen(await filledWithUserCells(), [
      { ...numberedSheet("Region 1", 3, 2), clear: { rows: 5, columns: 3 } },
    ]);
    const state = (await port.readOutputState(["Region 1"])).get("Region 1");
    // Old block 5×3 with r*10+c; new block 3×2; E1 and A8 belong to the user.
    expect(state).toEqual({
      name: "Region 1",
      pageUntouched: true,
      block: { rows: 3, columns: 2 },
      values: [
        [0, 1, null, null, "Notiz rechts"],
        [10, 11, null, null, null],
        [20, 21, null, null, null],
        [null, null, null, null, null],
        [null, null, null, null, null],
        [null, null, null, null, null],
        [null, null, null, null, null],
        ["Notiz unten", null, null, null, null],
      ],
    });
  });
});

describe("when the block name does not describe a block from A1 of its sheet", () => {
  it.each([
    ["points to another sheet", "Stammdaten!$A$1:$B$2"],
    ["does not start at A1", "'Region 1'!$B$2:$C$3"],
  ])("reports no block when it %s", async (_, range) => {
    const port = await writeAndReopen(await loadSample(), [numberedSheet("Region 1", 2, 2)]);
    const others = port.workbook.definedNames.model.filter(
      (entry) => entry.name !== blockNameFor("Region 1")
    );
    port.workbook.definedNames.model = [
      ...others,
      { name: blockNameFor("Region 1"), ranges: [range] },
    ];
    const state = (await port.readOutputState(["Region 1"])).get("Region 1");
    expect(state).toEqual({
      name: "Region 1",
      pageUntouched: true,
      values: [
        [0, 1],
        [10, 11],
      ],
    });
  });
});

describe("when a planned sheet name is not valid in Excel", () => {
  it("rejects the whole plan before changing anything", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Stammdaten").getCell("A1").value = 1;
    const port = await fromExcelJs(workbook);
    const plan = { sheets: [numberedSheet("Region 1", 1, 1), numberedSheet("Region [2]", 1, 1)] };
    await expect(port.writePlan(plan)).rejects.toThrow(
      "»Region [2]« ist kein gültiger Name für ein Tabellenblatt."
    );
    expect(port.workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Stammdaten"]);
    expect(port.workbook.definedNames.model).toEqual([]);
  });
});

describe("when the output sheet exists without view settings", () => {
  // Regression: ExcelJS loads a sheet saved without <sheetViews> with `views` null, and the
  // refill crashed reading the user's view settings from it.
  it("writes the block and a normal view", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Region 1").getCell("Z9").value = "eigene Notiz";
    const port = await fromExcelJs(workbook);
    expect(port.workbook.getWorksheet("Region 1")?.views).toBeNull();
    const reopened = await writeAndReopen(port, [numberedSheet("Region 1", 1, 2)]);
    const sheet = sheetOf(reopened, "Region 1");
    expect([sheet.getCell("B1").value, sheet.getCell("Z9").value]).toEqual([1, "eigene Notiz"]);
    expect(sheet.views).toEqual([expect.objectContaining({ state: "normal" })]);
  });
});
