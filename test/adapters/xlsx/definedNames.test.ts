import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { blockNameFor } from "../../../src/workbook";
import { numberedSheet } from "./helpers";

/** Names ExcelJS alone would drop or damage, as Excel writes them into xl/workbook.xml. */
const USER_NAMES = [
  '<definedName name="Faktor">0.5</definedName>',
  '<definedName name="Spalte">Stammdaten!$D:$D</definedName>',
  '<definedName name="Steuer" localSheetId="1">Stammdaten!$B$2</definedName>',
  '<definedName name="Summe2">SUM(Stammdaten!$D$2:$D$11)</definedName>',
  '<definedName name="Text" comment="mit &quot;Anführung&quot;">&quot;a&amp;b&quot;</definedName>',
  '<definedName name="Bereich">Stammdaten!$A$1:$B$3</definedName>',
];

async function workbookXml(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string");
  if (xml === undefined) throw new Error("no workbook part");
  return xml;
}

function definedNamesOf(xml: string): string[] {
  return xml.match(/<definedName\b[\s\S]*?<\/definedName>/g) ?? [];
}

/** A file with two sheets whose workbook part carries `names`, as if saved by Excel. */
async function fileWithNames(names: readonly string[] = USER_NAMES): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Hinweise").getCell("A1").value = "Hinweis";
  workbook.addWorksheet("Stammdaten").getCell("B2").value = 0.19;
  const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const xml = await zip.file("xl/workbook.xml")?.async("string");
  zip.file(
    "xl/workbook.xml",
    (xml ?? "").replace("</sheets>", `</sheets><definedNames>${names.join("")}</definedNames>`)
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("when a file with the user's own defined names is filled", () => {
  it("keeps every one of them verbatim and adds the block name", async () => {
    const port = await XlsxWorkbook.fromBuffer(await fileWithNames());
    await port.writePlan({ sheets: [numberedSheet("Region 1", 2, 3)] });
    const names = definedNamesOf(await workbookXml(await port.toBuffer()));
    expect(names).toEqual([
      ...USER_NAMES,
      `<definedName name="${blockNameFor("Region 1")}">&apos;Region 1&apos;!$A$1:$C$2</definedName>`,
    ]);
  });

  it("replaces the old block name on a refill and keeps the user's names", async () => {
    const first = await XlsxWorkbook.fromBuffer(await fileWithNames());
    await first.writePlan({ sheets: [numberedSheet("Region 1", 4, 3)] });
    const second = await XlsxWorkbook.fromBuffer(await first.toBuffer());
    await second.writePlan({
      sheets: [{ ...numberedSheet("Region 1", 2, 2), clear: { rows: 4, columns: 3 } }],
    });
    const names = definedNamesOf(await workbookXml(await second.toBuffer()));
    expect(names).toEqual([
      ...USER_NAMES,
      `<definedName name="${blockNameFor("Region 1")}">&apos;Region 1&apos;!$A$1:$B$2</definedName>`,
    ]);
  });
});

describe("when the file's only names are ones ExcelJS cannot hold", () => {
  it("writes them back together with the block name", async () => {
    const constant = '<definedName name="Faktor">0.5</definedName>';
    const port = await XlsxWorkbook.fromBuffer(await fileWithNames([constant]));
    await port.writePlan({ sheets: [numberedSheet("Region 1", 1, 1)] });
    const names = definedNamesOf(await workbookXml(await port.toBuffer()));
    // ExcelJS writes a one-cell block as the cell itself.
    expect(names).toEqual([
      constant,
      `<definedName name="${blockNameFor("Region 1")}">&apos;Region 1&apos;!$A$1</definedName>`,
    ]);
  });

  it("keeps them when nothing else is written", async () => {
    const constant = '<definedName name="Faktor">0.5</definedName>';
    const port = await XlsxWorkbook.fromBuffer(await fileWithNames([constant]));
    expect(definedNamesOf(await workbookXml(await port.toBuffer()))).toEqual([constant]);
  });
});

describe("when a workbook built in memory is saved", () => {
  it("writes the names ExcelJS holds", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Stammdaten");
    workbook.definedNames.add("Stammdaten!$A$1:$A$3", "Liste");
    const xml = await workbookXml(await XlsxWorkbook.of(workbook).toBuffer());
    expect(definedNamesOf(xml)).toEqual([
      '<definedName name="Liste">Stammdaten!$A$1:$A$3</definedName>',
    ]);
  });
});
