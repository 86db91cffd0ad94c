import { Dec } from "../../src/core/decimal";
import {
  formatAmount,
  formatDecimal,
  formatList,
  formatMoney,
  formatPercent,
  formatSignedMoney,
  formatTime,
  formatWholeMoney,
} from "../../src/taskpane/format";

/** Intl separates the amount and "€" with a no-break space. */
const nbsp = (text: string) => text.replace(/ /g, "\u00a0");

describe("when amounts are shown", () => {
  it.each([
    ["1009005.32", "de-DE", nbsp("1.009.005,32 €")],
    ["824352.24", "de-DE", nbsp("824.352,24 €")],
    ["0", "de-DE", nbsp("0,00 €")],
    ["0.1", "de-DE", nbsp("0,10 €")],
    ["-12.5", "de-DE", nbsp("-12,50 €")],
    ["2928477.54", "en-US", "€2,928,477.54"],
    // Exact cents, even where binary floating point would drift: 0.1 + 0.2 computed in Dec.
    [new Dec("0.1").plus("0.2").toString(), "de-DE", nbsp("0,30 €")],
  ])("can format %s EUR for %s as %j", (amount, locale, text) => {
    expect(formatMoney(new Dec(amount), locale)).toBe(text);
  });
});

describe("when times and lists are shown", () => {
  it.each([
    ["de-DE", "14:03:12"],
    ["en-US", "02:03:12 PM"],
  ])("can show the local clock time for %s", (locale, text) => {
    expect(formatTime(new Date(2026, 10, 22, 14, 3, 12), locale).replace(/\u202f/g, " ")).toBe(
      text
    );
  });

  it.each([
    [["Region 1"], "de-DE", "Region 1"],
    [["Region 1", "Übersicht"], "de-DE", "Region 1 und Übersicht"],
    [["A", "B", "C"], "de-DE", "A, B und C"],
    [["A", "B", "C"], "en-US", "A, B, and C"],
  ])("can join %j for %s", (names, locale, text) => {
    expect(formatList(names, locale)).toBe(text);
  });
});

describe("when the meeting tools show figures", () => {
  it.each([
    ["formatAmount", formatAmount(new Dec("123463.1"), "de-DE"), "123.463,10"],
    ["formatSignedMoney +", formatSignedMoney(new Dec("8463.1"), "de-DE"), nbsp("+8.463,10 €")],
    ["formatSignedMoney −", formatSignedMoney(new Dec("-24757.79"), "de-DE"), nbsp("-24.757,79 €")],
    ["formatSignedMoney 0", formatSignedMoney(new Dec("0"), "de-DE"), nbsp("0,00 €")],
    ["formatWholeMoney", formatWholeMoney(new Dec("93356.75"), "de-DE"), nbsp("93.357 €")],
    // 0.073592 → 7.3592 % → one decimal 7.4 %.
    ["formatPercent signed", formatPercent(new Dec("0.073592"), "de-DE", 1, true), nbsp("+7,4 %")],
    ["formatPercent", formatPercent(new Dec("0.05529"), "de-DE", 2), nbsp("5,53 %")],
    ["formatDecimal", formatDecimal(new Dec("1.36813"), "de-DE", 3), "1,368"],
  ])("can format with %s", (_name, text, expected) => {
    expect(text).toBe(expected);
  });
});
