import { asInputCell, formatSerialDate, isDateFormatCode } from "../../src/workbook/dates";

describe("isDateFormatCode", () => {
  it.each([
    ["General", false],
    ["0.00", false],
    ['#,##0.00 "€"', false],
    ["#,##0.00\\ &quot;€&quot;", false],
    ["0.00E+00", false],
    ["0.00%", false],
    ["@", false],
    ['0 "Tage"', false],
    ["[Red]-#,##0", false],
    ["DD.MM.YYYY", true],
    ["dd/mm/yyyy;@", true],
    ["[$-407]d. mmmm yyyy", true],
    ["hh:mm", true],
    ["[h]:mm:ss", true],
    ["mmm yy", true],
  ])("says %s shows a date or time: %s", (code, expected) => {
    expect(isDateFormatCode(code)).toBe(expected);
  });
});

describe("asInputCell", () => {
  it.each([
    [46093, "dd.mm.yyyy", { date: 46093 }],
    [46093, "General", 46093],
    [46093, undefined, 46093],
    ["12.03.2026", "dd.mm.yyyy", "12.03.2026"],
  ] as const)("reads %p formatted %p as %p", (value, format, expected) => {
    expect(asInputCell(value, format)).toEqual(expected);
  });
});

describe("formatSerialDate", () => {
  it.each([
    [46093, "12.03.2026"],
    [1, "01.01.1900"],
    [59, "28.02.1900"],
    [61, "01.03.1900"],
    [45658.75, "01.01.2025"],
  ])("shows serial %p as %s", (serial, text) => {
    expect(formatSerialDate(serial)).toBe(text);
  });
});
