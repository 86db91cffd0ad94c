import { newSheetXml, splicedSheetXml } from "../../../src/adapters/xlsx/sheetWriter";
import type { PlannedCell, PlannedSheet } from "../../../src/workbook";

/** An output sheet as Excel saves it after a user worked on it: cells beside and below the block, a
 * note, a drawing, conditional formats, validations, page setup and a header. */
const BEFORE = '<sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:E8"/>';
const VIEWS =
  '<sheetViews><sheetView zoomScale="120" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B4" sqref="B4"/></sheetView></sheetViews>';
const FORMAT = '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>';
const COLS = '<cols><col min="1" max="10" width="14" customWidth="1"/></cols>';
const USER_E1 = '<c r="E1" s="7" t="s"><v>12</v></c>';
const USER_A8 = '<c r="A8"><f>SUM(B2:B3)</f><v>30</v></c>';
const SHEET_DATA =
  `<sheetData><row r="1" spans="1:5" ht="24" customHeight="1"><c r="A1" t="s"><v>3</v></c><c r="B1"><v>1</v></c>${USER_E1}</row>` +
  `<row r="2" spans="1:2"><c r="A2"><v>10</v></c><c r="B2"><v>11</v></c></row>` +
  `<row r="3" spans="1:2"><c r="A3"><v>20</v></c><c r="B3"><v>21</v></c></row>` +
  `<row r="8">${USER_A8}</row></sheetData>`;
const AFTER =
  '<conditionalFormatting sqref="E1:E20"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="list" sqref="E2"><formula1>"ja,nein"</formula1></dataValidation></dataValidations>' +
  '<pageMargins left="0.7" right="0.7" top="0.78" bottom="0.78" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="rId1"/>' +
  '<headerFooter><oddHeader>&amp;CSozialraumbudget</oddHeader></headerFooter><drawing r:id="rId2"/><legacyDrawing r:id="rId3"/>';
const SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
  `${BEFORE}${VIEWS}${FORMAT}${COLS}${SHEET_DATA}${AFTER}</worksheet>`;

const styleOf = (cell: PlannedCell): number => (cell.style === "total" ? 42 : 0);

/** A refill: a 2 × 3 block (was 3 × 2), its widths and one frozen row. */
const REFILL: PlannedSheet = {
  name: "Region 1",
  cells: [
    [{ value: "Titel & Co" }, { value: 5 }, { value: true }],
    [{ value: "Summe", style: "total" }, { formula: "=SUM(B1:B1)", value: 5 }, null],
  ],
  extent: { rows: 2, columns: 3 },
  clear: { rows: 3, columns: 2 },
  columnWidths: [30, 12, 8],
  freezeRows: 1,
};

describe("splicedSheetXml", () => {
  const spliced = splicedSheetXml(SHEET, REFILL, styleOf);

  it("keeps everything around the cell table byte for byte", () => {
    expect(spliced.startsWith(SHEET.slice(0, SHEET.indexOf("<dimension")))).toBe(true);
    expect(spliced).toContain('<sheetPr><tabColor rgb="FF00B050"/></sheetPr>');
    expect(spliced).toContain(FORMAT);
    expect(spliced.endsWith(`${AFTER}</worksheet>`)).toBe(true);
  });

  it("keeps the user's cells beside and below the block as they were written", () => {
    expect(spliced).toContain(USER_E1);
    expect(spliced).toContain(`<row r="8">${USER_A8}</row>`);
  });

  it("writes the block, clears the old one and keeps the row's own height", () => {
    const data = /<sheetData>([\s\S]*)<\/sheetData>/.exec(spliced)?.[1];
    expect(data).toBe(
      '<row r="1" ht="24" customHeight="1"><c r="A1" t="inlineStr"><is><t>Titel &amp; Co</t></is></c><c r="B1"><v>5</v></c><c r="C1" t="b"><v>1</v></c>' +
        `${USER_E1}</row>` +
        '<row r="2"><c r="A2" s="42" t="inlineStr"><is><t>Summe</t></is></c><c r="B2"><f>SUM(B1:B1)</f><v>5</v></c></row>' +
        `<row r="8">${USER_A8}</row>`
    );
  });

  it("sets the block's column widths and keeps the user's widths beyond it", () => {
    expect(spliced).toContain(
      '<cols><col min="1" max="1" width="30" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/><col min="3" max="3" width="8" customWidth="1"/><col min="4" max="10" width="14" customWidth="1"/></cols>'
    );
  });

  it("freezes the header rows and keeps the user's zoom", () => {
    expect(spliced).toContain(
      '<sheetView zoomScale="120" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
    );
  });

  it("updates the used area", () => {
    expect(spliced).toContain('<dimension ref="A1:E8"/>');
  });

  it("gives the same part when the same block is written again", () => {
    const again = splicedSheetXml(spliced, { ...REFILL, clear: REFILL.extent }, styleOf);
    expect(again).toBe(spliced);
  });
});

describe("newSheetXml", () => {
  it("writes only the block, its widths and its frozen rows", () => {
    const xml = newSheetXml({ ...REFILL, clear: undefined }, styleOf);
    expect(xml).toContain('<dimension ref="A1:C2"/>');
    expect(xml).toContain('<row r="2"><c r="A2" s="42" t="inlineStr"><is><t>Summe</t></is></c>');
    expect(xml).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    );
  });
});
