/**
 * Reading a RawTable: finding columns by normalised header, naming the exact cell of a header or
 * data value, and walking the data rows while skipping rows that are entirely blank.
 */
import { cellText, isBlankRow, normalizeHeader, toA1 } from "./cells";
import type { CellRef } from "./issues";
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import type { CellValue, RawTable, ValidationIssue } from "./types";

/** Returns the 0-based index of the column whose header matches `header`, or undefined. */
export function findColumn(table: RawTable, header: string): number | undefined {
  const key = normalizeHeader(header);
  const index = table.headers.findIndex((value) => normalizeHeader(cellText(value)) === key);
  return index < 0 ? undefined : index;
}

/** Returns where the header of column `column` sits. */
export function headerRef(table: RawTable, column: number): CellRef {
  return {
    sheet: table.sheet,
    cell: toA1({ row: table.origin.row, column: table.origin.column + column }),
  };
}

/** Returns where data cell (row, column) sits: (origin.row + 1 + row, origin.column + column). */
export function dataRef(table: RawTable, row: number, column: number): CellRef {
  return {
    sheet: table.sheet,
    cell: toA1({ row: table.origin.row + 1 + row, column: table.origin.column + column }),
  };
}

/** Returns the first cell below the table's data in `column`: where a missing row belongs. */
export function belowRef(table: RawTable, column: number): CellRef {
  return dataRef(table, table.rows.length, column);
}

/** Returns a data cell's value; cells beyond a short row are blank. */
export function cellAt(table: RawTable, row: number, column: number): CellValue {
  return table.rows[row]?.[column] ?? null;
}

/** One data row that is not entirely blank, with its 0-based index in `table.rows`. */
export interface DataRow {
  readonly index: number;
  readonly cells: readonly CellValue[];
}

/** Returns the data rows that hold anything; entirely blank rows in the middle are skipped. */
export function dataRows(table: RawTable): DataRow[] {
  return table.rows.flatMap((cells, index) => (isBlankRow(cells) ? [] : [{ index, cells }]));
}

/**
 * Returns the column index of each required header, or undefined when one is missing; every
 * missing column becomes a MISSING_COLUMN error at the table's first header cell.
 */
export function requireColumns<H extends string>(
  table: RawTable,
  headers: readonly H[],
  issues: ValidationIssue[]
): Record<H, number> | undefined {
  const found: Partial<Record<H, number>> = {};
  let complete = true;
  for (const header of headers) {
    const index = findColumn(table, header);
    if (index === undefined) {
      const ref = headerRef(table, 0);
      issues.push(
        makeIssue("MISSING_COLUMN", "error", ref, MESSAGES.missingColumn(ref, header, table))
      );
      complete = false;
    } else {
      found[header] = index;
    }
  }
  return complete ? (found as Record<H, number>) : undefined;
}
