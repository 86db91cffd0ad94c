/**
 * WorkbookPort.readInputs over Office.js, normally in one round trip: the sheet and table lists
 * plus, for every input, the header and body of its table where the table exists, else the used
 * range of its fallback sheet where that exists. Which of them exist is presumed from the last
 * read (see presence.ts; unknown: every mapped table), so reads are queued only on objects that
 * exist and never on one derived from a null object; a wrong presumption costs one more trip.
 * When Excel refuses the response as too large (huge fallback sheets next to their tables), the
 * tables come first and the sheets that are really needed in a second trip.
 */
import {
  INPUT_KEYS,
  type CellValue,
  type InputKey,
  type InputLocation,
  type InputMapping,
  type InputSnapshot,
  type RawTable,
} from "../../workbook";
import { officeErrorCode } from "./errors";
import {
  type PresenceRead,
  type WorkbookPresence,
  learnPresence,
  presenceOf,
  queuePresenceRead,
  readWithPresence,
} from "./presence";
import { toCellValues } from "./values";
import { UNDO_SHEET } from "./undo-index";

const RANGE_PROPS = "values, valueTypes, rowIndex, columnIndex";

/** How one input is read: from its table, from its fallback sheet, or not at all (neither exists). */
type InputSource =
  | { readonly kind: "table"; readonly header: Excel.Range; readonly body: Excel.Range }
  | { readonly kind: "sheet"; readonly sheetName: string; used?: Excel.Range }
  | { readonly kind: "none" };

/** The queued reads of one input. */
interface QueuedInput {
  readonly key: InputKey;
  readonly location: InputLocation;
  readonly source: InputSource;
}

/** The queued reads of one try. */
interface QueuedRead {
  readonly lists: PresenceRead;
  readonly inputs: readonly QueuedInput[];
}

/** The presumption when nothing was read before: every mapped table exists. */
export function presumeMappedTables(mapping: InputMapping): WorkbookPresence {
  return {
    sheets: new Set(),
    tables: new Set(INPUT_KEYS.map((key) => mapping[key].table.toLowerCase())),
  };
}

/**
 * Reads every input of `mapping`; one sync when `presumed` matches the workbook. Returns the
 * snapshot and what exists now.
 */
export async function readInputSnapshot(
  context: Excel.RequestContext,
  mapping: InputMapping,
  presumed: WorkbookPresence = presumeMappedTables(mapping)
): Promise<{ snapshot: InputSnapshot; presence: WorkbookPresence }> {
  const { result, presence } = await readWithPresence(
    presumed,
    (assumed) => readOnce(context, mapping, assumed),
    () => learnPresence(context)
  );
  return { snapshot: result, presence };
}

/** One try: the reads `assumed` allows, checked against the lists read with them. */
async function readOnce(
  context: Excel.RequestContext,
  mapping: InputMapping,
  assumed: WorkbookPresence
): Promise<{ result: InputSnapshot; seen: WorkbookPresence } | { stale: WorkbookPresence }> {
  let queued: QueuedRead;
  try {
    queued = queueInputs(context, mapping, assumed, true);
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    queued = queueInputs(context, mapping, assumed, false);
    await context.sync();
    const sheetReads = new Map<string, Excel.Range>();
    for (const { source } of queued.inputs) {
      if (source.kind !== "sheet") continue;
      const sheetKey = source.sheetName.toLowerCase();
      source.used =
        sheetReads.get(sheetKey) ??
        context.workbook.worksheets
          .getItem(source.sheetName)
          .getUsedRangeOrNullObject(true)
          .load(RANGE_PROPS);
      sheetReads.set(sheetKey, source.used);
    }
    await context.sync();
  }
  const seen = presenceOf(queued.lists);
  const matches = INPUT_KEYS.every(
    (key) => sourceKind(mapping[key], seen) === sourceKind(mapping[key], assumed)
  );
  return matches ? { result: toSnapshot(queued), seen } : { stale: seen };
}

/** Where an input is read from, given what exists. */
function sourceKind(location: InputLocation, presence: WorkbookPresence): InputSource["kind"] {
  if (presence.tables.has(location.table.toLowerCase())) return "table";
  return presence.sheets.has(location.sheet.toLowerCase()) ? "sheet" : "none";
}

function queueInputs(
  context: Excel.RequestContext,
  mapping: InputMapping,
  assumed: WorkbookPresence,
  withSheets: boolean
): QueuedRead {
  const lists = queuePresenceRead(context);
  const { tables, worksheets } = context.workbook;
  const sheetReads = new Map<string, Excel.Range>();
  const inputs = INPUT_KEYS.map((key): QueuedInput => {
    const location = mapping[key];
    const kind = sourceKind(location, assumed);
    if (kind === "table") {
      const table = tables.getItem(location.table);
      const header = table.getHeaderRowRange().load(RANGE_PROPS);
      const body = table.getDataBodyRange().load(RANGE_PROPS);
      return { key, location, source: { kind, header, body } };
    }
    if (kind === "none") return { key, location, source: { kind } };
    const sheetKey = location.sheet.toLowerCase();
    let used = sheetReads.get(sheetKey);
    if (withSheets && !used) {
      // The sheet exists; only the used range it returns may be a null object (an empty sheet).
      used = worksheets.getItem(location.sheet).getUsedRangeOrNullObject(true).load(RANGE_PROPS);
      sheetReads.set(sheetKey, used);
    }
    return { key, location, source: { kind, sheetName: location.sheet, used } };
  });
  return { lists, inputs };
}

function toSnapshot(queued: QueuedRead): InputSnapshot {
  const tableItems = queued.lists.tables.items;
  const sheetNames = queued.lists.worksheets.items.map((s) => s.name);
  const tables: Partial<Record<InputKey, RawTable>> = {};
  for (const input of queued.inputs) {
    const { source } = input;
    if (source.kind === "table") {
      const table = tableItems.find(
        (t) => t.name.toLowerCase() === input.location.table.toLowerCase()
      );
      if (table) tables[input.key] = fromTable(input, source, table.name, table.worksheet.name);
    } else if (source.kind === "sheet") {
      const name = sheetNames.find((n) => n.toLowerCase() === source.sheetName.toLowerCase());
      if (name) tables[input.key] = fromSheet(input, name, source.used);
    }
  }
  return {
    tables,
    // The add-in's own undo sheet is internal, not a sheet the user works with.
    sheetNames: sheetNames.filter((name) => name !== UNDO_SHEET),
    tableNames: tableItems.map((t) => t.name),
  };
}

function fromTable(
  input: QueuedInput,
  source: { readonly header: Excel.Range; readonly body: Excel.Range },
  name: string,
  sheet: string
): RawTable {
  const { header, body } = source;
  const headers = toCellValues(header.values, header.valueTypes)[0] ?? [];
  return {
    key: input.key,
    name,
    sheet,
    source: "table",
    origin: { row: header.rowIndex, column: header.columnIndex },
    headers,
    rows: trimBlankRows(toCellValues(body.values, body.valueTypes)),
  };
}

/**
 * The sheet fallback, as the .xlsx adapter reads it: the header is the contiguous run of
 * non-empty cells in the header row from its first non-empty cell; data rows run to the last used
 * row.
 */
function fromSheet(input: QueuedInput, sheetName: string, used: Excel.Range | undefined): RawTable {
  const present = used !== undefined && !used.isNullObject;
  const grid = present ? toCellValues(used.values, used.valueTypes) : [];
  const top = present ? used.rowIndex : 0;
  const left0 = present ? used.columnIndex : 0;
  const width = grid[0]?.length ?? 0;
  const at = (row: number, column: number): CellValue => grid[row - top]?.[column - left0] ?? null;
  const headerRow = (input.location.headerRow ?? 1) - 1;
  let left = left0;
  while (left < left0 + width && at(headerRow, left) === null) left++;
  if (left >= left0 + width) left = 0;
  const headers: CellValue[] = [];
  for (let column = left; column < left0 + width && at(headerRow, column) !== null; column++)
    headers.push(at(headerRow, column));
  const rows: CellValue[][] = [];
  for (let row = headerRow + 1; headers.length > 0 && row < top + grid.length; row++) {
    rows.push(headers.map((_, c) => at(row, left + c)));
  }
  return {
    key: input.key,
    name: sheetName,
    sheet: sheetName,
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
