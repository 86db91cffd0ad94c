/**
 * The .xlsx adapter renders every planned cell style and number format from the shared table
 * (src/workbook/look.ts), through a saved and reopened file.
 */
import type { Worksheet } from "exceljs";
import { toExcelStyle } from "../../../src/adapters/xlsx/cellStyle";
import { CELL_LOOKS, CELL_STYLES, NUMBER_FORMAT_CODES } from "../../../src/workbook";
import { FORMATS, STYLED, expectedLook, xlsxLook } from "../looks";
import { loadSample, reopen } from "./helpers";

async function written(): Promise<Worksheet> {
  const port = await loadSample();
  await port.writePlan({ sheets: [STYLED] });
  const sheet = (await reopen(port)).workbook.getWorksheet("Stile");
  if (!sheet) throw new Error("sheet Stile missing");
  return sheet;
}

describe("when every cell style is written to an .xlsx file", () => {
  let sheet: Worksheet;
  beforeAll(async () => {
    sheet = await written();
  });

  it.each(CELL_STYLES.map((style, column) => [style, column] as const))(
    "gives a %s cell the look of the shared table",
    (style, column) => {
      expect(xlsxLook(sheet.getCell(1, column + 1))).toEqual(expectedLook(CELL_LOOKS[style]));
    }
  );

  it.each(FORMATS.map((format, column) => [format, column] as const))(
    "gives a %s cell the format code of the shared table",
    (format, column) => {
      expect(sheet.getCell(2, column + 1).numFmt).toBe(NUMBER_FORMAT_CODES[format]);
    }
  );

  it("leaves a cell without style in the default look", () => {
    expect(xlsxLook(sheet.getCell("A3"))).toEqual(expectedLook(undefined));
  });
});

describe("toExcelStyle", () => {
  it("returns a new style object each time, so editing one cell restyles no other", () => {
    const first = toExcelStyle("header", "eur");
    const second = toExcelStyle("header", "eur");
    expect(second).toEqual(first);
    if (first.font) first.font.bold = false;
    if (first.border?.bottom) first.border.bottom.style = "double";
    expect(second.font?.bold).toBe(true);
    expect(second.border?.bottom?.style).toBe("thin");
  });

  it("gives an unstyled cell without format no style at all", () => {
    expect(toExcelStyle()).toEqual({});
  });
});
