/**
 * The add-in's charts on an output sheet (the Modellvergleich bar chart): a chart part per
 * planned chart, placed in the sheet's drawing (created when the sheet has none) with its
 * relationships and content types. A refill first removes the add-in's chart of the same name
 * with its chart part, so it is never duplicated; every other object of the drawing (the user's
 * charts, pictures, shapes) stays as it was.
 */
import { cellText, type PlannedChart, type PlannedSheet } from "../../workbook";
import {
  chartAnchorXml,
  chartPartXml,
  chartRange,
  emptyDrawingXml,
  type ChartCache,
} from "./chartXml";
import { REL_TYPE } from "./opc";
import type { XlsxPackage } from "./xlsxPackage";
import { decodeXml } from "./xml";

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Elements that must follow <drawing> in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING =
  /<(?:\w+:)?(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/(?:\w+:)?worksheet>/;
/** One anchored object of a drawing (SpreadsheetML drawing, ECMA-376 part 1, 20.5). */
const ANCHOR = /<(\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;
const CHART_FRAME =
  /<(?:\w+:)?graphicData\b[^>]*\buri="http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/chart"/;
const SHAPE_NAME = /<(?:\w+:)?cNvPr\b[^>]*\bname="([^"]*)"/;
const CHART_REL_ID = /<(?:\w+:)?chart\b[^>]*\s\w+:id="([^"]*)"/;

/** Returns the cached values of `chart` from the planned cells of its sheet. */
export function chartCache(sheet: PlannedSheet, chart: PlannedChart): ChartCache {
  const valueAt = (row: number, column: number) => sheet.cells[row]?.[column]?.value ?? null;
  const cellsOf = (text: string) => {
    const range = chartRange(text);
    const cells: { row: number; column: number }[] = [];
    for (let row = range.top; row <= range.bottom; row++)
      for (let column = range.left; column <= range.right; column++) cells.push({ row, column });
    return cells;
  };
  return {
    categories: cellsOf(chart.categories).map((cell) => cellText(valueAt(cell.row, cell.column))),
    series: chart.series.map((entry) =>
      cellsOf(entry.values).map((cell) => {
        const value = valueAt(cell.row, cell.column);
        return typeof value === "number" ? value : null;
      })
    ),
  };
}

/** Returns the sheet's drawing part, creating it and the sheet's <drawing> element when missing. */
function drawingOf(pkg: XlsxPackage, sheetPart: string): string {
  const sheetXml = pkg.text(sheetPart) ?? "";
  const existing = /<(?:\w+:)?drawing\b[^>]*\s\w+:id="([^"]*)"/.exec(sheetXml)?.[1];
  if (existing !== undefined) {
    const target = pkg.relationships(sheetPart).find((rel) => rel.id === decodeXml(existing));
    if (target !== undefined && !target.external && pkg.text(target.target) !== undefined)
      return target.target;
  }
  const drawing = pkg.freePart("xl/drawings", "drawing");
  pkg.setText(drawing, emptyDrawingXml());
  pkg.addOverride(drawing, DRAWING_TYPE);
  const id = pkg.addRelationship(sheetPart, `${REL_TYPE}/drawing`, drawing);
  const p = /<(\w+:)?worksheet\b/.exec(sheetXml)?.[1] ?? "";
  let patched = sheetXml.replace(AFTER_DRAWING, (anchor) => `<${p}drawing r:id="${id}"/>${anchor}`);
  if (!/<(?:\w+:)?worksheet\b[^>]*\bxmlns:r=/.test(patched)) {
    patched = patched.replace(/<(\w+:)?worksheet\b/, (open) => `${open} xmlns:r="${REL_TYPE}"`);
  }
  pkg.setText(sheetPart, patched);
  return drawing;
}

/** Removes a chart part with its own relationship part and content type. */
function removeChartPart(pkg: XlsxPackage, chartPart: string): void {
  for (const rel of pkg.relationships(chartPart)) {
    // A chart's style and colour parts belong to it alone (Excel writes them per chart).
    if (!rel.external && /\/chart(?:Style|Colors)$|chartStyle|chartColorStyle/.test(rel.type)) {
      pkg.remove(rel.target);
      pkg.removeOverride(rel.target);
    }
  }
  const slash = chartPart.lastIndexOf("/");
  const rels = `${chartPart.slice(0, slash)}/_rels/${chartPart.slice(slash + 1)}.rels`;
  if (pkg.has(rels)) pkg.remove(rels);
  pkg.remove(chartPart);
  pkg.removeOverride(chartPart);
}

/** Removes the chart anchors whose names `isRemoved` (with their chart parts) from a drawing. */
function withoutNamed(
  pkg: XlsxPackage,
  drawing: string,
  xml: string,
  isRemoved: (name: string) => boolean
): string {
  const rels = new Map(pkg.relationships(drawing).map((rel) => [rel.id, rel]));
  return xml.replace(ANCHOR, (anchor) => {
    const name = SHAPE_NAME.exec(anchor)?.[1];
    if (name === undefined || !isRemoved(decodeXml(name)) || !CHART_FRAME.test(anchor))
      return anchor;
    const relId = CHART_REL_ID.exec(anchor)?.[1];
    const rel = relId === undefined ? undefined : rels.get(decodeXml(relId));
    if (rel !== undefined && !rel.external) {
      removeChartPart(pkg, rel.target);
      pkg.removeRelationship(drawing, rel.id);
    }
    return "";
  });
}

/** Places the planned charts of `sheet` on its part, replacing the add-in's charts of their names. */
export function placeCharts(pkg: XlsxPackage, sheetPart: string, sheet: PlannedSheet): void {
  const charts = sheet.charts ?? [];
  const hasDrawing = /<(?:\w+:)?drawing\b/.test(pkg.text(sheetPart) ?? "");
  if (charts.length === 0 && !hasDrawing) return;
  const drawing = drawingOf(pkg, sheetPart);
  const names = new Set(charts.map((chart) => chart.name));
  // The add-in's charts of a replanned sheet go; only the planned ones are written again.
  const own = (name: string) => names.has(name) || isOwnChartName(name);
  let xml = withoutNamed(pkg, drawing, pkg.text(drawing) ?? emptyDrawingXml(), own);
  const ids = [...xml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
  let shapeId = Math.max(1, ...ids);
  for (const chart of charts) {
    shapeId += 1;
    const part = pkg.freePart("xl/charts", "chart");
    pkg.setText(part, chartPartXml(sheet.name, chart, chartCache(sheet, chart)));
    pkg.addOverride(part, CHART_TYPE);
    const relId = pkg.addRelationship(drawing, `${REL_TYPE}/chart`, part);
    const anchor = chartAnchorXml(chart, relId, shapeId);
    xml = xml.replace(/<\/(\w+:)?wsDr>\s*$/, (end) => anchor + end);
  }
  if (xml !== pkg.text(drawing)) pkg.setText(drawing, xml);
}

/** True for the name of a chart the add-in itself plans ("SR_…"). */
export function isOwnChartName(name: string): boolean {
  return name.startsWith("SR_");
}
