import ExcelJS from "exceljs";
import { UNCALCULATED_FORMULA_ERROR, toCellValue, toExcelSerial } from "../../../src/adapters/xlsx";
import type { CellValue } from "../../../src/workbook";
import { fromExcelJs } from "./helpers";

const MAPPING = {
  municipalities: { table: "tblGemeinden", sheet: "Stammdaten" },
  indicators: { table: "tblIndikatoren", sheet: "Indikatoren" },
  weights: { table: "tblGewichte", sheet: "Indikatoren" },
  usage: { table: "tblVerwendung", sheet: "Verwendung" },
  boundShares: { table: "tblZuordnung", sheet: "Verwendung" },
  parameters: { table: "tblParameter", sheet: "Werte" },
};

/** Each raw ExcelJS value, what the adapter must deliver, and why. */
const CASES: readonly (readonly [string, ExcelJS.CellValue, CellValue])[] = [
  ["a number", 1234.56, 1234.56],
  ["a string", "SG Ilmenau", "SG Ilmenau"],
  ["a German number typed as text", "1.234,56", "1.234,56"],
  ["a boolean", true, true],
  ["an empty string", "", null],
  [
    "rich text as its plain text",
    { richText: [{ text: "SG " }, { text: "Ilmenau", font: { bold: true } }] },
    "SG Ilmenau",
  ],
  ["a hyperlink as its text", { text: "Quelle", hyperlink: "https://example.org" }, "Quelle"],
  ["an error", { error: "#DIV/0!" } as ExcelJS.CellErrorValue, { error: "#DIV/0!" }],
  ["a formula as its cached result", { formula: "2*3", result: 6 }, 6],
  // ExcelJS' cell.value drops falsy cached results; the adapter must still see them.
  ["a formula with a cached 0", { formula: "1-1", result: 0 }, 0],
  ["a formula with a cached FALSE", { formula: "1=2", result: false }, false],
  [
    "a formula with a cached error",
    { formula: "1/0", result: { error: "#DIV/0!" } as ExcelJS.CellErrorValue },
    { error: "#DIV/0!" },
  ],
  [
    "a formula without a cached result as #CALC!",
    { formula: "2*3" },
    { error: UNCALCULATED_FORMULA_ERROR },
  ],
  // 2024-01-01 is day 45292 of the 1900 date system (1900-01-01 = 1, with Excel's leap day 1900-02-29).
  ["a date as its serial number", new Date(Date.UTC(2024, 0, 1)), 45292],
  ["a date and time as a fractional serial", new Date(Date.UTC(2024, 0, 1, 18)), 45292.75],
];

describe("when converting ExcelJS values", () => {
  it.each(CASES)("delivers %s", (_, raw, expected) => {
    expect(toCellValue(raw, false)).toEqual(expected);
  });

  it("delivers missing cells as null", () => {
    expect(toCellValue(undefined, false)).toBeNull();
    expect(toCellValue(null, false)).toBeNull();
  });

  // The 1904 system counts from 1904-01-01 = 0, 1462 days after the 1900 system's origin.
  it("counts serials from 1904 in a 1904 workbook", () => {
    expect(toExcelSerial(new Date(Date.UTC(2024, 0, 1)), true)).toBe(43830);
  });
});

describe("when the values come from an .xlsx file", () => {
  it.each(CASES)("still delivers %s", async (_, raw, expected) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Werte");
    // A second, filled column keeps the row from being dropped as a trailing blank row.
    sheet.getRow(1).values = ["Parameter", "Wert"];
    sheet.getCell("A2").value = raw;
    sheet.getCell("B2").value = "x";
    const port = await fromExcelJs(workbook);
    const table = (await port.readInputs(MAPPING)).tables.parameters;
    expect(table?.rows).toEqual([[expected, "x"]]);
  });

  it("reads a shared formula's cached result", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Werte");
    sheet.getCell("A1").value = "Parameter";
    sheet.getCell("A2").value = { formula: "B2*2", result: 4 };
    sheet.getCell("A3").value = { sharedFormula: "A2", result: 8 };
    const table = (await (await fromExcelJs(workbook)).readInputs(MAPPING)).tables.parameters;
    expect(table?.rows).toEqual([[4], [8]]);
  });

  it("reads the slave cells of a merged range as empty", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Werte");
    sheet.getCell("A1").value = "Parameter";
    sheet.getCell("B1").value = "Wert";
    sheet.getCell("A2").value = "zusammengefasst";
    sheet.mergeCells("A2:B2");
    const table = (await (await fromExcelJs(workbook)).readInputs(MAPPING)).tables.parameters;
    expect(table?.rows).toEqual([["zusammengefasst", null]]);
  });
});
