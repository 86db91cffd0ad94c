import { headerBlocksOf, locateHeaderBlock } from "../../src/workbook/header-blocks";
import type { CellValue } from "../../src/workbook/types";

/** A sheet's top rows: a title, an empty row, then indicators and weights side by side. */
const TOP: CellValue[][] = [
  ["Belastungsindikatoren 2027"],
  [],
  ["Gemeinde", "SGB II (%)", "Alleinerziehende (%)", null, " indikator ", "GEWICHT", null, "Notiz"],
  ["SG A", 14.2, 21.5, null, "SGB II (%)", 0.4],
];

describe("headerBlocksOf", () => {
  it("returns the runs of non-blank cells", () => {
    expect(headerBlocksOf(2, TOP[2] ?? [])).toEqual([
      { row: 2, left: 0, width: 3 },
      { row: 2, left: 4, width: 2 },
      { row: 2, left: 7, width: 1 },
    ]);
  });
});

describe("locateHeaderBlock", () => {
  it.each([
    ["indicators", { row: 2, left: 0, width: 3 }],
    ["weights", { row: 2, left: 4, width: 2 }],
  ] as const)("finds the block of %s below the title", (key, expected) => {
    expect(locateHeaderBlock(key, TOP)).toEqual(expected);
  });

  it("searches only the row the mapping names", () => {
    expect(locateHeaderBlock("weights", TOP, 2)).toEqual({ row: 2, left: 4, width: 2 });
    expect(locateHeaderBlock("weights", TOP, 0)).toEqual({ row: 0, left: 0, width: 1 });
  });

  it("falls back to the first block of row 1, so the missing columns are named there", () => {
    expect(locateHeaderBlock("parameters", TOP)).toEqual({ row: 0, left: 0, width: 1 });
  });

  it("is undefined for an empty sheet", () => {
    expect(locateHeaderBlock("parameters", [])).toBeUndefined();
  });
});
