/**
 * The in-memory Excel host: the round-trip engine plus a test API to seed the workbook, read it
 * back and simulate edits by the user or a co-author. Runs in Node and in the browser.
 */
import { type Rect, fullAddress, parseRect, rectAddress, splitSheet } from "./a1";
import { ExcelHostError } from "./errors";
import { HostEngine } from "./engine";
import {
  type ChartModel,
  DEFAULT_COLUMN_WIDTH,
  type SeriesRange,
  type SheetModel,
  type Visibility,
  cloneJson,
  forEachCell,
  getCell,
  updateCell,
  usedRect,
  validateDefinedName,
} from "./model";
import {
  type CellFormat,
  GENERAL,
  cloneCell,
  interpretInput,
  toApiValue,
  valueTypeOf,
} from "./values";

export { DEFAULT_PAYLOAD_LIMIT_BYTES } from "./engine";
export type { ExcelHostOptions, Fault, SyncRecord } from "./engine";

/** A chart as `getCharts` reports it; ranges on the chart's own sheet without the sheet name. */
export interface ChartReport {
  readonly name: string;
  readonly type: string;
  readonly title: string;
  /** The cells under the chart's corners, e.g. "K3" and "T25"; null before setPosition. */
  readonly from: string | null;
  readonly to: string | null;
  readonly series: readonly {
    readonly name: string;
    readonly values: string | null;
    readonly categories: string | null;
  }[];
}

/** A cell's number format and format, as `getFormats` reports it. */
export type CellFormatReport = CellFormat & { readonly numberFormat: string };

/** The in-memory Excel host. */
export class ExcelHost extends HostEngine {
  // ---- seeding (direct, like a workbook opened from a file) ----

  /** Adds a worksheet at the end. */
  addSheet(name: string, options: { visibility?: Visibility; protected?: boolean } = {}): void {
    const sheet = this.model.addSheet(name);
    sheet.visibility = options.visibility ?? "Visible";
    sheet.protected = options.protected ?? false;
    this.model.touch();
  }

  /** Types a block of values (or "=…" formulas) starting at `a1` (a cell or a range). */
  setValues(sheet: string, a1: string, values: readonly (readonly unknown[])[]): void {
    const rect = this.rectOf(a1, values.length, values[0]?.length ?? 0);
    const model = this.model.sheet(sheet);
    forEachCell(rect, (row, column, r, c) =>
      this.typeInto(model, row, column, values[r]?.[c] ?? null)
    );
    this.model.touch();
  }

  /** Sets number formats for a block starting at `a1`. */
  setNumberFormats(sheet: string, a1: string, formats: readonly (readonly string[])[]): void {
    const rect = this.rectOf(a1, formats.length, formats[0]?.length ?? 0);
    const model = this.model.sheet(sheet);
    forEachCell(rect, (row, column, r, c) =>
      updateCell(model, row, column, (cell) => (cell.numberFormat = formats[r]?.[c] ?? GENERAL))
    );
  }

  /** Turns `a1` (header row first) into a table named `name`. */
  addTable(name: string, sheet: string, a1: string): void {
    const model = this.model.sheet(sheet);
    const rect = this.rectOf(a1);
    validateDefinedName(name);
    this.model.assertFreeName(name);
    this.model.tables.push({
      id: this.model.newId(),
      name,
      sheetId: model.id,
      rect: rect.rows === 1 ? { ...rect, rows: 2 } : rect,
    });
  }

  /** Gives table `name` a new range on its sheet (header row first), like Table.resize. */
  resizeTable(name: string, a1: string): void {
    const table = this.model.findTable(name);
    if (!table) throw new ExcelHostError("ItemNotFound", undefined, "Table");
    table.rect = this.rectOf(a1);
  }

  /** Adds a workbook-level name for a range. */
  addName(name: string, sheet: string, a1: string): void {
    validateDefinedName(name);
    this.model.assertFreeName(name);
    this.model.names.push({ name, sheetId: this.model.sheet(sheet).id, rect: this.rectOf(a1) });
  }

  /** Protects (or unprotects) a sheet. */
  protectSheet(sheet: string, on = true): void {
    this.model.sheet(sheet).protected = on;
  }

  /** Sets column widths in points from column `column` (0-based) rightwards. */
  setColumnWidths(sheet: string, column: number, points: readonly number[]): void {
    const model = this.model.sheet(sheet);
    points.forEach((width, i) => model.columnWidths.set(column + i, width));
  }

  /** Freezes the top `rows` rows and the left `columns` columns (0 and 0: nothing frozen). */
  freezePanes(sheet: string, rows: number, columns = 0): void {
    const model = this.model.sheet(sheet);
    model.frozenRows = rows;
    model.frozenColumns = columns;
  }

  /** Merges a range. */
  mergeCells(sheet: string, a1: string): void {
    this.model.sheet(sheet).merges.push(this.rectOf(a1));
  }

  /** Stores a document setting. */
  setSetting(key: string, value: unknown): void {
    this.model.settings.set(key, cloneJson(value));
  }

  /** Selects a range (and activates its sheet). */
  select(sheet: string, a1: string): void {
    const model = this.model.sheet(sheet);
    this.model.selection = { sheetId: model.id, rect: this.rectOf(a1) };
    this.model.activeSheetId = model.id;
  }

  /**
   * Simulates someone typing into a cell: the user of this Excel ("Local") or a co-author
   * ("Remote"); fires onChanged and resolves when the handlers have run.
   */
  async editCell(
    sheet: string,
    a1: string,
    value: unknown,
    options: { source: "Local" | "Remote" }
  ): Promise<void> {
    const model = this.model.sheet(sheet);
    const rect = this.rectOf(a1);
    this.typeInto(model, rect.row, rect.column, value);
    this.model.touch();
    await this.dispatch({
      sheetId: model.id,
      rect: { ...rect, rows: 1, columns: 1 },
      source: options.source,
      byAddin: false,
    });
  }

  private typeInto(sheet: SheetModel, row: number, column: number, value: unknown): void {
    const meaning = interpretInput(
      value === null ? "" : value,
      getCell(sheet, row, column)?.numberFormat ?? GENERAL
    );
    if (!meaning) throw new ExcelHostError("InvalidArgument", `Cannot type ${String(value)}`);
    updateCell(sheet, row, column, (cell) => {
      if (meaning.kind === "formula") {
        cell.formula = meaning.formula;
        cell.value = null;
      } else {
        delete cell.formula;
        cell.value = meaning.value;
        if (meaning.numberFormat !== undefined && cell.numberFormat === GENERAL)
          cell.numberFormat = meaning.numberFormat;
      }
    });
  }

  // ---- readers for assertions ----

  /** Range.values of a range (formulas calculated). */
  getValues(sheet: string, a1: string): (string | number | boolean)[][] {
    return this.read(sheet, a1, (s, r, c) => toApiValue(this.valueOf(this.model, s, r, c)));
  }

  /** Range.formulas of a range. */
  getFormulas(sheet: string, a1: string): (string | number | boolean)[][] {
    return this.read(
      sheet,
      a1,
      (s, r, c) => getCell(s, r, c)?.formula ?? toApiValue(this.valueOf(this.model, s, r, c))
    );
  }

  /** Range.valueTypes of a range. */
  getValueTypes(sheet: string, a1: string): string[][] {
    return this.read(sheet, a1, (s, r, c) => valueTypeOf(this.valueOf(this.model, s, r, c)));
  }

  /** Number format and format of every cell of a range. */
  getFormats(sheet: string, a1: string): CellFormatReport[][] {
    return this.read(sheet, a1, (s, r, c) => {
      const cell = getCell(s, r, c);
      return {
        ...(cell ? structuredCloneFormat(cell.format) : {}),
        numberFormat: cell?.numberFormat ?? GENERAL,
      };
    });
  }

  /** The charts on a sheet, in creation order. */
  getCharts(sheet: string): ChartReport[] {
    const model = this.model.sheet(sheet);
    return model.charts.map((chart) => this.chartReport(model, chart));
  }

  /**
   * How many TableRowCollection.add calls succeeded so far (the add-in may add table rows only
   * when a needed input row is missing).
   */
  get tableRowAdds(): number {
    return this.requests
      .filter((r) => r.failed === undefined)
      .flatMap((r) => r.actions)
      .filter((a) => a.kind === "method" && /\.rows\.add\(/.test(a.label)).length;
  }

  private chartReport(sheet: SheetModel, chart: ChartModel): ChartReport {
    const address = (range: SeriesRange | null): string | null => {
      if (!range) return null;
      if (range.sheetId === sheet.id) return rectAddress(range.rect);
      return fullAddress(this.model.sheetById(range.sheetId)?.name ?? "#REF!", range.rect);
    };
    return {
      name: chart.name,
      type: chart.type,
      title: chart.title,
      from: chart.from ? rectAddress(chart.from) : null,
      to: chart.to ? rectAddress(chart.to) : null,
      series: chart.series.map((s) => ({
        name: s.name,
        values: address(s.values),
        categories: address(s.xValues),
      })),
    };
  }

  /** Column widths in points for columns A… up to `count`. */
  getColumnWidths(sheet: string, count: number): number[] {
    const model = this.model.sheet(sheet);
    return Array.from(
      { length: count },
      (_, c) => model.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH
    );
  }

  /** The print settings set on a sheet through pageLayout, by property path. */
  getPageLayout(sheet: string): Record<string, unknown> {
    return Object.fromEntries(this.model.sheet(sheet).page);
  }

  /** Sets print settings on a sheet as a user would in Excel (by property path). */
  setPageLayout(sheet: string, settings: Readonly<Record<string, unknown>>): void {
    const page = this.model.sheet(sheet).page;
    for (const [key, value] of Object.entries(settings)) page.set(key, value);
  }

  /** Sheet names in tab order. */
  get sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  /** A sheet's properties. */
  sheetInfo(name: string): {
    visibility: Visibility;
    protected: boolean;
    frozenRows: number;
    frozenColumns: number;
    merges: string[];
    usedRange: string | null;
  } {
    const s = this.model.sheet(name);
    const used = usedRect(s, false);
    return {
      visibility: s.visibility,
      protected: s.protected,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      merges: s.merges.map((m) => fullAddress(s.name, m)),
      usedRange: used ? fullAddress(s.name, used) : null,
    };
  }

  /** Every table with its sheet and address. */
  get tables(): { name: string; sheet: string; address: string }[] {
    return this.model.tables.map((t) => {
      const sheet = this.model.sheetById(t.sheetId)?.name ?? "";
      return { name: t.name, sheet, address: fullAddress(sheet, t.rect) };
    });
  }

  /** Workbook-level names with their reference ("'Region 1'!A1:H20" or "#REF!"). */
  get names(): { name: string; reference: string }[] {
    return this.model.names.map((n) => {
      const sheet = n.sheetId === null ? undefined : this.model.sheetById(n.sheetId);
      return { name: n.name, reference: sheet ? fullAddress(sheet.name, n.rect) : "#REF!" };
    });
  }

  /** The document settings as a plain object. */
  get settings(): Record<string, unknown> {
    return Object.fromEntries([...this.model.settings].map(([k, v]) => [k, cloneJson(v)]));
  }

  /** The selection as "Sheet!A1", or null. */
  get selection(): string | null {
    const sel = this.model.selection;
    const sheet = sel ? this.model.sheetById(sel.sheetId) : undefined;
    return sel && sheet ? fullAddress(sheet.name, sel.rect) : null;
  }

  /** A JSON-comparable picture of the whole document, for "nothing changed" assertions. */
  dump(): unknown {
    return {
      sheets: this.model.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        frozenRows: s.frozenRows,
        frozenColumns: s.frozenColumns,
        merges: s.merges.map((m) => ({ ...m })),
        columnWidths: [...s.columnWidths].sort(([a], [b]) => a - b),
        cells: [...s.cells].sort(([a], [b]) => a - b).map(([key, cell]) => [key, cloneCell(cell)]),
        charts: s.charts.map((c) => this.chartReport(s, c)),
      })),
      tables: this.tables,
      names: this.names,
      settings: this.settings,
    };
  }

  private read<V>(
    sheet: string,
    a1: string,
    cell: (s: SheetModel, row: number, column: number) => V
  ): V[][] {
    const model = this.model.sheet(sheet);
    const rect = this.rectOf(a1);
    const out: V[][] = [];
    forEachCell(rect, (row, column, r) => (out[r] ??= []).push(cell(model, row, column)));
    return out;
  }

  /** "A1" grows to rows × columns; "A1:C3" is taken as is; "Sheet!A1" is accepted. */
  private rectOf(a1: string, rows = 1, columns = 1): Rect {
    const rect = parseRect(splitSheet(a1).local);
    if (!rect) throw new ExcelHostError("InvalidArgument", undefined, `Address '${a1}'`);
    if (rect.rows === 1 && rect.columns === 1)
      return { ...rect, rows: Math.max(rows, 1), columns: Math.max(columns, 1) };
    return rect;
  }
}

function structuredCloneFormat(format: CellFormat): CellFormat {
  return cloneCell({ value: null, numberFormat: GENERAL, format }).format;
}
