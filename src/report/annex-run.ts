/**
 * The one orchestration of the annex for every surface (CLI, task pane): read the inputs once,
 * validate and compute exactly as a fill does (same cell-exact issues), then build the annex
 * with the model comparison and the phase-out plan when asked. Writes nothing to the workbook.
 */
import { BudgetInputError } from "../core/errors";
import { compareModels, planPhaseOut, type PhaseOutPlan } from "../core/index";
import {
  buildReport,
  DEFAULT_MAPPING,
  engineIssue,
  planMeta,
  validateWorkbook,
  type RunOptions,
  type ValidationOutcome,
  type WorkbookPort,
} from "../workbook";
import { buildAnnex } from "./annex";
import type { AnnexDocument } from "./annex-model";

/** Which optional parts the annex has. */
export interface AnnexOptions {
  readonly withComparison: boolean;
  readonly withPlan: boolean;
}

/** The outcome: `annex` present iff the inputs validated and computed (`outcome.ok`). */
export interface AnnexOutcome {
  readonly outcome: ValidationOutcome;
  readonly annex?: AnnexDocument;
}

/** The outcome with one more error issue: not ok, report rebuilt, no result. */
function failed(outcome: ValidationOutcome, error: BudgetInputError, options: RunOptions) {
  const issue = engineIssue(error, outcome.snapshot, options.mapping ?? DEFAULT_MAPPING);
  const issues = [...outcome.issues, issue];
  const { year, model } = outcome.report;
  const report = buildReport({
    issues,
    ...(year === null ? {} : { year }),
    ...(model === null ? {} : { model }),
  });
  const { result: _dropped, ...rest } = outcome;
  return { ...rest, ok: false, issues, report };
}

/**
 * Reads and validates the inputs (one port call) and builds the annex; on any error there is no
 * annex and the outcome carries the same issues a fill would report.
 */
export async function annexWorkbook(
  port: Pick<WorkbookPort, "readInputs">,
  options: RunOptions,
  parts: AnnexOptions
): Promise<AnnexOutcome> {
  const outcome = await validateWorkbook(port, options);
  const { inputs, result } = outcome;
  if (!outcome.ok || inputs === undefined || result === undefined) return { outcome };
  let phaseOut: PhaseOutPlan | undefined;
  if (parts.withPlan) {
    try {
      phaseOut = planPhaseOut(inputs);
    } catch (error) {
      if (!(error instanceof BudgetInputError)) throw error;
      return { outcome: failed(outcome, error, options) };
    }
  }
  const annex = buildAnnex({
    inputs,
    result,
    meta: planMeta(outcome, inputs, options),
    ...(parts.withComparison ? { comparisons: compareModels(inputs) } : {}),
    ...(phaseOut === undefined ? {} : { phaseOut }),
  });
  return { outcome, annex };
}
