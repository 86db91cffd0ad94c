/**
 * Cells of the fake workbook and how Excel turns what an add-in writes into cell contents.
 * Range.values/formulas are locale-independent (en-US) in the Excel JavaScript API, and Excel
 * interprets a written string like typed input: "=…" becomes a formula, "12.5" a number,
 * "TRUE" a boolean, "#N/A" an error; a leading apostrophe or the text format "@" keeps text.
 */

/** The error values Excel shows in cells (Range.values delivers them as these strings). */
export const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
] as const;

/** An error value in a cell. */
export interface ErrorValue {
  readonly error: string;
}

/** What a cell holds after calculation; null = empty. */
export type StoredValue = number | string | boolean | null | ErrorValue;

/** Range.valueTypes of a cell. */
export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** The border edges the fake keeps (Excel.BorderIndex names). */
export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

/** One border line: Excel.BorderLineStyle, Excel.BorderWeight and a color. */
export interface BorderLine {
  style: string;
  weight?: string;
  color?: string;
}

/** The simple cell format the fake keeps. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fillColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<BorderEdge, BorderLine>>;
}

/** One cell: a constant or a formula (with its last calculated value), a number format, a format. */
export interface Cell {
  value: StoredValue;
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}

/** The number format of a cell nobody formatted. */
export const GENERAL = "General";

/** True when the value is an error value. */
export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

/**
 * What one written entry of a values/formulas array becomes; undefined = not allowed. A
 * `numberFormat` is the format Excel gives a General cell along with the value (a date).
 */
export type Interpreted =
  | { readonly kind: "value"; readonly value: StoredValue; readonly numberFormat?: string }
  | { readonly kind: "formula"; readonly formula: string };

/** Day 0 of Excel's 1900 date system as used for serials from 1 March 1900 on. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * The date serial and format Excel makes of written text that reads as a date, else undefined.
 * A guess, kept narrow: Microsoft documents that a string written to Range.values or
 * Range.formulas is interpreted like typed input (a leading "=" makes a formula), not which date
 * forms are recognised. The fake takes the ISO form and the en-US form ("2027-01-31",
 * "1/31/2027"), since the API's values and formulas are en-US and locale-independent; German
 * "31.01.2027" stays text. The 1900 date system; serials before 1901 are left out (Excel's
 * fictitious 29 February 1900 would shift them by one).
 */
function dateInput(text: string): { serial: number; numberFormat: string } | undefined {
  const iso = ISO_DATE.exec(text);
  const us = US_DATE.exec(text);
  const [year, month, day, numberFormat] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3]), "yyyy-mm-dd"]
    : us
      ? [Number(us[3]), Number(us[1]), Number(us[2]), "m/d/yyyy"]
      : [0, 0, 0, ""];
  if (numberFormat === "" || year < 1901 || month < 1 || month > 12 || day < 1) return undefined;
  const utc = Date.UTC(year, month - 1, day);
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return { serial: (utc - EXCEL_EPOCH_UTC) / MS_PER_DAY, numberFormat };
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?([eE][+-]?\d+)?%?$/;

/**
 * Interprets one entry written through Range.values or Range.formulas, as Excel does with
 * typed input; the text format "@" keeps everything as text, also a number or a boolean written
 * as such (the task pane's fix sets General first because of it). Which text Excel stores for
 * such a number is a guess – the fake uses JavaScript's String ("12.5", "TRUE"), Excel may use
 * the user's decimal separator; the add-in never relies on the text, only on its being text. Text that reads as a date becomes a date serial with a date format.
 * Returns undefined for input Excel rejects (NaN, Infinity, objects).
 */
export function interpretInput(input: unknown, numberFormat: string): Interpreted | undefined {
  const text = numberFormat === "@";
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return undefined;
    return { kind: "value", value: text ? String(input) : input };
  }
  if (typeof input === "boolean") {
    return { kind: "value", value: text ? String(input).toUpperCase() : input };
  }
  if (typeof input !== "string") return undefined;
  if (input === "") return { kind: "value", value: null };
  if (text) return { kind: "value", value: input };
  if (input.startsWith("'")) return { kind: "value", value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  const upper = input.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const error = ERROR_LITERALS.find((e) => e === upper);
  if (error) return { kind: "value", value: { error } };
  const trimmed = input.trim();
  const date = dateInput(trimmed);
  if (date) return { kind: "value", value: date.serial, numberFormat: date.numberFormat };
  if (/\d/.test(trimmed) && NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(trimmed.replace(/[,%]/g, ""));
    if (Number.isFinite(n)) return { kind: "value", value: percent ? n / 100 : n };
  }
  return { kind: "value", value: input };
}

/** Range.values of a cell: "" for empty, the error literal for errors. */
export function toApiValue(value: StoredValue): string | number | boolean {
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  return value;
}

/** Range.valueTypes of a cell. */
export function valueTypeOf(value: StoredValue): ValueType {
  if (value === null) return "Empty";
  if (isErrorValue(value)) return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** A fresh empty cell. */
export function emptyCell(): Cell {
  return { value: null, numberFormat: GENERAL, format: {} };
}

/** True when the cell has neither content nor format (it can be dropped from the sheet). */
export function isBlankCell(cell: Cell): boolean {
  return cell.value === null && cell.formula === undefined && !hasFormat(cell);
}

/** True when the cell carries a number format or any format. */
export function hasFormat(cell: Cell): boolean {
  return cell.numberFormat !== GENERAL || Object.keys(cell.format).length > 0;
}

/** A deep copy of a cell. */
export function cloneCell(cell: Cell): Cell {
  const format: CellFormat = { ...cell.format };
  if (cell.format.borders) {
    format.borders = Object.fromEntries(
      Object.entries(cell.format.borders).map(([edge, line]) => [edge, { ...line }])
    );
  }
  const copy: Cell = { value: cell.value, numberFormat: cell.numberFormat, format };
  if (cell.formula !== undefined) copy.formula = cell.formula;
  return copy;
}
