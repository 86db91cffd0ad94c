/**
 * Charts in the saved .xlsx: a planned chart becomes exactly one chart part with the series'
 * formulas and cached values, anchored by a drawing of its sheet; a refill replaces it, and a
 * write of other sheets keeps it, as it keeps a user's chart with the parts it refers to.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { newWorkbook, XlsxWorkbook } from "../../../src/adapters/xlsx";
import type { OutputPlan, PlannedSheet } from "../../../src/workbook";
import {
  addUserChart,
  CHART_COLORS_XML,
  CHART_STYLE_XML,
  editedSample,
  PackageEditor,
  USER_CHART_XML,
  USER_SHAPES_XML,
} from "./packages";

const CHART_SHEET: PlannedSheet = {
  name: "Modellvergleich",
  cells: [
    [{ value: "Gemeinde" }, { value: "A" }, { value: "B" }],
    [{ value: "Nord & Süd" }, { value: -1.5 }, { value: 2 }],
    [{ value: "Ost" }, { value: 3 }, null],
  ],
  extent: { rows: 3, columns: 3 },
  columnWidths: [20, 10, 10],
  freezeRows: 1,
  charts: [
    {
      name: "SR_Test",
      title: "Veränderung <je> Gemeinde",
      categories: "A2:A3",
      series: [
        { name: "A", values: "B2:B3" },
        { name: "B", values: "C2:C3" },
      ],
      from: "E2",
      to: "L20",
    },
  ],
};
const OTHER_SHEET: PlannedSheet = {
  name: "Andere",
  cells: [[{ value: 1 }]],
  extent: { rows: 1, columns: 1 },
  columnWidths: [10],
  freezeRows: 0,
};

async function zipOf(port: XlsxWorkbook): Promise<JSZip> {
  return JSZip.loadAsync(await port.toBuffer());
}

function partsMatching(zip: JSZip, pattern: RegExp): string[] {
  return Object.keys(zip.files).filter((name) => pattern.test(name));
}

async function text(zip: JSZip, part: string): Promise<string> {
  return (await zip.file(part)?.async("string")) ?? "";
}

async function written(plan: OutputPlan, from?: XlsxWorkbook): Promise<XlsxWorkbook> {
  const port = from ?? XlsxWorkbook.of(newWorkbook());
  await port.writePlan(plan);
  return port;
}

describe("when a planned sheet has a chart", () => {
  it("saves exactly one chart with the series formulas and cached values", async () => {
    const zip = await zipOf(await written({ sheets: [CHART_SHEET] }));
    const charts = partsMatching(zip, /^xl\/charts\/chart\d+\.xml$/);
    expect(charts).toEqual(["xl/charts/chart1.xml"]);
    const chart = await text(zip, "xl/charts/chart1.xml");
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'Modellvergleich'!$A$2:$A$3",
      "'Modellvergleich'!$B$2:$B$3",
      "'Modellvergleich'!$A$2:$A$3",
      "'Modellvergleich'!$C$2:$C$3",
    ]);
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(chart).toContain('<c:pt idx="0"><c:v>Nord &amp; Süd</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="0"><c:v>-1.5</c:v></c:pt>');
    expect(chart).toContain("<a:t>Veränderung &lt;je&gt; Gemeinde</a:t>");
  });

  it("anchors it by a drawing of its sheet from E2 to L20, with content types", async () => {
    const zip = await zipOf(await written({ sheets: [CHART_SHEET] }));
    const sheet = await text(zip, "xl/worksheets/sheet1.xml");
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>/);
    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    expect(drawing).toContain(
      "<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>"
    );
    expect(drawing).toContain(
      "<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>"
    );
    expect(await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).toContain(
      'Target="../charts/chart1.xml"'
    );
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
  });
});

describe("when the saved file is opened and written again", () => {
  async function reopened(): Promise<XlsxWorkbook> {
    const first = await written({ sheets: [CHART_SHEET] });
    return XlsxWorkbook.fromBuffer(await first.toBuffer());
  }

  it("replaces the chart of the same name on a refill", async () => {
    const zip = await zipOf(await written({ sheets: [CHART_SHEET] }, await reopened()));
    expect(partsMatching(zip, /^xl\/charts\/chart\d+\.xml$/)).toHaveLength(1);
    const anchors = (await text(zip, "xl/drawings/drawing1.xml")).split("<xdr:twoCellAnchor");
    expect(anchors).toHaveLength(2);
  });

  it("keeps the chart when only other sheets are written", async () => {
    const zip = await zipOf(await written({ sheets: [OTHER_SHEET] }, await reopened()));
    const charts = partsMatching(zip, /^xl\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(1);
    expect(await text(zip, charts[0] ?? "")).toContain("'Modellvergleich'!$C$2:$C$3");
  });

  it("drops the chart when the replanned sheet has none", async () => {
    const { charts: _none, ...withoutChart } = CHART_SHEET;
    const zip = await zipOf(await written({ sheets: [withoutChart] }, await reopened()));
    expect(partsMatching(zip, /^xl\/charts\//)).toEqual([]);
  });

  it("does not count its own chart, replaced or dropped by a replan, as lost", async () => {
    const { charts: _none, ...withoutChart } = CHART_SHEET;
    const replaced = await written({ sheets: [CHART_SHEET] }, await reopened());
    const dropped = await written({ sheets: [withoutChart] }, await reopened());
    expect((await replaced.toCheckedBytes()).lost).toEqual([]);
    expect((await dropped.toCheckedBytes()).lost).toEqual([]);
  });
});

/** Throws unless `xml` is well-formed with every prefix bound (as Excel requires). */
function expectNamespaceWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** The parts a drawing's relationships point at, by relationship id. */
async function drawingTargets(zip: JSZip, drawing: string): Promise<Map<string, string>> {
  const rels = await text(zip, drawing.replace("drawings/", "drawings/_rels/") + ".rels");
  return new Map(
    [...rels.matchAll(/Id="([^"]+)"[^>]*Target="\.\.\/([^"]+)"/g)].map((m) => [
      m[1] ?? "",
      `xl/${m[2] ?? ""}`,
    ])
  );
}

/** The drawing part of the sheet `name` in a saved package. */
async function sheetDrawing(zip: JSZip, name: string): Promise<string> {
  const editor = await PackageEditor.of(await zip.generateAsync({ type: "uint8array" }));
  const sheetPart = await editor.sheetPart(name);
  const id = /<drawing r:id="([^"]+)"/.exec(await text(zip, sheetPart))?.[1] ?? "";
  const rels = await text(zip, sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels");
  const target = new RegExp(`Id="${id}"[^>]*Target="\\.\\./([^"]+)"`).exec(rels)?.[1] ?? "";
  return `xl/${target}`;
}

describe("when a user's chart is on a sheet the plan leaves alone", () => {
  async function savedWithUserChart(chartXml = USER_CHART_XML): Promise<XlsxWorkbook> {
    const input = await editedSample(async (editor) => {
      await addUserChart(editor, "Stammdaten");
      editor.zip.file("xl/charts/chart1.xml", chartXml);
    });
    const port = await XlsxWorkbook.fromBuffer(input);
    await port.writePlan({ sheets: [OTHER_SHEET] });
    return port;
  }

  it("writes back its chart part with its style, colours and user shapes, byte for byte", async () => {
    const zip = await zipOf(await savedWithUserChart());
    const drawing = await sheetDrawing(zip, "Stammdaten");
    const chartId = /<c:chart r:id="([^"]+)"/.exec(await text(zip, drawing))?.[1] ?? "";
    const chart = (await drawingTargets(zip, drawing)).get(chartId) ?? "";
    expect(await text(zip, chart)).toBe(USER_CHART_XML);
    const rels = await text(zip, chart.replace("charts/", "charts/_rels/") + ".rels");
    const related = [...rels.matchAll(/Id="(rId\d)"[^>]*Target="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(related).toEqual([
      ["rId1", "style1.xml"],
      ["rId2", "colors1.xml"],
      ["rId3", "../drawings/drawing21.xml"],
    ]);
    expect(await text(zip, "xl/charts/style1.xml")).toBe(CHART_STYLE_XML);
    expect(await text(zip, "xl/charts/colors1.xml")).toBe(CHART_COLORS_XML);
    expect(await text(zip, "xl/drawings/drawing21.xml")).toBe(USER_SHAPES_XML);
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing21.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/>'
    );
  });

  it("anchors it from I6 to P21 next to the picture, binding the prefixes it took from its drawing", async () => {
    const zip = await zipOf(await savedWithUserChart());
    const drawingXml = await text(zip, await sheetDrawing(zip, "Stammdaten"));
    expect(drawingXml.split("<xdr:pic>")).toHaveLength(2);
    const anchor =
      /<xdr:twoCellAnchor [^>]*>(?:(?!<\/xdr:twoCellAnchor>)[\s\S])*?name="Diagramm 1"/.exec(
        drawingXml.slice(drawingXml.indexOf("</xdr:pic>"))
      )?.[0];
    expect(anchor).toContain(
      "<xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row>"
    );
    expect(anchor).toMatch(
      /^<xdr:twoCellAnchor xmlns:c="http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/chart" xmlns:r="[^"]+" editAs="oneCell">/
    );
    expectNamespaceWellFormed(drawingXml);
  });

  it("keeps exactly that one chart through a second load and save", async () => {
    const again = await XlsxWorkbook.fromBuffer(await (await savedWithUserChart()).toBuffer());
    await again.writePlan({ sheets: [OTHER_SHEET] });
    const { bytes, lost } = await again.toCheckedBytes();
    const zip = await JSZip.loadAsync(bytes);
    expect(partsMatching(zip, /^xl\/charts\/chart\d+\.xml$/)).toEqual(["xl/charts/chart1.xml"]);
    expect(await text(zip, "xl/charts/chart1.xml")).toBe(USER_CHART_XML);
    const drawingXml = await text(zip, await sheetDrawing(zip, "Stammdaten"));
    expect(drawingXml.split('name="Diagramm 1"')).toHaveLength(2);
    expect(lost).toEqual([]);
  });

  it("leaves a pivot chart out, for the loss check to name", async () => {
    const pivotChart = USER_CHART_XML.replace(
      '<c:roundedCorners val="0"/>',
      '<c:roundedCorners val="0"/><c:pivotSource><c:name>[x.xlsx]Auswertung!PivotTable1</c:name><c:fmtId val="0"/></c:pivotSource>'
    );
    const { bytes, lost } = await (await savedWithUserChart(pivotChart)).toCheckedBytes();
    const zip = await JSZip.loadAsync(bytes);
    expect(partsMatching(zip, /^xl\/charts\//)).toEqual([]);
    expect(lost).toEqual([{ category: "chart", sheet: "Stammdaten", count: 1 }]);
  });
});
