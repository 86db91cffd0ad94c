/**
 * Excel.TableRowCollection of the fake: `add(index, values)` inserts data rows into a table
 * (at the end when no index is given) and grows its range. Like Excel, the cells of the table's
 * columns from the insertion row down move down, and so do tables lying below within those
 * columns. Not modelled: formulas elsewhere are not re-pointed at the moved cells, and defined
 * names keep their rectangles (the add-in appends to input tables that nothing references).
 */
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./a1";
import { writeGrid } from "./cells";
import { ExcelHostError } from "./errors";
import { type SheetModel, type TableModel, assertWritable, cellKey } from "./model";
import { CollectionProxy, type Exec, ProxyBase, type QueueOwner } from "./proxy";

type TableResolve = (exec: Exec) => TableModel | null;

/** One data row of a table, by 0-based index. */
interface RowItem {
  readonly table: TableModel;
  readonly index: number;
}

/** Excel.TableRowCollection. */
export class TableRowCollection extends CollectionProxy<RowItem, TableRow> {
  protected readonly typeName = "TableRowCollection";

  constructor(
    context: QueueOwner,
    path: string,
    private readonly table: TableResolve
  ) {
    super(context, path, (exec) => {
      const t = table(exec);
      return t
        ? Array.from({ length: t.rect.rows - 1 }, (_, index) => ({ table: t, index }))
        : null;
    });
  }

  protected override scalars(): Record<string, (target: RowItem[]) => unknown> {
    return { count: (rows) => rows.length };
  }

  protected itemProxy(item: RowItem, index: number): TableRow {
    return new TableRow(this.context, `${this.path}.items[${index}]`, () => item);
  }

  /**
   * Inserts rows at data row `index` (default: after the last row). `values` is rows × the
   * table's columns; a scalar or nothing adds one row holding that value in every cell.
   */
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): TableRow {
    const payload = [index ?? null, values ?? null, alwaysInsert ?? null];
    let added: RowItem | null = null;
    this.context.queue({
      kind: "method",
      label: `${this.path}.add(${index ?? "end"})`,
      bytes: JSON.stringify(payload).length + this.path.length,
      execute: (exec) => {
        const table = this.table(exec);
        if (!table) throw new ExcelHostError("ItemNotFound", undefined, "Table");
        added = insertRows(exec, table, index ?? undefined, values);
      },
    });
    return new TableRow(this.context, `${this.path}.add(…)`, () => added);
  }
}

function insertRows(
  exec: Exec,
  table: TableModel,
  index: number | undefined,
  values: unknown
): RowItem {
  const sheet = exec.model.sheetById(table.sheetId);
  if (!sheet) throw new ExcelHostError("ItemNotFound", undefined, "Table");
  assertWritable(sheet);
  const bodyRows = table.rect.rows - 1;
  const at = index ?? bodyRows;
  if (!Number.isInteger(at) || at < 0 || at > bodyRows)
    throw new ExcelHostError("InvalidArgument", undefined, "TableRowCollection.add(index)");
  const grid = Array.isArray(values)
    ? values
    : [Array.from({ length: table.rect.columns }, () => values ?? "")];
  const count = grid.length;
  // Excel checks the whole command before changing anything: a grid of the wrong shape adds no row.
  const fits = (line: unknown) => Array.isArray(line) && line.length === table.rect.columns;
  if (count === 0 || !grid.every(fits))
    throw new ExcelHostError("InvalidArgument", undefined, "TableRowCollection.add(values)");
  const row = table.rect.row + 1 + at;
  const band: Rect = {
    row,
    column: table.rect.column,
    rows: MAX_ROWS - row,
    columns: table.rect.columns,
  };
  shiftDown(exec, sheet, table, band, count);
  table.rect = { ...table.rect, rows: table.rect.rows + count };
  writeGrid(exec, { sheet, rect: { ...band, rows: count } }, "values", grid);
  return { table, index: at };
}

/** Moves every cell and every other table of `band` down by `count` rows. */
function shiftDown(
  exec: Exec,
  sheet: SheetModel,
  table: TableModel,
  band: Rect,
  count: number
): void {
  const inBand = (column: number): boolean =>
    column >= band.column && column < band.column + band.columns;
  const moved = [...sheet.cells].filter(([key]) => {
    const r = Math.floor(key / MAX_COLUMNS);
    return r >= band.row && inBand(key % MAX_COLUMNS);
  });
  if (moved.some(([key]) => Math.floor(key / MAX_COLUMNS) + count >= MAX_ROWS))
    throw new ExcelHostError("InvalidOperation", "The sheet is full.", "TableRowCollection.add");
  for (const [key] of moved) sheet.cells.delete(key);
  for (const [key, cell] of moved) {
    const r = Math.floor(key / MAX_COLUMNS);
    sheet.cells.set(cellKey(r + count, key % MAX_COLUMNS), cell);
  }
  for (const other of exec.model.tables) {
    if (other === table || other.sheetId !== sheet.id || other.rect.row < band.row) continue;
    const left = other.rect.column;
    const right = left + other.rect.columns - 1;
    if (!inBand(left) && !inBand(right)) continue;
    if (!inBand(left) || !inBand(right))
      throw new ExcelHostError(
        "InvalidOperation",
        "This operation would move cells in a table on your worksheet.",
        "TableRowCollection.add"
      );
    other.rect = { ...other.rect, row: other.rect.row + count };
  }
  exec.model.touch();
}

/** Excel.TableRow (its index). */
export class TableRow extends ProxyBase<RowItem> {
  protected readonly typeName = "TableRow";

  protected scalars(): Record<string, (t: RowItem) => unknown> {
    return { index: (t) => t.index };
  }

  get index(): number {
    return this.get("index");
  }
}
