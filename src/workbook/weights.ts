/**
 * tblGewichte: one weight ≥ 0 per indicator column of tblIndikatoren, each indicator named once,
 * not all weights 0 (DOMAIN.md 1 normalises them to sum 1).
 */
import type { Dec } from "../core/decimal";
import { ZERO } from "../core/decimal";
import { normalizeHeader } from "./cells";
import { WEIGHT_COLUMNS } from "./columns";
import type { IndicatorColumn } from "./indicators";
import type { CellRef } from "./issues";
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import { readName, readRequiredNumber } from "./readers";
import { didYouMeanFix } from "./similar";
import { belowRef, cellAt, dataRef, dataRows, headerRef, requireColumns } from "./tables";
import type { RawTable, ValidationIssue } from "./types";

/** The weight rows read: weights by normalised indicator name, and where each name was first seen. */
interface WeightRows {
  readonly weights: Map<string, Dec>;
  readonly seen: Map<string, CellRef>;
  valid: boolean;
}

/** Reads one row: its indicator name (known, unique) and its weight ≥ 0. */
function readWeightRow(
  table: RawTable,
  index: number,
  columns: { readonly name: number; readonly weight: number },
  names: readonly string[] | undefined,
  rows: WeightRows,
  issues: ValidationIssue[]
): void {
  const ref = dataRef(table, index, columns.name);
  const weightRef = dataRef(table, index, columns.weight);
  const name = readName(cellAt(table, index, columns.name), ref, "Der Indikatorname", issues);
  const weight = readRequiredNumber(
    cellAt(table, index, columns.weight),
    {
      ref: weightRef,
      label: `Das Gewicht von »${name ?? ""}«`,
      negativeCode: "NEGATIVE_WEIGHT",
      indicator: name,
    },
    issues
  );
  rows.valid = rows.valid && weight !== undefined && name !== undefined && name !== "";
  if (name === "") {
    const message = MESSAGES.missingValue(
      ref,
      `Der Indikatorname zum Gewicht in ${weightRef.cell}`
    );
    issues.push(makeIssue("MISSING_VALUE", "error", ref, message));
  }
  if (name === undefined || name === "") return;
  const key = normalizeHeader(name);
  const first = rows.seen.get(key);
  if (first !== undefined) {
    const message = MESSAGES.duplicateIndicator(ref, name, first);
    issues.push(makeIssue("DUPLICATE_INDICATOR", "error", ref, message));
    rows.valid = false;
    return;
  }
  rows.seen.set(key, ref);
  if (names !== undefined && !names.some((known) => normalizeHeader(known) === key)) {
    const fix = didYouMeanFix(name, names, ref);
    issues.push(
      makeIssue("UNKNOWN_INDICATOR", "error", ref, MESSAGES.unknownIndicator(ref, name), fix)
    );
    rows.valid = false;
  } else if (weight !== undefined) {
    rows.weights.set(key, weight);
  }
}

/**
 * Checks tblGewichte against the indicators (undefined when tblIndikatoren is unreadable) and
 * returns the weights in the indicators' order when all are valid.
 */
export function validateWeights(
  table: RawTable,
  indicators: readonly IndicatorColumn[] | undefined,
  issues: ValidationIssue[]
): readonly Dec[] | undefined {
  const found = requireColumns(table, Object.values(WEIGHT_COLUMNS), issues);
  if (found === undefined) return undefined;
  const columns = { name: found[WEIGHT_COLUMNS.indicator], weight: found[WEIGHT_COLUMNS.weight] };
  const names = indicators?.map((indicator) => indicator.name);
  const rows: WeightRows = { weights: new Map(), seen: new Map(), valid: true };
  for (const { index } of dataRows(table))
    readWeightRow(table, index, columns, names, rows, issues);
  if (names === undefined) return undefined;
  for (const name of names.filter((known) => !rows.seen.has(normalizeHeader(known)))) {
    const ref = belowRef(table, columns.name);
    issues.push(
      makeIssue("MISSING_WEIGHT", "error", ref, MESSAGES.missingWeight(ref, name, table))
    );
    rows.valid = false;
  }
  if (!rows.valid) return undefined;
  const ordered = names.map((name) => rows.weights.get(normalizeHeader(name)) ?? ZERO);
  if (ordered.every((weight) => weight.isZero())) {
    const ref = headerRef(table, columns.weight);
    issues.push(makeIssue("ZERO_WEIGHT_SUM", "error", ref, MESSAGES.zeroWeightSum(ref)));
    return undefined;
  }
  return ordered;
}
