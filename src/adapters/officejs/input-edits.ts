/**
 * TaskpaneHost.applyInputEdits over Office.js: adopting a compared model's parameters or tried
 * weights into the input tables in two round trips. The first reads what the write depends on:
 * the protection of every sheet written to and, for a table that needs new rows, the rows right
 * below it. The second writes each cell as a 1×1 values array (text that Excel would misread is
 * protected with the apostrophe prefix, as everywhere in this adapter).
 *
 * New rows are written as plain cells into the rows right below the table, which Excel takes
 * into the table (AutoExpand), instead of TableRowCollection.add: Microsoft's co-authoring guide
 * names rows.add as a source of merge conflicts between co-authors ("Avoid table row coauthoring
 * conflicts"), and rows.add writes "" into every column the values leave out, calculated columns
 * included. Only the cells the workbook layer sets are written; calculated columns are left to
 * Excel, which fills their formula into the new row.
 */
import type { CellScalar, InputEdits } from "../../workbook";
import { HostError } from "./errors";
import { HOST_MESSAGES } from "./messages";
import { toScalarInput } from "./values";

/** The rows to append below one table and the reads that guard them. */
interface QueuedAppend {
  readonly table: string;
  readonly rows: readonly (readonly CellScalar[])[];
  readonly sheet: Excel.Worksheet;
  readonly below: Excel.Range;
}

/**
 * Applies `edits` in two syncs. Throws a HostError before writing anything when a sheet is
 * protected or a row below a table holds something (a user's note would be overwritten). A sheet
 * or table deleted meanwhile stops the first sync with ItemNotFound (HostError CHANGED_MEANWHILE).
 */
export async function applyInputEdits(
  context: Excel.RequestContext,
  edits: InputEdits
): Promise<void> {
  const { worksheets, tables } = context.workbook;
  const protections = [...new Set(edits.cells.map((write) => write.sheet))].map((sheet) =>
    worksheets.getItem(sheet).load("name").protection.load("protected")
  );
  const appends = [...rowsByTable(edits)].map(([table, rows]): QueuedAppend => {
    const found = tables.getItem(table);
    const sheet = found.worksheet.load("name");
    sheet.protection.load("protected");
    const below = found
      .getRange()
      .getRowsBelow(rows.length)
      .load("address, formulas, rowIndex, columnIndex");
    return { table, rows, sheet, below };
  });
  await context.sync();
  const names = [...new Set(edits.cells.map((write) => write.sheet))];
  protections.forEach((protection, index) => {
    if (protection.protected)
      throw new HostError("SHEET_PROTECTED", HOST_MESSAGES.sheetProtected(names[index] ?? ""));
  });
  for (const { table, sheet, below } of appends) {
    if (sheet.protection.protected)
      throw new HostError("SHEET_PROTECTED", HOST_MESSAGES.sheetProtected(sheet.name));
    if (below.formulas.some((line) => line.some((cell) => cell !== "")))
      throw new HostError(
        "NO_ROOM_BELOW_TABLE",
        HOST_MESSAGES.noRoomBelowTable(table, below.address)
      );
  }
  for (const write of edits.cells) {
    worksheets.getItem(write.sheet).getRange(write.cell).values = [[toScalarInput(write.value)]];
  }
  for (const { sheet, below, rows } of appends)
    queueRows(worksheets.getItem(sheet.name), below, rows);
  await context.sync();
}

/**
 * Queues the appended rows cell by cell, top row first, so each lands right below the table as
 * it has grown; a null (a column the edit does not set, e.g. a calculated one) is not written.
 */
function queueRows(
  sheet: Excel.Worksheet,
  below: Excel.Range,
  rows: readonly (readonly CellScalar[])[]
): void {
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null) return;
      sheet.getRangeByIndexes(below.rowIndex + r, below.columnIndex + c, 1, 1).values = [
        [toScalarInput(value)],
      ];
    });
  });
}

/** The appended rows grouped by table, in the order first named. */
function rowsByTable(edits: InputEdits): Map<string, (readonly CellScalar[])[]> {
  const byTable = new Map<string, (readonly CellScalar[])[]>();
  for (const append of edits.appendRows) {
    const rows = byTable.get(append.table) ?? [];
    rows.push(append.values);
    byTable.set(append.table, rows);
  }
  return byTable;
}
