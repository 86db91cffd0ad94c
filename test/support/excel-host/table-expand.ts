/**
 * Excel's table AutoExpand, as far as the fake models it: a value written into the row right
 * below a table, within the table's columns, makes that row part of the table, and every
 * calculated column (one formula all down the body) fills its formula into the new row. This is
 * the behaviour Microsoft's co-authoring guide builds on when it advises writing values below a
 * table instead of TableRowCollection.add ("Avoid table row coauthoring conflicts") and what
 * "Use calculated columns in an Excel table" describes for typed rows. Which API writes trigger
 * it exactly is not documented; the fake expands on Range.values and Range.formulas writes
 * (a guess).
 */
import type { Rect } from "./a1";
import { type SheetModel, type TableModel, getCell, updateCell } from "./model";
import type { Exec } from "./proxy";
import { shiftFormula } from "./shift";

/** Grows every table of `sheet` whose next row below got a value in `rect`, row by row. */
export function expandTablesBelow(exec: Exec, sheet: SheetModel, rect: Rect): void {
  for (const table of exec.model.tables) {
    if (table.sheetId !== sheet.id) continue;
    while (writtenBelow(sheet, table, rect)) growByOneRow(sheet, table);
  }
}

/** True when `rect` holds a non-empty cell in the row right below `table`, in its columns. */
function writtenBelow(sheet: SheetModel, table: TableModel, rect: Rect): boolean {
  const below = table.rect.row + table.rect.rows;
  if (below < rect.row || below >= rect.row + rect.rows) return false;
  const from = Math.max(rect.column, table.rect.column);
  const to = Math.min(rect.column + rect.columns, table.rect.column + table.rect.columns);
  for (let column = from; column < to; column++) {
    const cell = getCell(sheet, below, column);
    if (cell && (cell.value !== null || cell.formula !== undefined)) return true;
  }
  return false;
}

function growByOneRow(sheet: SheetModel, table: TableModel): void {
  const { row, column, rows, columns } = table.rect;
  for (let c = column; c < column + columns; c++) {
    const formula = calculatedFormula(sheet, table, c);
    const target = getCell(sheet, row + rows, c);
    if (formula === undefined || (target && (target.value !== null || target.formula))) continue;
    updateCell(sheet, row + rows, c, (cell) => {
      cell.formula = shiftFormula(formula, rows - 1, 0);
      cell.value = null;
    });
  }
  table.rect = { ...table.rect, rows: rows + 1 };
}

/** The first body row's formula of a calculated column (the same formula in every body row). */
function calculatedFormula(
  sheet: SheetModel,
  table: TableModel,
  column: number
): string | undefined {
  const first = table.rect.row + 1;
  const last = table.rect.row + table.rect.rows - 1;
  const formula = getCell(sheet, first, column)?.formula;
  if (formula === undefined || last < first) return undefined;
  for (let r = first + 1; r <= last; r++) {
    if (getCell(sheet, r, column)?.formula !== shiftFormula(formula, r - first, 0))
      return undefined;
  }
  return formula;
}
