/**
 * The "Protokoll" sheet: one row per fill (time, user, year, model, parameters, checksum and the
 * totals), so the working group can trace every committee paper. Each fill rewrites the add-in's
 * block with all rows read back from the sheet plus the new one, so no row is ever lost and a
 * user's cells outside the block stay untouched.
 */
import { ZERO } from "../core/decimal";
import type { BudgetInputs, BudgetTotals } from "../core/types";
import { formatBerlinTimestamp, formatEur, formatGermanNumber, formatPercent } from "./format";
import { DEFAULT_POPULATION_BASIS } from "./parameters";
import type { PlanMeta, PlannedRow } from "./plan-cells";
import { columnWidths, eurCell, textCell, toPlannedSheet } from "./plan-cells";
import type { CellValue, NumberFormat, OutputSheetState, PlannedCell, PlannedSheet } from "./types";
import { isCellDate, isCellError } from "./types";
import { PROTOCOL_SHEET } from "./sheet-names";

export { PROTOCOL_SHEET } from "./sheet-names";

/** The log's columns, left to right. */
export const PROTOCOL_HEADERS = [
  "Zeitpunkt",
  "Benutzer",
  "Haushaltsjahr",
  "Modell",
  "Parameter",
  "Prüfsumme",
  "Summe Beträge",
  "Summe Ausgleich",
  "Gesamt",
] as const;

/** The number format of each column, re-applied to the rows read back. */
const FORMATS: readonly NumberFormat[] = [
  "text",
  "text",
  "integer",
  "text",
  "text",
  "text",
  "eur",
  "eur",
  "eur",
];

/**
 * Returns the parameters as one compact German line: "B = 2.233.000,00 €; Basis Einwohner unter
 * 21; Sockelbetrag 100.000,00 €; Korridor 5 %; …" (every parameter that shapes the result).
 */
export function parameterSummary(inputs: BudgetInputs, populationBasis?: string): string {
  const p = inputs.parameters;
  const floor = p.loadFactorFloor === undefined ? "keine" : formatGermanNumber(p.loadFactorFloor);
  const cap = p.loadFactorCap === undefined ? "keine" : formatGermanNumber(p.loadFactorCap);
  return [
    `B = ${formatEur(p.total)}`,
    `Basis ${populationBasis ?? DEFAULT_POPULATION_BASIS}`,
    `Sockelbetrag ${formatEur(p.baseAmount)}`,
    `Korridor ${formatPercent(p.corridor)}`,
    `Belastungsfaktor Untergrenze ${floor}, Obergrenze ${cap}`,
    `Gewichte ${inputs.indicatorNames
      .map((name, index) => `${name} ${formatGermanNumber(inputs.weights[index] ?? ZERO)}`)
      .join(", ")}`,
    `Aufteilung ${p.splitBasis}`,
    `H2 = ${formatEur(p.ambulantBudget)}`,
    `Anteil Regionalbudget 2 ${formatPercent(p.regional2Share)}`,
    `Startjahr Quote ${p.quotaStartYear}`,
    `Abschmelzjahre ${p.phaseOutYears}`,
  ].join("; ");
}

/** A cell read back from the sheet, with its column's format (errors kept as their text). */
function keptCell(value: CellValue | undefined, column: number): PlannedCell | null {
  if (value === undefined || value === null) return null;
  const scalar = isCellError(value) ? value.error : isCellDate(value) ? value.date : value;
  return { value: scalar, format: FORMATS[column] ?? "text" };
}

/** The data rows of the last fill's block (below its header), as they stand on the sheet now. */
function previousRows(state: OutputSheetState | undefined): PlannedRow[] {
  const block = state?.block;
  if (state === undefined || block === undefined) return [];
  const rows: PlannedRow[] = [];
  for (let row = 1; row < block.rows; row++) {
    const values = state.values[row] ?? [];
    const width = Math.min(block.columns, PROTOCOL_HEADERS.length);
    rows.push(Array.from({ length: width }, (_, column) => keptCell(values[column], column)));
  }
  return rows;
}

/** The new row of this fill. */
function newRow(inputs: BudgetInputs, totals: BudgetTotals, meta: PlanMeta): PlannedRow {
  return [
    textCell(formatBerlinTimestamp(meta.filledAt)),
    textCell(meta.userName ?? ""),
    { value: inputs.parameters.year, format: "integer" },
    textCell(inputs.parameters.model),
    textCell(parameterSummary(inputs, meta.populationBasis)),
    textCell(meta.checksum.slice(0, 16)),
    eurCell(totals.amount),
    eurCell(totals.compensation),
    eurCell(totals.total),
  ];
}

/**
 * Returns the Protokoll block: the header, every row of the last fill's block (read from `state`)
 * and this fill's row at the bottom.
 */
export function planProtocolSheet(
  inputs: BudgetInputs,
  totals: BudgetTotals,
  state: OutputSheetState | undefined,
  meta: PlanMeta
): PlannedSheet {
  const rows: PlannedRow[] = [
    PROTOCOL_HEADERS.map((header) => textCell(header, "header")),
    ...previousRows(state),
    newRow(inputs, totals, meta),
  ];
  const widths = columnWidths([...PROTOCOL_HEADERS], [20, 18, 14, 12, 60, 18, 16, 16, 16]);
  return toPlannedSheet(PROTOCOL_SHEET, rows, widths, 1);
}
