/**
 * Charts in a saved .xlsx. ExcelJS drops every chart on load and cannot write one, so the adapter
 * reads the loaded file's charts itself and adds them (and the planned ones) to the saved bytes:
 * chart parts with the parts they refer to, a drawing per sheet (or the sheet's existing one),
 * their relationships, the sheet's <drawing> element and the content types. A chart whose name is
 * already anchored in the drawing is replaced, so a refill never duplicates it.
 */
import JSZip from "jszip";
import type { PlannedChart } from "../../workbook";
import type { ChartCache } from "./chartXml";
import { chartAnchorXml, chartPartXml, emptyDrawingXml } from "./chartXml";
import {
  addOverride,
  addRelationship,
  freePart,
  readContentTypes,
  readRelationships,
  REL_TYPE,
  sheetParts,
} from "./opc";
import { PartReader, PartWriter, type CarriedPart } from "./partTree";
import { decodeXml } from "./xml";

/** One chart ready to be placed: its name, chart part and anchor (given its ids). */
export interface ChartParts {
  readonly name: string;
  /** The chart part: XML of a planned chart, or a loaded chart with the parts it refers to. */
  readonly chart: string | CarriedPart;
  readonly anchorXml: (relId: string, shapeId: number) => string;
  /** Prefix → URI declared on the root of the drawing a loaded anchor comes from. */
  readonly namespaces?: ReadonlyMap<string, string>;
}

/** The charts to place on one sheet. */
export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly ChartParts[];
}

/** True for the name of a chart the add-in itself plans ("SR_…"). */
export function isOwnChartName(name: string): boolean {
  return name.startsWith("SR_");
}

/** Returns the parts of a planned chart on `sheet` with its cached values. */
export function plannedChartParts(
  sheet: string,
  chart: PlannedChart,
  cache: ChartCache
): ChartParts {
  return {
    name: chart.name,
    chart: chartPartXml(sheet, chart, cache),
    anchorXml: (relId, shapeId) => chartAnchorXml(chart, relId, shapeId),
  };
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
/** Elements that must follow <drawing> in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;
/** One anchored object of a drawing (SpreadsheetML drawing, ECMA-376 part 1, 20.5). */
const ANCHOR = /<(\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;
const CHART_DATA =
  /<(?:\w+:)?graphicData\b[^>]*\buri="([^"]*)"[^>]*>([\s\S]*?)<\/(?:\w+:)?graphicData>/g;
const CHART_FRAME =
  /<(?:\w+:)?graphicData\b[^>]*\buri="http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/chart"/;
const SHAPE_NAME = /<(?:\w+:)?cNvPr\b[^>]*\bname="([^"]*)"/;
const SHAPE_ID = /(<(?:\w+:)?cNvPr\b[^>]*\bid=")\d+"/;
/** The relationship id of the chart element inside a chart's <graphicData>. */
const CHART_REL_ID = /(\s\w+:id=")([^"]*)"/;

/** Returns the sheet's drawing part, creating it and the sheet's <drawing> element when missing. */
async function drawingOf(zip: JSZip, sheetPart: string): Promise<string> {
  const sheetXml = (await zip.file(sheetPart)?.async("string")) ?? "";
  const existing = /<(?:\w+:)?drawing\b[^>]*\br:id="([^"]*)"/.exec(sheetXml)?.[1];
  if (existing !== undefined) {
    const rels = await readRelationships(zip, sheetPart);
    const target = rels.find((relationship) => relationship.id === decodeXml(existing));
    if (target !== undefined) return target.target;
  }
  const drawing = freePart(zip, "xl/drawings", "drawing");
  zip.file(drawing, emptyDrawingXml());
  await addOverride(zip, drawing, DRAWING_TYPE);
  const id = await addRelationship(zip, sheetPart, `${REL_TYPE}/drawing`, drawing);
  let patched = sheetXml.replace(AFTER_DRAWING, (anchor) => `<drawing r:id="${id}"/>${anchor}`);
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(patched)) {
    patched = patched.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_TYPE}"`);
  }
  zip.file(sheetPart, patched);
  return drawing;
}

/** Removes the chart anchors named in `names` from a drawing; other objects stay, named or not. */
function withoutNamed(drawingXml: string, names: ReadonlySet<string>): string {
  return drawingXml.replace(ANCHOR, (anchor) => {
    const name = SHAPE_NAME.exec(anchor)?.[1];
    const named = name !== undefined && names.has(decodeXml(name));
    return named && CHART_FRAME.test(anchor) ? "" : anchor;
  });
}

/** The namespace declarations (prefix → URI, "" for the default) on the root element of `xml`. */
function declarations(xml: string): Map<string, string> {
  const tag = /<[^?!][^>]*>/.exec(xml)?.[0] ?? "";
  return new Map(
    [...tag.matchAll(/\sxmlns(?::(\w+))?="([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""])
  );
}

/**
 * Returns a loaded anchor that declares the namespaces it uses but took from its old drawing's
 * root, unless the new drawing's root declares them alike: moved verbatim, it must stay valid XML.
 */
function withNamespaces(
  anchor: string,
  source: ReadonlyMap<string, string> | undefined,
  targetXml: string
): string {
  if (source === undefined) return anchor;
  const target = declarations(targetXml);
  const declared = new Set([...anchor.matchAll(/\sxmlns(?::(\w+))?="/g)].map((m) => m[1] ?? ""));
  const used = new Set<string>();
  for (const m of anchor.matchAll(/<\/?(?:(\w+):)?[A-Za-z_]/g)) used.add(m[1] ?? "");
  for (const m of anchor.matchAll(/\s(\w+):[\w.-]+="/g)) if (m[1] !== "xmlns") used.add(m[1] ?? "");
  const added = [...used]
    .filter((prefix) => prefix !== "xml" && !declared.has(prefix))
    .filter((prefix) => source.has(prefix) && source.get(prefix) !== target.get(prefix))
    .map((prefix) => ` ${prefix === "" ? "xmlns" : `xmlns:${prefix}`}="${source.get(prefix)}"`);
  return added.length === 0 ? anchor : anchor.replace(/^<[\w:]+/, (tag) => tag + added.join(""));
}

/** Writes one chart's part and anchor into `drawingXml`; returns the drawing with the anchor. */
async function placeChart(
  zip: JSZip,
  writer: PartWriter,
  drawing: string,
  drawingXml: string,
  chart: ChartParts,
  shapeId: number
): Promise<string> {
  const part = freePart(zip, "xl/charts", "chart");
  if (typeof chart.chart === "string") {
    zip.file(part, chart.chart);
    await addOverride(zip, part, CHART_TYPE);
  } else {
    await writer.write(chart.chart, part);
  }
  const relId = await addRelationship(zip, drawing, `${REL_TYPE}/chart`, part);
  const anchor = withNamespaces(chart.anchorXml(relId, shapeId), chart.namespaces, drawingXml);
  return drawingXml.replace(
    /<\/(\w+:)?wsDr>\s*$/,
    (_end, prefix?: string) => `${anchor}</${prefix ?? ""}wsDr>`
  );
}

/** Returns the saved bytes with every sheet's charts added; unchanged when there are none. */
export async function addCharts(
  saved: Uint8Array,
  sheets: readonly SheetCharts[]
): Promise<Buffer> {
  if (sheets.every((sheet) => sheet.charts.length === 0)) return Buffer.from(saved);
  const zip = await JSZip.loadAsync(saved);
  const parts = await sheetParts(zip);
  const writer = new PartWriter(zip);
  for (const { sheet, charts } of sheets) {
    const sheetPart = parts.get(sheet);
    if (sheetPart === undefined || charts.length === 0) continue;
    const drawing = await drawingOf(zip, sheetPart);
    const names = new Set(charts.map((chart) => chart.name));
    let drawingXml = withoutNamed((await zip.file(drawing)?.async("string")) ?? "", names);
    const ids = [...drawingXml.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) =>
      Number(m[1])
    );
    let shapeId = Math.max(1, ...ids);
    for (const chart of charts) {
      shapeId += 1;
      drawingXml = await placeChart(zip, writer, drawing, drawingXml, chart, shapeId);
    }
    zip.file(drawing, drawingXml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Returns the chart of an anchor that can be moved into another drawing as it is, or undefined:
 * exactly one chart frame, no picture (ExcelJS keeps those itself) and no group or alternate
 * content (whose other members would be lost or duplicated).
 */
function chartRelIdOf(anchor: string): string | undefined {
  if (/<(?:\w+:)?(?:pic|grpSp|AlternateContent)\b/.test(anchor)) return undefined;
  const frames = [...anchor.matchAll(CHART_DATA)];
  if (frames.length !== 1 || frames[0]?.[1] !== NS_C) return undefined;
  const relId = CHART_REL_ID.exec(frames[0][2] ?? "")?.[2];
  return relId === undefined ? undefined : decodeXml(relId);
}

/** Returns `anchor` pointing at chart relationship `relId`, as shape `shapeId`. */
function reanchored(anchor: string, relId: string, shapeId: number): string {
  return anchor
    .replace(CHART_DATA, (frame) => frame.replace(CHART_REL_ID, `$1${relId}"`))
    .replace(SHAPE_ID, `$1${shapeId}"`);
}

/** The movable charts of one drawing (see chartRelIdOf); a pivot chart stays with its pivot. */
async function chartsOfDrawing(
  zip: JSZip,
  reader: PartReader,
  drawing: string
): Promise<ChartParts[]> {
  const drawingXml = (await zip.file(drawing)?.async("string")) ?? "";
  const namespaces = declarations(drawingXml);
  const targets = new Map(
    (await readRelationships(zip, drawing)).map((relationship) => [relationship.id, relationship])
  );
  const charts: ChartParts[] = [];
  for (const match of drawingXml.matchAll(ANCHOR)) {
    const anchor = match[0];
    const relId = chartRelIdOf(anchor);
    const relationship = relId === undefined ? undefined : targets.get(relId);
    if (relationship === undefined || relationship.external) continue;
    const chart = await reader.tree(relationship.target);
    if (chart === undefined || chart.contentType !== CHART_TYPE) continue;
    if (/<(?:\w+:)?pivotSource\b/.test(new TextDecoder().decode(chart.data))) continue;
    charts.push({
      name: decodeXml(SHAPE_NAME.exec(anchor)?.[1] ?? ""),
      chart,
      namespaces,
      anchorXml: (newRelId, shapeId) => reanchored(anchor, newRelId, shapeId),
    });
  }
  return charts;
}

/**
 * Returns the charts of a loaded file's worksheets that can be written back as they are, by sheet,
 * each with the parts its chart part refers to (style, colours, user shapes, …).
 */
export async function readCharts(data: Uint8Array): Promise<SheetCharts[]> {
  const zip = await JSZip.loadAsync(data);
  const typeOf = await readContentTypes(zip);
  const reader = await PartReader.of(zip);
  const found: SheetCharts[] = [];
  for (const [sheet, sheetPart] of await sheetParts(zip)) {
    if (typeOf(sheetPart) !== WORKSHEET_TYPE) continue;
    const sheetXml = (await zip.file(sheetPart)?.async("string")) ?? "";
    const drawingId = /<(?:\w+:)?drawing\b[^>]*\b\w+:id="([^"]*)"/.exec(sheetXml)?.[1];
    const sheetRels = await readRelationships(zip, sheetPart);
    const target = sheetRels.find((relationship) => relationship.id === decodeXml(drawingId ?? ""));
    if (drawingId === undefined || target === undefined || target.external) continue;
    const charts = await chartsOfDrawing(zip, reader, target.target);
    if (charts.length > 0) found.push({ sheet, charts });
  }
  return found;
}
