/**
 * The DrawingML parts of a clustered column chart (ECMA-376 part 1, 21.2): the chart part with
 * each series' formulas and cached values, and the drawing anchor that places it over cells.
 * The adapter writes these parts itself, like every part it owns.
 */
import { parseA1, type PlannedChart } from "../../workbook";
import { formatSheetRange, parseRange, type CellRange } from "./address";
import { escapeXml } from "./xml";

/** The cached values of one chart: category texts and, per series, its numbers. */
export interface ChartCache {
  readonly categories: readonly string[];
  readonly series: readonly (readonly (number | null)[])[];
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Returns a range of the chart's sheet; throws when the planned address is no range. */
export function chartRange(text: string): CellRange {
  const range = parseRange(text);
  if (range === undefined) throw new Error(`»${text}« ist kein Zellbereich für ein Diagramm.`);
  return range;
}

function strRef(formula: string, values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`);
  return `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points.join("")}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: readonly (number | null)[]): string {
  const points = values.flatMap((v, i) =>
    v === null ? [] : [`<c:pt idx="${i}"><c:v>${String(v)}</c:v></c:pt>`]
  );
  return `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache></c:numRef>`;
}

/** Returns the chart part (xl/charts/chartN.xml) of `chart` on `sheet` with its cached values. */
export function chartPartXml(sheet: string, chart: PlannedChart, cache: ChartCache): string {
  const categories = formatSheetRange(sheet, chartRange(chart.categories));
  const series = chart.series.map((entry, index) => {
    const values = formatSheetRange(sheet, chartRange(entry.values));
    return (
      `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
      `<c:tx><c:v>${escapeXml(entry.name)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
      `<c:cat>${strRef(categories, cache.categories)}</c:cat>` +
      `<c:val>${numRef(values, cache.series[index] ?? [])}</c:val></c:ser>`
    );
  });
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p>` +
    `</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const axes =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="#,##0 &quot;€&quot;" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series.join("")}<c:gapWidth val="150"/><c:axId val="500000001"/><c:axId val="500000002"/>` +
    `</c:barChart>${axes}</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function marker(tag: "from" | "to", a1: string): string {
  const { row, column } = parseA1(a1);
  return (
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** Returns the anchor placing `chart` (drawing relationship `relId`, shape id `shapeId`). */
export function chartAnchorXml(chart: PlannedChart, relId: string, shapeId: number): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", chart.from)}${marker("to", chart.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${shapeId}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" ` +
    `r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>` +
    `</xdr:twoCellAnchor>`
  );
}

/** Returns an empty drawing part to which anchors are added. */
export function emptyDrawingXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"></xdr:wsDr>`
  );
}
