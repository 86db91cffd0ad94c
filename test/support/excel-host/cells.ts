/**
 * What Range writes do to the document: values/formulas/numberFormat arrays with Excel's shape
 * check, clear, copyFrom. Every write checks sheet protection and merged areas first, so a
 * refused write changes nothing of its own range.
 */
import { MAX_COLUMNS, type Rect, contains, intersects } from "./a1";
import { ExcelHostError } from "./errors";
import {
  type SheetModel,
  assertNoPartialMerge,
  assertWritable,
  forEachCell,
  getCell,
  updateCell,
} from "./model";
import type { Exec } from "./proxy";
import { shiftFormula } from "./shift";
import { type Cell, GENERAL, cloneCell, interpretInput } from "./values";

/** A range inside the document. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** Which array property is written. */
export type GridProperty = "values" | "formulas" | "numberFormat";

const SHAPE_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * Returns the entry for (r, c) of a written array. A scalar is applied to every cell; an array
 * must match the range exactly (Excel's InvalidArgument otherwise).
 */
function entryGetter(input: unknown, rect: Rect): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const ok =
    input.length === rect.rows &&
    input.every((row) => Array.isArray(row) && row.length === rect.columns);
  if (!ok) throw new ExcelHostError("InvalidArgument", SHAPE_MESSAGE, "Range");
  return (r, c) => (input[r] as unknown[])[c];
}

/** Writes Range.values / formulas / numberFormat; null entries leave their cell unchanged. */
export function writeGrid(
  exec: Exec,
  target: RangeTarget,
  property: GridProperty,
  input: unknown
): void {
  const { sheet, rect } = target;
  assertWritable(sheet);
  assertNoPartialMerge(sheet, rect);
  const entry = entryGetter(input, rect);
  forEachCell(rect, (row, column, r, c) => {
    const value = entry(r, c);
    if (value === null || value === undefined) return;
    if (property === "numberFormat") {
      if (typeof value !== "string")
        throw new ExcelHostError("InvalidArgument", undefined, "Range.numberFormat");
      updateCell(sheet, row, column, (cell) => (cell.numberFormat = value));
      return;
    }
    const format = getCell(sheet, row, column)?.numberFormat ?? GENERAL;
    const meaning = interpretInput(value, format);
    if (!meaning) throw new ExcelHostError("InvalidArgument", undefined, `Range.${property}`);
    updateCell(sheet, row, column, (cell) => {
      if (meaning.kind === "formula") {
        cell.formula = meaning.formula;
        cell.value = null;
      } else {
        delete cell.formula;
        cell.value = meaning.value;
        if (meaning.numberFormat !== undefined && cell.numberFormat === GENERAL)
          cell.numberFormat = meaning.numberFormat;
      }
    });
  });
  touch(exec, sheet, rect, property !== "numberFormat");
}

/** Range.clear(applyTo): contents, formats (which also unmerges) or all. */
export function clearRange(exec: Exec, target: RangeTarget, applyTo: string): void {
  const { sheet, rect } = target;
  assertWritable(sheet);
  assertNoPartialMerge(sheet, rect);
  const contents = applyTo === "All" || applyTo === "Contents";
  const formats = applyTo === "All" || applyTo === "Formats";
  if (!contents && !formats) throw new ExcelHostError("InvalidArgument", undefined, "Range.clear");
  for (const [key] of [...sheet.cells]) {
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    if (
      row < rect.row ||
      row >= rect.row + rect.rows ||
      column < rect.column ||
      column >= rect.column + rect.columns
    )
      continue;
    updateCell(sheet, row, column, (cell) => {
      if (contents) {
        cell.value = null;
        delete cell.formula;
      }
      if (formats) {
        cell.numberFormat = GENERAL;
        cell.format = {};
      }
    });
  }
  if (formats) sheet.merges = sheet.merges.filter((m) => !contains(rect, m));
  touch(exec, sheet, rect, contents);
}

/**
 * Range.copyFrom: copies the source block to the destination's top-left corner (Excel expands
 * a smaller destination), shifting relative references like a paste.
 */
export function copyRange(
  exec: Exec,
  dest: RangeTarget,
  source: RangeTarget,
  copyType: string,
  skipBlanks: boolean
): void {
  const area: Rect = {
    row: dest.rect.row,
    column: dest.rect.column,
    rows: source.rect.rows,
    columns: source.rect.columns,
  };
  assertWritable(dest.sheet);
  assertNoPartialMerge(dest.sheet, area);
  const snapshot: (Cell | undefined)[][] = [];
  for (let r = 0; r < area.rows; r++) {
    const line: (Cell | undefined)[] = [];
    for (let c = 0; c < area.columns; c++) {
      const cell = getCell(source.sheet, source.rect.row + r, source.rect.column + c);
      line.push(cell ? cloneCell(cell) : undefined);
    }
    snapshot.push(line);
  }
  const dRows = area.row - source.rect.row;
  const dCols = area.column - source.rect.column;
  const withContent = copyType === "All" || copyType === "Formulas" || copyType === "Values";
  const withFormat = copyType === "All" || copyType === "Formats";
  if (!withContent && !withFormat)
    throw new ExcelHostError("InvalidArgument", undefined, "Range.copyFrom");
  forEachCell(area, (row, column, r, c) => {
    const from = snapshot[r]?.[c];
    if (skipBlanks && (from === undefined || (from.value === null && from.formula === undefined)))
      return;
    updateCell(dest.sheet, row, column, (cell) => {
      if (withContent) {
        const formula = copyType === "Values" ? undefined : from?.formula;
        if (formula !== undefined) cell.formula = shiftFormula(formula, dRows, dCols);
        else delete cell.formula;
        cell.value =
          formula !== undefined
            ? null
            : exec.valueOf(source.sheet, source.rect.row + r, source.rect.column + c);
      }
      if (withFormat) {
        cell.numberFormat = from?.numberFormat ?? GENERAL;
        cell.format = from ? cloneCell(from).format : {};
      }
    });
  });
  if (withFormat) copyMerges(dest.sheet, area, source, dRows, dCols);
  touch(exec, dest.sheet, area, withContent);
}

function copyMerges(
  sheet: SheetModel,
  area: Rect,
  source: RangeTarget,
  dRows: number,
  dCols: number
): void {
  sheet.merges = sheet.merges.filter((m) => !contains(area, m));
  for (const m of source.sheet.merges) {
    if (contains(source.rect, m))
      sheet.merges.push({ ...m, row: m.row + dRows, column: m.column + dCols });
  }
}

/** Range.merge(across): merges the range (or each of its rows). */
export function mergeRange(exec: Exec, target: RangeTarget, across: boolean): void {
  const { sheet, rect } = target;
  assertWritable(sheet);
  assertNoPartialMerge(sheet, rect);
  sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
  if (across)
    for (let r = 0; r < rect.rows; r++) sheet.merges.push({ ...rect, row: rect.row + r, rows: 1 });
  else sheet.merges.push(rect);
  touch(exec, sheet, rect, false);
}

function touch(exec: Exec, sheet: SheetModel, rect: Rect, content: boolean): void {
  exec.model.touch();
  if (content) exec.changes.push({ sheetId: sheet.id, rect });
}

/** The merged areas that intersect a rectangle. */
export function mergedAreasIn(sheet: SheetModel, rect: Rect): Rect[] {
  return sheet.merges.filter((m) => intersects(m, rect));
}
