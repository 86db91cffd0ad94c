/**
 * Charts in the saved .xlsx: a planned chart becomes exactly one chart part with the series'
 * formulas and cached values, anchored by a drawing of its sheet; a refill replaces it, and a
 * write of other sheets keeps it, as it keeps every part of a user's chart.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import type { OutputPlan, PlannedSheet } from "../../../src/workbook";
import { diffPackages } from "../../support/packageDiff";
import { fromExcelJs } from "./helpers";
import {
  addUserChart,
  CHART_COLORS_XML,
  CHART_STYLE_XML,
  editedSample,
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
  return Object.values(zip.files)
    .filter((file) => !file.dir && pattern.test(file.name))
    .map((file) => file.name);
}

async function text(zip: JSZip, part: string): Promise<string> {
  return (await zip.file(part)?.async("string")) ?? "";
}

async function written(plan: OutputPlan, from?: XlsxWorkbook): Promise<XlsxWorkbook> {
  const port = from ?? (await fromExcelJs(new ExcelJS.Workbook()));
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
});

describe("when a user's chart is on a sheet the plan leaves alone", () => {
  it("keeps every part of it byte for byte: drawing, chart, style, colours, user shapes", async () => {
    const input = await editedSample(async (editor) => {
      await addUserChart(editor, "Stammdaten");
    });
    const port = await XlsxWorkbook.fromBuffer(input);
    await port.writePlan({ sheets: [CHART_SHEET] });
    const diff = await diffPackages(input, await port.toBuffer());
    expect(diff.removed).toEqual([]);
    expect(diff.changed.filter((part) => /^xl\/(charts|drawings)\//.test(part))).toEqual([]);
    const zip = await zipOf(port);
    expect(await text(zip, "xl/charts/chart1.xml")).toBe(USER_CHART_XML);
    expect(await text(zip, "xl/charts/style1.xml")).toBe(CHART_STYLE_XML);
    expect(await text(zip, "xl/charts/colors1.xml")).toBe(CHART_COLORS_XML);
    expect(await text(zip, "xl/drawings/drawing21.xml")).toBe(USER_SHAPES_XML);
  });
});
