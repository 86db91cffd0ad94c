/**
 * Cell contents between Excel and the workbook layer. Reading: Range.values + Range.valueTypes
 * → CellValue (errors as {error}, "" as null). Writing: a planned cell → one entry of a
 * Range.formulas array. Excel interprets a written string like typed input ("2027" becomes a
 * number, "=…" a formula, "#NV" may become an error), so text that could be misread gets the
 * apostrophe prefix, which Excel strips and which keeps the cell text.
 */
import type { CellScalar, CellValue, PlannedCell } from "../../workbook";

/** Range.valueTypes entries (Excel.RangeValueType). */
export type ExcelValueType =
  "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

/** Converts one cell of Range.values with its value type into a CellValue. */
export function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return { error: "#VALUE!" };
}

/** Converts a 2D values array with its valueTypes (same shape) into CellValues. */
export function toCellValues(
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[]
): CellValue[][] {
  return values.map((row, r) => row.map((value, c) => toCellValue(value, types[r]?.[c])));
}

/** Strings Excel would not keep as the same text when typed: numbers, dates, booleans, formulas, errors. */
const MISREADABLE = /^\s*([=+\-@'#.,%]|\d)|^\s*(true|false|wahr|falsch)\s*$/i;

/** A text as it must be written so Excel stores exactly this text. */
export function toTextInput(text: string): string {
  return MISREADABLE.test(text) ? `'${text}` : text;
}

/** A scalar as an entry of a values/formulas array; null empties the cell. */
export function toScalarInput(value: CellScalar | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? toTextInput(value) : value;
}

/** A planned cell as an entry of a Range.formulas array: the formula wins over the value. */
export function toFormulaInput(cell: PlannedCell | null | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula !== undefined)
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  return toScalarInput(cell.value);
}
