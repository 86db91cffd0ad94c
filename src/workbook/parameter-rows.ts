/**
 * The rows of tblParameter: which parameters exist (WORKBOOK.md), where each one's value sits,
 * and the issues of the table itself (unknown or repeated parameter names).
 */
import { cellText, normalizeHeader } from "./cells";
import type { CellRef } from "./issues";
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import { readName } from "./readers";
import { didYouMeanFix } from "./similar";
import { cellAt, dataRef, dataRows, findColumn } from "./tables";
import type { CellValue, InputSnapshot, RawTable, ValidationIssue } from "./types";

/** The German name of every parameter of tblParameter, by code name. */
export const PARAMETER_NAMES = {
  year: "Haushaltsjahr",
  total: "Gesamtbudget",
  model: "Finanzierungsmodell",
  populationBasis: "Bevölkerungsbasis",
  baseAmount: "Sockelbetrag",
  corridor: "Korridor",
  loadFactorFloor: "Belastungsfaktor Untergrenze",
  loadFactorCap: "Belastungsfaktor Obergrenze",
  splitBasis: "Aufteilungsbasis",
  ambulantBudget: "Budget ambulante Hilfen",
  regional2Share: "Anteil Regionalbudget 2",
  quotaStartYear: "Startjahr Quote",
  phaseOutYears: "Abschmelzjahre",
} as const;

/** The code name of a parameter. */
export type ParameterKey = keyof typeof PARAMETER_NAMES;

const PARAMETER_KEYS = Object.keys(PARAMETER_NAMES) as ParameterKey[];

/** One parameter's row: its value and where the name and the value sit. */
export interface ParameterRow {
  readonly value: CellValue;
  readonly nameRef: CellRef;
  readonly valueRef: CellRef;
}

/** The columns of tblParameter. */
export const PARAMETER_COLUMNS = { name: "Parameter", value: "Wert" } as const;

/** Returns the code name of a parameter's German name (header matching rules), or undefined. */
export function parameterKeyOf(name: string): ParameterKey | undefined {
  const key = normalizeHeader(name);
  return PARAMETER_KEYS.find((candidate) => normalizeHeader(PARAMETER_NAMES[candidate]) === key);
}

/**
 * Returns the known parameters' rows of tblParameter (columns already checked to exist). An
 * unknown name is an UNKNOWN_PARAMETER warning (with "did you mean"); a parameter given twice is
 * an INVALID_PARAMETER error and neither row counts.
 */
export function collectParameterRows(
  table: RawTable,
  columns: { readonly name: number; readonly value: number },
  issues: ValidationIssue[]
): Map<ParameterKey, ParameterRow> {
  const rows = new Map<ParameterKey, ParameterRow>();
  const repeated = new Set<ParameterKey>();
  for (const { index } of dataRows(table)) {
    const nameRef = dataRef(table, index, columns.name);
    const name = readName(cellAt(table, index, columns.name), nameRef, "Der Parametername", issues);
    if (name === undefined || name === "") continue;
    const key = parameterKeyOf(name);
    if (key === undefined) {
      const fix = didYouMeanFix(name, Object.values(PARAMETER_NAMES), nameRef);
      const message = MESSAGES.unknownParameter(nameRef, name);
      issues.push(makeIssue("UNKNOWN_PARAMETER", "warning", nameRef, message, fix));
      continue;
    }
    const first = rows.get(key);
    if (first !== undefined) {
      const message = MESSAGES.duplicateParameter(nameRef, PARAMETER_NAMES[key], first.nameRef);
      issues.push(makeIssue("INVALID_PARAMETER", "error", nameRef, message));
      repeated.add(key);
      continue;
    }
    const valueRef = dataRef(table, index, columns.value);
    rows.set(key, { value: cellAt(table, index, columns.value), nameRef, valueRef });
  }
  for (const key of repeated) rows.delete(key);
  return rows;
}

/**
 * Returns the cell holding a parameter's value in the snapshot, or undefined when the table or the
 * row is missing; used to place the engine's complaints on the parameter that caused them.
 */
export function findParameterCell(snapshot: InputSnapshot, key: ParameterKey): CellRef | undefined {
  const table = snapshot.tables.parameters;
  if (table === undefined) return undefined;
  const nameColumn = findColumn(table, PARAMETER_COLUMNS.name);
  const valueColumn = findColumn(table, PARAMETER_COLUMNS.value);
  if (nameColumn === undefined || valueColumn === undefined) return undefined;
  const row = dataRows(table).find(
    ({ index }) => parameterKeyOf(cellText(cellAt(table, index, nameColumn))) === key
  );
  return row === undefined ? undefined : dataRef(table, row.index, valueColumn);
}
