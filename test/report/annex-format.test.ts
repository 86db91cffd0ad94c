import { Dec } from "../../src/core";
import {
  count,
  euro,
  factor,
  money,
  percent,
  shortPercent,
  signedMoney,
  signedPercent,
} from "../../src/report/annex-format";

describe("the annex's German number texts", () => {
  it.each([
    ["1234.5", "1.234,50"],
    ["2233000", "2.233.000,00"],
    ["0", "0,00"],
    ["-9136.98", "\u22129.136,98"],
  ])("prints the amount %s as %s", (value, text) => {
    expect(money(new Dec(value))).toBe(text);
  });

  it.each([
    ["8463.1", "+8.463,10"],
    ["-19641.28", "\u221219.641,28"],
    ["0", "0,00"],
  ])("prints the change %s as %s", (value, text) => {
    expect(signedMoney(new Dec(value))).toBe(text);
  });

  it.each([
    ["0.0735913", "+7,36 %"],
    ["-0.030610", "\u22123,06 %"],
    ["0.00004", "0,00 %"],
  ])("prints the relative change %s as %s", (value, text) => {
    expect(signedPercent(new Dec(value))).toBe(text);
  });

  it.each([
    ["0.05529", 4, "5,5290 %"],
    ["1", 4, "100,0000 %"],
  ])("prints the share %s at %i places as %s", (value, digits, text) => {
    expect(percent(new Dec(value), digits)).toBe(text);
  });

  it.each([
    ["0.4", "40 %"],
    ["0.05", "5 %"],
    ["0.333333", "33,33 %"],
  ])("prints the agreed share %s as %s", (value, text) => {
    expect(shortPercent(new Dec(value))).toBe(text);
  });

  it("prints head counts, factors and amounts with unit", () => {
    expect(count(new Dec(22567))).toBe("22.567");
    expect(factor(new Dec("1.36813"))).toBe("1,3681");
    expect(euro(new Dec("34108.16"))).toBe("34.108,16 €");
  });
});
