import { columnLetters, parseA1, type CellPosition } from "../../workbook";

/**
 * A1-style range parsing and formatting for references in the package: table refs
 * ("A1:F11") and defined-name ranges ("'Region 1'!$A$1:$L$30"). Positions are 0-based.
 */

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function parseCell(text: string): CellPosition | undefined {
  try {
    return parseA1(text);
  } catch {
    return undefined;
  }
}

/** Parses "A1" or "A1:F11" (with or without `$`); undefined when the text is no such range. */
export function parseRange(text: string): CellRange | undefined {
  const [first, second, extra] = text.split(":");
  if (first === undefined || extra !== undefined) return undefined;
  const start = parseCell(first);
  const end = second === undefined ? start : parseCell(second);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Splits "'Region 1'!$A$1:$B$2" into the unquoted sheet name and the range text. */
export function splitSheetRange(text: string): { sheet: string; range: string } | undefined {
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const rawSheet = text.slice(0, bang);
  const quoted = rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2;
  const sheet = quoted ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, range: text.slice(bang + 1) };
}

/** Formats an absolute range on a sheet, quoting the sheet name as Excel does in defined names. */
export function formatSheetRange(sheet: string, range: CellRange): string {
  const start = `$${columnLetters(range.left)}$${range.top + 1}`;
  const end = `$${columnLetters(range.right)}$${range.bottom + 1}`;
  return `'${sheet.replace(/'/g, "''")}'!${start}:${end}`;
}
