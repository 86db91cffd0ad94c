/**
 * The check of what a saved copy lacks: nothing for the sample and for what ExcelJS writes back
 * (notes, pictures, tables renumbered), and each part ExcelJS drops named by category and sheet.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { findLostParts } from "../../../src/adapters/xlsx/partLoss";
import type { PlannedSheet } from "../../../src/workbook";
import { numberedSheet, SAMPLE_PATH } from "./helpers";
import {
  addCustomParts,
  addPixelImage,
  addPivotTable,
  addUserChart,
  addWebExtension,
  editedSample,
  sampleBase,
  sampleWorkbook,
  type PackageEditor,
} from "./packages";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Loads `input`, writes `sheets` (if any) and returns what the saved bytes lack. */
async function lostAfterSave(input: Uint8Array, sheets: PlannedSheet[] = []) {
  const port = await XlsxWorkbook.fromBuffer(input);
  if (sheets.length > 0) await port.writePlan({ sheets });
  return (await port.toCheckedBytes()).lost;
}

/** Relates a new part from the part whose rels file is `rels`. */
async function addRelated(
  editor: PackageEditor,
  rels: string,
  type: string,
  path: string,
  target: string,
  contentType: string,
  content = `${XML_HEAD}<x/>`
): Promise<void> {
  await editor.addPart(path, contentType, content);
  await editor.relate(rels, "rIdX1", type, target);
}

async function stammdatenRels(editor: PackageEditor): Promise<string> {
  const part = await editor.sheetPart("Stammdaten");
  return part.replace("worksheets/", "worksheets/_rels/") + ".rels";
}

describe("when nothing is lost", () => {
  it("reports nothing for the sample saved as it is", async () => {
    expect(await lostAfterSave(readFileSync(SAMPLE_PATH))).toEqual([]);
  });

  it("reports nothing for the sample with a new sheet written", async () => {
    expect(await lostAfterSave(readFileSync(SAMPLE_PATH), [numberedSheet("Neu", 2, 2)])).toEqual(
      []
    );
  });

  it("reports nothing for notes, a picture and a background image, which ExcelJS writes back", async () => {
    const workbook = await sampleWorkbook();
    sheetOf(workbook, "Stammdaten").getCell("A1").note = "Eine Notiz";
    const image = addPixelImage(workbook);
    sheetOf(workbook, "Stammdaten").addImage(image, "I2:J4");
    sheetOf(workbook, "Parameter").addBackgroundImage(image);
    const input = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await lostAfterSave(input, [numberedSheet("Neu", 1, 1)])).toEqual([]);
  });

  it("reports nothing for a user's chart on a sheet the plan leaves alone", async () => {
    const input = await editedSample((editor) => addUserChart(editor, "Stammdaten"));
    expect(await lostAfterSave(input, [numberedSheet("Neu", 1, 1)])).toEqual([]);
  });
});

describe("when the saved file lacks parts", () => {
  it("names the pivot table on its sheet and its cache for the workbook", async () => {
    const input = await editedSample((editor) => addPivotTable(editor, "Auswertung"));
    expect(await lostAfterSave(input)).toEqual([
      { category: "pivotTable", sheet: "Auswertung", count: 1 },
      { category: "pivotCache", count: 1 },
    ]);
  });

  it("names a user's chart on a sheet the plan rewrote", async () => {
    const input = await editedSample((editor) => addUserChart(editor, "Auswertung"));
    expect(await lostAfterSave(input, [numberedSheet("Auswertung", 2, 2)])).toEqual([
      { category: "chart", sheet: "Auswertung", count: 1 },
    ]);
  });

  it("names it though the plan adds a chart of its own to that sheet", async () => {
    const planned: PlannedSheet = {
      ...numberedSheet("Auswertung", 3, 2),
      charts: [
        {
          name: "SR_Test",
          title: "Test",
          categories: "A2:A3",
          series: [{ name: "B", values: "B2:B3" }],
          from: "D2",
          to: "J12",
        },
      ],
    };
    const input = await editedSample((editor) => addUserChart(editor, "Auswertung"));
    expect(await lostAfterSave(input, [planned])).toEqual([
      { category: "chart", sheet: "Auswertung", count: 1 },
    ]);
  });

  it("counts the notes a file without them lacks, per sheet", async () => {
    const workbook = await sampleWorkbook();
    sheetOf(workbook, "Stammdaten").getCell("A1").note = "Eins";
    sheetOf(workbook, "Stammdaten").getCell("B1").note = "Zwei";
    const withNotes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await findLostParts(withNotes, readFileSync(SAMPLE_PATH))).toEqual([
      { category: "note", sheet: "Stammdaten", count: 2 },
    ]);
  });

  it.each([
    [
      "a VBA project",
      "workbook",
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      "xl/vbaProject.bin",
      "vbaProject.bin",
      "application/vnd.ms-office.vbaProject",
      { category: "vbaProject", count: 1 },
    ],
    [
      "an external link",
      "workbook",
      `${R}/externalLink`,
      "xl/externalLinks/externalLink1.xml",
      "externalLinks/externalLink1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
      { category: "externalLink", count: 1 },
    ],
    [
      "a form control",
      "sheet",
      `${R}/ctrlProp`,
      "xl/ctrlProps/ctrlProp1.xml",
      "../ctrlProps/ctrlProp1.xml",
      "application/vnd.ms-excel.controlproperties+xml",
      { category: "formControl", sheet: "Stammdaten", count: 1 },
    ],
    [
      "a slicer",
      "sheet",
      "http://schemas.microsoft.com/office/2007/relationships/slicer",
      "xl/slicers/slicer1.xml",
      "../slicers/slicer1.xml",
      "application/vnd.ms-excel.slicer+xml",
      { category: "slicer", sheet: "Stammdaten", count: 1 },
    ],
    [
      "a timeline",
      "sheet",
      "http://schemas.microsoft.com/office/2011/relationships/timeline",
      "xl/timelines/timeline1.xml",
      "../timelines/timeline1.xml",
      "application/vnd.ms-excel.timeline+xml",
      { category: "timeline", sheet: "Stammdaten", count: 1 },
    ],
    [
      "printer settings",
      "sheet",
      `${R}/printerSettings`,
      "xl/printerSettings/printerSettings1.bin",
      "../printerSettings/printerSettings1.bin",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings",
      { category: "printerSettings", sheet: "Stammdaten", count: 1 },
    ],
    [
      "a part of a type the check does not know",
      "sheet",
      "urn:beispiel:teil",
      "xl/beispiel/teil1.xml",
      "../beispiel/teil1.xml",
      "application/x-beispiel+xml",
      { category: "other", sheet: "Stammdaten", detail: "application/x-beispiel+xml", count: 1 },
    ],
  ])("names %s", async (_what, holder, type, path, target, contentType, expected) => {
    const input = await editedSample(async (editor) => {
      const rels = holder === "sheet" ? await stammdatenRels(editor) : "xl/_rels/workbook.xml.rels";
      await addRelated(editor, rels, type, path, target, contentType);
    });
    expect(await lostAfterSave(input)).toEqual([expected]);
  });

  it("names the add-in's settings, custom properties and custom XML a package lacks", async () => {
    const input = await editedSample(async (editor) => {
      await addWebExtension(editor);
      await addCustomParts(editor);
    });
    expect(await findLostParts(input, await sampleBase())).toEqual([
      { category: "webextension", count: 1 },
      { category: "customProperty", count: 1 },
      { category: "customXml", count: 1 },
    ]);
  });

  it("names a chart sheet, which ExcelJS drops whole", async () => {
    const input = await editedSample(async (editor) => {
      await addRelated(
        editor,
        "xl/_rels/workbook.xml.rels",
        `${R}/chartsheet`,
        "xl/chartsheets/sheet1.xml",
        "chartsheets/sheet1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
        `${XML_HEAD}<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`
      );
      const workbook = await editor.text("xl/workbook.xml");
      const sheet = '<sheet name="Diagramm1" sheetId="99" r:id="rIdX1"/>';
      editor.zip.file("xl/workbook.xml", workbook.replace("</sheets>", `${sheet}</sheets>`));
    });
    expect(await lostAfterSave(input)).toEqual([
      { category: "chartsheet", sheet: "Diagramm1", count: 1 },
    ]);
  });

  it("counts threaded comments by thread, not by reply", async () => {
    const ns = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments";
    const comments =
      `${XML_HEAD}<ThreadedComments xmlns="${ns}">` +
      `<threadedComment ref="A1" id="{1}" personId="{9}"><text>Frage</text></threadedComment>` +
      `<threadedComment ref="A1" id="{2}" personId="{9}" parentId="{1}"><text>Antwort</text></threadedComment>` +
      `<threadedComment ref="B2" id="{3}" personId="{9}"><text>Noch eine</text></threadedComment>` +
      `</ThreadedComments>`;
    const input = await editedSample(async (editor) => {
      await addRelated(
        editor,
        await stammdatenRels(editor),
        "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
        "xl/threadedComments/threadedComment1.xml",
        "../threadedComments/threadedComment1.xml",
        "application/vnd.ms-excel.threadedcomments+xml",
        comments
      );
    });
    expect(await lostAfterSave(input)).toEqual([
      { category: "threadedComment", sheet: "Stammdaten", count: 2 },
    ]);
  });

  it("counts a text box in the user's drawing, which ExcelJS drops", async () => {
    const textBox =
      `<xdr:oneCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>` +
      `<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="100" cy="100"/><xdr:sp macro="" textlink="">` +
      `<xdr:nvSpPr><xdr:cNvPr id="9" name="Textfeld 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
      `<xdr:spPr/></xdr:sp><xdr:clientData/></xdr:oneCellAnchor>`;
    const input = await editedSample(async (editor) => {
      const drawing = "xl/drawings/drawing1.xml";
      editor.zip.file(
        drawing,
        (await editor.text(drawing)).replace("</xdr:wsDr>", `${textBox}</xdr:wsDr>`)
      );
    });
    expect(await lostAfterSave(input)).toEqual([
      { category: "shape", sheet: "Stammdaten", count: 1 },
    ]);
  });

  it("counts the sparklines in a sheet's own XML", async () => {
    const x14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
    const sparklines =
      `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${x14}">` +
      `<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
      `<x14:sparklineGroup><x14:sparklines>` +
      `<x14:sparkline><xm:f>Stammdaten!D2:E2</xm:f><xm:sqref>G2</xm:sqref></x14:sparkline>` +
      `<x14:sparkline><xm:f>Stammdaten!D3:E3</xm:f><xm:sqref>G3</xm:sqref></x14:sparkline>` +
      `</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
    const input = await editedSample(async (editor) => {
      const part = await editor.sheetPart("Stammdaten");
      editor.zip.file(
        part,
        (await editor.text(part)).replace("</worksheet>", `${sparklines}</worksheet>`)
      );
    });
    expect(await lostAfterSave(input)).toEqual([
      { category: "sparkline", sheet: "Stammdaten", count: 2 },
    ]);
  });
});
