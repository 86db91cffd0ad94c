import type { Workbook, Worksheet } from "exceljs";
import type {
  CellValue,
  InputKey,
  InputLocation,
  InputMapping,
  InputSnapshot,
  RawTable,
} from "../../workbook";
import { INPUT_KEYS } from "../../workbook";
import { parseRange, type CellRange } from "./address";
import { readCellValue } from "./cellValue";

/** The part of an ExcelJS table model the reader needs; loaded tables carry `tableRef`, new ones `ref`. */
interface TableModel {
  readonly name: string;
  readonly tableRef?: string;
  readonly ref?: string;
  readonly headerRow?: boolean;
  readonly totalsRow?: boolean;
  readonly columns: readonly { readonly name: string }[];
}

/** An Excel table found in the workbook, with the sheet it lives on. */
interface FoundTable {
  readonly worksheet: Worksheet;
  readonly model: TableModel;
}

/** Returns the worksheet of that name; Excel compares sheet names case-insensitively. */
export function findWorksheet(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

function tablesOf(worksheet: Worksheet): TableModel[] {
  // ExcelJS keeps tables in a name-keyed map whose typing (getTables) does not match its runtime.
  const tables = (worksheet as unknown as { tables: Record<string, { model: TableModel }> }).tables;
  return Object.values(tables).map((table) => table.model);
}

/** Returns every table name of the workbook, sheet by sheet in tab order. */
export function listTableNames(workbook: Workbook): string[] {
  return workbook.worksheets.flatMap((sheet) => tablesOf(sheet).map((table) => table.name));
}

function findTable(workbook: Workbook, name: string): FoundTable | undefined {
  const wanted = name.toLowerCase();
  for (const worksheet of workbook.worksheets) {
    const model = tablesOf(worksheet).find((table) => table.name.toLowerCase() === wanted);
    if (model) return { worksheet, model };
  }
  return undefined;
}

/** Reads one cell (0-based) without creating it; the covered cells of a merge read as empty. */
export function readCell(
  worksheet: Worksheet,
  row: number,
  column: number,
  date1904: boolean
): CellValue {
  const cell = worksheet.findCell(row + 1, column + 1);
  if (!cell || (cell.isMerged && cell.master !== cell)) return null;
  return readCellValue(cell, date1904);
}

function readRows(
  worksheet: Worksheet,
  range: CellRange,
  date1904: boolean
): (readonly CellValue[])[] {
  const rows: CellValue[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const values: CellValue[] = [];
    for (let column = range.left; column <= range.right; column++) {
      values.push(readCell(worksheet, row, column, date1904));
    }
    rows.push(values);
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((value) => value === null)) {
    rows.pop();
  }
  return rows;
}

/**
 * A table's header row and data rows from its ref. A table without a header row (rare, Excel
 * offers it) gets its column names as headers and an origin one row above its first data row.
 */
function readTable(key: InputKey, found: FoundTable, date1904: boolean): RawTable | undefined {
  const { worksheet, model } = found;
  const ref = parseRange(model.tableRef ?? model.ref ?? "");
  if (!ref) return undefined;
  const hasHeader = model.headerRow !== false;
  const firstDataRow = hasHeader ? ref.top + 1 : ref.top;
  const lastDataRow = model.totalsRow === true ? ref.bottom - 1 : ref.bottom;
  const headers = hasHeader
    ? (readRows(worksheet, { ...ref, bottom: ref.top }, date1904)[0] ??
      model.columns.map(() => null))
    : model.columns.map((column) => column.name);
  return {
    key,
    name: model.name,
    sheet: worksheet.name,
    source: "table",
    origin: { row: firstDataRow - 1, column: ref.left },
    headers,
    rows: readRows(worksheet, { ...ref, top: firstDataRow, bottom: lastDataRow }, date1904),
  };
}

/**
 * The sheet fallback: the header is the contiguous run of non-empty cells in `headerRow`, starting
 * at its first non-empty cell; data rows run down to the sheet's last used row.
 */
function readSheet(
  key: InputKey,
  worksheet: Worksheet,
  location: InputLocation,
  date1904: boolean
): RawTable {
  const headerRow = (location.headerRow ?? 1) - 1;
  const lastColumn = worksheet.columnCount - 1;
  let left = 0;
  while (left <= lastColumn && readCell(worksheet, headerRow, left, date1904) === null) left++;
  if (left > lastColumn) left = 0;
  const headers: CellValue[] = [];
  for (let column = left; column <= lastColumn; column++) {
    const header = readCell(worksheet, headerRow, column, date1904);
    if (header === null) break;
    headers.push(header);
  }
  const rows =
    headers.length === 0
      ? []
      : readRows(
          worksheet,
          {
            top: headerRow + 1,
            left,
            bottom: Math.max(worksheet.rowCount - 1, headerRow),
            right: left + headers.length - 1,
          },
          date1904
        );
  return {
    key,
    name: worksheet.name,
    sheet: worksheet.name,
    source: "sheet",
    origin: { row: headerRow, column: left },
    headers,
    rows,
  };
}

function readInput(
  workbook: Workbook,
  key: InputKey,
  location: InputLocation,
  date1904: boolean
): RawTable | undefined {
  const table = findTable(workbook, location.table);
  if (table) return readTable(key, table, date1904);
  const worksheet = findWorksheet(workbook, location.sheet);
  return worksheet ? readSheet(key, worksheet, location, date1904) : undefined;
}

/** Reads every input of the mapping from an ExcelJS workbook (WorkbookPort.readInputs). */
export function readInputSnapshot(workbook: Workbook, mapping: InputMapping): InputSnapshot {
  const date1904 = workbook.properties.date1904 === true;
  const tables: Partial<Record<InputKey, RawTable>> = {};
  for (const key of INPUT_KEYS) {
    const table = readInput(workbook, key, mapping[key], date1904);
    if (table) tables[key] = table;
  }
  return {
    tables,
    sheetNames: workbook.worksheets.map((sheet) => sheet.name),
    tableNames: listTableNames(workbook),
  };
}
