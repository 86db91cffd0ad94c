/**
 * The output plan of a fill: one sheet per region, "Übersicht" and the "Protokoll" row, each
 * block written from A1. A block may
 * only cover cells the add-in wrote last time (its recorded extent) or empty cells; otherwise the
 * fill stops with OUTPUT_COLLISION and nothing is written.
 */
import type { BudgetInputs, BudgetResult } from "../core/types";
import { toFigures } from "./figures";
import { OVERVIEW_SHEET } from "./municipalities";
import type { PlanMeta } from "./plan-cells";
import { withPageSetup } from "./page-setup";
import { guardedPlan } from "./plan-guard";
import { planOverviewSheet } from "./plan-overview";
import { planProtocolSheet } from "./plan-protocol";
import { PROTOCOL_SHEET } from "./sheet-names";
import { planRegionSheet } from "./plan-region";
import type { OutputPlan, OutputState, ValidationIssue } from "./types";

export type { PlanMeta } from "./plan-cells";

/**
 * Returns the output sheets' names: the regions in order of first appearance, then "Übersicht"
 * and "Protokoll".
 */
export function outputSheetNames(inputs: BudgetInputs): string[] {
  const regions = [...new Set(inputs.municipalities.map((municipality) => municipality.region))];
  return [...regions, OVERVIEW_SHEET, PROTOCOL_SHEET];
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
  const protocol = planProtocolSheet(inputs, result.totals, state.get(PROTOCOL_SHEET), meta);
  const sheets = [...regionSheets.map((regionSheet) => regionSheet.sheet), overview, protocol];
  return guardedPlan(
    sheets.map((sheet) => withPageSetup(sheet, inputs.parameters.year, meta)),
    state
  );
}
