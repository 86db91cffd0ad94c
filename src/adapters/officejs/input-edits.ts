/**
 * TaskpaneHost.applyInputEdits over Office.js: adopting a compared model's parameters or tried
 * weights into the input tables in one round trip. Each cell is written as a 1×1 values array
 * (text that Excel would misread is protected with the apostrophe prefix, as everywhere in this
 * adapter). Rows are appended with TableRowCollection.add, the only place the adapter adds table
 * rows: it happens only when a row the adopted values need is missing (e.g. a parameter the
 * workbook predates), so at most a row or two, where a table's own growth is what a user would
 * get by typing below it, and formulas or formats of the table's columns extend into the row.
 */
import type { CellScalar, InputEdits } from "../../workbook";
import { toScalarInput } from "./values";

/**
 * Queues every write of `edits` (no sync). Cells come first: their addresses were read before
 * any row is inserted, and an appended row may move cells below its table down. A number written
 * into a cell formatted as Text ("@") stays text in Excel; checking the format would cost a
 * second round trip, and the task pane's revalidation reports such a cell with a one-click fix.
 * Appends must name existing Excel tables (a sheet read by the fallback has none); a table
 * deleted meanwhile stops the batch with ItemNotFound (HostError CHANGED_MEANWHILE). Cells
 * written before that stop hold the values the user adopted, so trying again is safe.
 */
export function queueInputEdits(context: Excel.RequestContext, edits: InputEdits): void {
  const workbook = context.workbook;
  for (const write of edits.cells) {
    workbook.worksheets.getItem(write.sheet).getRange(write.cell).values = [
      [toScalarInput(write.value)],
    ];
  }
  for (const [table, rows] of rowsByTable(edits)) {
    workbook.tables.getItem(table).rows.add(undefined, rows.map(toRowInput));
  }
}

/** The appended rows grouped by table (one add call per table), in the order first named. */
function rowsByTable(edits: InputEdits): Map<string, (readonly CellScalar[])[]> {
  const byTable = new Map<string, (readonly CellScalar[])[]>();
  for (const append of edits.appendRows) {
    const rows = byTable.get(append.table) ?? [];
    rows.push(append.values);
    byTable.set(append.table, rows);
  }
  return byTable;
}

function toRowInput(values: readonly CellScalar[]): (string | number | boolean)[] {
  return values.map(toScalarInput);
}
