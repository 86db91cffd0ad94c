/**
 * The "Modellvergleich" sheet: every municipality's amount, change against its previous budget
 * (EUR and %), and compensation under each of the four financing models side by side, the totals,
 * the models that cannot be applied with their reason, and a bar chart of the changes to its right.
 */
import type { Dec } from "../core/decimal";
import { ZERO } from "../core/decimal";
import type { BudgetInputs, ModelComparison, ModelComparisonRow } from "../core/index";
import { columnLetters, toA1 } from "./cells";
import { SHARE_DIGITS } from "./figures";
import type { PlanMeta, PlannedRow } from "./plan-cells";
import {
  columnWidths,
  eurCell,
  percentCell,
  provenanceLine,
  sheetTitle,
  textCell,
  toPlannedSheet,
} from "./plan-cells";
import { withPageSetup } from "./page-setup";
import { guardedPlan } from "./plan-guard";
import { COMPARISON_SHEET } from "./sheet-names";
import type {
  OutputPlan,
  OutputState,
  PlannedCell,
  PlannedChart,
  PlannedSheet,
  ValidationIssue,
} from "./types";

/** The chart's name on the sheet; a refill replaces the chart of this name. */
export const COMPARISON_CHART = "SR_Modellvergleich";

/** The chart's title. */
export const COMPARISON_CHART_TITLE = "Veränderung gegenüber Vorjahr je Gemeinde und Modell";

/** Columns before the first model's: Gemeinde, Region, Budget Vorjahr. */
const LEAD_COLUMNS = 3;
/** Columns per model: Betrag, Veränderung, Veränderung %, Ausgleich. */
const MODEL_COLUMNS = 4;
/** 0-based row of the first municipality (title, model row, header row above it). */
const FIRST_DATA_ROW = 3;
/** The chart's size in columns and rows. */
const CHART_SIZE = { columns: 10, rows: 22 };

function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** A relative change as a percentage cell (6 decimals as the quotas), empty when undefined. */
function shareCell(share: Dec | null, style?: "total"): PlannedCell | null {
  return share === null ? null : percentCell(share.toDecimalPlaces(SHARE_DIGITS), style);
}

function modelHeaders(model: string): string[] {
  return [
    `Betrag ${model}`,
    `Veränderung ${model}`,
    `Veränderung % ${model}`,
    `Ausgleich ${model}`,
  ];
}

/** One model's four cells of a municipality (empty when the model is infeasible). */
function modelCells(row: ModelComparisonRow | undefined): (PlannedCell | null)[] {
  if (row === undefined) return [null, null, null, null];
  return [
    eurCell(row.amount),
    eurCell(row.change),
    shareCell(row.changeShare),
    eurCell(row.compensation),
  ];
}

/** The totals row: Σ previous budgets, and per feasible model Σ amount, Σ change, %, Σ comp. */
function totalsRow(comparisons: readonly ModelComparison[], inputs: BudgetInputs): PlannedRow {
  const previous = sum(inputs.municipalities.map((m) => m.previousBudget));
  const cells: PlannedRow = [textCell("Summe", "total"), null, eurCell(previous, "total")];
  for (const comparison of comparisons) {
    const totals = comparison.totals;
    if (totals === null) {
      cells.push(null, null, null, null);
      continue;
    }
    const share = previous.isZero() ? null : totals.change.div(previous);
    cells.push(
      eurCell(totals.amount, "total"),
      eurCell(totals.change, "total"),
      shareCell(share, "total"),
      eurCell(totals.compensation, "total")
    );
  }
  return cells;
}

/** The rows naming every model that cannot be applied, with the engine's German reason. */
function infeasibleRows(comparisons: readonly ModelComparison[]): PlannedRow[] {
  const infeasible = comparisons.filter((comparison) => !comparison.feasible);
  if (infeasible.length === 0) return [];
  return [
    [],
    [textCell("Nicht umsetzbare Modelle", "header")],
    ...infeasible.map((comparison): PlannedRow => [
      textCell(comparison.model),
      textCell(comparison.message ?? ""),
    ]),
  ];
}

/** The bar chart of each feasible model's change, to the right of a block `columns` wide. */
function changeChart(
  comparisons: readonly ModelComparison[],
  municipalityCount: number,
  columns: number
): PlannedChart {
  const first = FIRST_DATA_ROW + 1;
  const last = FIRST_DATA_ROW + municipalityCount;
  const series = comparisons.flatMap((comparison, index) => {
    if (!comparison.feasible) return [];
    const letter = columnLetters(LEAD_COLUMNS + index * MODEL_COLUMNS + 1);
    return [{ name: comparison.model, values: `${letter}${first}:${letter}${last}` }];
  });
  return {
    name: COMPARISON_CHART,
    title: COMPARISON_CHART_TITLE,
    categories: `A${first}:A${last}`,
    series,
    from: toA1({ row: FIRST_DATA_ROW - 1, column: columns + 1 }),
    to: toA1({
      row: FIRST_DATA_ROW - 1 + CHART_SIZE.rows,
      column: columns + 1 + CHART_SIZE.columns,
    }),
  };
}

/** Returns the Modellvergleich block with its chart (none when no model is feasible). */
export function buildComparisonSheet(
  comparisons: readonly ModelComparison[],
  inputs: BudgetInputs,
  meta: PlanMeta
): PlannedSheet {
  const headers = [
    "Gemeinde",
    "Region",
    "Budget Vorjahr",
    ...comparisons.flatMap((c) => modelHeaders(c.model)),
  ];
  const modelRow: PlannedRow = [null, null, null];
  for (const comparison of comparisons) {
    const label = comparison.feasible ? comparison.model : `${comparison.model} (nicht umsetzbar)`;
    modelRow.push(textCell(label, "header"), null, null, null);
  }
  const rows: PlannedRow[] = [
    [textCell(sheetTitle(inputs.parameters.year, COMPARISON_SHEET), "title")],
    modelRow,
    headers.map((header) => textCell(header, "header")),
    ...inputs.municipalities.map((m, index): PlannedRow => [
      textCell(m.name),
      textCell(m.region),
      eurCell(m.previousBudget),
      ...comparisons.flatMap((comparison) => modelCells(comparison.municipalities[index])),
    ]),
    totalsRow(comparisons, inputs),
    ...infeasibleRows(comparisons),
    [],
    [textCell(`Im Parameterblatt gewähltes Modell: ${inputs.parameters.model}`, "note")],
    [textCell(provenanceLine(inputs, meta), "note")],
  ];
  const widths = columnWidths(headers, [
    28,
    14,
    16,
    ...comparisons.flatMap(() => [16, 16, 14, 16]),
  ]);
  const sheet = toPlannedSheet(COMPARISON_SHEET, rows, widths, FIRST_DATA_ROW);
  const feasible = comparisons.some((comparison) => comparison.feasible);
  if (!feasible || inputs.municipalities.length === 0) return sheet;
  return {
    ...sheet,
    charts: [changeChart(comparisons, inputs.municipalities.length, sheet.extent.columns)],
  };
}

/**
 * Returns the plan of the Modellvergleich sheet for `comparisons` (compareModels of `inputs`),
 * or OUTPUT_COLLISION issues and no plan when the block would cover a user's cells.
 */
export function planComparisonSheet(
  comparisons: readonly ModelComparison[],
  inputs: BudgetInputs,
  state: OutputState,
  meta: PlanMeta
): { plan?: OutputPlan; issues: ValidationIssue[] } {
  return guardedPlan(
    [withPageSetup(buildComparisonSheet(comparisons, inputs, meta), inputs.parameters.year, meta)],
    state
  );
}
