/**
 * The Office.js adapter renders every planned cell style and number format from the shared table
 * (src/workbook/look.ts) into the range formats of the in-memory Excel host.
 */
import { OfficeWorkbook, toColumnPoints } from "../../../src/adapters/officejs";
import {
  CELL_LOOKS,
  CELL_STYLES,
  GENERAL_FORMAT,
  NUMBER_FORMAT_CODES,
} from "../../../src/workbook";
import type { CellFormatReport } from "../../support/excel-host";
import { FORMATS, STYLED, expectedLook, hostLook } from "../looks";
import { useHost } from "./helpers";

async function written(): Promise<CellFormatReport[][]> {
  const host = useHost(null);
  host.addSheet("Start");
  await new OfficeWorkbook().writePlan({ sheets: [STYLED] });
  return host.getFormats("Stile", "A1:E3");
}

describe("when every cell style is written through Office.js", () => {
  it.each(CELL_STYLES.map((style, column) => [style, column] as const))(
    "gives a %s cell the look of the shared table",
    async (style, column) => {
      const formats = await written();
      expect(hostLook(formats[0]?.[column] as CellFormatReport)).toEqual(
        expectedLook(CELL_LOOKS[style])
      );
    }
  );

  it.each(FORMATS.map((format, column) => [format, column] as const))(
    "gives a %s cell the format code of the shared table",
    async (format, column) => {
      const formats = await written();
      expect(formats[1]?.[column]?.numberFormat).toBe(NUMBER_FORMAT_CODES[format]);
    }
  );

  it("leaves a cell without style or number format in the default look", async () => {
    const formats = await written();
    const plain = formats[2]?.[0] as CellFormatReport;
    expect(hostLook(plain)).toEqual(expectedLook(undefined));
    expect(plain.numberFormat).toBe(GENERAL_FORMAT);
  });
});

describe("toColumnPoints", () => {
  it.each([
    [8.43, 48],
    [10, 56.25],
    [28, 150.75],
    [0, 3.75],
  ])("converts %s characters to %s points", (characters, points) => {
    expect(toColumnPoints(characters)).toBe(points);
  });
});
