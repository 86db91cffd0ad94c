/**
 * Adds the planned charts to a saved .xlsx: chart parts, a drawing per sheet (or the sheet's
 * existing one), their relationships, the sheet's <drawing> element and the content types. A
 * chart whose name is already anchored in the drawing is replaced, so a refill never duplicates it.
 */
import JSZip from "jszip";
import type { PlannedChart } from "../../workbook";
import type { ChartCache } from "./chartXml";
import { chartAnchorXml, chartPartXml, emptyDrawingXml } from "./chartXml";
import { decodeXml, escapeXml } from "./xml";

/** One chart ready to be placed: its name, chart part and anchor (given its ids). */
export interface ChartParts {
  readonly name: string;
  readonly chartXml: string;
  readonly anchorXml: (relId: string, shapeId: number) => string;
}

/** The charts to place on one sheet. */
export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly ChartParts[];
}

/** Returns the parts of a planned chart on `sheet` with its cached values. */
export function plannedChartParts(
  sheet: string,
  chart: PlannedChart,
  cache: ChartCache
): ChartParts {
  return {
    name: chart.name,
    chartXml: chartPartXml(sheet, chart, cache),
    anchorXml: (relId, shapeId) => chartAnchorXml(chart, relId, shapeId),
  };
}

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Elements that must follow <drawing> in a worksheet (CT_Worksheet's sequence). */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds it. */
function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = part.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships of a rels part: id → target. */
function relationships(xml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
    if (id !== undefined && target !== undefined) found.set(id, decodeXml(target));
  }
  return found;
}

/** Adds a relationship to a rels part (created when missing); returns its new id. */
async function addRelationship(
  zip: JSZip,
  relsPath: string,
  type: string,
  target: string
): Promise<string> {
  const xml =
    (await zip.file(relsPath)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const used = relationships(xml);
  let number = used.size + 1;
  while (used.has(`rId${number}`)) number++;
  const id = `rId${number}`;
  const element = `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${escapeXml(target)}"/>`;
  zip.file(relsPath, xml.replace(/<\/Relationships>\s*$/, `${element}</Relationships>`));
  return id;
}

/** Returns the first free part path "folder/prefixN.xml". */
function freePart(zip: JSZip, folder: string, prefix: string): string {
  let number = 1;
  while (zip.file(`${folder}/${prefix}${number}.xml`) !== null) number++;
  return `${folder}/${prefix}${number}.xml`;
}

async function addOverride(zip: JSZip, part: string, type: string): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = (await zip.file(path)?.async("string")) ?? "";
  if (xml.includes(`PartName="/${part}"`)) return;
  const element = `<Override PartName="/${part}" ContentType="${type}"/>`;
  zip.file(path, xml.replace(/<\/Types>\s*$/, `${element}</Types>`));
}

/** The worksheet part of each sheet name, from the workbook part and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = relationships((await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "");
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(match[0])?.[1];
    const target = id === undefined ? undefined : rels.get(id);
    if (name !== undefined && target !== undefined) {
      parts.set(decodeXml(name), resolveTarget("xl/workbook.xml", target));
    }
  }
  return parts;
}

/** Returns the sheet's drawing part, creating it and the sheet's <drawing> element when missing. */
async function drawingOf(zip: JSZip, sheetPart: string): Promise<string> {
  const sheetXml = (await zip.file(sheetPart)?.async("string")) ?? "";
  const sheetRels = relsPathOf(sheetPart);
  const existing = /<(?:\w+:)?drawing\b[^>]*\br:id="([^"]*)"/.exec(sheetXml)?.[1];
  if (existing !== undefined) {
    const rels = relationships((await zip.file(sheetRels)?.async("string")) ?? "");
    const target = rels.get(existing);
    if (target !== undefined) return resolveTarget(sheetPart, target);
  }
  const drawing = freePart(zip, "xl/drawings", "drawing");
  zip.file(drawing, emptyDrawingXml());
  await addOverride(zip, drawing, DRAWING_TYPE);
  const id = await addRelationship(zip, sheetRels, "drawing", `../drawings/${drawing.slice(12)}`);
  let patched = sheetXml.replace(AFTER_DRAWING, (anchor) => `<drawing r:id="${id}"/>${anchor}`);
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(patched)) {
    patched = patched.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_TYPE}"`);
  }
  zip.file(sheetPart, patched);
  return drawing;
}

/** Removes the anchors of charts named in `names` from a drawing. */
function withoutNamed(drawingXml: string, names: ReadonlySet<string>): string {
  return drawingXml.replace(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g, (anchor) => {
    const name = /<xdr:cNvPr\b[^>]*\bname="([^"]*)"/.exec(anchor)?.[1];
    return name !== undefined && names.has(decodeXml(name)) ? "" : anchor;
  });
}

/** Returns the saved bytes with every sheet's charts added; unchanged when there are none. */
export async function addCharts(
  saved: Uint8Array,
  sheets: readonly SheetCharts[]
): Promise<Buffer> {
  if (sheets.every((sheet) => sheet.charts.length === 0)) return Buffer.from(saved);
  const zip = await JSZip.loadAsync(saved);
  const parts = await sheetParts(zip);
  for (const { sheet, charts } of sheets) {
    const sheetPart = parts.get(sheet);
    if (sheetPart === undefined || charts.length === 0) continue;
    const drawing = await drawingOf(zip, sheetPart);
    const names = new Set(charts.map((chart) => chart.name));
    let drawingXml = withoutNamed((await zip.file(drawing)?.async("string")) ?? "", names);
    const ids = [...drawingXml.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
    let shapeId = Math.max(1, ...ids);
    for (const chart of charts) {
      const part = freePart(zip, "xl/charts", "chart");
      zip.file(part, chart.chartXml);
      await addOverride(zip, part, CHART_TYPE);
      const relId = await addRelationship(
        zip,
        relsPathOf(drawing),
        "chart",
        `../charts/${part.slice(10)}`
      );
      shapeId += 1;
      drawingXml = drawingXml.replace(
        /<\/xdr:wsDr>\s*$/,
        `${chart.anchorXml(relId, shapeId)}</xdr:wsDr>`
      );
    }
    zip.file(drawing, drawingXml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Returns the add-in's own charts (names starting "SR_") of a loaded file, by sheet: ExcelJS drops
 * every chart on load, so these are put back on save unless a new plan replaces them by name.
 */
export async function readOwnCharts(data: Uint8Array): Promise<SheetCharts[]> {
  const zip = await JSZip.loadAsync(data);
  const found: SheetCharts[] = [];
  for (const [sheet, sheetPart] of await sheetParts(zip)) {
    const sheetXml = (await zip.file(sheetPart)?.async("string")) ?? "";
    const drawingId = /<(?:\w+:)?drawing\b[^>]*\br:id="([^"]*)"/.exec(sheetXml)?.[1];
    const sheetRels = relationships((await zip.file(relsPathOf(sheetPart))?.async("string")) ?? "");
    const target = drawingId === undefined ? undefined : sheetRels.get(drawingId);
    if (target === undefined) continue;
    const drawing = resolveTarget(sheetPart, target);
    const drawingXml = (await zip.file(drawing)?.async("string")) ?? "";
    const drawingRels = relationships((await zip.file(relsPathOf(drawing))?.async("string")) ?? "");
    const charts: ChartParts[] = [];
    for (const match of drawingXml.matchAll(/<xdr:twoCellAnchor\b[\s\S]*?<\/xdr:twoCellAnchor>/g)) {
      const anchor = match[0];
      const name = decodeXml(/<xdr:cNvPr\b[^>]*\bname="([^"]*)"/.exec(anchor)?.[1] ?? "");
      const relId = /<c:chart\b[^>]*\br:id="([^"]*)"/.exec(anchor)?.[1];
      const chartTarget = relId === undefined ? undefined : drawingRels.get(relId);
      if (!name.startsWith("SR_") || chartTarget === undefined) continue;
      const chartXml = await zip.file(resolveTarget(drawing, chartTarget))?.async("string");
      if (chartXml === undefined) continue;
      charts.push({
        name,
        chartXml,
        anchorXml: (newRelId, shapeId) =>
          anchor
            .replace(/(<c:chart\b[^>]*\br:id=")[^"]*"/, `$1${newRelId}"`)
            .replace(/(<xdr:cNvPr\b[^>]*\bid=")\d+"/, `$1${shapeId}"`),
      });
    }
    if (charts.length > 0) found.push({ sheet, charts });
  }
  return found;
}
