/**
 * Issue 13 over the surgical writer (issue 10): the output sheets print on A4 landscape, one page
 * wide, with their title rows, header and footer; the add-in marks the sheets it created and
 * keeps page settings a user chose on sheets it did not create. Inputs are edited as package XML
 * (a trip through ExcelJS would lose the add-in's block record); ExcelJS only reads the results,
 * as another program would.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { hasUntouchedPageSetup, withPageSetupXml } from "../../../src/adapters/xlsx/pageSetup";
import { fillWorkbook, type PageSetup, type RunOptions } from "../../../src/workbook";
import { SAMPLE_PATH } from "./helpers";
import { PackageEditor } from "./packages";

const OPTIONS: RunOptions = {
  now: new Date(Date.UTC(2026, 10, 22, 13, 3, 0)),
  productVersion: "0.1.0",
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** CT_Worksheet's sequence (ECMA-376 part 1, 18.3.1.99), written out independently of the adapter. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The local names of the worksheet's child elements, in document order. */
function topLevelElements(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const tag of xml.matchAll(/<(\/?)(?:\w+:)?(\w+)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    if (tag[0].startsWith("<?")) continue;
    const [, closing, name = "", selfClosing] = tag;
    if (closing === "/") {
      depth--;
      continue;
    }
    if (depth === 1) names.push(name);
    if (selfClosing !== "/") depth++;
  }
  return names;
}

/** True when the elements follow CT_Worksheet's sequence. */
function inSchemaOrder(xml: string): boolean {
  const positions = topLevelElements(xml).map((name) => WORKSHEET_ORDER.indexOf(name));
  return positions.every((at, i) => at >= 0 && (i === 0 || at >= (positions[i - 1] ?? 0)));
}

/** Fills the bytes as the CLI does and returns the saved bytes. */
async function filled(bytes: Uint8Array): Promise<Buffer> {
  const port = await XlsxWorkbook.fromBuffer(bytes);
  const outcome = await fillWorkbook(port, OPTIONS);
  expect(outcome.written).toBe(true);
  return port.toBuffer();
}

/** The saved file as ExcelJS reads it back. */
async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function partText(bytes: Uint8Array, part: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(part)?.async("string")) ?? "";
}

/** The <definedName> elements named _xlnm.Print_Titles in the saved workbook part. */
async function printTitles(bytes: Uint8Array): Promise<string[]> {
  const xml = await partText(bytes, "xl/workbook.xml");
  return [
    ...xml.matchAll(/<definedName name="_xlnm\.Print_Titles"[^>]*>[^<]*<\/definedName>/g),
  ].map((match) => match[0]);
}

/** Replaces text in one part of a package; throws when `from` is not there. */
async function edited(
  bytes: Uint8Array,
  part: (editor: PackageEditor) => Promise<string>,
  edit: (xml: string) => string
): Promise<Buffer> {
  const editor = await PackageEditor.of(bytes);
  const path = await part(editor);
  const before = await editor.text(path);
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${path} changed nothing`);
  editor.zip.file(path, after);
  return editor.bytes();
}

const SAMPLE = readFileSync(SAMPLE_PATH);

describe("when the CLI fills the sample", () => {
  let workbook: ExcelJS.Workbook;
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await filled(SAMPLE);
    workbook = await reread(bytes);
  });

  it.each(["Region 1", "Region 2", "Region 3", "Übersicht", "Protokoll"])(
    "prints %s on A4 landscape, one page wide, with its title rows",
    (name) => {
      const sheet = workbook.getWorksheet(name);
      expect(sheet?.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: name === "Protokoll" ? "1:1" : "1:2",
        margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      });
    }
  );

  it("puts »Sozialraumbudget <Jahr> – <Blatt>« in the header and page, time and checksum in the footer", () => {
    const sheet = workbook.getWorksheet("Region 1");
    expect(sheet?.headerFooter.oddHeader).toBe("&CSozialraumbudget 2027 – Region 1");
    expect(sheet?.headerFooter.oddFooter).toMatch(
      /^&Lberechnet am 22\.11\.2026, 14:03 · Prüfsumme [0-9a-f]{16}&RSeite &P von &N$/
    );
  });

  it("writes the sheet parts in CT_Worksheet's element order", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((path) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(path)
    );
    expect(parts).toHaveLength(10);
    for (const part of parts) {
      const xml = (await zip.file(part)?.async("string")) ?? "";
      expect([part, inSchemaOrder(xml)]).toEqual([part, true]);
    }
  });

  it("scopes each sheet's print titles to its position among the sheets", async () => {
    expect((await printTitles(bytes)).sort()).toEqual(
      [
        `<definedName name="_xlnm.Print_Titles" localSheetId="5">'Region 1'!$1:$2</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="6">'Region 2'!$1:$2</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="7">'Region 3'!$1:$2</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="8">'Übersicht'!$1:$2</definedName>`,
        `<definedName name="_xlnm.Print_Titles" localSheetId="9">'Protokoll'!$1:$1</definedName>`,
      ].sort()
    );
  });

  it("marks every sheet it created as its own", () => {
    const names = workbook.definedNames.model
      .map((name) => name.name)
      .filter((n) => n.startsWith("SR_Druck_"));
    expect(names.sort()).toEqual(
      [
        "SR_Druck_Protokoll",
        "SR_Druck_Region_00201",
        "SR_Druck_Region_00202",
        "SR_Druck_Region_00203",
        "SR_Druck__00DCbersicht",
      ].sort()
    );
  });

  it("writes the same page setup and names again on a refill", async () => {
    const again = await filled(bytes);
    const pageNames = async (saved: Uint8Array): Promise<string[]> =>
      (await partText(saved, "xl/workbook.xml")).match(
        /<definedName name="(?:_xlnm\.Print_Titles|SR_Druck_[^"]*)"[^>]*>[^<]*<\/definedName>/g
      ) ?? [];
    expect(await pageNames(again)).toEqual(await pageNames(bytes));
    expect(await pageNames(again)).toHaveLength(10);
    const part = "xl/worksheets/sheet6.xml";
    expect(await partText(again, part)).toBe(await partText(bytes, part));
  });

  it("sets the print titles again on a refill of a sheet whose titles a user removed", async () => {
    const removed = await edited(
      bytes,
      () => Promise.resolve("xl/workbook.xml"),
      (xml) =>
        xml.replace(
          /<definedName name="_xlnm\.Print_Titles" localSheetId="5">[^<]*<\/definedName>/,
          ""
        )
    );
    expect(await printTitles(removed)).toHaveLength(4);
    const again = await filled(removed);
    expect((await printTitles(again)).sort()).toEqual((await printTitles(bytes)).sort());
  });

  it("resets page settings a user changed on a sheet the add-in created", async () => {
    const portrait = await edited(
      bytes,
      (editor) => editor.sheetPart("Region 1"),
      (xml) => xml.replace('orientation="landscape"', 'orientation="portrait" scale="85"')
    );
    const refilled = await reread(await filled(portrait));
    expect(refilled.getWorksheet("Region 1")?.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
    });
  });
});

/** A worksheet part as a user's program might write it: portrait, 85 %, Letter, own header. */
const USERS_SHEET =
  `${XML_HEAD}<worksheet ${NS} ${NS_R}><sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1"/>` +
  `<sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0.5" footer="0.5"/>` +
  `<pageSetup paperSize="1" scale="85" orientation="portrait"/>` +
  `<headerFooter><oddHeader>&amp;CEigene Kopfzeile</oddHeader></headerFooter></worksheet>`;

/** The sample with a sheet »Region 2« added as a user made it, with the part `sheetXml`. */
async function withUsersRegion2(sheetXml: string): Promise<Buffer> {
  const editor = await PackageEditor.of(SAMPLE);
  await editor.addPart(
    "xl/worksheets/sheet9.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    sheetXml
  );
  await editor.relate(
    "xl/_rels/workbook.xml.rels",
    "rIdUser",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
    "worksheets/sheet9.xml"
  );
  const workbook = await editor.text("xl/workbook.xml");
  editor.zip.file(
    "xl/workbook.xml",
    workbook.replace("</sheets>", '<sheet name="Region 2" sheetId="9" r:id="rIdUser"/></sheets>')
  );
  return editor.bytes();
}

describe("when a user created an output sheet before the first fill", () => {
  it("keeps the user's page settings on it, byte for byte, and sets the add-in's on the sheets it creates", async () => {
    const bytes = await filled(await withUsersRegion2(USERS_SHEET));
    const xml = await partText(bytes, "xl/worksheets/sheet9.xml");
    expect(xml).toContain('<sheetPr><tabColor rgb="FF00B050"/></sheetPr>');
    expect(xml).toContain(
      '<pageMargins left="1" right="1" top="1" bottom="1" header="0.5" footer="0.5"/><pageSetup paperSize="1" scale="85" orientation="portrait"/><headerFooter><oddHeader>&amp;CEigene Kopfzeile</oddHeader></headerFooter></worksheet>'
    );
    const refilled = await reread(bytes);
    expect(refilled.getWorksheet("Region 1")?.pageSetup.orientation).toBe("landscape");
    const names = refilled.definedNames.model.map((name) => name.name);
    expect(names).toContain("SR_Druck_Region_00201");
    expect(names).not.toContain("SR_Druck_Region_00202");
    expect((await printTitles(bytes)).some((name) => name.includes("'Region 2'"))).toBe(false);
  });

  it("gives it the print layout when it still prints with the defaults, keeping its other settings", async () => {
    const plain = USERS_SHEET.replace(' scale="85" orientation="portrait"', ' r:id="rId1"').replace(
      "<headerFooter><oddHeader>&amp;CEigene Kopfzeile</oddHeader></headerFooter>",
      ""
    );
    const bytes = await filled(await withUsersRegion2(plain));
    const xml = await partText(bytes, "xl/worksheets/sheet9.xml");
    expect(xml).toContain(
      '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr>'
    );
    expect(xml).toContain(
      '<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape" r:id="rId1"/>'
    );
    expect(inSchemaOrder(xml)).toBe(true);
    expect(await printTitles(bytes)).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="5">'Region 2'!$1:$2</definedName>`
    );
  });
});

describe("when a workbook was filled before the print layout existed", () => {
  it("sets the print layout on a refill of its untouched output sheets and marks them", async () => {
    const first = await filled(SAMPLE);
    // What an earlier version left: block names, but no marker, no print titles and Excel's
    // default page settings.
    let legacy = await edited(
      first,
      () => Promise.resolve("xl/workbook.xml"),
      (xml) =>
        xml.replace(
          /<definedName name="(?:SR_Druck_[^"]*|_xlnm\.Print_Titles)"[^>]*>[^<]*<\/definedName>/g,
          ""
        )
    );
    legacy = await edited(
      legacy,
      (editor) => editor.sheetPart("Region 1"),
      (xml) =>
        xml
          .replace('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', "")
          .replace(/<pageSetup [^>]*\/>/, "")
          .replace(/<headerFooter>[\s\S]*<\/headerFooter>/, "")
    );
    const port = await XlsxWorkbook.fromBuffer(legacy);
    const state = (await port.readOutputState(["Region 1"])).get("Region 1");
    expect(state).toMatchObject({ block: { rows: 16, columns: 9 }, pageUntouched: true });
    expect(state?.pageOwned).toBeUndefined();
    const refilled = await reread(await filled(legacy));
    expect(refilled.getWorksheet("Region 1")?.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      printTitlesRow: "1:2",
    });
    expect(refilled.definedNames.model.map((name) => name.name)).toContain("SR_Druck_Region_00201");
  });
});

const PAGE: PageSetup = {
  paperSize: "A4",
  orientation: "landscape",
  fitToPagesWide: 1,
  titleRows: { first: 1, last: 2 },
  margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  centerHeader: "Sozialraumbudget 2027 – A && B",
  leftFooter: "berechnet",
  rightFooter: "Seite &P von &N",
};

describe("withPageSetupXml", () => {
  it("inserts the page elements before later elements and a prefixed worksheet keeps its prefix", () => {
    const xml =
      `<x:worksheet xmlns:x="urn:main"><x:sheetData/><x:printOptions gridLines="1"/>` +
      `<x:drawing r:id="rId2"/><x:tableParts count="0"/></x:worksheet>`;
    expect(withPageSetupXml(xml, PAGE)).toBe(
      `<x:worksheet xmlns:x="urn:main"><x:sheetPr><x:pageSetUpPr fitToPage="1"/></x:sheetPr><x:sheetData/><x:printOptions gridLines="1"/>` +
        `<x:pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
        `<x:pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/>` +
        `<x:headerFooter><x:oddHeader>&amp;CSozialraumbudget 2027 – A &amp;&amp; B</x:oddHeader><x:oddFooter>&amp;Lberechnet&amp;RSeite &amp;P von &amp;N</x:oddFooter></x:headerFooter>` +
        `<x:drawing r:id="rId2"/><x:tableParts count="0"/></x:worksheet>`
    );
  });

  it("replaces the elements in place, sets fitToPage on an existing pageSetUpPr and keeps the rest", () => {
    const xml =
      `<worksheet><sheetPr codeName="T"><pageSetUpPr autoPageBreaks="0"/></sheetPr><sheetData><row r="1"/></sheetData>` +
      `<pageMargins left="1" right="1" top="1" bottom="1" header="1" footer="1"/>` +
      `<pageSetup paperSize="1" orientation="portrait" horizontalDpi="600" r:id="rId1"/>` +
      `<headerFooter differentFirst="1"><firstHeader>X</firstHeader></headerFooter><rowBreaks count="1"/></worksheet>`;
    const result = withPageSetupXml(xml, PAGE);
    expect(result).toContain(
      `<sheetPr codeName="T"><pageSetUpPr autoPageBreaks="0" fitToPage="1"/></sheetPr><sheetData><row r="1"/></sheetData>`
    );
    expect(result).toContain(
      `<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape" horizontalDpi="600" r:id="rId1"/><headerFooter><oddHeader>`
    );
    expect(result).toMatch(/<\/headerFooter><rowBreaks count="1"\/><\/worksheet>$/);
    expect(result).not.toContain("firstHeader");
  });
});

describe("hasUntouchedPageSetup", () => {
  const sheet = (head: string, tail: string): string =>
    `<worksheet>${head}<sheetData/>${tail}</worksheet>`;

  it.each([
    ["no page elements at all", true, sheet("", ""), 0],
    [
      "margins, paper size, 100 % and an empty header",
      true,
      sheet(
        "",
        '<pageMargins left="1" right="1" top="1" bottom="1" header="1" footer="1"/><pageSetup paperSize="11" scale="100"/><headerFooter><oddHeader></oddHeader></headerFooter>'
      ),
      0,
    ],
    ["landscape", false, sheet("", '<pageSetup orientation="landscape"/>'), 0],
    ["a scale of 85 %", false, sheet("", '<pageSetup scale="85"/>'), 0],
    ["fit to page", false, sheet('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>', ""), 0],
    [
      "a footer text",
      false,
      sheet("", "<headerFooter><evenFooter>&amp;P</evenFooter></headerFooter>"),
      0,
    ],
    ["print titles or a print area", false, sheet("", ""), 1],
  ] as const)("reads %s as untouched: %s", (_, expected, xml, printNames) => {
    expect(hasUntouchedPageSetup(xml, printNames)).toBe(expected);
  });
});
