import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import type { PlannedCell, PlannedSheet } from "../../../src/workbook";

/** The committed sample workbook. */
export const SAMPLE_PATH = join(__dirname, "../../../assets/Sozialraumbudget-Beispiel.xlsx");

/** Loads the committed sample workbook into a fresh port. */
export function loadSample(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_PATH));
}

/** Saves a port's workbook to bytes and loads it again, as a later run of the CLI would. */
export async function reopen(port: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await port.toBuffer());
}

/** Wraps an ExcelJS workbook built in a test after a trip through .xlsx bytes. */
export async function fromExcelJs(workbook: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  return XlsxWorkbook.fromBuffer(new Uint8Array(bytes as ArrayBuffer));
}

/**
 * Loads what a port would save into ExcelJS, to inspect cells, styles and names the way another
 * program reads the file (ExcelJS is the tests' independent reader, not the adapter's).
 */
export async function excelJsOf(port: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await port.toBuffer()) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A planned block of `rows` × `columns` numbered values (row r, column c holds r*10+c). */
export function numberedSheet(name: string, rows: number, columns: number): PlannedSheet {
  const cells: PlannedCell[][] = [];
  for (let row = 0; row < rows; row++) {
    const line: PlannedCell[] = [];
    for (let column = 0; column < columns; column++) line.push({ value: row * 10 + column });
    cells.push(line);
  }
  return { name, cells, extent: { rows, columns }, columnWidths: [], freezeRows: 0 };
}

/** A JSON picture of a sheet's cells (address, value, style), to compare sheets before and after. */
export function sheetPicture(worksheet: ExcelJS.Worksheet): string {
  const cells: unknown[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push([cell.address, cell.value, cell.style]);
    });
  });
  return JSON.stringify(cells);
}
