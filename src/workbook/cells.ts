/**
 * Cell addresses and cell values: A1 notation, header normalisation, blank and text tests.
 * Everything here is pure and independent of Excel, so both adapters and the validator agree on
 * how a cell is named and what counts as empty.
 */
import type { CellPosition, CellValue } from "./types";
import { isCellDate, isCellError } from "./types";
import { formatSerialDate } from "./dates";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The rows of Excel's largest sheet. */
export const MAX_ROWS = 1048576;
/** The columns of Excel's largest sheet (A … XFD). */
export const MAX_COLUMNS = 16384;

/** Returns the column letters of a 0-based column index: 0 → "A", 27 → "AB". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column >= MAX_COLUMNS) {
    throw new RangeError(`Spaltenindex außerhalb von Excel: ${column}`);
  }
  let rest = column + 1;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = LETTERS.charAt(digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** Returns the A1 address of a 0-based position: {row: 2, column: 1} → "B3". */
export function toA1(position: CellPosition): string {
  if (!Number.isInteger(position.row) || position.row < 0 || position.row >= MAX_ROWS) {
    throw new RangeError(`Zeilenindex außerhalb von Excel: ${position.row}`);
  }
  return columnLetters(position.column) + String(position.row + 1);
}

/** Returns the 0-based position of an A1 address ("B3", "$B$3", "b3"); throws RangeError otherwise. */
export function parseA1(a1: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(a1.trim());
  if (match === null) {
    throw new RangeError(`Keine Zelladresse im A1-Format: »${a1}«`);
  }
  const letters = (match[1] ?? "").toUpperCase();
  let column = 0;
  for (const letter of letters) {
    column = column * 26 + (LETTERS.indexOf(letter) + 1);
  }
  const position = { row: Number(match[2]) - 1, column: column - 1 };
  if (position.row >= MAX_ROWS || position.column >= MAX_COLUMNS) {
    throw new RangeError(`Zelladresse außerhalb von Excel: »${a1}«`);
  }
  return position;
}

/** Returns the A1 range "A1:C4" spanning two positions (a single cell gives "A1"). */
export function toA1Range(from: CellPosition, to: CellPosition): string {
  const start = toA1(from);
  const end = toA1(to);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Returns the comparison key of a header or name: lower case, German umlauts and ß spelled out,
 * inner whitespace collapsed, surrounding whitespace removed (WORKBOOK.md header matching), so
 * "Netzwerktätigkeit", " netzwerktaetigkeit " and "NETZWERKTÄTIGKEIT" compare equal.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when a cell holds nothing: null, or a string of whitespace only. */
export function isBlank(value: CellValue | undefined): boolean {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

/** True when every cell of a row is blank (such a row inside a table is skipped silently). */
export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((value) => isBlank(value));
}

/**
 * Returns a cell as trimmed text: strings trimmed, numbers in their shortest form, booleans as
 * Excel shows them in German ("WAHR"/"FALSCH"), errors by their code, blank as "".
 */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (isCellError(value)) return value.error;
  if (isCellDate(value)) return formatSerialDate(value.date);
  if (typeof value === "boolean") return value ? "WAHR" : "FALSCH";
  return String(value).trim();
}

/** Returns a sheet name as Excel needs it in a formula reference: 'Region 1' quoted, quotes doubled. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
}

/** Returns "Blatt!A1" as shown in messages, with the sheet quoted where Excel would quote it. */
export function cellReference(sheet: string, cell: string): string {
  return cell === "" ? quoteSheetName(sheet) : `${quoteSheetName(sheet)}!${cell}`;
}
