/**
 * Rows of tblIndikatoren and tblVerwendung belong to the municipalities of tblGemeinden by name
 * (header matching rules). Unknown, repeated, blank and missing names are reported here once for
 * both tables.
 */
import { normalizeHeader } from "./cells";
import type { CellRef } from "./issues";
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import { readName } from "./readers";
import { didYouMeanFix } from "./similar";
import { belowRef, cellAt, dataRef, dataRows } from "./tables";
import type { RawTable, ValidationIssue } from "./types";

/** A data row with a municipality name. */
export interface NamedRow {
  readonly index: number;
  readonly name: string;
}

/** The rows of a table by municipality, and whether every name matched exactly once. */
export interface MatchedRows {
  /** Every named row, known or not (its values are checked either way). */
  readonly rows: readonly NamedRow[];
  /** Row index by normalised name, for the municipalities of tblGemeinden only. */
  readonly byName: ReadonlyMap<string, number>;
  readonly valid: boolean;
}

/**
 * Matches the rows of `table` to the `known` municipality names (undefined when tblGemeinden could
 * not be read: then names are only checked for blanks and repeats).
 */
export function matchMunicipalityRows(
  table: RawTable,
  nameColumn: number,
  known: readonly string[] | undefined,
  issues: ValidationIssue[]
): MatchedRows {
  const knownKeys = new Set(known?.map(normalizeHeader));
  const rows: NamedRow[] = [];
  const byName = new Map<string, number>();
  const firstRef = new Map<string, CellRef>();
  let valid = true;
  for (const { index } of dataRows(table)) {
    const ref = dataRef(table, index, nameColumn);
    const name = readName(cellAt(table, index, nameColumn), ref, "Der Gemeindename", issues);
    if (name === undefined || name === "") {
      if (name === "")
        issues.push(makeIssue("MISSING_MUNICIPALITY", "error", ref, MESSAGES.blankName(ref)));
      valid = false;
      continue;
    }
    const key = normalizeHeader(name);
    const first = firstRef.get(key);
    if (first !== undefined) {
      const message = MESSAGES.duplicateMunicipality(ref, name, first);
      issues.push(makeIssue("DUPLICATE_MUNICIPALITY", "error", ref, message));
      valid = false;
      continue;
    }
    firstRef.set(key, ref);
    rows.push({ index, name });
    if (known === undefined || knownKeys.has(key)) {
      byName.set(key, index);
    } else {
      const fix = didYouMeanFix(name, known, ref);
      const message = MESSAGES.unknownMunicipality(ref, name);
      issues.push(makeIssue("UNKNOWN_MUNICIPALITY", "error", ref, message, fix));
      valid = false;
    }
  }
  for (const name of known ?? []) {
    if (byName.has(normalizeHeader(name))) continue;
    const ref = belowRef(table, nameColumn);
    issues.push(
      makeIssue(
        "MISSING_MUNICIPALITY",
        "error",
        ref,
        MESSAGES.municipalityMissingIn(ref, name, table)
      )
    );
    valid = false;
  }
  return { rows, byName, valid };
}
