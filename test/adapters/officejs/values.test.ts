/**
 * Cell values between Excel and the workbook layer, and how text is written so that Excel keeps
 * it as text.
 */
import fc from "fast-check";
import { toCellValue, toFormulaInput, toTextInput } from "../../../src/adapters/officejs/values";
import { interpretInput } from "../../support/excel-host/values";

describe("when Excel values are read", () => {
  it.each([
    [12.5, "Double", 12.5],
    [2027, "Double", 2027],
    ["SG Ilmenau", "String", "SG Ilmenau"],
    ["  ", "String", "  "],
    [true, "Boolean", true],
    ["", "Empty", null],
    ["", "String", null],
    ["#DIV/0!", "Error", { error: "#DIV/0!" }],
    ["#NV", "Error", { error: "#NV" }],
    [{ type: "Entity" }, "RichValue", { error: "#VALUE!" }],
  ])("maps %p of type %s to %p", (value, type, expected) => {
    expect(toCellValue(value, type)).toEqual(expected);
  });
});

describe("when text is written", () => {
  it.each([
    ["SG Ilmenau", "SG Ilmenau"],
    ["Region 1", "Region 1"],
    ["2027", "'2027"],
    ["1.234,56", "'1.234,56"],
    ["=SUMME(A1)", "'=SUMME(A1)"],
    ["-5", "'-5"],
    ["+49 4131", "'+49 4131"],
    ["#NV", "'#NV"],
    ["WAHR", "'WAHR"],
    ["true", "'true"],
    ["'zitiert", "''zitiert"],
    ["", ""],
  ])("writes %p as %p", (text, written) => {
    expect(toTextInput(text)).toBe(written);
  });

  it("keeps any text exactly as text in a cell without text format", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const meaning = interpretInput(toTextInput(text), "General");
        expect(meaning).toEqual({ kind: "value", value: text === "" ? null : text });
      })
    );
  });
});

describe("when a planned cell is written", () => {
  it.each([
    [null, ""],
    [{ value: null }, ""],
    [{ value: 123.45, format: "eur" as const }, 123.45],
    [{ value: false }, false],
    [{ value: "2027" }, "'2027"],
    [{ formula: "=SUM(A1:A3)", value: 6 }, "=SUM(A1:A3)"],
    [{ formula: "SUM(A1:A3)" }, "=SUM(A1:A3)"],
  ])("writes %p as %p", (cell, entry) => {
    expect(toFormulaInput(cell)).toEqual(entry);
  });
});
