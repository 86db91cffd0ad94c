/**
 * The planned charts of an output sheet (the Modellvergleich column chart), written in the same
 * batch as the sheet's cells. A chart of the planned name that the last readOutputState saw is
 * deleted first, so a refill replaces it instead of stacking a second one; charts of other
 * names (a user's own) are left alone. The chart is created over the first series' cells and
 * then given every series, its categories, name, title and position explicitly, so nothing
 * depends on Excel's guess of headers and series orientation (ExcelApi 1.7).
 */
import type { PlannedChart, PlannedSheet } from "../../workbook";
import { type Step, step } from "./batches";
import type { KnownState } from "./read-state";

/** Excel's clustered column chart (vertical bars, one cluster per category). */
const CHART_TYPE = "ColumnClustered";

/** The names of the planned charts of `sheet` that do not exist yet (undo deletes those). */
export function newChartNames(sheet: PlannedSheet, known: KnownState): string[] {
  const existing = known.sheets.get(sheet.name.toLowerCase())?.charts;
  return (sheet.charts ?? [])
    .filter((c) => c.series.length > 0 && !existing?.has(c.name.toLowerCase()))
    .map((c) => c.name);
}

/** One step per planned chart of `sheet`: delete the chart of that name if any, create it anew. */
export function chartSteps(sheet: PlannedSheet, known: KnownState): Step[] {
  const existing = known.sheets.get(sheet.name.toLowerCase())?.charts;
  return (sheet.charts ?? []).map((chart) =>
    step(chart, 6 + 3 * chart.series.length, (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet.name);
      if (existing?.has(chart.name.toLowerCase())) worksheet.charts.getItem(chart.name).delete();
      queueChart(worksheet, chart);
    })
  );
}

function queueChart(worksheet: Excel.Worksheet, chart: PlannedChart): void {
  const [first, ...rest] = chart.series;
  if (!first) return;
  const created = worksheet.charts.add(CHART_TYPE, worksheet.getRange(first.values), "Columns");
  created.name = chart.name;
  created.title.text = chart.title;
  created.setPosition(chart.from, chart.to);
  const categories = worksheet.getRange(chart.categories);
  const series = [created.series.getItemAt(0), ...rest.map((s) => created.series.add(s.name))];
  chart.series.forEach((planned, i) => {
    const target = series[i];
    if (!target) return;
    target.name = planned.name;
    target.setValues(worksheet.getRange(planned.values));
    target.setXAxisValues(categories);
  });
}
