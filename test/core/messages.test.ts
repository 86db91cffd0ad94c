import { formatEuro } from "../../src/core";
import { d } from "./helpers";

describe("formatEuro", () => {
  it.each([
    ["1234.56", "1.234,56 €"],
    ["0", "0,00 €"],
    ["7.5", "7,50 €"],
    ["2233000", "2.233.000,00 €"],
    ["1234567.005", "1.234.567,01 €"], // half-up to the cent
    ["-5", "-5,00 €"],
    ["999.999", "1.000,00 €"],
  ])("formats %s as %s", (value, expected) => {
    expect(formatEuro(d(value))).toBe(expected);
  });
});
