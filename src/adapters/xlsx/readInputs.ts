/**
 * WorkbookPort.readInputs over a loaded package: each input from its Excel table (header and
 * totals rows as the table part states them, the header anywhere on the sheet), or from its
 * sheet's header block when there is no such table (src/workbook/header-blocks.ts). Input cells
 * formatted as dates arrive as dates, so the validator never takes them for amounts.
 */
import {
  HEADER_SEARCH_ROWS,
  INPUT_KEYS,
  locateHeaderBlock,
  type CellValue,
  type InputKey,
  type InputLocation,
  type InputMapping,
  type InputSnapshot,
  type RawTable,
} from "../../workbook";
import { parseRange, type CellRange } from "./address";
import type { SheetGrid } from "./sheetCells";
import type { SheetEntry } from "./workbookModel";
import type { TableInfo, XlsxModel } from "./xlsxModel";

/** Excel compares table names case-insensitively; Unicode forms count as the same name. */
function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

/** An input cell: a date-formatted number as a date, anything else as it is. */
function inputCell(grid: SheetGrid, row: number, column: number): CellValue {
  const cell = grid.cell(row, column);
  if (cell === undefined) return null;
  return cell.isDate && typeof cell.value === "number" ? { date: cell.value } : cell.value;
}

function readRows(grid: SheetGrid, range: CellRange): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const values: CellValue[] = [];
    for (let column = range.left; column <= range.right; column++) {
      values.push(inputCell(grid, row, column));
    }
    rows.push(values);
  }
  while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((value) => value === null)) {
    rows.pop();
  }
  return rows;
}

/**
 * A table's header row and data rows. A table without a header row (headerRowCount 0) gets its
 * column names as headers and an origin one row above its first data row; totals rows are left out.
 */
function readTable(key: InputKey, table: TableInfo, grid: SheetGrid): RawTable | undefined {
  const ref = parseRange(table.ref);
  if (ref === undefined) return undefined;
  const hasHeader = table.headerRowCount > 0;
  const firstDataRow = ref.top + (hasHeader ? table.headerRowCount : 0);
  const lastDataRow = ref.bottom - table.totalsRowCount;
  const headerCells = readRows(grid, { ...ref, top: ref.top, bottom: ref.top })[0];
  const headers = hasHeader
    ? Array.from({ length: ref.right - ref.left + 1 }, (_, i) => headerCells?.[i] ?? null)
    : table.columns;
  return {
    key,
    name: table.name,
    sheet: table.sheet,
    source: "table",
    origin: { row: firstDataRow - 1, column: ref.left },
    headers,
    rows:
      lastDataRow < firstDataRow
        ? []
        : readRows(grid, { ...ref, top: firstDataRow, bottom: lastDataRow }),
  };
}

/** The sheet fallback: the input's header block and the rows below it to the sheet's last row. */
function readSheet(
  key: InputKey,
  sheet: SheetEntry,
  grid: SheetGrid,
  location: InputLocation
): RawTable {
  const explicitRow = location.headerRow === undefined ? undefined : location.headerRow - 1;
  const searched = Math.max(HEADER_SEARCH_ROWS, (explicitRow ?? 0) + 1);
  const topRows = Array.from({ length: Math.min(searched, grid.rowCount) }, (_, row) =>
    Array.from({ length: grid.columnCount }, (_, column) => inputCell(grid, row, column))
  );
  const block = locateHeaderBlock(key, topRows, explicitRow);
  const headerRow = block?.row ?? explicitRow ?? 0;
  const left = block?.left ?? 0;
  const width = block?.width ?? 0;
  const headers = topRows[headerRow]?.slice(left, left + width) ?? [];
  const rows =
    width === 0
      ? []
      : readRows(grid, {
          top: headerRow + 1,
          left,
          bottom: Math.max(grid.rowCount - 1, headerRow),
          right: left + width - 1,
        });
  return {
    key,
    name: sheet.name,
    sheet: sheet.name,
    source: "sheet",
    origin: { row: headerRow, column: left },
    headers,
    rows,
  };
}

function readInput(model: XlsxModel, key: InputKey, location: InputLocation): RawTable | undefined {
  const table = model.tables().find((entry) => sameName(entry.name, location.table));
  if (table !== undefined) {
    const sheet = model.findWorksheet(table.sheet);
    if (sheet !== undefined) return readTable(key, table, model.grid(sheet));
  }
  const sheet = model.findWorksheet(location.sheet);
  return sheet === undefined ? undefined : readSheet(key, sheet, model.grid(sheet), location);
}

/** Reads every input of the mapping (WorkbookPort.readInputs). */
export function readInputSnapshot(model: XlsxModel, mapping: InputMapping): InputSnapshot {
  const tables: Partial<Record<InputKey, RawTable>> = {};
  for (const key of INPUT_KEYS) {
    const table = readInput(model, key, mapping[key]);
    if (table) tables[key] = table;
  }
  return {
    tables,
    sheetNames: model.worksheets().map((sheet) => sheet.name),
    tableNames: model.tables().map((table) => table.name),
    blockSheets: model.blockSheets(),
  };
}
