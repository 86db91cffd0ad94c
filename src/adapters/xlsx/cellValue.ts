import type { Cell, CellValue as ExcelValue } from "exceljs";
import type { CellScalar, CellValue } from "../../workbook";
import { ValueType } from "./excel";

/**
 * The error a formula cell shows when the file holds no cached result for it. Files written by
 * programs that do not calculate (ExcelJS, some exporters) store formulas without results; the
 * adapter cannot evaluate them, so it reports them like Excel 365's calculation error instead of
 * guessing a value (the validator then flags the cell with CELL_ERROR).
 */
export const UNCALCULATED_FORMULA_ERROR = "#CALC!";

/** Days between the Excel epochs: serial 0 of the 1900 system is 1899-12-30, 25569 days before 1970. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET_DAYS = 1462;
const MS_PER_DAY = 86_400_000;

/** Returns the Excel serial number of a date as ExcelJS decoded it (UTC based), in either date system. */
export function toExcelSerial(date: Date, date1904: boolean): number {
  const days = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return date1904 ? days - DATE_1904_OFFSET_DAYS : days;
}

/**
 * Converts what ExcelJS holds for a cell into the plain value the workbook layer reads: rich text and
 * hyperlinks become their text, dates their serial number, formulas their cached result, errors
 * `{ error }`, empty strings and missing values `null`.
 */
export function toCellValue(raw: ExcelValue, date1904: boolean): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (raw instanceof Date) return toExcelSerial(raw, date1904);
  if ("error" in raw) return { error: String(raw.error) };
  if ("richText" in raw) return emptyToNull(raw.richText.map((run) => run.text).join(""));
  if ("hyperlink" in raw) return toCellValue(raw.text as ExcelValue, date1904);
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = raw.result;
    if (result === undefined || result === null) return { error: UNCALCULATED_FORMULA_ERROR };
    return toCellValue(result, date1904);
  }
  return null;
}

/**
 * Returns a cell's value as toCellValue does, taking a formula's cached result from `cell.result`:
 * ExcelJS' `cell.value` of a formula drops falsy results, so a cached 0 would look uncalculated.
 */
export function readCellValue(cell: Cell, date1904: boolean): CellValue {
  if (cell.type !== ValueType.Formula) return toCellValue(cell.value, date1904);
  const result: ExcelValue = cell.result;
  return result === undefined || result === null
    ? { error: UNCALCULATED_FORMULA_ERROR }
    : toCellValue(result, date1904);
}

function emptyToNull(text: string): CellScalar {
  return text === "" ? null : text;
}
