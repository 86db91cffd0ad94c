/**
 * Adopting a compared model or tried weights: the cells of tblParameter's `Wert` and tblGewichte's
 * `Gewicht` to overwrite, found through the snapshot's tables exactly as validation finds them,
 * and the rows to append where a needed row is missing.
 */
import type { Dec } from "../core/decimal";
import type { FinancingModel } from "../core/types";
import { cellText, normalizeHeader } from "./cells";
import { WEIGHT_COLUMNS } from "./columns";
import { InputEditError } from "./errors";
import { DEFAULT_MAPPING } from "./mapping";
import type { ParameterKey } from "./parameter-rows";
import { PARAMETER_COLUMNS, PARAMETER_NAMES, parameterKeyOf } from "./parameter-rows";
import { cellAt, dataRef, dataRows, findColumn } from "./tables";
import type {
  CellScalar,
  CellWrite,
  InputEdits,
  InputKey,
  InputMapping,
  InputSnapshot,
  RawTable,
  TableRowAppend,
} from "./types";

/** What to adopt: a model, weights by indicator name, clamp bounds (null empties the cell). */
export interface InputChanges {
  readonly model?: FinancingModel;
  readonly weights?: readonly { readonly indicator: string; readonly weight: Dec }[];
  readonly floor?: Dec | null;
  readonly cap?: Dec | null;
}

/** The edits being collected; sheet-read tables get appended rows as plain cells below the data. */
interface Collector {
  readonly cells: CellWrite[];
  readonly appendRows: TableRowAppend[];
  /** Rows already appended below each sheet-read table, so a second one goes further down. */
  readonly appendedBelow: Map<string, number>;
}

/** Returns the table of `key` with the two columns, or throws an InputEditError (German). */
function editableTable(
  snapshot: InputSnapshot,
  key: InputKey,
  headers: readonly [string, string],
  mapping: InputMapping
): { table: RawTable; name: number; value: number } {
  const table = snapshot.tables[key];
  const { table: tableName, sheet } = mapping[key];
  if (table === undefined) {
    throw new InputEditError(
      "MISSING_TABLE",
      `Die Tabelle »${tableName}« (Blatt »${sheet}«) fehlt; nichts wurde übernommen.`
    );
  }
  const name = findColumn(table, headers[0]);
  const value = findColumn(table, headers[1]);
  if (name === undefined || value === undefined) {
    throw new InputEditError(
      "MISSING_COLUMNS",
      `Die Tabelle »${table.name}« braucht die Spalten »${headers[0]}« und »${headers[1]}«; nichts wurde übernommen.`
    );
  }
  return { table, name, value };
}

/** Appends a row with `label` and `value`: to the Excel table, or as cells below a sheet's data. */
function appendRow(
  collector: Collector,
  located: { table: RawTable; name: number; value: number },
  label: string,
  value: CellScalar
): void {
  const { table } = located;
  if (table.source === "table") {
    const values: CellScalar[] = table.headers.map(() => null);
    values[located.name] = label;
    values[located.value] = value;
    collector.appendRows.push({ table: table.name, sheet: table.sheet, values });
    return;
  }
  const offset = collector.appendedBelow.get(table.name) ?? 0;
  collector.appendedBelow.set(table.name, offset + 1);
  const row = table.rows.length + offset;
  collector.cells.push(
    { ...dataRef(table, row, located.name), value: label },
    { ...dataRef(table, row, located.value), value }
  );
}

/** Writes `value` into the row whose name cell matches `matches`, or appends a row. */
function setRow(
  collector: Collector,
  located: { table: RawTable; name: number; value: number },
  matches: (name: string) => boolean,
  label: string,
  value: CellScalar
): void {
  const { table } = located;
  const row = dataRows(table).find(({ index }) =>
    matches(cellText(cellAt(table, index, located.name)))
  );
  if (row !== undefined) {
    collector.cells.push({ ...dataRef(table, row.index, located.value), value });
  } else if (value !== null) {
    appendRow(collector, located, label, value);
  }
}

function setParameter(
  collector: Collector,
  located: { table: RawTable; name: number; value: number },
  key: ParameterKey,
  value: CellScalar
): void {
  setRow(collector, located, (name) => parameterKeyOf(name) === key, PARAMETER_NAMES[key], value);
}

/**
 * Returns the writes that put `changes` into the input tables of `snapshot` (read with
 * `mapping`): existing cells are overwritten, a missing parameter or weight row is appended, and a
 * bound set to null empties its cell (a missing row then needs nothing). Throws an InputEditError
 * with a German message when tblParameter or tblGewichte (as needed) or its columns are missing.
 */
export function planInputEdits(
  snapshot: InputSnapshot,
  changes: InputChanges,
  mapping: InputMapping = DEFAULT_MAPPING
): InputEdits {
  const collector: Collector = { cells: [], appendRows: [], appendedBelow: new Map() };
  const { model, floor, cap, weights } = changes;
  if (model !== undefined || floor !== undefined || cap !== undefined) {
    const columns = [PARAMETER_COLUMNS.name, PARAMETER_COLUMNS.value] as const;
    const located = editableTable(snapshot, "parameters", columns, mapping);
    if (model !== undefined) setParameter(collector, located, "model", model);
    if (floor !== undefined)
      setParameter(collector, located, "loadFactorFloor", floor?.toNumber() ?? null);
    if (cap !== undefined)
      setParameter(collector, located, "loadFactorCap", cap?.toNumber() ?? null);
  }
  if (weights !== undefined && weights.length > 0) {
    const columns = [WEIGHT_COLUMNS.indicator, WEIGHT_COLUMNS.weight] as const;
    const located = editableTable(snapshot, "weights", columns, mapping);
    for (const { indicator, weight } of weights) {
      const key = normalizeHeader(indicator);
      const matches = (name: string): boolean => normalizeHeader(name) === key;
      setRow(collector, located, matches, indicator, weight.toNumber());
    }
  }
  return { cells: collector.cells, appendRows: collector.appendRows };
}
