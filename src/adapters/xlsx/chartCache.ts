/**
 * The values a chart shows before a spreadsheet recalculates it: category texts and series
 * numbers read from the sheet's cells, cached in the chart part as Excel does.
 */
import type { Worksheet } from "exceljs";
import { cellText, type PlannedChart } from "../../workbook";
import type { CellRange } from "./address";
import type { ChartCache } from "./chartXml";
import { chartRange } from "./chartXml";
import { readCell } from "./readInputs";

/** The cells of a one-column (or one-row) range, in order. */
function cellsOf(range: CellRange): { row: number; column: number }[] {
  const cells: { row: number; column: number }[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) cells.push({ row, column });
  }
  return cells;
}

/** Returns the cached values of `chart` from the cells of `worksheet`. */
export function chartCache(
  worksheet: Worksheet,
  chart: PlannedChart,
  date1904: boolean
): ChartCache {
  const read = (cell: { row: number; column: number }) =>
    readCell(worksheet, cell.row, cell.column, date1904);
  const categories = cellsOf(chartRange(chart.categories)).map((cell) => cellText(read(cell)));
  const series = chart.series.map((entry) =>
    cellsOf(chartRange(entry.values)).map((cell) => {
      const value = read(cell);
      return typeof value === "number" ? value : null;
    })
  );
  return { categories, series };
}
