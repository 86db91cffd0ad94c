/**
 * tblVerwendung (the usage matrix: past use of each municipality's budget by category) and
 * tblZuordnung (the bound share of each category), DOMAIN.md 6.
 */
import type { Dec } from "../core/decimal";
import { ZERO } from "../core/decimal";
import type { SplitBasis } from "../core/types";
import { USAGE_CATEGORIES } from "../core/types";
import { normalizeHeader } from "./cells";
import { BOUND_SHARE_COLUMNS, USAGE_COLUMNS } from "./columns";
import type { CellRef } from "./issues";
import { makeFix, makeIssue } from "./issues";
import { matchMunicipalityRows } from "./matching";
import { FIX_LABELS, MESSAGES } from "./messages";
import { readName, readNumber, readRequiredNumber } from "./readers";
import { didYouMeanFix } from "./similar";
import { belowRef, cellAt, dataRef, dataRows, findColumn, requireColumns } from "./tables";
import type { RawTable, ValidationIssue } from "./types";

/** What tblVerwendung yields: each municipality's usage by normalised name, in category order. */
export interface ParsedUsage {
  readonly values: ReadonlyMap<string, readonly Dec[]>;
  readonly valid: boolean;
}

/** Checks the optional Summe cell of a complete row against the row's sum. */
function checkRowSum(
  table: RawTable,
  row: { index: number; name: string },
  sumColumn: number,
  rowSum: Dec,
  issues: ValidationIssue[]
): void {
  const ref = dataRef(table, row.index, sumColumn);
  const label = `Die Summe von »${row.name}«`;
  const read = readNumber(cellAt(table, row.index, sumColumn), { ref, label }, issues);
  if (read.status !== "ok" || read.value.eq(rowSum)) return;
  const fix = makeFix(FIX_LABELS.setSum(rowSum), ref, rowSum.toNumber());
  const message = MESSAGES.sumMismatch(ref, row.name, read.value, rowSum);
  issues.push(makeIssue("SUM_MISMATCH", "error", ref, message, fix));
}

/**
 * Checks tblVerwendung: amounts ≥ 0 to the cent, an all-zero row (an error for basis GEMEINDE,
 * where it leaves g[i] undefined; a warning for KREIS), and the optional Summe column.
 */
export function validateUsage(
  table: RawTable,
  known: readonly string[] | undefined,
  splitBasis: SplitBasis,
  issues: ValidationIssue[]
): ParsedUsage {
  const found = requireColumns(table, [USAGE_COLUMNS.name, ...USAGE_CATEGORIES], issues);
  if (found === undefined) return { values: new Map(), valid: false };
  const nameColumn = found[USAGE_COLUMNS.name];
  const sumColumn = findColumn(table, USAGE_COLUMNS.sum);
  const matched = matchMunicipalityRows(table, nameColumn, known, issues);
  const values = new Map<string, readonly Dec[]>();
  let valid = matched.valid;
  for (const row of matched.rows) {
    const amounts = USAGE_CATEGORIES.map((category) =>
      readRequiredNumber(
        cellAt(table, row.index, found[category]),
        {
          ref: dataRef(table, row.index, found[category]),
          label: `»${category}« von »${row.name}«`,
          money: true,
          negativeCode: "NEGATIVE_VALUE",
        },
        issues
      )
    );
    if (amounts.some((amount) => amount === undefined)) {
      valid = false;
      continue;
    }
    const complete = amounts as Dec[];
    const rowSum = complete.reduce((sum, amount) => sum.plus(amount), ZERO);
    if (rowSum.isZero()) {
      const ref = dataRef(table, row.index, nameColumn);
      const perMunicipality = splitBasis === "GEMEINDE";
      const message = MESSAGES.allZeroUsage(ref, row.name, perMunicipality);
      issues.push(makeIssue("ALL_ZERO_ROW", perMunicipality ? "error" : "warning", ref, message));
      valid = valid && !perMunicipality;
    }
    if (sumColumn !== undefined) checkRowSum(table, row, sumColumn, rowSum, issues);
    values.set(normalizeHeader(row.name), complete);
  }
  const allZero = [...values.values()].every((row) => row.every((amount) => amount.isZero()));
  if (valid && values.size > 0 && allZero && splitBasis === "KREIS") {
    // With basis KREIS one zero row is harmless, but a zero district leaves G = 0/0 undefined.
    const ref = dataRef(table, 0, found[USAGE_CATEGORIES[0]]);
    issues.push(makeIssue("ALL_ZERO_ROW", "error", ref, MESSAGES.allZeroUsageDistrict(ref)));
    valid = false;
  }
  return { values, valid };
}

/** Reads one share of tblZuordnung, which must lie in [0, 1]. */
function readShare(
  table: RawTable,
  index: number,
  shareColumn: number,
  category: string,
  issues: ValidationIssue[]
): Dec | undefined {
  const ref = dataRef(table, index, shareColumn);
  const label = `Der Anteil gebunden der Kategorie »${category}«`;
  const share = readRequiredNumber(cellAt(table, index, shareColumn), { ref, label }, issues);
  if (share === undefined || (share.gte(0) && share.lte(1))) return share;
  issues.push(
    makeIssue(
      "SHARE_OUT_OF_RANGE",
      "error",
      ref,
      MESSAGES.shareOutOfRange(ref, label, share, false)
    )
  );
  return undefined;
}

/** Checks tblZuordnung and returns a[c] in the order of USAGE_CATEGORIES when all are valid. */
export function validateBoundShares(
  table: RawTable,
  issues: ValidationIssue[]
): readonly Dec[] | undefined {
  const found = requireColumns(table, Object.values(BOUND_SHARE_COLUMNS), issues);
  if (found === undefined) return undefined;
  const categoryColumn = found[BOUND_SHARE_COLUMNS.category];
  const shares = new Map<string, Dec>();
  const firstRef = new Map<string, CellRef>();
  let valid = true;
  for (const { index } of dataRows(table)) {
    const ref = dataRef(table, index, categoryColumn);
    const text = readName(cellAt(table, index, categoryColumn), ref, "Die Kategorie", issues);
    const category = USAGE_CATEGORIES.find(
      (known) => normalizeHeader(known) === normalizeHeader(text ?? "")
    );
    const share = readShare(
      table,
      index,
      found[BOUND_SHARE_COLUMNS.share],
      category ?? text ?? "",
      issues
    );
    valid = valid && share !== undefined && category !== undefined;
    if (text === undefined) continue;
    if (category === undefined) {
      const fix = didYouMeanFix(text, USAGE_CATEGORIES, ref);
      const message =
        text === ""
          ? MESSAGES.missingValue(ref, "Die Kategorie")
          : MESSAGES.unknownCategory(ref, text, USAGE_CATEGORIES);
      issues.push(
        makeIssue(text === "" ? "MISSING_VALUE" : "UNKNOWN_CATEGORY", "error", ref, message, fix)
      );
    } else if (firstRef.has(category)) {
      const message = MESSAGES.duplicateCategory(ref, category, firstRef.get(category) ?? ref);
      issues.push(makeIssue("DUPLICATE_CATEGORY", "error", ref, message));
      valid = false;
    } else {
      firstRef.set(category, ref);
      if (share !== undefined) shares.set(category, share);
    }
  }
  for (const category of USAGE_CATEGORIES.filter((known) => !firstRef.has(known))) {
    const ref = belowRef(table, categoryColumn);
    issues.push(
      makeIssue("MISSING_CATEGORY", "error", ref, MESSAGES.missingCategory(ref, category, table))
    );
    valid = false;
  }
  return valid ? USAGE_CATEGORIES.map((category) => shares.get(category) ?? ZERO) : undefined;
}
