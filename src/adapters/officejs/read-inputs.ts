/**
 * WorkbookPort.readInputs over Office.js in one round trip: for every input the table by name
 * (header and body), its fallback sheet's used range, and the workbook's sheet and table names are
 * queued together, then the table wins where it exists. Objects of a missing table or sheet are
 * null objects, so one batch covers every case. Only when Excel refuses the response as too large
 * (huge fallback sheets next to their tables) does the reader take two trips: tables first, then
 * just the sheets it really needs.
 */
import {
  asInputCell,
  blockSheetsOf,
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
import { officeErrorCode } from "./errors";
import { toCellValues } from "./values";
import { UNDO_SHEET } from "./undo-index";

/** Number formats too: a number shown as a date is a date, never an amount. */
const RANGE_PROPS = "values, valueTypes, numberFormat, rowIndex, columnIndex";

/** A loaded range's cells as the validator reads inputs (date-formatted numbers as dates). */
function inputCells(range: Excel.Range): CellValue[][] {
  const formats = range.numberFormat as unknown[][] | undefined;
  return toCellValues(range.values, range.valueTypes).map((row, r) =>
    row.map((value, c) => {
      const format = formats?.[r]?.[c];
      return asInputCell(value, typeof format === "string" ? format : undefined);
    })
  );
}

/** The proxies of one input, loaded by the batch. */
interface QueuedInput {
  readonly key: InputKey;
  readonly location: InputLocation;
  readonly table: Excel.Table;
  readonly tableSheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  readonly sheet: QueuedSheet;
}

/** A fallback sheet, shared by the inputs that name it. */
interface QueuedSheet {
  readonly sheet: Excel.Worksheet;
  used?: Excel.Range;
}

/** Reads every input of `mapping` (one sync; two only when the response would be too large). */
export async function readInputSnapshot(
  context: Excel.RequestContext,
  mapping: InputMapping
): Promise<InputSnapshot> {
  try {
    const queued = queueInputs(context, mapping, true);
    await context.sync();
    return toSnapshot(queued);
  } catch (error) {
    if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
  }
  const queued = queueInputs(context, mapping, false);
  await context.sync();
  const needed = queued.inputs.filter(
    (input) => input.table.isNullObject && !input.sheet.sheet.isNullObject
  );
  for (const input of needed)
    input.sheet.used ??= input.sheet.sheet.getUsedRangeOrNullObject(true).load(RANGE_PROPS);
  await context.sync();
  return toSnapshot(queued);
}

function queueInputs(context: Excel.RequestContext, mapping: InputMapping, withSheets: boolean) {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name, items/formula");
  const sheets = new Map<string, QueuedSheet>();
  const inputs: QueuedInput[] = INPUT_KEYS.map((key) => {
    const location = mapping[key];
    const table = tables.getItemOrNullObject(location.table).load("name");
    const tableSheet = table.worksheet.load("name");
    const header = table.getHeaderRowRange().load(RANGE_PROPS);
    const body = table.getDataBodyRange().load(RANGE_PROPS);
    const sheetKey = location.sheet.toLowerCase();
    let sheet = sheets.get(sheetKey);
    if (!sheet) {
      const worksheet = worksheets.getItemOrNullObject(location.sheet).load("name");
      sheet = { sheet: worksheet };
      if (withSheets) sheet.used = worksheet.getUsedRangeOrNullObject(true).load(RANGE_PROPS);
      sheets.set(sheetKey, sheet);
    }
    return { key, location, table, tableSheet, header, body, sheet };
  });
  return { worksheets, tables, names, inputs };
}

function toSnapshot(queued: ReturnType<typeof queueInputs>): InputSnapshot {
  const tables: Partial<Record<InputKey, RawTable>> = {};
  for (const input of queued.inputs) {
    const raw = input.table.isNullObject ? fromSheet(input) : fromTable(input);
    if (raw) tables[input.key] = raw;
  }
  // The add-in's own undo sheet is internal, not a sheet the user works with.
  const sheetNames = queued.worksheets.items.map((s) => s.name).filter((n) => n !== UNDO_SHEET);
  const names = queued.names.items.map((n) => ({ name: n.name, reference: String(n.formula) }));
  return {
    tables,
    sheetNames,
    tableNames: queued.tables.items.map((t) => t.name),
    blockSheets: blockSheetsOf(names, sheetNames),
  };
}

function fromTable(input: QueuedInput): RawTable {
  const headers = inputCells(input.header)[0] ?? [];
  return {
    key: input.key,
    name: input.table.name,
    sheet: input.tableSheet.name,
    source: "table",
    origin: { row: input.header.rowIndex, column: input.header.columnIndex },
    headers,
    rows: trimBlankRows(inputCells(input.body)),
  };
}

/**
 * The sheet fallback, as the .xlsx adapter reads it: the input's header block among the first rows
 * (src/workbook/header-blocks.ts); data rows run to the last used row.
 */
function fromSheet(input: QueuedInput): RawTable | undefined {
  const { sheet, used } = input.sheet;
  if (sheet.isNullObject) return undefined;
  const grid = used && !used.isNullObject ? inputCells(used) : [];
  const top = used && !used.isNullObject ? used.rowIndex : 0;
  const left0 = used && !used.isNullObject ? used.columnIndex : 0;
  const width = grid[0]?.length ?? 0;
  const at = (row: number, column: number): CellValue => grid[row - top]?.[column - left0] ?? null;
  const explicitRow =
    input.location.headerRow === undefined ? undefined : input.location.headerRow - 1;
  const searched = Math.max(HEADER_SEARCH_ROWS, (explicitRow ?? 0) + 1);
  const topRows = Array.from({ length: Math.min(searched, top + grid.length) }, (_, row) =>
    Array.from({ length: left0 + width }, (_, column) => at(row, column))
  );
  const block = locateHeaderBlock(input.key, topRows, explicitRow);
  const headerRow = block?.row ?? explicitRow ?? 0;
  const left = block?.left ?? 0;
  const headers = topRows[headerRow]?.slice(left, left + (block?.width ?? 0)) ?? [];
  const rows: CellValue[][] = [];
  for (let row = headerRow + 1; headers.length > 0 && row < top + grid.length; row++) {
    rows.push(headers.map((_, c) => at(row, left + c)));
  }
  return {
    key: input.key,
    name: sheet.name,
    sheet: sheet.name,
    source: "sheet",
    origin: { row: headerRow, column: left },
    headers,
    rows: trimBlankRows(rows),
  };
}

function trimBlankRows(rows: CellValue[][]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every((value) => value === null)) end--;
  return rows.slice(0, end);
}
