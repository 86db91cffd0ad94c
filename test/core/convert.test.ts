import DecimalJs from "decimal.js";
import { Dec, roundToCent, toDec } from "../../src/core";
import { d, expectInputError } from "./helpers";

describe("toDec", () => {
  describe("when the value is a finite number or a dot-decimal string", () => {
    it.each([
      // Numbers go through their shortest round-trip string, never their binary expansion.
      [0.1, "0.1"],
      [1234.56, "1234.56"],
      [0.1 + 0.2, "0.30000000000000004"],
      [-0, "0"],
      [1e21, "1000000000000000000000"],
      ["1234.56", "1234.56"],
      [" 7 ", "7"],
      ["-3.5", "-3.5"],
      [".5", "0.5"],
      ["2.", "2"],
      ["1e3", "1000"],
    ])("converts %p to %s", (value, expected) => {
      expect(toDec(value).toString()).toBe(expected);
    });
  });

  describe("when the value is a Decimal", () => {
    it("returns the product's own Dec unchanged", () => {
      const value = d("2.5");
      expect(toDec(value)).toBe(value);
    });

    it("re-wraps a Decimal of another constructor so the product's precision applies", () => {
      // decimal.js defaults to 20 significant digits; Dec keeps 40: 1/3 shows 40 threes.
      const converted = toDec(new DecimalJs("1"));
      expect(converted.constructor).toBe(Dec);
      expect(converted.div(3).toString()).toBe(`0.${"3".repeat(40)}`);
    });
  });

  describe("when the value is not a finite number", () => {
    it.each([
      [Number.NaN],
      [Number.POSITIVE_INFINITY],
      [Number.NEGATIVE_INFINITY],
      ["abc"],
      [""],
      ["1.234,56"],
      ["12,5"],
      ["0x10"],
      ["Infinity"],
      ["NaN"],
      [new Dec(Number.NaN)],
      [new Dec(Number.POSITIVE_INFINITY)],
    ])("throws NOT_A_NUMBER for %p, naming the input", (value) => {
      expectInputError(() => toDec(value, "Gesamtbudget"), {
        code: "NOT_A_NUMBER",
        message: ["Gesamtbudget"],
      });
    });

    it("quotes the offending text", () => {
      expectInputError(() => toDec("1.234,56", "Einwohner"), {
        code: "NOT_A_NUMBER",
        message: ["„1.234,56“"],
      });
    });

    it("still gives a message without a name", () => {
      expectInputError(() => toDec("x"), { code: "NOT_A_NUMBER", message: ["„x“"] });
    });
  });
});

describe("roundToCent", () => {
  it.each([
    ["1.005", "1.01"], // half-up: the tie goes up ("kaufmännisch")
    ["1.004999", "1.00"],
    ["2.675", "2.68"], // 2.675 is exact here; a binary double would give 2.67
    ["0.125", "0.13"],
    ["-1.005", "-1.01"], // ties go away from zero
    ["12", "12.00"],
    ["0.001", "0.00"],
  ])("rounds %s to %s", (value, expected) => {
    expect(roundToCent(d(value)).toFixed(2)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(roundToCent(d("-0.001")).isNegative()).toBe(false);
  });
});
