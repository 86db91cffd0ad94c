/**
 * Input packages with parts ExcelJS does not model, built in code over the sample: a user's chart
 * (with style, colours and user shapes) next to a picture, a pivot table with its cache, a task
 * pane add-in with its settings, and single parts of other kinds. The XML is written out here by
 * hand, independent of the adapter's own package code, so a test cannot agree with a bug.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DEFAULT_MAPPING, serializeMapping } from "../../../src/workbook";
import { SAMPLE_PATH } from "./helpers";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_CDR = "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** A 1 × 1 transparent PNG. */
const PIXEL_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64"
);

/** A package being edited: the zip and small helpers over its XML parts. */
export class PackageEditor {
  private constructor(readonly zip: JSZip) {}

  /** Opens .xlsx bytes for editing. */
  static async of(bytes: Uint8Array): Promise<PackageEditor> {
    return new PackageEditor(await JSZip.loadAsync(bytes));
  }

  /** The text of a part ("" when missing). */
  async text(path: string): Promise<string> {
    return (await this.zip.file(path)?.async("string")) ?? "";
  }

  /** Adds a part with its content type override. */
  async addPart(path: string, contentType: string, content: string | Uint8Array): Promise<void> {
    this.zip.file(path, content);
    const types = await this.text("[Content_Types].xml");
    this.zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/${path}" ContentType="${contentType}"/></Types>`
      )
    );
  }

  /** Adds a relationship to the rels part `relsPath` (created when missing). */
  async relate(relsPath: string, id: string, type: string, target: string): Promise<void> {
    const rels =
      (await this.zip.file(relsPath)?.async("string")) ??
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const element = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
    this.zip.file(relsPath, rels.replace("</Relationships>", `${element}</Relationships>`));
  }

  /** The worksheet part of a sheet name ("xl/worksheets/sheet2.xml"). */
  async sheetPart(name: string): Promise<string> {
    const workbook = await this.text("xl/workbook.xml");
    const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const rels = await this.text("xl/_rels/workbook.xml.rels");
    const target = new RegExp(`Id="${id ?? "?"}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    if (target === undefined) throw new Error(`no sheet ${name}`);
    return `xl/${target.replace(/^\/?xl\//, "")}`;
  }

  /** Returns the bytes of the edited package. */
  bytes(): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * The sample after a trip through ExcelJS with a sheet »Auswertung« and a picture on
 * »Stammdaten« (in the drawing a chart is added to later, as Excel keeps both in one drawing).
 */
export async function sampleBase(): Promise<Buffer> {
  const workbook = await sampleWorkbook();
  const sheet = workbook.addWorksheet("Auswertung");
  sheet.getCell("A1").value = "Region";
  sheet.getCell("B1").value = "Einwohner";
  workbook.getWorksheet("Stammdaten")?.addImage(addPixelImage(workbook), "I2:J4");
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The sample as a plain ExcelJS workbook (ExcelJS types its Buffer apart from Node's). */
export async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(SAMPLE_PATH) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Adds the 1 × 1 PNG to the workbook's media; returns its image id. */
export function addPixelImage(workbook: ExcelJS.Workbook): number {
  return workbook.addImage({ buffer: PIXEL_PNG as unknown as ExcelJS.Buffer, extension: "png" });
}

/** The user's chart part: a line chart of Stammdaten!E2:E11 that refers to its user shapes. */
export const USER_CHART_XML =
  `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${R}">` +
  `<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>` +
  `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="0"/>` +
  `<c:order val="0"/><c:val><c:numRef><c:f>Stammdaten!$E$2:$E$11</c:f></c:numRef></c:val>` +
  `</c:ser><c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>` +
  `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
  `<c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
  `<c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea>` +
  `<c:plotVisOnly val="1"/></c:chart><c:userShapes r:id="rId3"/></c:chartSpace>`;
export const CHART_STYLE_XML = `${XML_HEAD}<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${NS_A}" id="227"/>`;
export const CHART_COLORS_XML = `${XML_HEAD}<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${NS_A}" meth="cycle" id="10"><a:schemeClr val="accent1"/></cs:colorStyle>`;
export const USER_SHAPES_XML =
  `${XML_HEAD}<c:userShapes xmlns:c="${NS_C}"><cdr:relSizeAnchor xmlns:cdr="${NS_CDR}">` +
  `<cdr:from><cdr:x>0.1</cdr:x><cdr:y>0.1</cdr:y></cdr:from><cdr:to><cdr:x>0.4</cdr:x>` +
  `<cdr:y>0.2</cdr:y></cdr:to><cdr:sp macro="" textlink=""><cdr:nvSpPr>` +
  `<cdr:cNvPr id="2" name="Textfeld 1"/><cdr:cNvSpPr txBox="1"/></cdr:nvSpPr><cdr:spPr>` +
  `<a:xfrm xmlns:a="${NS_A}"><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm></cdr:spPr>` +
  `</cdr:sp></cdr:relSizeAnchor></c:userShapes>`;

/** The anchor of the user's chart, relying on the drawing root's `c` and `r` prefixes. */
function chartAnchor(name: string, relId: string): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col>` +
    `<xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="7" name="${name}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/>` +
    `<a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
    `<c:chart r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Returns the sheet's drawing part, creating an empty one (and the sheet's <drawing>) if needed. */
async function drawingOf(editor: PackageEditor, sheet: string): Promise<string> {
  const sheetPart = await editor.sheetPart(sheet);
  const sheetXml = await editor.text(sheetPart);
  const id = /<drawing r:id="([^"]+)"/.exec(sheetXml)?.[1];
  if (id !== undefined) {
    const rels = await editor.text(relsOf(sheetPart));
    const target = new RegExp(`Id="${id}"[^>]*Target="\\.\\./drawings/([^"]+)"`).exec(rels)?.[1];
    return `xl/drawings/${target ?? "?"}`;
  }
  const drawing = "xl/drawings/drawing9.xml";
  await editor.addPart(
    drawing,
    "application/vnd.openxmlformats-officedocument.drawing+xml",
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"></xdr:wsDr>`
  );
  await editor.relate(relsOf(sheetPart), "rIdD9", `${R}/drawing`, "../drawings/drawing9.xml");
  editor.zip.file(
    sheetPart,
    sheetXml.replace(/(<tableParts|<\/worksheet>)/, '<drawing r:id="rIdD9"/>$1')
  );
  return drawing;
}

/**
 * Adds a user's chart named `name` to `sheet` (chart part xl/charts/chart{n}.xml with style,
 * colours and user shapes), anchored from I6 to P21. The drawing root declares the `c` and `r`
 * prefixes the anchor uses, as some producers write it.
 */
export async function addUserChart(
  editor: PackageEditor,
  sheet: string,
  name = "Diagramm 1",
  n = 1
): Promise<void> {
  const drawing = await drawingOf(editor, sheet);
  const chart = `xl/charts/chart${n}.xml`;
  const drawingXml = (await editor.text(drawing))
    .replace(/<xdr:wsDr\b/, `<xdr:wsDr xmlns:c="${NS_C}" xmlns:r="${R}"`)
    .replace("</xdr:wsDr>", `${chartAnchor(name, `rIdC${n}`)}</xdr:wsDr>`);
  editor.zip.file(drawing, drawingXml);
  await editor.relate(relsOf(drawing), `rIdC${n}`, `${R}/chart`, `../charts/chart${n}.xml`);
  await editor.addPart(
    chart,
    "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    USER_CHART_XML
  );
  const style = `xl/charts/style${n}.xml`;
  const colors = `xl/charts/colors${n}.xml`;
  const shapes = `xl/drawings/drawing${20 + n}.xml`;
  await editor.addPart(style, "application/vnd.ms-office.chartstyle+xml", CHART_STYLE_XML);
  await editor.addPart(colors, "application/vnd.ms-office.chartcolorstyle+xml", CHART_COLORS_XML);
  await editor.addPart(
    shapes,
    "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml",
    USER_SHAPES_XML
  );
  const rels = relsOf(chart);
  await editor.relate(
    rels,
    "rId1",
    "http://schemas.microsoft.com/office/2011/relationships/chartStyle",
    `style${n}.xml`
  );
  await editor.relate(
    rels,
    "rId2",
    "http://schemas.microsoft.com/office/2011/relationships/chartColorStyle",
    `colors${n}.xml`
  );
  await editor.relate(rels, "rId3", `${R}/chartUserShapes`, `../drawings/drawing${20 + n}.xml`);
}

/** Adds a pivot table on `sheet` with its cache definition and records (a minimal valid set). */
export async function addPivotTable(editor: PackageEditor, sheet: string): Promise<void> {
  const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  await editor.addPart(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${SML}.pivotCacheDefinition+xml`,
    `${XML_HEAD}<pivotCacheDefinition ${ns} xmlns:r="${R}" r:id="rId1" recordCount="0">` +
      `<cacheSource type="worksheet"><worksheetSource ref="A1:B2" sheet="${sheet}"/></cacheSource>` +
      `<cacheFields count="1"><cacheField name="Region" numFmtId="0"><sharedItems/></cacheField>` +
      `</cacheFields></pivotCacheDefinition>`
  );
  await editor.addPart(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${SML}.pivotCacheRecords+xml`,
    `${XML_HEAD}<pivotCacheRecords ${ns} count="0"/>`
  );
  await editor.relate(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    "rId1",
    `${R}/pivotCacheRecords`,
    "pivotCacheRecords1.xml"
  );
  await editor.addPart(
    "xl/pivotTables/pivotTable1.xml",
    `${SML}.pivotTable+xml`,
    `${XML_HEAD}<pivotTableDefinition ${ns} name="PivotTable1" cacheId="5" dataCaption="Werte">` +
      `<location ref="D1:E2" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/>` +
      `<pivotFields count="1"><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`
  );
  await editor.relate(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    "rId1",
    `${R}/pivotCacheDefinition`,
    "../pivotCache/pivotCacheDefinition1.xml"
  );
  const sheetPart = await editor.sheetPart(sheet);
  await editor.relate(
    relsOf(sheetPart),
    "rIdP1",
    `${R}/pivotTable`,
    "../pivotTables/pivotTable1.xml"
  );
  await editor.relate(
    "xl/_rels/workbook.xml.rels",
    "rIdP2",
    `${R}/pivotCacheDefinition`,
    "pivotCache/pivotCacheDefinition1.xml"
  );
  const workbook = await editor.text("xl/workbook.xml");
  editor.zip.file(
    "xl/workbook.xml",
    workbook.replace(
      /(<calcPr\b|<\/workbook>)/,
      '<pivotCaches><pivotCache cacheId="5" r:id="rIdP2"/></pivotCaches>$1'
    )
  );
}

/**
 * One add-in setting as Office stores it in a web extension part: the JSON text of the value,
 * XML-escaped into an attribute (the task pane saves the mapping as a JSON string, so the JSON
 * layer is a quoted string with escaped quotes inside).
 */
export function settingProperty(name: string, value: unknown): string {
  const escaped = JSON.stringify(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return `<we:property name="${name}" value="${escaped}"/>`;
}

/** A web extension part of the task pane add-in with the given <we:property> elements. */
export function webExtensionXml(properties: string): string {
  return (
    `${XML_HEAD}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-4D3A-8D91-2F2B9A4C5D11}">` +
    `<we:reference id="sozialraumbudget" version="0.1.0" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/>` +
    `<we:snapshot xmlns:r="${R}"/></we:webextension>`
  );
}

/** The add-in's saved mapping (the default layout, as the task pane saves it) in its part. */
export const WEBEXTENSION_XML = webExtensionXml(
  settingProperty("sozialraumbudget.mapping", serializeMapping(DEFAULT_MAPPING))
);
export const TASKPANES_XML =
  `${XML_HEAD}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">` +
  `<wetp:taskpane dockstate="right" visibility="0" width="350" row="3">` +
  `<wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;

/** Adds the task pane add-in with its settings (xl/webextensions/), related from the package. */
export async function addWebExtension(
  editor: PackageEditor,
  webExtension = WEBEXTENSION_XML
): Promise<void> {
  await editor.addPart(
    "xl/webextensions/taskpanes.xml",
    "application/vnd.ms-office.webextensiontaskpanes+xml",
    TASKPANES_XML
  );
  await editor.addPart(
    "xl/webextensions/webextension1.xml",
    "application/vnd.ms-office.webextension+xml",
    webExtension
  );
  await editor.relate(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    "rId1",
    "http://schemas.microsoft.com/office/2011/relationships/webextension",
    "webextension1.xml"
  );
  await editor.relate(
    "_rels/.rels",
    "rIdW1",
    "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
    "xl/webextensions/taskpanes.xml"
  );
}

export const CUSTOM_PROPERTIES_XML =
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
  `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
  `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Klassifizierung">` +
  `<vt:lpwstr>intern</vt:lpwstr></property></Properties>`;
export const CUSTOM_XML_ITEM = `${XML_HEAD}<Beispiel xmlns="urn:beispiel">Wert</Beispiel>`;
export const CUSTOM_XML_PROPS =
  `${XML_HEAD}<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" ` +
  `xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`;

/** Adds one custom document property and one custom XML item (with its properties part). */
export async function addCustomParts(editor: PackageEditor): Promise<void> {
  await editor.addPart(
    "docProps/custom.xml",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
    CUSTOM_PROPERTIES_XML
  );
  await editor.relate("_rels/.rels", "rIdC1", `${R}/custom-properties`, "docProps/custom.xml");
  // A custom XML item has no override: it is plain XML by the package's Default.
  editor.zip.file("customXml/item1.xml", CUSTOM_XML_ITEM);
  await editor.addPart(
    "customXml/itemProps1.xml",
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
    CUSTOM_XML_PROPS
  );
  await editor.relate(
    "customXml/_rels/item1.xml.rels",
    "rId1",
    `${R}/customXmlProps`,
    "itemProps1.xml"
  );
  await editor.relate(
    "xl/_rels/workbook.xml.rels",
    "rIdX9",
    `${R}/customXml`,
    "../customXml/item1.xml"
  );
}

/** Returns the edited sample base, after `edit`. */
export async function editedSample(
  edit: (editor: PackageEditor) => Promise<void>
): Promise<Buffer> {
  const editor = await PackageEditor.of(await sampleBase());
  await edit(editor);
  return editor.bytes();
}
