import {
  cellReference,
  cellText,
  columnLetters,
  isBlank,
  normalizeHeader,
  parseA1,
  quoteSheetName,
  toA1,
  toA1Range,
} from "../../src/workbook/cells";

describe("toA1 and parseA1", () => {
  it.each([
    [0, 0, "A1"],
    [2, 1, "B3"],
    [9, 25, "Z10"],
    // Column 26 is the first two-letter column: 26 = 1·26 + 0 → "AA".
    [0, 26, "AA1"],
    [0, 27, "AB1"],
    // 701 = 26·26 + 25 → "ZZ"; 702 → "AAA".
    [0, 701, "ZZ1"],
    [0, 702, "AAA1"],
    [1048575, 16383, "XFD1048576"],
  ])("maps row %i, column %i to %s and back", (row, column, a1) => {
    expect(toA1({ row, column })).toBe(a1);
    expect(parseA1(a1)).toEqual({ row, column });
  });

  it.each([["$B$3"], ["b3"], [" B3 "]])("reads %j as B3", (a1) => {
    expect(parseA1(a1)).toEqual({ row: 2, column: 1 });
  });

  it.each([["A0"], ["3B"], [""], ["A1:B2"], ["XFE1"], ["A1048577"]])("rejects %j", (a1) => {
    expect(() => parseA1(a1)).toThrow(RangeError);
  });

  it.each([[-1], [16384], [1.5]])("rejects column index %d", (column) => {
    expect(() => columnLetters(column)).toThrow(RangeError);
  });

  it("writes a range, or a single cell when both ends coincide", () => {
    expect(toA1Range({ row: 0, column: 0 }, { row: 19, column: 8 })).toBe("A1:I20");
    expect(toA1Range({ row: 4, column: 2 }, { row: 4, column: 2 })).toBe("C5");
  });
});

describe("normalizeHeader", () => {
  it.each([
    ["Netzwerktätigkeit", "netzwerktaetigkeit"],
    ["  NETZWERKTÄTIGKEIT ", "netzwerktaetigkeit"],
    ["Angebote   und\tProjekte", "angebote und projekte"],
    ["Bevölkerungsbasis", "bevoelkerungsbasis"],
    ["Sozialraumträger", "sozialraumtraeger"],
    ["Straße", "strasse"],
    ["Übersicht", "uebersicht"],
    // "a" + combining diaeresis is composed to "ä" first.
    ["Netzwerkta\u0308tigkeit", "netzwerktaetigkeit"],
  ])("normalises %j to %j", (text, key) => {
    expect(normalizeHeader(text)).toBe(key);
  });
});

describe("cell values", () => {
  it.each([
    [null, true],
    ["", true],
    ["   ", true],
    [0, false],
    [false, false],
    ["x", false],
    [{ error: "#NV" }, false],
  ])("tells whether %j is blank: %s", (value, blank) => {
    expect(isBlank(value)).toBe(blank);
  });

  it.each([
    [null, ""],
    [" a ", "a"],
    [12.5, "12.5"],
    [true, "WAHR"],
    [false, "FALSCH"],
    [{ error: "#DIV/0!" }, "#DIV/0!"],
  ])("shows %j as %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe("sheet references", () => {
  it.each([
    ["Parameter", "Parameter", "Parameter!B2"],
    ["Region 1", "'Region 1'", "'Region 1'!B2"],
    ["Übersicht", "'Übersicht'", "'Übersicht'!B2"],
    ["O'Brien", "'O''Brien'", "'O''Brien'!B2"],
    // A name that looks like a cell address must be quoted.
    ["AB12", "'AB12'", "'AB12'!B2"],
  ])("quotes %j as %j", (sheet, quoted, reference) => {
    expect(quoteSheetName(sheet)).toBe(quoted);
    expect(cellReference(sheet, "B2")).toBe(reference);
  });
});
