/**
 * Dates in number cells. Excel stores a date as its serial number and shows it as a date only
 * through the cell's number format; read as a plain number, 12.03.2026 would count as 46,093
 * inhabitants. Both adapters mark a number whose format shows a date or time, and the validator
 * refuses it where a number is expected.
 */
import type { CellValue } from "./types";

/**
 * True when an Excel number-format code shows a date or a time: it has a day, month, year, hour
 * or second token outside quoted text, escaped characters and bracketed sections (colours,
 * conditions, locales; the elapsed-time tokens [h], [m], [s] count as time). "General", "0.00",
 * `#,##0.00 "€"` and "0.00E+00" are no date formats; "DD.MM.YYYY", "hh:mm" and "[h]:mm" are.
 */
export function isDateFormatCode(code: string): boolean {
  // Only the first section decides how a positive number looks.
  const stripped = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  const first = stripped.split(";")[0] ?? "";
  if (/^general$/i.test(first.trim())) return false;
  return /[dmyhs]/i.test(first.replace(/general/gi, ""));
}

/**
 * Returns an input cell's value as the validator must see it: a number whose number format shows
 * a date or time becomes a date (never an amount); every other value stays as it is.
 */
export function asInputCell(value: CellValue, formatCode: string | undefined): CellValue {
  return typeof value === "number" && formatCode !== undefined && isDateFormatCode(formatCode)
    ? { date: value }
    : value;
}

/**
 * Returns the date of an Excel serial number as German text "12.03.2026" (time of day ignored),
 * in the 1900 date system (the adapters convert 1904 serials before).
 */
export function formatSerialDate(serial: number): string {
  const epochMs = Date.UTC(1899, 11, 30);
  // Excel counts a 29 February 1900 that never was: serials before it are one day later.
  const days = Math.floor(serial) + (serial < 60 ? 1 : 0);
  const date = new Date(epochMs + days * 86_400_000);
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${day}.${month}.${date.getUTCFullYear()}`;
}
