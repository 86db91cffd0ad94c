import { Dec } from "../../src/core/decimal";
import {
  formatBerlinDateTime,
  formatEur,
  formatGermanNumber,
  formatTypedNumber,
} from "../../src/workbook/format";

describe("German number texts", () => {
  it.each([
    ["1234.5", undefined, "1.234,5"],
    ["1234.5", 2, "1.234,50"],
    ["1234567.891", 2, "1.234.567,89"],
    // Half-up: 0.125 → 0.13.
    ["0.125", 2, "0,13"],
    ["-5", undefined, "-5"],
    ["999", 0, "999"],
  ])("formats %s with %p decimals as %s", (value, decimals, text) => {
    expect(formatGermanNumber(new Dec(value), decimals)).toBe(text);
  });

  it.each([
    ["1234.5", "1.234,50 €"],
    ["0", "0,00 €"],
    ["2233000", "2.233.000,00 €"],
  ])("formats %s EUR as %s", (value, text) => {
    expect(formatEur(new Dec(value))).toBe(text);
  });

  it.each([
    ["1234.56", "1234,56"],
    ["0.3", "0,3"],
    ["15015.6", "15015,6"],
  ])("writes %s as a user would type it: %s", (value, text) => {
    expect(formatTypedNumber(new Dec(value))).toBe(text);
  });
});

describe("formatBerlinDateTime", () => {
  it.each([
    // November: CET = UTC+1.
    ["2026-11-22T13:03:00Z", "22.11.2026, 14:03"],
    // July: CEST = UTC+2.
    ["2027-07-01T06:05:00Z", "01.07.2027, 08:05"],
    // 23:30 UTC on New Year's Eve is already the next year in Berlin.
    ["2026-12-31T23:30:00Z", "01.01.2027, 00:30"],
  ])("shows %s as %s in Europe/Berlin", (iso, text) => {
    expect(formatBerlinDateTime(new Date(iso))).toBe(text);
  });
});
