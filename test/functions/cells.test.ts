import { classifyCell, isBlankCell } from "../../src/functions/cells";

describe("classifyCell", () => {
  describe("when the value is a plain number", () => {
    it.each([0, -1.5, 1234.56])("classifies %p as that number", (value) => {
      expect(classifyCell(value)).toEqual({ kind: "number", value });
    });

    it.each([Number.NaN, Number.POSITIVE_INFINITY])("classifies %p as the error #NUM!", (value) => {
      expect(classifyCell(value)).toEqual({ kind: "error", code: "#NUM!" });
    });
  });

  describe("when the value is empty", () => {
    it.each([null, undefined, "", "   "])("classifies %p as blank", (value) => {
      expect(classifyCell(value)).toEqual({ kind: "blank" });
      expect(isBlankCell(value)).toBe(true);
    });

    it("does not take 0 for blank", () => {
      expect(isBlankCell(0)).toBe(false);
    });
  });

  describe("when the value is text", () => {
    it.each([
      ["1.234,56", true],
      ["1234,5", true],
      [" 12.5 ", true],
      ["1 234", true],
      ["-7", true],
      ["Bleckede", false],
      ["12 Stück", false],
      ["#NV", false],
    ])("classifies %p as text that looks numeric: %p", (value, looksNumeric) => {
      expect(classifyCell(value)).toEqual({ kind: "text", text: value.trim(), looksNumeric });
    });
  });

  describe("when the value is an object from Excel or the workbook layer", () => {
    it.each([
      [{ code: "#N/A", message: "" }, "#N/A"],
      [{ error: "#DIV/0!" }, "#DIV/0!"],
      [{ type: "Error", basicValue: "#REF!" }, "#REF!"],
      [{ type: "Error" }, "#VALUE!"],
    ])("classifies %p as the error %p", (value, code) => {
      expect(classifyCell(value)).toEqual({ kind: "error", code });
    });

    it("reads a formatted number by its basic value", () => {
      expect(classifyCell({ type: "FormattedNumber", basicValue: 12.5 })).toEqual({
        kind: "number",
        value: 12.5,
      });
    });

    it.each([[{ type: "Entity", text: "Bleckede" }], [[[1, 2]]], [Symbol("x")]])(
      "classifies %p as unsupported",
      (value) => {
        expect(classifyCell(value)).toEqual({ kind: "unsupported" });
      }
    );
  });

  it("classifies a boolean as boolean", () => {
    expect(classifyCell(true)).toEqual({ kind: "boolean" });
  });
});
