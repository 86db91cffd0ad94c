/**
 * The meeting's orchestrations beside fillWorkbook: compare the four financing models and plan the
 * phase-out years, each reading the inputs once, and when writing its sheet reading that sheet's
 * state once and writing once (≤ 3 port calls). Nothing is written on any error.
 */
import { BudgetInputError } from "../core/errors";
import { compareModels, planPhaseOut } from "../core/index";
import type { BudgetInputs, ModelComparison, PhaseOutPlan } from "../core/index";
import { engineIssue } from "./engine-issues";
import type { RunOptions, ValidationOutcome } from "./fill";
import { planMeta, validateWorkbook } from "./fill";
import { DEFAULT_MAPPING } from "./mapping";
import { planComparisonSheet } from "./plan-comparison";
import { planPhaseOutSheet } from "./plan-phase-out";
import { buildReport } from "./report";
import { COMPARISON_SHEET, PHASE_OUT_SHEET } from "./sheet-names";
import type { OutputPlan, OutputState, ValidationIssue, WorkbookPort } from "./types";

/** What compareWorkbook found: `comparisons` present iff the inputs validated. */
export interface ComparisonOutcome {
  readonly outcome: ValidationOutcome;
  readonly comparisons?: ModelComparison[];
}

/** What writeComparison did: `written` iff the Modellvergleich was written (`plan`). */
export interface ComparisonWrite extends ComparisonOutcome {
  readonly written: boolean;
  readonly plan?: OutputPlan;
}

/** What phaseOutWorkbook found: `phaseOut` present iff the inputs validated and computed. */
export interface PhaseOutOutcome {
  readonly outcome: ValidationOutcome;
  readonly phaseOut?: PhaseOutPlan;
}

/** What writePhaseOutPlan did: `written` iff the Mehrjahresplan was written (`plan`). */
export interface PhaseOutWrite extends PhaseOutOutcome {
  readonly written: boolean;
  readonly plan?: OutputPlan;
}

/** The outcome with further errors (a collision or an engine problem): not ok, report rebuilt. */
function blocked(outcome: ValidationOutcome, extra: readonly ValidationIssue[]): ValidationOutcome {
  const issues = [...outcome.issues, ...extra];
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
 * True when the inputs validated and the only errors are the chosen model's infeasibility: the
 * other models can still be compared, which is how the working group finds a feasible one.
 */
function comparable(outcome: ValidationOutcome): outcome is ValidationOutcome & {
  inputs: BudgetInputs;
} {
  if (outcome.inputs === undefined) return false;
  const errors = outcome.issues.filter((issue) => issue.severity === "error");
  return errors.every((issue) => issue.code === "INFEASIBLE_MODEL");
}

/**
 * Reads the inputs once, validates them and compares the four models; writes nothing. An
 * infeasible model is part of the comparison (with its German message), not a failure.
 */
export async function compareWorkbook(
  port: Pick<WorkbookPort, "readInputs">,
  options: RunOptions
): Promise<ComparisonOutcome> {
  const outcome = await validateWorkbook(port, options);
  if (!comparable(outcome)) return { outcome };
  return { outcome, comparisons: compareModels(outcome.inputs) };
}

/**
 * Compares the models and writes the Modellvergleich sheet with its chart, in at most three port
 * calls; nothing is written when the inputs are invalid or the block would cover a user's cells.
 */
export async function writeComparison(
  port: WorkbookPort,
  options: RunOptions
): Promise<ComparisonWrite> {
  const compared = await compareWorkbook(port, options);
  const { outcome, comparisons } = compared;
  if (comparisons === undefined || !comparable(outcome)) return { ...compared, written: false };
  const state: OutputState = await port.readOutputState([COMPARISON_SHEET]);
  const meta = planMeta(outcome, outcome.inputs, options);
  const planned = planComparisonSheet(comparisons, outcome.inputs, state, meta);
  if (planned.plan === undefined) {
    return { outcome: blocked(outcome, planned.issues), comparisons, written: false };
  }
  await port.writePlan(planned.plan);
  return { outcome, comparisons, written: true, plan: planned.plan };
}

/** Reads the inputs once, validates them and plans the phase-out years; writes nothing. */
export async function phaseOutWorkbook(
  port: Pick<WorkbookPort, "readInputs">,
  options: RunOptions
): Promise<PhaseOutOutcome> {
  const outcome = await validateWorkbook(port, options);
  if (!outcome.ok || outcome.inputs === undefined) return { outcome };
  try {
    return { outcome, phaseOut: planPhaseOut(outcome.inputs) };
  } catch (error) {
    if (!(error instanceof BudgetInputError)) throw error;
    const mapping = options.mapping ?? DEFAULT_MAPPING;
    return { outcome: blocked(outcome, [engineIssue(error, outcome.snapshot, mapping)]) };
  }
}

/**
 * Plans the phase-out and writes the Mehrjahresplan sheet, in at most three port calls; nothing is
 * written when the inputs are invalid or the block would cover a user's cells.
 */
export async function writePhaseOutPlan(
  port: WorkbookPort,
  options: RunOptions
): Promise<PhaseOutWrite> {
  const planned = await phaseOutWorkbook(port, options);
  const { outcome, phaseOut } = planned;
  if (phaseOut === undefined || outcome.inputs === undefined) return { ...planned, written: false };
  const state = await port.readOutputState([PHASE_OUT_SHEET]);
  const meta = planMeta(outcome, outcome.inputs, options);
  const sheetPlan = planPhaseOutSheet(phaseOut, outcome.inputs, state, meta);
  if (sheetPlan.plan === undefined) {
    return { outcome: blocked(outcome, sheetPlan.issues), phaseOut, written: false };
  }
  await port.writePlan(sheetPlan.plan);
  return { outcome, phaseOut, written: true, plan: sheetPlan.plan };
}
