/**
 * Excel adjusts relative references when a formula is copied: "=SUM(B2:B5)" copied three rows
 * down becomes "=SUM(B5:B8)"; "$" parts stay. Used by Range.copyFrom. String literals are left
 * alone; a reference shifted off the grid becomes #REF!.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters } from "./a1";

const REF =
  /(^|[^A-Za-z0-9_.$'!\]])((?:(?:'[^']+'|[A-Za-z_][A-Za-z0-9_.]*)!)?)(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/g;

/** Returns the formula as Excel stores it after a copy by (rows, columns). */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : shiftPart(part, rows, columns)))
    .join("");
}

function shiftPart(text: string, rows: number, columns: number): string {
  return text.replace(
    REF,
    (
      all,
      lead: string,
      sheet: string,
      colAbs: string,
      col: string,
      rowAbs: string,
      row: string
    ) => {
      const c = colAbs ? columnIndex(col) : columnIndex(col) + columns;
      const r = rowAbs ? Number(row) - 1 : Number(row) - 1 + rows;
      if (c < 0 || r < 0 || c >= MAX_COLUMNS || r >= MAX_ROWS) return `${lead}${sheet}#REF!`;
      return `${lead}${sheet}${colAbs}${columnLetters(c)}${rowAbs}${r + 1}`;
    }
  );
}
