/**
 * A1 addresses as Excel writes and reads them: "B3", "$A$1:$C$10", "'Region 1'!A1:H20",
 * whole columns "A:C" and whole rows "2:5". Rows and columns are 0-based inside the fake.
 */

/** Excel's grid limits (XFD1048576). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based, `rows` × `columns` ≥ 1. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Column index (0-based) → letters, e.g. 0 → "A", 27 → "AB". */
export function columnLetters(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Letters → column index (0-based), e.g. "AB" → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** One cell, e.g. (0, 0) → "A1". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** A rectangle without sheet, "A1" for one cell, else "A1:C3". */
export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.row, rect.column);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${cellAddress(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

/**
 * Excel quotes a sheet name in an address unless it is a plain identifier (letters of any
 * script, digits, "_" and "." after the first character) that cannot be read as a cell.
 */
export function quoteSheet(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** The address Range.address reports, e.g. "'Region 1'!A1:H20". */
export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect)}`;
}

/** Splits "'Region 1'!A1:B2" into its sheet (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

/** Parses a local A1 reference (no sheet) into a rectangle; undefined when it is not one. */
export function parseRect(local: string): Rect | undefined {
  const parts = local.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  const [a, b = a] = parts as [string, string?];
  const cells = [CELL.exec(a), CELL.exec(b as string)];
  if (cells[0] && cells[1]) {
    const r1 = Number(cells[0][2]) - 1;
    const r2 = Number(cells[1][2]) - 1;
    const c1 = columnIndex(cells[0][1] as string);
    const c2 = columnIndex(cells[1][1] as string);
    return normalise(r1, c1, r2, c2);
  }
  if (parts.length !== 2) return undefined;
  const cols = [COLUMN.exec(a), COLUMN.exec(b as string)];
  if (cols[0] && cols[1]) {
    return normalise(
      0,
      columnIndex(cols[0][1] as string),
      MAX_ROWS - 1,
      columnIndex(cols[1][1] as string)
    );
  }
  const rows = [ROW.exec(a), ROW.exec(b as string)];
  if (rows[0] && rows[1]) {
    return normalise(Number(rows[0][1]) - 1, 0, Number(rows[1][1]) - 1, MAX_COLUMNS - 1);
  }
  return undefined;
}

function normalise(r1: number, c1: number, r2: number, c2: number): Rect | undefined {
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  const rows = Math.abs(r2 - r1) + 1;
  const columns = Math.abs(c2 - c1) + 1;
  if (row < 0 || column < 0 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS)
    return undefined;
  return { row, column, rows, columns };
}

/** True when `inner` lies completely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** True when the rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
