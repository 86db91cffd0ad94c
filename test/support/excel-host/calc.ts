/**
 * Formula results for the fake, computed with HyperFormula (the same en-US function names and
 * A1 references that Range.formulas uses). Results are computed on demand when an add-in or a
 * test reads a formula cell's value, and cached until the document changes.
 */
import { HyperFormula, DetailedCellError } from "hyperformula";
import { MAX_COLUMNS } from "./a1";
import type { WorkbookModel } from "./model";
import { type StoredValue, isErrorValue, toApiValue } from "./values";

/** Computes the values of all formula cells: sheet id → cell key → value. */
export type Calculator = (model: WorkbookModel) => Map<string, Map<number, StoredValue>>;

/** A HyperFormula-backed calculator. */
export const hyperFormulaCalculator: Calculator = (model) => {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of model.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const [key, cell] of sheet.cells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      const line = (grid[row] ??= []);
      line[column] = cell.formula ?? toInput(cell.value);
    }
    sheets[sheet.name] = Array.from(grid, (line) => Array.from(line ?? [], (v) => v ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  const out = new Map<string, Map<number, StoredValue>>();
  try {
    for (const sheet of model.sheets) {
      const id = hf.getSheetId(sheet.name);
      const values = new Map<number, StoredValue>();
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === undefined || id === undefined) continue;
        const v = hf.getCellValue({
          sheet: id,
          row: Math.floor(key / MAX_COLUMNS),
          col: key % MAX_COLUMNS,
        });
        values.set(key, toStored(v));
      }
      out.set(sheet.id, values);
    }
  } finally {
    hf.destroy();
  }
  return out;
};

/** HyperFormula parses raw strings like typed input; an apostrophe keeps text as text. */
function toInput(value: StoredValue): string | number | boolean | null {
  if (value === null) return null;
  const v = toApiValue(value);
  return typeof v === "string" && !isErrorValue(value) ? `'${v}` : v;
}

function toStored(v: unknown): StoredValue {
  if (v instanceof DetailedCellError) return { error: excelError(v.value) };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return v === null || v === undefined ? 0 : { error: "#VALUE!" };
}

/** HyperFormula's error literals are Excel's, except the cycle error. */
function excelError(literal: string): string {
  return literal === "#CYCLE!" ? "#REF!" : literal === "#ERROR!" ? "#VALUE!" : literal;
}
