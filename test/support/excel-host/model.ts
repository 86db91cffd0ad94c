/**
 * The document behind the fake: worksheets with cells, tables, workbook-level names and the
 * add-in's document settings. Plain data plus the invariants Excel enforces (unique
 * case-insensitive names, sheet-name rules, one visible sheet at least); the proxies in this
 * folder only read and change it while a sync executes.
 */
import { MAX_COLUMNS, type Rect, contains, intersects } from "./a1";
import { type Cell, cloneCell, emptyCell, hasFormat, isBlankCell } from "./values";
import { ExcelHostError } from "./errors";

/** Worksheet visibility as Excel names it. */
export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** Excel's default column width in points (8.43 characters of Calibri 11 = 64 px). */
export const DEFAULT_COLUMN_WIDTH = 48;

/** One worksheet. */
export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: Visibility;
  protected: boolean;
  /** Keyed by row * MAX_COLUMNS + column. */
  cells: Map<number, Cell>;
  /** Column index → width in points, where it differs from the default. */
  columnWidths: Map<number, number>;
  /** Rows and columns frozen at the top and left (0: none). */
  frozenRows: number;
  frozenColumns: number;
  merges: Rect[];
  /** Charts floating over the sheet, in creation order. */
  charts: ChartModel[];
  /**
   * The print settings set through worksheet.pageLayout, by property path ("orientation",
   * "zoom", "printTitleRows", "headersFooters.defaultForAllPages.centerHeader", …).
   */
  page: Map<string, unknown>;
}

/** A range a chart series refers to (any sheet). */
export interface SeriesRange {
  readonly sheetId: string;
  readonly rect: Rect;
}

/** One series of a chart: its name and the ranges of its values and categories. */
export interface SeriesModel {
  readonly id: string;
  name: string;
  values: SeriesRange | null;
  xValues: SeriesRange | null;
}

/** One chart on a sheet; `from`/`to` are the cells its corners sit on, null until positioned. */
export interface ChartModel {
  readonly id: string;
  name: string;
  readonly type: string;
  title: string;
  series: SeriesModel[];
  from: Rect | null;
  to: Rect | null;
}

/** One Excel table (ListObject) with a header row. */
export interface TableModel {
  readonly id: string;
  name: string;
  sheetId: string;
  /** Header row plus data body. */
  rect: Rect;
}

/** A workbook-level defined name referring to a range; sheetId null = #REF!. */
export interface NameModel {
  name: string;
  sheetId: string | null;
  rect: Rect;
}

/** Where the cursor is. */
export interface Selection {
  sheetId: string;
  rect: Rect;
}

/** The whole document. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  settings = new Map<string, unknown>();
  selection: Selection | null = null;
  activeSheetId: string | null = null;
  /** Grows with every change of cells or sheets; calculation results are cached per revision. */
  revision = 0;
  private nextId = 1;

  /** Records that cells or sheets changed (formula results must be recalculated). */
  touch(): void {
    this.revision++;
  }

  /** A new unique object id, e.g. "{00000003}" like Excel's GUID-ish ids. */
  newId(): string {
    return `{${String(this.nextId++).padStart(8, "0")}-0000-4000-8000-000000000000}`;
  }

  /** A deep copy, used to make a failing sync leave the document untouched. */
  clone(): WorkbookModel {
    const copy = new WorkbookModel();
    copy.nextId = this.nextId;
    copy.sheets = this.sheets.map((s) => ({
      ...s,
      cells: new Map([...s.cells].map(([k, c]) => [k, cloneCell(c)])),
      columnWidths: new Map(s.columnWidths),
      merges: [...s.merges],
      charts: s.charts.map(cloneChart),
      page: new Map([...s.page].map(([k, v]) => [k, cloneJson(v)])),
    }));
    copy.tables = this.tables.map((t) => ({ ...t }));
    copy.names = this.names.map((n) => ({ ...n }));
    copy.settings = new Map([...this.settings].map(([k, v]) => [k, cloneJson(v)]));
    copy.selection = this.selection ? { ...this.selection } : null;
    copy.activeSheetId = this.activeSheetId;
    return copy;
  }

  /** The sheet of that name (case-insensitive, like Excel), or undefined. */
  findSheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The sheet of that name; ItemNotFound otherwise. */
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new ExcelHostError(
        "ItemNotFound",
        `The requested resource doesn't exist.`,
        `Worksheet '${name}'`
      );
    return sheet;
  }

  /** The sheet with that id, or undefined after it was deleted. */
  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Adds a worksheet at the end; Excel's naming rules apply. */
  addSheet(name: string): SheetModel {
    validateSheetName(name);
    if (this.findSheet(name)) {
      throw new ExcelHostError(
        "ItemAlreadyExists",
        "The resource already exists.",
        `Worksheet '${name}'`
      );
    }
    const sheet: SheetModel = {
      id: this.newId(),
      name,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      frozenColumns: 0,
      merges: [],
      charts: [],
      page: new Map(),
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Deletes a worksheet with its tables; names pointing to it become #REF!. */
  deleteSheet(sheet: SheetModel): void {
    const othersVisible = this.sheets.some((s) => s !== sheet && s.visibility === "Visible");
    if (!othersVisible) {
      throw new ExcelHostError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    for (const n of this.names) if (n.sheetId === sheet.id) n.sheetId = null;
    if (this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
    }
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  /** The table of that name (case-insensitive), or undefined. */
  findTable(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  /** The name of that name (case-insensitive), or undefined. */
  findName(name: string): NameModel | undefined {
    const key = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === key);
  }

  /** Table, defined name and sheet names share no namespace in Excel, but tables and names do. */
  assertFreeName(name: string): void {
    if (this.findTable(name) || this.findName(name)) {
      throw new ExcelHostError(
        "ItemAlreadyExists",
        "The resource already exists.",
        `Name '${name}'`
      );
    }
  }
}

/** A deep copy of a chart (ranges are immutable and shared). */
export function cloneChart(chart: ChartModel): ChartModel {
  return { ...chart, series: chart.series.map((s) => ({ ...s })) };
}

/** Excel's worksheet name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing '. */
export function validateSheetName(name: string): void {
  const bad = name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name);
  if (bad || name.startsWith("'") || name.endsWith("'")) {
    throw new ExcelHostError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      `Worksheet name '${name}'`
    );
  }
}

/** Defined and table names: a letter, underscore or backslash first, no spaces, not like A1. */
export function validateDefinedName(name: string): void {
  const ok = /^[A-Za-z_\\\u00C0-\u024F][A-Za-z0-9_.\\\u00C0-\u024F]*$/.test(name);
  if (!ok || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || name.length > 255) {
    throw new ExcelHostError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      `Name '${name}'`
    );
  }
}

/** The cell key inside SheetModel.cells. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** The cell at (row, column), or undefined when it was never touched. */
export function getCell(sheet: SheetModel, row: number, column: number): Cell | undefined {
  return sheet.cells.get(cellKey(row, column));
}

/** Changes one cell in place, creating it first; drops it again when it ends up blank. */
export function updateCell(
  sheet: SheetModel,
  row: number,
  column: number,
  change: (cell: Cell) => void
): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key) ?? emptyCell();
  change(cell);
  if (isBlankCell(cell)) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
}

/** Calls `visit` for every cell of the rectangle, row by row. */
export function forEachCell(
  rect: Rect,
  visit: (row: number, column: number, r: number, c: number) => void
): void {
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.columns; c++) visit(rect.row + r, rect.column + c, r, c);
  }
}

/**
 * The used range: the bounding box of cells with content (valuesOnly) or with content or
 * format; undefined for an empty sheet (getUsedRange then returns A1, the OrNullObject variant
 * a null object).
 */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const used =
      cell.value !== null || cell.formula !== undefined || (!valuesOnly && hasFormat(cell));
    if (!used) continue;
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  if (bottom < 0) return undefined;
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/**
 * Throws when an operation on `rect` would change part of a merged area; Excel refuses that
 * ("Cannot change part of a merged cell").
 */
export function assertNoPartialMerge(sheet: SheetModel, rect: Rect): void {
  for (const merge of sheet.merges) {
    if (intersects(merge, rect) && !contains(rect, merge)) {
      throw new ExcelHostError(
        "MergedRangeConflict",
        "Cannot change part of a merged cell.",
        `Worksheet '${sheet.name}'`
      );
    }
  }
}

/** Throws AccessDenied when the sheet is protected (every cell is locked by default). */
export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw new ExcelHostError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet.",
      `Worksheet '${sheet.name}'`
    );
  }
}

/** A JSON round trip: what Excel keeps of a settings value. */
export function cloneJson(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
