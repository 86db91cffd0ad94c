/**
 * The output plan: one sheet per region plus "Übersicht", each block written from A1. A block may
 * only cover cells the add-in wrote last time (its recorded extent) or empty cells; otherwise the
 * fill stops with OUTPUT_COLLISION and nothing is written.
 */
import type { BudgetInputs, BudgetResult } from "../core/types";
import { blockRange } from "./block";
import { cellText, isBlank, toA1, toA1Range } from "./cells";
import { toFigures } from "./figures";
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import { OVERVIEW_SHEET } from "./municipalities";
import type { PlanMeta } from "./plan-cells";
import { planOverviewSheet } from "./plan-overview";
import { planRegionSheet } from "./plan-region";
import type {
  BlockExtent,
  OutputPlan,
  OutputSheetState,
  OutputState,
  PlannedSheet,
  ValidationIssue,
} from "./types";

export type { PlanMeta } from "./plan-cells";

/** Returns the output sheets' names: the regions in order of first appearance, then "Übersicht". */
export function outputSheetNames(inputs: BudgetInputs): string[] {
  const regions = [...new Set(inputs.municipalities.map((municipality) => municipality.region))];
  return [...regions, OVERVIEW_SHEET];
}

function inside(extent: BlockExtent | undefined, row: number, column: number): boolean {
  return extent !== undefined && row < extent.rows && column < extent.columns;
}

/** Returns the OUTPUT_COLLISION issue when the new block would cover a user's own cells. */
function findCollision(
  sheet: PlannedSheet,
  state: OutputSheetState | undefined
): ValidationIssue | undefined {
  if (state === undefined) return undefined;
  const hits: { row: number; column: number }[] = [];
  state.values.forEach((values, row) => {
    values.forEach((value, column) => {
      const covered = row < sheet.extent.rows && column < sheet.extent.columns;
      if (covered && !inside(state.block, row, column) && !isBlank(value))
        hits.push({ row, column });
    });
  });
  const firstHit = hits[0];
  if (firstHit === undefined) return undefined;
  // Reduce, not Math.min(...spread): a used range can hold more cells than a call has arguments.
  const corner = (pick: (a: number, b: number) => number): { row: number; column: number } =>
    hits.reduce(
      (acc, hit) => ({ row: pick(acc.row, hit.row), column: pick(acc.column, hit.column) }),
      firstHit
    );
  const range = toA1Range(corner(Math.min), corner(Math.max));
  const first = toA1(firstHit);
  const shown = cellText(state.values[firstHit.row]?.[firstHit.column] ?? null);
  const message = MESSAGES.outputCollision(
    sheet.name,
    blockRange(sheet.extent),
    range,
    first,
    shown
  );
  return makeIssue("OUTPUT_COLLISION", "error", { sheet: sheet.name, cell: first }, message);
}

/** Adds `clear` when the previous block reaches beyond the new one in any direction. */
function withClear(sheet: PlannedSheet, state: OutputSheetState | undefined): PlannedSheet {
  const previous = state?.block;
  if (previous === undefined) return sheet;
  const larger = previous.rows > sheet.extent.rows || previous.columns > sheet.extent.columns;
  return larger ? { ...sheet, clear: previous } : sheet;
}

/**
 * Returns the plan of all output sheets for `result` (computed from `inputs`), given the sheets'
 * current state; with OUTPUT_COLLISION errors there is no plan. Deterministic: the same inputs,
 * result, state and meta give an identical plan.
 */
export function planOutput(
  inputs: BudgetInputs,
  result: BudgetResult,
  state: OutputState,
  meta: PlanMeta
): { plan?: OutputPlan; issues: ValidationIssue[] } {
  const figures = toFigures(result);
  const regionSheets = figures.regions.map((region) => planRegionSheet(inputs, region, meta));
  const overview = planOverviewSheet(inputs, figures, regionSheets, meta);
  const sheets = [...regionSheets.map((regionSheet) => regionSheet.sheet), overview];
  const issues = sheets.flatMap((sheet) => findCollision(sheet, state.get(sheet.name)) ?? []);
  if (issues.length > 0) return { issues };
  return {
    plan: { sheets: sheets.map((sheet) => withClear(sheet, state.get(sheet.name))) },
    issues,
  };
}
