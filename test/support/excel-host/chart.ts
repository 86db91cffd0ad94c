/**
 * Excel.ChartCollection, Excel.Chart, its title and series (ExcelApi 1.7 as far as the add-in
 * uses it): add a chart over a source range, name, title, position between two cells, series
 * with explicit value and category ranges, delete. Charts float over the sheet: clearing cells
 * leaves them, deleting the sheet removes them.
 */
import { type Rect, parseRect } from "./a1";
import type { RangeTarget } from "./cells";
import { ExcelHostError } from "./errors";
import {
  type ChartModel,
  type SeriesModel,
  type SeriesRange,
  type SheetModel,
  assertWritable,
} from "./model";
import { CollectionProxy, type Exec, type Loadable, ProxyBase, type QueueOwner } from "./proxy";
import type { Range } from "./range";

/** A chart with the sheet it sits on. */
export interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

type SheetResolve = (exec: Exec) => SheetModel | null;
type ChartResolve = (exec: Exec) => ChartTarget | null;

/** Follows a chart by id once resolved (a proxy keeps pointing at the same chart). */
function boundChart(resolve: ChartResolve): ChartResolve {
  let id: string | undefined;
  return (exec) => {
    if (id === undefined) {
      const found = resolve(exec);
      if (found) id = found.chart.id;
      return found;
    }
    for (const sheet of exec.model.sheets) {
      const chart = sheet.charts.find((c) => c.id === id);
      if (chart) return { sheet, chart };
    }
    throw new ExcelHostError("ItemNotFound", undefined, "Chart");
  };
}

/** The range a Range proxy stands for in this sync; InvalidArgument for a null range. */
function rangeOf(exec: Exec, range: Range): RangeTarget {
  const target = range.resolve(exec);
  if (!target) throw new ExcelHostError("InvalidArgument", undefined, "Chart range");
  return target;
}

function seriesRange(target: RangeTarget): SeriesRange {
  return { sheetId: target.sheet.id, rect: target.rect };
}

/** Excel.ChartCollection of one worksheet. */
export class ChartCollection extends CollectionProxy<ChartTarget, Chart> {
  protected readonly typeName = "ChartCollection";

  constructor(
    context: QueueOwner,
    path: string,
    private readonly sheet: SheetResolve
  ) {
    super(context, path, (exec) => {
      const s = sheet(exec);
      return s ? s.charts.map((chart) => ({ sheet: s, chart })) : null;
    });
  }

  protected itemProxy(item: ChartTarget, index: number): Chart {
    return new Chart(this.context, `${this.path}.items[${index}]`, (exec) => {
      const sheet = this.sheet(exec);
      const chart = sheet?.charts.find((c) => c.id === item.chart.id);
      return sheet && chart ? { sheet, chart } : null;
    });
  }

  /** The chart of that name (case-insensitive); ItemNotFound at sync otherwise. */
  getItem(name: string): Chart {
    return new Chart(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, (exec) => {
      const found = this.find(exec, name);
      if (!found) throw new ExcelHostError("ItemNotFound", undefined, `Chart '${name}'`);
      return found;
    });
  }

  /** The chart of that name or a null object. */
  getItemOrNullObject(name: string): Chart {
    return new Chart(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      (exec) => this.find(exec, name)
    );
  }

  /**
   * Adds a chart over `sourceData`: one series per column ("Columns", or "Auto" when the range
   * is at least as tall as wide), else one per row; named "Chart <n>" like Excel.
   */
  add(type: string, sourceData: Range, seriesBy = "Auto"): Chart {
    const chart = new Chart(this.context, `${this.path}.add(…)`, (exec) => {
      const sheet = this.sheet(exec);
      if (!sheet) throw new ExcelHostError("ItemNotFound", undefined, "Worksheet");
      assertWritable(sheet);
      const created = newChart(exec, sheet, type, rangeOf(exec, sourceData), seriesBy);
      sheet.charts.push(created);
      return { sheet, chart: created };
    });
    this.context.queue({
      kind: "method",
      label: `${this.path}.add(${JSON.stringify(type)}, ${sourceData.path}, ${seriesBy})`,
      bytes: 80,
      execute: (exec) => void chart.resolve(exec),
    });
    return chart;
  }

  private find(exec: Exec, name: string): ChartTarget | null {
    const sheet = this.sheet(exec);
    const key = name.toLowerCase();
    const chart = sheet?.charts.find((c) => c.name.toLowerCase() === key);
    return sheet && chart ? { sheet, chart } : null;
  }
}

function newChart(
  exec: Exec,
  sheet: SheetModel,
  type: string,
  source: RangeTarget,
  seriesBy: string
): ChartModel {
  if (!["Auto", "Columns", "Rows"].includes(seriesBy))
    throw new ExcelHostError("InvalidArgument", undefined, "ChartCollection.add");
  const { rect } = source;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rows >= rect.columns);
  const count = byColumns ? rect.columns : rect.rows;
  const series: SeriesModel[] = Array.from({ length: count }, (_, i) => ({
    id: exec.model.newId(),
    name: `Series${i + 1}`,
    values: {
      sheetId: source.sheet.id,
      rect: byColumns
        ? { ...rect, column: rect.column + i, columns: 1 }
        : { ...rect, row: rect.row + i, rows: 1 },
    },
    xValues: null,
  }));
  let n = sheet.charts.length + 1;
  while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
  return {
    id: exec.model.newId(),
    name: `Chart ${n}`,
    type,
    title: "",
    series,
    from: null,
    to: null,
  };
}

/** Excel.Chart. */
export class Chart extends ProxyBase<ChartTarget> {
  protected readonly typeName = "Chart";
  /** The chart's title (text). */
  readonly title: ChartTitle;
  /** The chart's series. */
  readonly series: ChartSeriesCollection;

  constructor(context: QueueOwner, path: string, resolver: ChartResolve) {
    super(context, path, boundChart(resolver));
    const self: ChartResolve = (exec) => this.resolve(exec);
    this.title = new ChartTitle(context, `${path}.title`, self);
    this.series = new ChartSeriesCollection(context, `${path}.series`, self);
  }

  protected override navigation(): Record<string, Loadable> {
    return { title: this.title, series: this.series };
  }

  protected scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { id: (t) => t.chart.id, name: (t) => t.chart.name, chartType: (t) => t.chart.type };
  }

  get id(): string {
    return this.get("id");
  }
  get chartType(): string {
    return this.get("chartType");
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t) => {
      assertWritable(t.sheet);
      if (value.trim() === "") throw new ExcelHostError("InvalidArgument", undefined, "Chart.name");
      t.chart.name = value;
    });
  }

  /** Places the chart over the cells from `startCell` to `endCell` (default: startCell). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this.call("setPosition", [startCell, endCell ?? null], (t, exec) => {
      assertWritable(t.sheet);
      const from = cellOn(exec, t.sheet, startCell);
      t.chart.from = from;
      t.chart.to = endCell === undefined ? from : cellOn(exec, t.sheet, endCell);
    });
  }

  /** Deletes the chart. */
  delete(): void {
    this.call("delete", [], (t) => {
      assertWritable(t.sheet);
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

/** The rectangle of a position argument, which must lie on the chart's own sheet. */
function cellOn(exec: Exec, sheet: SheetModel, cell: Range | string): Rect {
  if (typeof cell !== "string") {
    const target = rangeOf(exec, cell);
    if (target.sheet !== sheet)
      throw new ExcelHostError("InvalidArgument", undefined, "Chart.setPosition");
    return target.rect;
  }
  const rect = parseRect(cell);
  if (!rect) throw new ExcelHostError("InvalidArgument", undefined, `Chart.setPosition('${cell}')`);
  return rect;
}

/** Excel.ChartTitle (text only). */
export class ChartTitle extends ProxyBase<ChartTarget> {
  protected readonly typeName = "ChartTitle";

  protected scalars(): Record<string, (t: ChartTarget) => unknown> {
    return { text: (t) => t.chart.title };
  }

  get text(): string {
    return this.get("text");
  }
  set text(value: string) {
    this.set("text", value, (t) => {
      assertWritable(t.sheet);
      t.chart.title = value;
    });
  }
}

/** A series with its chart. */
export interface SeriesTarget extends ChartTarget {
  readonly series: SeriesModel;
}

/** Excel.ChartSeriesCollection. */
export class ChartSeriesCollection extends CollectionProxy<SeriesTarget, ChartSeries> {
  protected readonly typeName = "ChartSeriesCollection";

  constructor(
    context: QueueOwner,
    path: string,
    private readonly chart: ChartResolve
  ) {
    super(context, path, (exec) => {
      const t = chart(exec);
      return t ? t.chart.series.map((series) => ({ ...t, series })) : null;
    });
  }

  protected itemProxy(item: SeriesTarget, index: number): ChartSeries {
    return new ChartSeries(this.context, `${this.path}.items[${index}]`, (exec) => {
      const t = this.chart(exec);
      const series = t?.chart.series.find((s) => s.id === item.series.id);
      return t && series ? { ...t, series } : null;
    });
  }

  /** The series at `index`; InvalidArgument at sync when there is none. */
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, `${this.path}.getItemAt(${index})`, (exec) => {
      const t = this.chart(exec);
      if (!t) return null;
      const series = t.chart.series[index];
      if (!series) throw new ExcelHostError("InvalidArgument", undefined, "getItemAt");
      return { ...t, series };
    });
  }

  /** Adds a series without data (at the end, or at `index`). */
  add(name?: string, index?: number): ChartSeries {
    const series = new ChartSeries(this.context, `${this.path}.add(…)`, (exec) => {
      const t = this.chart(exec);
      if (!t) throw new ExcelHostError("ItemNotFound", undefined, "Chart");
      assertWritable(t.sheet);
      const list = t.chart.series;
      const created: SeriesModel = {
        id: exec.model.newId(),
        name: name ?? `Series${list.length + 1}`,
        values: null,
        xValues: null,
      };
      list.splice(index ?? list.length, 0, created);
      return { ...t, series: created };
    });
    this.context.queue({
      kind: "method",
      label: `${this.path}.add(${JSON.stringify(name ?? "")})`,
      bytes: 40 + (name?.length ?? 0),
      execute: (exec) => void series.resolve(exec),
    });
    return series;
  }
}

/** Excel.ChartSeries. */
export class ChartSeries extends ProxyBase<SeriesTarget> {
  protected readonly typeName = "ChartSeries";

  constructor(context: QueueOwner, path: string, resolver: (exec: Exec) => SeriesTarget | null) {
    let id: string | undefined;
    // Once resolved, the proxy follows its series by id (an added series is not added again).
    super(context, path, (exec) => {
      if (id === undefined) {
        const found = resolver(exec);
        if (found) id = found.series.id;
        return found;
      }
      for (const sheet of exec.model.sheets)
        for (const chart of sheet.charts) {
          const series = chart.series.find((s) => s.id === id);
          if (series) return { sheet, chart, series };
        }
      throw new ExcelHostError("ItemNotFound", undefined, "ChartSeries");
    });
  }

  protected scalars(): Record<string, (t: SeriesTarget) => unknown> {
    return { name: (t) => t.series.name };
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, (t) => {
      assertWritable(t.sheet);
      t.series.name = value;
    });
  }

  /** The series' values: one row or one column of cells. */
  setValues(sourceData: Range): void {
    this.call("setValues", [sourceData.path], (t, exec) => {
      assertWritable(t.sheet);
      t.series.values = seriesRange(lineOf(exec, sourceData));
    });
  }

  /** The series' categories: one row or one column of cells. */
  setXAxisValues(sourceData: Range): void {
    this.call("setXAxisValues", [sourceData.path], (t, exec) => {
      assertWritable(t.sheet);
      t.series.xValues = seriesRange(lineOf(exec, sourceData));
    });
  }

  /** Removes the series from its chart. */
  delete(): void {
    this.call("delete", [], (t) => {
      assertWritable(t.sheet);
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    });
  }
}

/** A series range must be a single row or column, as Excel requires. */
function lineOf(exec: Exec, range: Range): RangeTarget {
  const target = rangeOf(exec, range);
  if (target.rect.rows !== 1 && target.rect.columns !== 1)
    throw new ExcelHostError("InvalidArgument", undefined, "ChartSeries range");
  return target;
}
