/**
 * Addresses as Excel reports them: "'Region 1'!$A$1:$I$20" (Range.address, NamedItem.formula)
 * and lists of them ("Blatt!A1:B2,Blatt!D4:E5" from RangeAreas.address).
 */
import { parseA1 } from "../../workbook";

/** A rectangle of cells, 0-based. */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Splits "='Region 1'!$A$1:$B$2" into the unquoted sheet name and "$A$1:$B$2". */
export function splitSheetAddress(address: string): { sheet?: string; local: string } {
  const text = address.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: text.slice(bang + 1) };
}

/** Parses "A1" or "$A$1:$C$4" (no sheet) into a rectangle; undefined for anything else. */
export function parseRect(local: string): CellRect | undefined {
  const [first, second = first, extra] = local.split(":");
  if (first === undefined || second === undefined || extra !== undefined) return undefined;
  try {
    const a = parseA1(first);
    const b = parseA1(second);
    const row = Math.min(a.row, b.row);
    const column = Math.min(a.column, b.column);
    return {
      row,
      column,
      rows: Math.abs(a.row - b.row) + 1,
      columns: Math.abs(a.column - b.column) + 1,
    };
  } catch {
    // A whole-column or whole-row reference is not a block the add-in wrote.
    return undefined;
  }
}

/** Parses a comma-separated list of sheet addresses (RangeAreas.address) into rectangles. */
export function parseAreas(addresses: string): CellRect[] {
  return addresses
    .split(",")
    .map((part) => parseRect(splitSheetAddress(part).local))
    .filter((rect): rect is CellRect => rect !== undefined);
}

/** True when the rectangles share a cell. */
export function overlaps(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** True when `inner` lies inside `outer`. */
export function within(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}
