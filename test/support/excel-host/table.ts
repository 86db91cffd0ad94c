/**
 * Excel.Table, Excel.TableCollection (workbook-wide and per sheet) and the table columns. A
 * table always has a header row and at least one data row, like a ListObject in Excel.
 */
import { type Rect, intersects, parseRect, splitSheet } from "./a1";
import { type RangeTarget, writeGrid } from "./cells";
import { ExcelHostError } from "./errors";
import { EventSource } from "./events";
import {
  type SheetModel,
  type TableModel,
  type WorkbookModel,
  assertWritable,
  getCell,
  validateDefinedName,
} from "./model";
import { CollectionProxy, type Exec, type Loadable, ProxyBase, type QueueOwner } from "./proxy";
import { Range } from "./range";
import { TableRowCollection } from "./table-rows";
import { toApiValue } from "./values";
import { Worksheet } from "./worksheet";

type Resolve = (exec: Exec) => TableModel | null;

/** The header texts of a table as Excel shows them. */
export function headerTexts(model: WorkbookModel, table: TableModel): string[] {
  const sheet = model.sheetById(table.sheetId);
  const out: string[] = [];
  for (let c = 0; c < table.rect.columns; c++) {
    const cell = sheet ? getCell(sheet, table.rect.row, table.rect.column + c) : undefined;
    out.push(String(toApiValue(cell?.value ?? null)));
  }
  return out;
}

/** Excel.Table. */
export class Table extends ProxyBase<TableModel> {
  protected readonly typeName = "Table";
  /** The table's columns (names = headers). */
  readonly columns: TableColumnCollection;
  /** The table's data rows (count, add). */
  readonly rows: TableRowCollection;
  /** Fires when cells of the table change. */
  readonly onChanged: EventSource;
  private sheetProxy: Worksheet | undefined;

  constructor(context: QueueOwner, path: string, resolver: Resolve) {
    let id: string | undefined;
    super(context, path, (exec) => {
      if (id !== undefined) return exec.model.tables.find((t) => t.id === id) ?? null;
      const table = resolver(exec);
      if (table) id = table.id;
      return table;
    });
    this.columns = new TableColumnCollection(context, `${path}.columns`, (exec) =>
      this.resolve(exec)
    );
    this.rows = new TableRowCollection(context, `${path}.rows`, (exec) => this.resolve(exec));
    this.onChanged = new EventSource(context, `${path}.onChanged`, (exec) => {
      const table = this.resolve(exec);
      return table ? { kind: "table", tableId: table.id } : null;
    });
  }

  /** The worksheet containing the table. */
  get worksheet(): Worksheet {
    this.sheetProxy ??= new Worksheet(this.context, `${this.path}.worksheet`, (exec) => {
      const table = this.resolve(exec);
      return table ? (exec.model.sheetById(table.sheetId) ?? null) : null;
    });
    return this.sheetProxy;
  }

  protected override navigation(): Record<string, Loadable> {
    return { worksheet: this.worksheet, columns: this.columns, rows: this.rows };
  }

  protected scalars(): Record<string, (t: TableModel) => unknown> {
    return {
      id: (t) => t.id,
      name: (t) => t.name,
      showHeaders: () => true,
      showTotals: () => false,
    };
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t, exec) => {
      validateDefinedName(value);
      if (t.name.toLowerCase() !== value.toLowerCase()) exec.model.assertFreeName(value);
      t.name = value;
    });
  }

  /** Header row plus data body. */
  getRange(): Range {
    return this.part("getRange()", (r) => r);
  }

  /** The header row. */
  getHeaderRowRange(): Range {
    return this.part("getHeaderRowRange()", (r) => ({ ...r, rows: 1 }));
  }

  /** The data rows below the header. */
  getDataBodyRange(): Range {
    return this.part("getDataBodyRange()", (r) => ({ ...r, row: r.row + 1, rows: r.rows - 1 }));
  }

  /** Deletes the table (its cells keep their values). */
  delete(): void {
    this.call("delete", [], (t, exec) => {
      exec.model.tables = exec.model.tables.filter((x) => x !== t);
    });
  }

  private part(call: string, pick: (rect: Rect) => Rect): Range {
    return new Range(this.context, `${this.path}.${call}`, (exec) => {
      const table = this.resolve(exec);
      const sheet = table ? exec.model.sheetById(table.sheetId) : undefined;
      return table && sheet ? { sheet, rect: pick(table.rect) } : null;
    });
  }
}

/** Excel.TableCollection; `sheet` scopes it to one worksheet. */
export class TableCollection extends CollectionProxy<TableModel, Table> {
  protected readonly typeName = "TableCollection";

  constructor(
    context: QueueOwner,
    path: string,
    private readonly sheet?: (exec: Exec) => SheetModel | null
  ) {
    super(context, path, (exec) => {
      if (!sheet) return exec.model.tables;
      const s = sheet(exec);
      return s ? exec.model.tables.filter((t) => t.sheetId === s.id) : null;
    });
  }

  protected itemProxy(item: TableModel, index: number): Table {
    return new Table(
      this.context,
      `${this.path}.items[${index}]`,
      (exec) => exec.model.tables.find((t) => t.id === item.id) ?? null
    );
  }

  /** The table of that name; ItemNotFound at sync otherwise. */
  getItem(name: string): Table {
    return new Table(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, (exec) => {
      const table = this.find(exec, name);
      if (!table) throw new ExcelHostError("ItemNotFound", undefined, `Table '${name}'`);
      return table;
    });
  }

  /** The table of that name or a null object. */
  getItemOrNullObject(name: string): Table {
    return new Table(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      (exec) => this.find(exec, name) ?? null
    );
  }

  /**
   * Creates a table over `address` (header row first); a one-row range gets an empty data row,
   * empty header cells get "Column<n>" like Excel. Only hasHeaders = true is modelled.
   */
  add(address: string | Range, hasHeaders: boolean): Table {
    const table = new Table(this.context, `${this.path}.add(…)`, (exec) =>
      createTable(exec, this.sheet, address, hasHeaders)
    );
    this.context.queue({
      kind: "method",
      label: `${this.path}.add(${typeof address === "string" ? address : address.path}, ${hasHeaders})`,
      bytes: 60,
      execute: (exec) => void table.resolve(exec),
    });
    return table;
  }

  private find(exec: Exec, name: string): TableModel | undefined {
    const table = exec.model.findTable(name);
    if (!table || !this.sheet) return table;
    return table.sheetId === this.sheet(exec)?.id ? table : undefined;
  }
}

function createTable(
  exec: Exec,
  sheetOf: ((exec: Exec) => SheetModel | null) | undefined,
  address: string | Range,
  hasHeaders: boolean
): TableModel {
  if (!hasHeaders)
    throw new ExcelHostError(
      "InvalidArgument",
      "The fake host models tables with a header row only.",
      "TableCollection.add"
    );
  let target: RangeTarget | null;
  if (typeof address === "string") {
    const { sheet, local } = splitSheet(address);
    const model = sheet !== undefined ? exec.model.findSheet(sheet) : sheetOf?.(exec);
    const rect = parseRect(local);
    target = model && rect ? { sheet: model, rect } : null;
  } else target = address.resolve(exec);
  if (!target) throw new ExcelHostError("InvalidArgument", undefined, "TableCollection.add");
  assertWritable(target.sheet);
  const rect = target.rect.rows === 1 ? { ...target.rect, rows: 2 } : target.rect;
  if (exec.model.tables.some((t) => t.sheetId === target.sheet.id && intersects(t.rect, rect))) {
    throw new ExcelHostError(
      "InvalidArgument",
      "A table can't overlap another table.",
      "TableCollection.add"
    );
  }
  let n = exec.model.tables.length + 1;
  while (exec.model.findTable(`Table${n}`)) n++;
  const table: TableModel = {
    id: exec.model.newId(),
    name: `Table${n}`,
    sheetId: target.sheet.id,
    rect,
  };
  exec.model.tables.push(table);
  const headers = headerTexts(exec.model, table).map((h, i) =>
    h === "" ? `Column${i + 1}` : null
  );
  writeGrid(exec, { sheet: target.sheet, rect: { ...rect, rows: 1 } }, "values", [headers]);
  return table;
}

/** Excel.TableColumnCollection (loaded for the column names). */
export class TableColumnCollection extends CollectionProxy<
  { name: string; index: number },
  TableColumn
> {
  protected readonly typeName = "TableColumnCollection";

  constructor(context: QueueOwner, path: string, table: Resolve) {
    super(context, path, (exec) => {
      const t = table(exec);
      return t ? headerTexts(exec.model, t).map((name, index) => ({ name, index })) : null;
    });
  }

  protected itemProxy(item: { name: string; index: number }, index: number): TableColumn {
    return new TableColumn(this.context, `${this.path}.items[${index}]`, () => item);
  }
}

/** Excel.TableColumn (name and index). */
export class TableColumn extends ProxyBase<{ name: string; index: number }> {
  protected readonly typeName = "TableColumn";

  protected scalars(): Record<string, (t: { name: string; index: number }) => unknown> {
    return { name: (t) => t.name, index: (t) => t.index };
  }

  get name(): string {
    return this.get("name");
  }
  get index(): number {
    return this.get("index");
  }
}
