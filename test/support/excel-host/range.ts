/**
 * Excel.Range and Excel.RangeAreas of the fake. A range is resolved per sync from its parent
 * (worksheet, table, name, another range), so "getRange('A1:C3')" on a null worksheet is a
 * null range.
 */
import { expandTablesBelow } from "./table-expand";
import { MAX_COLUMNS, MAX_ROWS, type Rect, fullAddress, parseRect, splitSheet } from "./a1";
import {
  type RangeTarget,
  clearRange,
  copyRange,
  mergeRange,
  mergedAreasIn,
  writeGrid,
} from "./cells";
import { ExcelHostError } from "./errors";
import { RangeFormat } from "./format";
import { DEFAULT_COLUMN_WIDTH, getCell } from "./model";
import {
  ClientResult,
  type Exec,
  type Loadable,
  ProxyBase,
  type QueueOwner,
  jsonBytes,
} from "./proxy";
import { GENERAL, toApiValue, valueTypeOf } from "./values";
import { Worksheet } from "./worksheet";

/** What Range.getColumnProperties may ask for (the part the fake models). */
interface ColumnPropertiesOptions {
  readonly columnIndex?: boolean;
  readonly format?: { readonly columnWidth?: boolean; readonly useStandardWidth?: boolean };
}

/** One column's properties as Range.getColumnProperties delivers them. */
interface ColumnProperties {
  readonly columnIndex?: number;
  readonly format?: { readonly columnWidth?: number; readonly useStandardWidth?: boolean };
}

/** More cells than this in one read is refused like Excel's response limit. */
const MAX_READ_CELLS = 5_000_000;

/** Excel.Range. */
export class Range extends ProxyBase<RangeTarget> {
  protected readonly typeName = "Range";
  /** Formats of the range (font, fill, borders, column width). */
  readonly format: RangeFormat;
  private worksheetProxy: Worksheet | undefined;

  constructor(context: QueueOwner, path: string, resolver: (exec: Exec) => RangeTarget | null) {
    super(context, path, resolver);
    this.format = new RangeFormat(context, `${path}.format`, (exec) => this.resolve(exec));
  }

  /** The worksheet containing the range. */
  get worksheet(): Worksheet {
    this.worksheetProxy ??= new Worksheet(
      this.context,
      `${this.path}.worksheet`,
      (exec) => this.resolve(exec)?.sheet ?? null
    );
    return this.worksheetProxy;
  }

  protected override navigation(): Record<string, Loadable> {
    return { format: this.format, worksheet: this.worksheet };
  }

  protected scalars(): Record<string, (t: RangeTarget, exec: Exec) => unknown> {
    return {
      address: (t) => fullAddress(t.sheet.name, t.rect),
      addressLocal: (t) => fullAddress(t.sheet.name, t.rect),
      rowIndex: (t) => t.rect.row,
      columnIndex: (t) => t.rect.column,
      rowCount: (t) => t.rect.rows,
      columnCount: (t) => t.rect.columns,
      cellCount: (t) => t.rect.rows * t.rect.columns,
      values: (t, exec) => grid(t, (v) => toApiValue(exec.valueOf(t.sheet, v.row, v.column))),
      text: (t, exec) => grid(t, (v) => String(toApiValue(exec.valueOf(t.sheet, v.row, v.column)))),
      valueTypes: (t, exec) => grid(t, (v) => valueTypeOf(exec.valueOf(t.sheet, v.row, v.column))),
      formulas: (t, exec) =>
        grid(
          t,
          (v) =>
            getCell(t.sheet, v.row, v.column)?.formula ??
            toApiValue(exec.valueOf(t.sheet, v.row, v.column))
        ),
      numberFormat: (t) =>
        grid(t, (v) => getCell(t.sheet, v.row, v.column)?.numberFormat ?? GENERAL),
    };
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(input: unknown[][]) {
    this.set("values", input, (t, exec) => {
      writeGrid(exec, t, "values", input);
      expandTablesBelow(exec, t.sheet, t.rect);
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown[][]) {
    this.set("formulas", input, (t, exec) => {
      writeGrid(exec, t, "formulas", input);
      expandTablesBelow(exec, t.sheet, t.rect);
    });
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.set("numberFormat", input, (t, exec) => writeGrid(exec, t, "numberFormat", input));
  }

  /** Clears values and/or formats ("All" | "Contents" | "Formats"). */
  clear(applyTo: string = "All"): void {
    this.call("clear", [applyTo], (t, exec) => clearRange(exec, t, applyTo));
  }

  /** Copies another range (or an address) into this one; relative references shift. */
  copyFrom(
    source: Range | string,
    copyType: string = "All",
    skipBlanks = false,
    transpose = false
  ): void {
    if (transpose)
      throw new ExcelHostError(
        "InvalidArgument",
        "The fake host does not transpose copies.",
        "Range.copyFrom"
      );
    const args = [typeof source === "string" ? source : source.path, copyType, skipBlanks];
    this.call("copyFrom", args, (t, exec) => {
      const from =
        typeof source === "string" ? resolveAddress(exec, source, t) : source.resolve(exec);
      if (!from) throw new ExcelHostError("InvalidArgument", undefined, "Range.copyFrom");
      copyRange(exec, t, from, copyType, skipBlanks);
    });
  }

  /**
   * Per column of the range, the requested properties (ExcelApi 1.9). The fake knows only
   * `columnIndex`, `format.columnWidth` (points) and `format.useStandardWidth`, and refuses
   * other options rather than answering them wrongly.
   */
  getColumnProperties(options: ColumnPropertiesOptions): ClientResult<ColumnProperties[]> {
    const { columnIndex, format, ...rest } = options;
    const { columnWidth, useStandardWidth, ...restFormat } = format ?? {};
    if (Object.keys(rest).length > 0 || Object.keys(restFormat).length > 0)
      throw new Error(`The fake host cannot load ${JSON.stringify(options)} of columns.`);
    const result = new ClientResult<ColumnProperties[]>();
    this.context.queue({
      kind: "query",
      label: `${this.path}.getColumnProperties(${JSON.stringify(options)})`,
      bytes: jsonBytes(options) + this.path.length,
      execute: (exec) => {
        const t = this.resolve(exec);
        if (t === null) return;
        const columns = Array.from({ length: t.rect.columns }, (_, c): ColumnProperties => {
          const index = t.rect.column + c;
          const width = t.sheet.columnWidths.get(index) ?? DEFAULT_COLUMN_WIDTH;
          const parts = {
            ...(columnWidth ? { columnWidth: width } : {}),
            ...(useStandardWidth ? { useStandardWidth: width === DEFAULT_COLUMN_WIDTH } : {}),
          };
          return {
            ...(columnIndex ? { columnIndex: index } : {}),
            ...(Object.keys(parts).length > 0 ? { format: parts } : {}),
          };
        });
        exec.responseBytes += jsonBytes(columns);
        exec.commits.push(() => result.deliver(columns));
      },
    });
    return result;
  }

  /** Merges the cells (each row separately when `across`). */
  merge(across = false): void {
    this.call("merge", [across], (t, exec) => mergeRange(exec, t, across));
  }

  /** Selects the range and activates its sheet. */
  select(): void {
    this.call("select", [], (t, exec) => {
      exec.model.selection = { sheetId: t.sheet.id, rect: t.rect };
      exec.model.activeSheetId = t.sheet.id;
    });
  }

  /** One cell of the range, 0-based relative to its top-left corner. */
  getCell(row: number, column: number): Range {
    return this.derive(`getCell(${row}, ${column})`, (r) => ({
      row: r.row + row,
      column: r.column + column,
      rows: 1,
      columns: 1,
    }));
  }

  /** A range of the same size moved by (rows, columns). */
  getOffsetRange(rows: number, columns: number): Range {
    return this.derive(`getOffsetRange(${rows}, ${columns})`, (r) => ({
      ...r,
      row: r.row + rows,
      column: r.column + columns,
    }));
  }

  /** The range grown or shrunk by (rows, columns) at its bottom-right corner. */
  getResizedRange(rows: number, columns: number): Range {
    return this.derive(`getResizedRange(${rows}, ${columns})`, (r) => ({
      ...r,
      rows: r.rows + rows,
      columns: r.columns + columns,
    }));
  }

  /** The `count` rows right below the range, as wide as it (ExcelApi 1.2 getRowsBelow). */
  getRowsBelow(count = 1): Range {
    return this.derive(`getRowsBelow(${count})`, (r) => ({
      ...r,
      row: r.row + r.rows,
      rows: count,
    }));
  }

  /** One row of the range. */
  getRow(row: number): Range {
    return this.derive(`getRow(${row})`, (r) => ({ ...r, row: r.row + row, rows: 1 }));
  }

  /** One column of the range. */
  getColumn(column: number): Range {
    return this.derive(`getColumn(${column})`, (r) => ({
      ...r,
      column: r.column + column,
      columns: 1,
    }));
  }

  /**
   * Range.find (ExcelApi 1.9): the first cell of the range whose shown text matches `text`; Excel
   * stops the batch with ItemNotFound when none does ("If there are no matches, this function
   * will return an ItemNotFound error"). Only multi-cell ranges (the search stays inside them)
   * and the criteria completeMatch and matchCase are modelled.
   */
  find(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean } = {}): Range {
    const found = new Range(this.context, `${this.path}.find(${JSON.stringify(text)})`, (exec) => {
      const t = this.resolve(exec);
      if (!t) return null;
      if (t.rect.rows * t.rect.columns < 2)
        throw new ExcelHostError("InvalidArgument", "single-cell find is not modelled", "find");
      const wanted = criteria.matchCase === true ? text : text.toLowerCase();
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
        for (let c = t.rect.column; c < t.rect.column + t.rect.columns; c++) {
          const shown = String(toApiValue(exec.valueOf(t.sheet, r, c)));
          const cell = criteria.matchCase === true ? shown : shown.toLowerCase();
          const hit = criteria.completeMatch === true ? cell === wanted : cell.includes(wanted);
          if (hit) return { sheet: t.sheet, rect: { row: r, column: c, rows: 1, columns: 1 } };
        }
      }
      throw new ExcelHostError("ItemNotFound", undefined, "Range.find");
    });
    this.context.queue({
      kind: "method",
      label: found.path,
      bytes: JSON.stringify([text, criteria]).length + found.path.length,
      execute: (exec) => void found.resolve(exec),
    });
    return found;
  }

  /** The merged areas inside the range; a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.context, `${this.path}.getMergedAreasOrNullObject()`, (exec) => {
      const t = this.resolve(exec);
      if (!t) return null;
      const areas = mergedAreasIn(t.sheet, t.rect);
      return areas.length === 0 ? null : { sheet: t.sheet, areas };
    });
  }

  private derive(call: string, change: (rect: Rect) => Rect): Range {
    return new Range(this.context, `${this.path}.${call}`, (exec) => {
      const t = this.resolve(exec);
      return t ? { sheet: t.sheet, rect: checkedRect(change(t.rect)) } : null;
    });
  }
}

/** Excel.RangeAreas (the result of getMergedAreasOrNullObject). */
export class RangeAreas extends ProxyBase<{ sheet: RangeTarget["sheet"]; areas: Rect[] }> {
  protected readonly typeName = "RangeAreas";

  protected scalars(): Record<
    string,
    (t: { sheet: RangeTarget["sheet"]; areas: Rect[] }) => unknown
  > {
    return {
      address: (t) => t.areas.map((a) => fullAddress(t.sheet.name, a)).join(","),
      areaCount: (t) => t.areas.length,
      cellCount: (t) => t.areas.reduce((n, a) => n + a.rows * a.columns, 0),
    };
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

/** Throws InvalidArgument for a rectangle off the grid or of size < 1. */
export function checkedRect(rect: Rect): Rect {
  const ok =
    rect.rows >= 1 &&
    rect.columns >= 1 &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.row + rect.rows <= MAX_ROWS &&
    rect.column + rect.columns <= MAX_COLUMNS;
  if (!ok) throw new ExcelHostError("InvalidArgument", undefined, "Range");
  return rect;
}

/** Resolves "Sheet!A1:B2" (or "A1:B2" on `near`'s sheet) inside a sync. */
export function resolveAddress(exec: Exec, address: string, near?: RangeTarget): RangeTarget {
  const { sheet, local } = splitSheet(address.replace(/^=/, ""));
  const rect = parseRect(local);
  const model = sheet === undefined ? near?.sheet : exec.model.findSheet(sheet);
  if (!rect || !model)
    throw new ExcelHostError("InvalidArgument", undefined, `Address '${address}'`);
  return { sheet: model, rect };
}

function grid<V>(t: RangeTarget, cell: (at: { row: number; column: number }) => V): V[][] {
  if (t.rect.rows * t.rect.columns > MAX_READ_CELLS)
    throw new ExcelHostError("ResponsePayloadSizeLimitExceeded");
  const out: V[][] = [];
  for (let r = 0; r < t.rect.rows; r++) {
    const line: V[] = [];
    for (let c = 0; c < t.rect.columns; c++) {
      line.push(cell({ row: t.rect.row + r, column: t.rect.column + c }));
    }
    out.push(line);
  }
  return out;
}
