/**
 * Excel.RangeFormat with its font, fill and borders. A property read over several cells gives
 * the common value, or null when the cells differ (Excel's rule); writes need an unprotected
 * sheet.
 */
import { type Rect } from "./a1";
import type { RangeTarget } from "./cells";
import { ExcelHostError } from "./errors";
import { DEFAULT_COLUMN_WIDTH, assertWritable, forEachCell, getCell, updateCell } from "./model";
import { type Exec, type Loadable, ProxyBase, type QueueOwner } from "./proxy";
import type { BorderEdge, BorderLine, CellFormat } from "./values";

type Resolve = (exec: Exec) => RangeTarget | null;

/** The common value over the range, null when cells differ. */
function common<V>(t: RangeTarget, read: (format: CellFormat) => V): V | null {
  let first: { v: V } | undefined;
  let same = true;
  forEachCell(t.rect, (row, column) => {
    if (!same) return;
    const v = read(getCell(t.sheet, row, column)?.format ?? {});
    if (first === undefined) first = { v };
    else if (first.v !== v) same = false;
  });
  return same && first ? first.v : null;
}

/** Applies a format change to every cell of the range. */
function applyFormat(
  exec: Exec,
  t: RangeTarget,
  change: (format: CellFormat, row: number, column: number) => void
): void {
  assertWritable(t.sheet);
  forEachCell(t.rect, (row, column) =>
    updateCell(t.sheet, row, column, (cell) => change(cell.format, row, column))
  );
  exec.model.touch();
}

/** Excel.RangeFormat. */
export class RangeFormat extends ProxyBase<RangeTarget> {
  protected readonly typeName = "RangeFormat";
  readonly font: RangeFont;
  readonly fill: RangeFill;
  readonly borders: RangeBorderCollection;

  constructor(context: QueueOwner, path: string, resolver: Resolve) {
    super(context, path, resolver);
    const resolve: Resolve = (exec) => this.resolve(exec);
    this.font = new RangeFont(context, `${path}.font`, resolve);
    this.fill = new RangeFill(context, `${path}.fill`, resolve);
    this.borders = new RangeBorderCollection(context, `${path}.borders`, resolve);
  }

  protected override navigation(): Record<string, Loadable> {
    return { font: this.font, fill: this.fill };
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      columnWidth: (t) => {
        const widths = new Set<number>();
        for (let c = 0; c < t.rect.columns; c++)
          widths.add(t.sheet.columnWidths.get(t.rect.column + c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      },
      // Excel compares widths: a column set to the standard width counts as standard.
      useStandardWidth: (t) => {
        const standard = new Set<boolean>();
        for (let c = 0; c < t.rect.columns; c++) {
          const width = t.sheet.columnWidths.get(t.rect.column + c) ?? DEFAULT_COLUMN_WIDTH;
          standard.add(width === DEFAULT_COLUMN_WIDTH);
        }
        return standard.size === 1 ? [...standard][0] : null;
      },
      horizontalAlignment: (t) => common(t, (f) => f.horizontalAlignment ?? "General"),
      verticalAlignment: (t) => common(t, (f) => f.verticalAlignment ?? "Bottom"),
      wrapText: (t) => common(t, (f) => f.wrapText ?? false),
    };
  }

  get columnWidth(): number | null {
    return this.get("columnWidth");
  }
  /** Width of every column of the range, in points. */
  set columnWidth(points: number) {
    this.set("columnWidth", points, (t, exec) => {
      assertWritable(t.sheet);
      if (!(points >= 0 && points <= 255 * 7.5))
        throw new ExcelHostError("InvalidArgument", undefined, "RangeFormat.columnWidth");
      for (let c = 0; c < t.rect.columns; c++) t.sheet.columnWidths.set(t.rect.column + c, points);
      exec.model.touch();
    });
  }
  get useStandardWidth(): boolean | null {
    return this.get("useStandardWidth");
  }
  /** true gives every column of the range the sheet's standard width again; false does nothing. */
  set useStandardWidth(value: boolean) {
    this.set("useStandardWidth", value, (t, exec) => {
      assertWritable(t.sheet);
      if (!value) return;
      for (let c = 0; c < t.rect.columns; c++) t.sheet.columnWidths.delete(t.rect.column + c);
      exec.model.touch();
    });
  }
  get horizontalAlignment(): string | null {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", value, (t, exec) =>
      applyFormat(exec, t, (f) => (f.horizontalAlignment = value))
    );
  }
  get verticalAlignment(): string | null {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value, (t, exec) =>
      applyFormat(exec, t, (f) => (f.verticalAlignment = value))
    );
  }
  get wrapText(): boolean | null {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.set("wrapText", value, (t, exec) => applyFormat(exec, t, (f) => (f.wrapText = value)));
  }

  /** Fits column widths to the content; the fake has no fonts to measure and keeps the widths. */
  autofitColumns(): void {
    this.call("autofitColumns", [], (t) => assertWritable(t.sheet));
  }
}

/** Excel.RangeFont (bold, italic, color). */
export class RangeFont extends ProxyBase<RangeTarget> {
  protected readonly typeName = "RangeFont";

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {
      bold: (t) => common(t, (f) => f.bold ?? false),
      italic: (t) => common(t, (f) => f.italic ?? false),
      size: (t) => common(t, (f) => f.size ?? 11),
      color: (t) => common(t, (f) => f.fontColor ?? "#000000"),
    };
  }

  get bold(): boolean | null {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, (t, exec) => applyFormat(exec, t, (f) => (f.bold = value)));
  }
  get italic(): boolean | null {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.set("italic", value, (t, exec) => applyFormat(exec, t, (f) => (f.italic = value)));
  }
  get size(): number | null {
    return this.get("size");
  }
  set size(value: number) {
    this.set("size", value, (t, exec) => {
      if (!(value >= 1 && value <= 409))
        throw new ExcelHostError("InvalidArgument", undefined, "RangeFont.size");
      applyFormat(exec, t, (f) => (f.size = value));
    });
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (t, exec) =>
      applyFormat(exec, t, (f) => (f.fontColor = value.toUpperCase()))
    );
  }
}

/** Excel.RangeFill (color, clear). */
export class RangeFill extends ProxyBase<RangeTarget> {
  protected readonly typeName = "RangeFill";

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return { color: (t) => common(t, (f) => f.fillColor ?? "#FFFFFF") };
  }

  get color(): string | null {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (t, exec) =>
      applyFormat(exec, t, (f) => (f.fillColor = value.toUpperCase()))
    );
  }

  /** Removes the fill. */
  clear(): void {
    this.call("clear", [], (t, exec) => applyFormat(exec, t, (f) => delete f.fillColor));
  }
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;
type BorderIndex = (typeof EDGES)[number];

/** Excel.RangeBorderCollection: getItem(index) only. */
export class RangeBorderCollection extends ProxyBase<RangeTarget> {
  protected readonly typeName = "RangeBorderCollection";

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    return {};
  }

  /** The border at one edge ("EdgeBottom", "InsideHorizontal", …). */
  getItem(index: string): RangeBorder {
    if (!(EDGES as readonly string[]).includes(index)) {
      throw new ExcelHostError(
        "InvalidArgument",
        undefined,
        `RangeBorderCollection.getItem('${index}')`
      );
    }
    return new RangeBorder(
      this.context,
      `${this.path}.getItem("${index}")`,
      (exec) => this.resolve(exec),
      index as BorderIndex
    );
  }
}

/** Which cell edges make up a border index of a rectangle. */
function edgeCells(
  rect: Rect,
  index: BorderIndex
): { row: number; column: number; edge: BorderEdge }[] {
  const out: { row: number; column: number; edge: BorderEdge }[] = [];
  forEachCell(rect, (row, column, r, c) => {
    if (index === "EdgeTop" && r === 0) out.push({ row, column, edge: "EdgeTop" });
    if (index === "EdgeBottom" && r === rect.rows - 1)
      out.push({ row, column, edge: "EdgeBottom" });
    if (index === "EdgeLeft" && c === 0) out.push({ row, column, edge: "EdgeLeft" });
    if (index === "EdgeRight" && c === rect.columns - 1)
      out.push({ row, column, edge: "EdgeRight" });
    if (index === "InsideHorizontal" && r < rect.rows - 1)
      out.push({ row, column, edge: "EdgeBottom" });
    if (index === "InsideVertical" && c < rect.columns - 1)
      out.push({ row, column, edge: "EdgeRight" });
  });
  return out;
}

/** Excel.RangeBorder: line style ("None", "Continuous", …), weight and color of one edge. */
export class RangeBorder extends ProxyBase<RangeTarget> {
  protected readonly typeName = "RangeBorder";

  constructor(
    context: QueueOwner,
    path: string,
    resolver: Resolve,
    private readonly index: BorderIndex
  ) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, (t: RangeTarget) => unknown> {
    const read = (
      t: RangeTarget,
      part: (line: BorderLine | undefined) => string
    ): string | null => {
      const seen = new Set(
        edgeCells(t.rect, this.index).map((e) =>
          part(getCell(t.sheet, e.row, e.column)?.format.borders?.[e.edge])
        )
      );
      return seen.size === 1 ? ([...seen][0] ?? null) : null;
    };
    return {
      style: (t) => read(t, (l) => l?.style ?? "None"),
      weight: (t) => read(t, (l) => l?.weight ?? "Thin"),
      color: (t) => read(t, (l) => l?.color ?? "#000000"),
    };
  }

  get style(): string | null {
    return this.get("style");
  }
  set style(value: string) {
    this.set("style", value, (t, exec) =>
      this.apply(exec, t, (line) => (value === "None" ? undefined : { ...line, style: value }))
    );
  }
  get weight(): string | null {
    return this.get("weight");
  }
  set weight(value: string) {
    this.set("weight", value, (t, exec) =>
      this.apply(exec, t, (line) => ({ style: "Continuous", ...line, weight: value }))
    );
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (t, exec) =>
      this.apply(exec, t, (line) => ({ style: "Continuous", ...line, color: value.toUpperCase() }))
    );
  }

  private apply(
    exec: Exec,
    t: RangeTarget,
    change: (line: BorderLine | undefined) => BorderLine | undefined
  ): void {
    assertWritable(t.sheet);
    for (const e of edgeCells(t.rect, this.index)) {
      updateCell(t.sheet, e.row, e.column, (cell) => {
        const borders = { ...cell.format.borders };
        const next = change(borders[e.edge]);
        if (next === undefined) delete borders[e.edge];
        else borders[e.edge] = next;
        if (Object.keys(borders).length === 0) delete cell.format.borders;
        else cell.format.borders = borders;
      });
    }
    exec.model.touch();
  }
}
