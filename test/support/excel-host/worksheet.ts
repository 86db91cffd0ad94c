/**
 * Excel.Worksheet and Excel.WorksheetCollection of the fake, with protection, freeze panes,
 * used range and onChanged.
 */
import { MAX_COLUMNS, MAX_ROWS, parseRect } from "./a1";
import { ExcelHostError } from "./errors";
import { ChartCollection } from "./chart";
import { EventSource } from "./events";
import { type SheetModel, type Visibility, usedRect, validateSheetName } from "./model";
import { CollectionProxy, type Exec, type Loadable, ProxyBase, type QueueOwner } from "./proxy";
import { Range, checkedRect } from "./range";
import { TableCollection } from "./table";

type Resolve = (exec: Exec) => SheetModel | null;

/** Resolves a sheet once and then follows it by id (a proxy keeps pointing at the same sheet). */
function bound(resolve: Resolve): Resolve {
  let id: string | undefined;
  return (exec) => {
    if (id !== undefined) {
      const sheet = exec.model.sheetById(id);
      if (!sheet) throw new ExcelHostError("ItemNotFound", undefined, "Worksheet");
      return sheet;
    }
    const sheet = resolve(exec);
    if (sheet) id = sheet.id;
    return sheet;
  };
}

/** Excel.Worksheet. */
export class Worksheet extends ProxyBase<SheetModel> {
  protected readonly typeName = "Worksheet";
  /** Sheet protection (protected, protect(), unprotect()). */
  readonly protection: WorksheetProtection;
  /** Frozen rows at the top and columns at the left. */
  readonly freezePanes: WorksheetFreezePanes;
  /** The tables on this sheet. */
  readonly tables: TableCollection;
  /** The charts on this sheet. */
  readonly charts: ChartCollection;
  /** Fires when cells of this sheet change. */
  readonly onChanged: EventSource;
  /** Print settings (ExcelApi 1.9). */
  readonly pageLayout: PageLayout;

  constructor(context: QueueOwner, path: string, resolver: Resolve) {
    super(context, path, bound(resolver));
    const self: Resolve = (exec) => this.resolve(exec);
    this.protection = new WorksheetProtection(context, `${path}.protection`, self);
    this.freezePanes = new WorksheetFreezePanes(context, `${path}.freezePanes`, self);
    this.tables = new TableCollection(context, `${path}.tables`, self);
    this.charts = new ChartCollection(context, `${path}.charts`, self);
    this.pageLayout = new PageLayout(context, `${path}.pageLayout`, self);
    this.onChanged = new EventSource(context, `${path}.onChanged`, (exec) => {
      const sheet = this.resolve(exec);
      return sheet ? { kind: "sheet", sheetId: sheet.id } : null;
    });
  }

  protected override navigation(): Record<string, Loadable> {
    return { protection: this.protection, tables: this.tables, charts: this.charts };
  }

  protected scalars(): Record<string, (t: SheetModel, exec: Exec) => unknown> {
    return {
      id: (t) => t.id,
      name: (t) => t.name,
      position: (t, exec) => exec.model.sheets.indexOf(t),
      visibility: (t) => t.visibility,
    };
  }

  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t, exec) => {
      validateSheetName(value);
      const other = exec.model.findSheet(value);
      if (other && other !== t)
        throw new ExcelHostError("ItemAlreadyExists", undefined, `Worksheet '${value}'`);
      t.name = value;
      exec.model.touch();
    });
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(value: Visibility) {
    this.set("visibility", value, (t, exec) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(value))
        throw new ExcelHostError("InvalidArgument");
      const othersVisible = exec.model.sheets.some((s) => s !== t && s.visibility === "Visible");
      if (value !== "Visible" && !othersVisible) {
        throw new ExcelHostError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      t.visibility = value;
    });
  }

  /** A range by A1 address; the whole sheet without an address. */
  getRange(address?: string): Range {
    return new Range(
      this.context,
      `${this.path}.getRange(${JSON.stringify(address ?? "")})`,
      (exec) => {
        const sheet = this.resolve(exec);
        if (!sheet) return null;
        if (address === undefined || address === "")
          return { sheet, rect: { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } };
        const rect = parseRect(address);
        if (!rect)
          throw new ExcelHostError(
            "InvalidArgument",
            undefined,
            `Worksheet.getRange('${address}')`
          );
        return { sheet, rect };
      }
    );
  }

  /** A range by 0-based start and size. */
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): Range {
    return new Range(
      this.context,
      `${this.path}.getRangeByIndexes(${row}, ${column}, ${rows}, ${columns})`,
      (exec) => {
        const sheet = this.resolve(exec);
        return sheet ? { sheet, rect: checkedRect({ row, column, rows, columns }) } : null;
      }
    );
  }

  /** The used range (A1 for an empty sheet). */
  getUsedRange(valuesOnly = false): Range {
    return this.used(`getUsedRange(${valuesOnly})`, valuesOnly, false);
  }

  /** The used range, a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.used(`getUsedRangeOrNullObject(${valuesOnly})`, valuesOnly, true);
  }

  private used(call: string, valuesOnly: boolean, orNull: boolean): Range {
    return new Range(this.context, `${this.path}.${call}`, (exec) => {
      const sheet = this.resolve(exec);
      if (!sheet) return null;
      const rect = usedRect(sheet, valuesOnly);
      if (rect) return { sheet, rect };
      return orNull ? null : { sheet, rect: { row: 0, column: 0, rows: 1, columns: 1 } };
    });
  }

  /** Makes this the active sheet. */
  activate(): void {
    this.call("activate", [], (t, exec) => {
      if (t.visibility !== "Visible")
        throw new ExcelHostError("InvalidOperation", undefined, "Worksheet.activate");
      exec.model.activeSheetId = t.id;
    });
  }

  /** Deletes the sheet (with its tables; names pointing to it become #REF!). */
  delete(): void {
    this.call("delete", [], (t, exec) => {
      exec.model.deleteSheet(t);
      exec.model.touch();
    });
  }
}

/** Excel.WorksheetProtection. */
export class WorksheetProtection extends ProxyBase<SheetModel> {
  protected readonly typeName = "WorksheetProtection";

  protected scalars(): Record<string, (t: SheetModel) => unknown> {
    return { protected: (t) => t.protected };
  }

  get protected(): boolean {
    return this.get("protected");
  }

  /** Protects the sheet (every cell locked). */
  protect(): void {
    this.call("protect", [], (t) => {
      t.protected = true;
    });
  }

  /** Removes the protection. */
  unprotect(): void {
    this.call("unprotect", [], (t) => {
      t.protected = false;
    });
  }
}

/**
 * Excel.WorksheetFreezePanes (ExcelApi 1.7). Frozen rows and columns are kept apart:
 * freezeRows leaves frozen columns alone and freezeColumns frozen rows (the API's "count 0
 * unfreezes all rows/columns"); freezeAt sets both, unfreeze clears both.
 */
export class WorksheetFreezePanes extends ProxyBase<SheetModel> {
  protected readonly typeName = "WorksheetFreezePanes";

  protected scalars(): Record<string, (t: SheetModel) => unknown> {
    return {};
  }

  /** Freezes the top `count` rows. */
  freezeRows(count = 1): void {
    this.call("freezeRows", [count], (t) => {
      if (!(count >= 0 && count < MAX_ROWS))
        throw new ExcelHostError("InvalidArgument", undefined, "freezeRows");
      t.frozenRows = count;
    });
  }

  /** Freezes the left `count` columns. */
  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], (t) => {
      if (!(count >= 0 && count < MAX_COLUMNS))
        throw new ExcelHostError("InvalidArgument", undefined, "freezeColumns");
      t.frozenColumns = count;
    });
  }

  /**
   * Freezes the rows and columns up to the range's bottom-right cell, so the range lies in the
   * top-left pane; whole rows freeze rows only, whole columns columns only.
   */
  freezeAt(frozenRange: Range | string): void {
    const label = typeof frozenRange === "string" ? frozenRange : frozenRange.path;
    this.call("freezeAt", [label], (t, exec) => {
      const target =
        typeof frozenRange === "string"
          ? { sheet: t, rect: parseRect(frozenRange) }
          : frozenRange.resolve(exec);
      if (!target?.rect || target.sheet !== t)
        throw new ExcelHostError("InvalidArgument", undefined, "freezeAt");
      const rows = target.rect.row + target.rect.rows;
      const columns = target.rect.column + target.rect.columns;
      t.frozenRows = rows >= MAX_ROWS ? 0 : rows;
      t.frozenColumns = columns >= MAX_COLUMNS ? 0 : columns;
    });
  }

  /**
   * The cells of the top-left pane: whole rows when only rows are frozen, whole columns when
   * only columns are; a null object when nothing is frozen.
   */
  getLocationOrNullObject(): Range {
    return new Range(this.context, `${this.path}.getLocationOrNullObject()`, (exec) => {
      const sheet = this.resolve(exec);
      if (!sheet || (sheet.frozenRows === 0 && sheet.frozenColumns === 0)) return null;
      return {
        sheet,
        rect: {
          row: 0,
          column: 0,
          rows: sheet.frozenRows === 0 ? MAX_ROWS : sheet.frozenRows,
          columns: sheet.frozenColumns === 0 ? MAX_COLUMNS : sheet.frozenColumns,
        },
      };
    });
  }

  /** Removes all frozen panes. */
  unfreeze(): void {
    this.call("unfreeze", [], (t) => {
      t.frozenRows = 0;
      t.frozenColumns = 0;
    });
  }
}

/** Excel.WorksheetCollection. */
export class WorksheetCollection extends CollectionProxy<SheetModel, Worksheet> {
  protected readonly typeName = "WorksheetCollection";
  /** Fires when cells of any sheet change. */
  readonly onChanged: EventSource;

  constructor(context: QueueOwner, path: string) {
    super(context, path, (exec) => exec.model.sheets);
    this.onChanged = new EventSource(context, `${path}.onChanged`, () => ({ kind: "sheets" }));
  }

  protected itemProxy(item: SheetModel, index: number): Worksheet {
    return new Worksheet(
      this.context,
      `${this.path}.items[${index}]`,
      (exec) => exec.model.sheetById(item.id) ?? null
    );
  }

  /** The sheet of that name; ItemNotFound at sync when it does not exist. */
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, (exec) =>
      exec.model.sheet(name)
    );
  }

  /** The sheet of that name or a null object. */
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      (exec) => exec.model.findSheet(name) ?? null
    );
  }

  /** The active sheet. */
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, `${this.path}.getActiveWorksheet()`, (exec) => {
      const sheet =
        exec.model.activeSheetId === null
          ? undefined
          : exec.model.sheetById(exec.model.activeSheetId);
      if (!sheet) throw new ExcelHostError("ItemNotFound", undefined, "getActiveWorksheet");
      return sheet;
    });
  }

  /** Adds a sheet at the end ("Sheet<n>" when no name is given). */
  add(name?: string): Worksheet {
    const sheet = new Worksheet(
      this.context,
      `${this.path}.add(${JSON.stringify(name ?? "")})`,
      (exec) => {
        let chosen = name;
        for (let n = exec.model.sheets.length + 1; chosen === undefined; n++) {
          if (!exec.model.findSheet(`Sheet${n}`)) chosen = `Sheet${n}`;
        }
        const created = exec.model.addSheet(chosen);
        exec.model.touch();
        return created;
      }
    );
    // Adding is a command of its own: it runs when queued, even if nothing else uses the proxy.
    this.context.queue({
      kind: "method",
      label: `${this.path}.add(${JSON.stringify(name ?? "")})`,
      bytes: 40 + (name?.length ?? 0),
      execute: (exec) => void sheet.resolve(exec),
    });
    return sheet;
  }
}

/** The scalar print settings of Excel.PageLayout the fake keeps (all writable). */
const PAGE_LAYOUT_PROPERTIES = [
  "orientation",
  "paperSize",
  "zoom",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;

/** What Excel reports for a sheet whose print settings nobody set (the ones a fill reads). */
const PAGE_LAYOUT_DEFAULTS: Partial<Record<(typeof PAGE_LAYOUT_PROPERTIES)[number], unknown>> = {
  orientation: "Portrait",
  zoom: { scale: 100 },
};

/**
 * Excel.PageLayout (ExcelApi 1.9): the settings are stored by property path on the sheet's model
 * (SheetModel.page); setPrintTitleRows stores its argument under "printTitleRows".
 */
export class PageLayout extends ProxyBase<SheetModel> {
  protected readonly typeName = "PageLayout";
  /** Header and footer (ExcelApi 1.9). */
  readonly headersFooters: HeaderFooterGroup;

  constructor(context: QueueOwner, path: string, resolver: Resolve) {
    super(context, path, resolver);
    this.headersFooters = new HeaderFooterGroup(context, `${path}.headersFooters`, resolver);
    for (const name of PAGE_LAYOUT_PROPERTIES) {
      Object.defineProperty(this, name, {
        get: () => this.get(name),
        set: (value: unknown) =>
          this.set(name, value, (t) => {
            t.page.set(name, value);
          }),
      });
    }
  }

  protected scalars(): Record<string, (t: SheetModel) => unknown> {
    return Object.fromEntries(
      PAGE_LAYOUT_PROPERTIES.map((name) => [
        name,
        (t: SheetModel) => t.page.get(name) ?? PAGE_LAYOUT_DEFAULTS[name] ?? null,
      ])
    );
  }

  /** The rows repeated at the top of every printed page; a null object when there are none. */
  getPrintTitleRowsOrNullObject(): Range {
    return new Range(this.context, `${this.path}.getPrintTitleRowsOrNullObject()`, (exec) => {
      const sheet = this.resolve(exec);
      const rows = sheet?.page.get("printTitleRows");
      if (!sheet || typeof rows !== "string") return null;
      const [first = 1, last = 1] = rows.replace(/\$/g, "").split(":").map(Number);
      return {
        sheet,
        rect: { row: first - 1, column: 0, rows: last - first + 1, columns: MAX_COLUMNS },
      };
    });
  }

  /** Rows repeated at the top of every printed page, e.g. "$1:$2". */
  setPrintTitleRows(rows: string): void {
    this.call("setPrintTitleRows", [rows], (t) => {
      if (!/^\$\d+:\$\d+$/.test(rows))
        throw new ExcelHostError("InvalidArgument", undefined, "setPrintTitleRows");
      t.page.set("printTitleRows", rows);
    });
  }
}

/** Excel.HeaderFooterGroup: the state and the header/footer used for all pages. */
export class HeaderFooterGroup extends ProxyBase<SheetModel> {
  protected readonly typeName = "HeaderFooterGroup";
  readonly defaultForAllPages: HeaderFooter;

  constructor(context: QueueOwner, path: string, resolver: Resolve) {
    super(context, path, resolver);
    this.defaultForAllPages = new HeaderFooter(
      context,
      `${path}.defaultForAllPages`,
      resolver,
      "headersFooters.defaultForAllPages"
    );
  }

  protected scalars(): Record<string, (t: SheetModel) => unknown> {
    return { state: (t) => t.page.get("headersFooters.state") ?? "Default" };
  }

  get state(): string {
    return this.get("state");
  }
  set state(value: string) {
    this.set("state", value, (t) => {
      t.page.set("headersFooters.state", value);
    });
  }
}

const HEADER_FOOTER_PARTS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

/** Excel.HeaderFooter: six texts with Excel's codes (&P, &N …). */
export class HeaderFooter extends ProxyBase<SheetModel> {
  protected readonly typeName = "HeaderFooter";

  constructor(
    context: QueueOwner,
    path: string,
    resolver: Resolve,
    private readonly key: string
  ) {
    super(context, path, resolver);
    for (const name of HEADER_FOOTER_PARTS) {
      Object.defineProperty(this, name, {
        get: () => this.get(name),
        set: (value: string) =>
          this.set(name, value, (t) => {
            t.page.set(`${this.key}.${name}`, value);
          }),
      });
    }
  }

  protected scalars(): Record<string, (t: SheetModel) => unknown> {
    return Object.fromEntries(
      HEADER_FOOTER_PARTS.map((name) => [
        name,
        (t: SheetModel) => t.page.get(`${this.key}.${name}`) ?? "",
      ])
    );
  }
}
