/**
 * tblIndikatoren: one column per burden indicator, values ≥ 0 for every municipality, and no
 * weighted indicator whose district reference (population-weighted mean, DOMAIN.md 1) is 0.
 */
import type { Dec } from "../core/decimal";
import { ZERO } from "../core/decimal";
import { cellText, normalizeHeader } from "./cells";
import { INDICATOR_NAME_COLUMN } from "./columns";
import type { CellRef } from "./issues";
import { makeIssue } from "./issues";
import type { MatchedRows } from "./matching";
import { matchMunicipalityRows } from "./matching";
import { MESSAGES } from "./messages";
import { readRequiredNumber } from "./readers";
import { cellAt, dataRef, headerRef, requireColumns } from "./tables";
import type { RawTable, ValidationIssue } from "./types";

/** One indicator column of tblIndikatoren. */
export interface IndicatorColumn {
  readonly name: string;
  readonly column: number;
}

/** What tblIndikatoren yields: the indicators, each municipality's values by normalised name. */
export interface ParsedIndicators {
  readonly columns: readonly IndicatorColumn[];
  readonly values: ReadonlyMap<string, readonly Dec[]>;
  readonly valid: boolean;
}

/** The indicator columns: every non-blank header but the name column, each name once. */
function indicatorColumns(
  table: RawTable,
  nameColumn: number,
  issues: ValidationIssue[]
): { columns: IndicatorColumn[]; valid: boolean } {
  const columns: IndicatorColumn[] = [];
  const firstRef = new Map<string, CellRef>();
  let valid = true;
  table.headers.forEach((header, column) => {
    const name = cellText(header).replace(/\s+/g, " ");
    if (column === nameColumn || name === "") return;
    const ref = headerRef(table, column);
    const first = firstRef.get(normalizeHeader(name));
    if (first !== undefined) {
      const message = MESSAGES.duplicateIndicator(ref, name, first);
      issues.push(makeIssue("DUPLICATE_INDICATOR", "error", ref, message));
      valid = false;
      return;
    }
    firstRef.set(normalizeHeader(name), ref);
    columns.push({ name, column });
  });
  if (columns.length === 0) {
    const ref = headerRef(table, table.headers.length);
    issues.push(makeIssue("MISSING_COLUMN", "error", ref, MESSAGES.noIndicatorColumn(ref, table)));
    valid = false;
  }
  return { columns, valid };
}

/** Reads one row's indicator values; an all-zero row is a warning at the municipality's name. */
function readIndicatorRow(
  table: RawTable,
  row: { index: number; name: string },
  nameColumn: number,
  columns: readonly IndicatorColumn[],
  issues: ValidationIssue[]
): Dec[] | undefined {
  const values = columns.map(({ name, column }) =>
    readRequiredNumber(
      cellAt(table, row.index, column),
      {
        ref: dataRef(table, row.index, column),
        label: `Der Indikator »${name}« von »${row.name}«`,
        negativeCode: "NEGATIVE_VALUE",
      },
      issues
    )
  );
  if (values.some((value) => value === undefined)) return undefined;
  const valid = values as Dec[];
  if (valid.length > 0 && valid.every((value) => value.isZero())) {
    const ref = dataRef(table, row.index, nameColumn);
    issues.push(
      makeIssue("ALL_ZERO_ROW", "warning", ref, MESSAGES.allZeroIndicators(ref, row.name))
    );
  }
  return valid;
}

/** Checks tblIndikatoren against the municipality names of tblGemeinden (undefined: unreadable). */
export function validateIndicators(
  table: RawTable,
  known: readonly string[] | undefined,
  issues: ValidationIssue[]
): ParsedIndicators {
  const found = requireColumns(table, [INDICATOR_NAME_COLUMN], issues);
  if (found === undefined) return { columns: [], values: new Map(), valid: false };
  const nameColumn = found[INDICATOR_NAME_COLUMN];
  const header = indicatorColumns(table, nameColumn, issues);
  const matched: MatchedRows = matchMunicipalityRows(table, nameColumn, known, issues);
  const values = new Map<string, readonly Dec[]>();
  let valid = header.valid && matched.valid;
  for (const row of matched.rows) {
    const rowValues = readIndicatorRow(table, row, nameColumn, header.columns, issues);
    if (rowValues === undefined) valid = false;
    else values.set(normalizeHeader(row.name), rowValues);
  }
  return { columns: header.columns, values, valid };
}

/**
 * Reports every weighted indicator whose district reference m[k] = Σ P·x / Σ P is 0 (DOMAIN.md 1:
 * LF divides by it; an indicator of weight 0 is ignored, as the engine does). `rows` are the
 * complete rows of all municipalities; Σ P > 0 is checked before.
 */
export function checkZeroReferences(
  table: RawTable,
  columns: readonly IndicatorColumn[],
  weights: readonly Dec[],
  rows: readonly { readonly population: Dec; readonly values: readonly Dec[] }[],
  issues: ValidationIssue[]
): void {
  columns.forEach(({ name, column }, k) => {
    if ((weights[k] ?? ZERO).isZero()) return;
    const reference = rows.reduce(
      (sum, row) => sum.plus((row.values[k] ?? ZERO).times(row.population)),
      ZERO
    );
    if (!reference.isZero()) return;
    const ref = headerRef(table, column);
    issues.push(makeIssue("ZERO_REFERENCE", "error", ref, MESSAGES.zeroReference(ref, name)));
  });
}
