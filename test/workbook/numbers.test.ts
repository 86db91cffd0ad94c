import * as fc from "fast-check";
import { cellNumberToDec, parseNumberText } from "../../src/workbook/numbers";

describe("parseNumberText", () => {
  it.each([
    ["2027", "2027"],
    ["1.234,56", "1234.56"],
    ["1.234.567", "1234567"],
    ["12,5", "12.5"],
    ["1234,56", "1234.56"],
    ["1,2345", "1.2345"],
    ["1234.56", "1234.56"],
    ["1,234.56", "1234.56"],
    ["1,234,567", "1234567"],
    ["1 234,56 €", "1234.56"],
    ["1\u00a0234,56", "1234.56"],
    ["€ 1.234,56", "1234.56"],
    ["1.234,56 EUR", "1234.56"],
    ["-12,5", "-12.5"],
    ["\u221212,5", "-12.5"],
    ["+7", "7"],
    [",5", "0.5"],
    // Percent divides by 100: 30 % = 0.3.
    ["30 %", "0.3"],
    ["12,5%", "0.125"],
  ])("reads %j as %s", (text, value) => {
    const parsed = parseNumberText(text);
    expect(parsed?.kind).toBe("number");
    expect(parsed?.kind === "number" && parsed.value.toString()).toBe(value);
  });

  it.each([
    // Thousands separator or decimal separator: both readings are plausible.
    ["1.234", "1.234", "1234"],
    ["1,234", "1.234", "1234"],
    ["12.500", "12.5", "12500"],
  ])("calls %j ambiguous (%s or %s)", (text, first, second) => {
    const parsed = parseNumberText(text);
    expect(parsed?.kind === "ambiguous" && parsed.readings.map(String)).toEqual([first, second]);
  });

  it.each([["viel"], [""], ["1.2.3,4,5"], ["12a"], ["1 2"], ["--1"], ["€"]])(
    "finds no number in %j",
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    }
  );

  it("reads back every amount written in German notation", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), (cents) => {
        const euros = Math.floor(cents / 100);
        const grouped = String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        const text = `${grouped},${String(cents % 100).padStart(2, "0")}`;
        const parsed = parseNumberText(text);
        return parsed?.kind === "number" && parsed.value.times(100).toNumber() === cents;
      })
    );
  });
});

describe("cellNumberToDec", () => {
  it.each([
    [0.1 + 0.2, "0.3"],
    [12345.600000000002, "12345.6"],
    [2233000, "2233000"],
    [115000.125, "115000.125"],
    [1e-7, "0.0000001"],
  ])("takes Excel's 15 significant digits of %d: %s", (value, text) => {
    expect(cellNumberToDec(value).toString()).toBe(text);
  });

  it("rejects a non-finite number", () => {
    expect(() => cellNumberToDec(Number.NaN)).toThrow(RangeError);
  });
});
