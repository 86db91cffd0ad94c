/**
 * The one orchestration every surface uses (task pane, CLI): read the inputs (1 port call),
 * validate and compute, read the output sheets' state (1), plan, write (1). Nothing is written
 * when any error was found, in the inputs, by the engine or in the output sheets.
 */
import { computeBudget } from "../core/index";
import { BudgetInputError } from "../core/errors";
import type { BudgetInputs, BudgetResult } from "../core/types";
import { inputChecksum } from "./checksum";
import { engineIssue } from "./engine-issues";
import { hasErrors } from "./issues";
import { DEFAULT_MAPPING } from "./mapping";
import type { PlanMeta } from "./plan";
import { outputSheetNames, planOutput } from "./plan";
import type { BudgetReport } from "./report";
import { buildReport } from "./report";
import type {
  InputMapping,
  InputSnapshot,
  OutputPlan,
  ValidationIssue,
  WorkbookPort,
} from "./types";
import type { ParameterOverrides } from "./validate";
import { validateInputs } from "./validate";
import { staleSheetIssues } from "./stale-sheets";

/** What a run needs besides the workbook: where the inputs are, overrides, the clock and version. */
export interface RunOptions {
  readonly mapping?: InputMapping;
  readonly overrides?: ParameterOverrides;
  readonly now: Date;
  readonly productVersion: string;
  /** Who runs the fill, for the Protokoll; null or absent leaves the column empty. */
  readonly userName?: string | null;
}

/** The outcome of validating and computing; `ok` iff no issue is an error. */
export interface ValidationOutcome {
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
  /** Present when the inputs validated (also when the engine then found them infeasible). */
  readonly inputs?: BudgetInputs;
  /** Present iff ok. */
  readonly result?: BudgetResult;
  readonly report: BudgetReport;
  readonly snapshot: InputSnapshot;
  /** The population column's header as written in tblGemeinden, when valid. */
  readonly populationBasis?: string;
}

/**
 * Validates a snapshot (read with `mapping`) and runs the engine on valid inputs; an engine
 * BudgetInputError becomes an issue on the parameter cell that causes it. Any other exception is
 * a bug and propagates.
 */
export function evaluateSnapshot(
  snapshot: InputSnapshot,
  overrides: ParameterOverrides = {},
  mapping: InputMapping = DEFAULT_MAPPING
): Omit<ValidationOutcome, "snapshot"> {
  const validated = validateInputs(snapshot, overrides, mapping);
  const stale = validated.inputs === undefined ? [] : staleSheetIssues(snapshot, validated.inputs);
  const validation = { ...validated, issues: [...validated.issues, ...stale] };
  const basis =
    validation.populationBasis === undefined ? {} : { populationBasis: validation.populationBasis };
  const { inputs } = validation;
  if (inputs === undefined) {
    return { ok: false, issues: validation.issues, report: buildReport(validation), ...basis };
  }
  let result: BudgetResult;
  try {
    result = computeBudget(inputs);
  } catch (error) {
    if (!(error instanceof BudgetInputError)) throw error;
    const issues = [...validation.issues, engineIssue(error, snapshot, mapping)];
    const failed = { issues, year: validation.year, model: validation.model };
    return { ok: false, issues, inputs, report: buildReport(failed), ...basis };
  }
  return {
    ok: true,
    issues: validation.issues,
    inputs,
    result,
    report: buildReport(validation, result),
    ...basis,
  };
}

/** Reads the inputs once and evaluates them; writes nothing. */
export async function validateWorkbook(
  port: Pick<WorkbookPort, "readInputs">,
  options: RunOptions
): Promise<ValidationOutcome> {
  const mapping = options.mapping ?? DEFAULT_MAPPING;
  const snapshot = await port.readInputs(mapping);
  return { ...evaluateSnapshot(snapshot, options.overrides, mapping), snapshot };
}

/** Returns what a run records about itself on every sheet it writes. */
export function planMeta(
  outcome: Pick<ValidationOutcome, "populationBasis">,
  inputs: BudgetInputs,
  options: RunOptions
): PlanMeta {
  return {
    filledAt: options.now,
    productVersion: options.productVersion,
    checksum: inputChecksum(inputs),
    userName: options.userName ?? null,
    ...(outcome.populationBasis === undefined ? {} : { populationBasis: outcome.populationBasis }),
  };
}

/** The outcome of a fill: `written` iff the plan was written (then `plan` is what was written). */
export interface FillOutcome extends ValidationOutcome {
  readonly written: boolean;
  readonly plan?: OutputPlan;
}

/**
 * Validates, computes and writes the output sheets in at most three port calls (readInputs,
 * readOutputState, writePlan). Writes nothing when any error is found, including a collision of
 * the new blocks with a user's own cells.
 */
export async function fillWorkbook(port: WorkbookPort, options: RunOptions): Promise<FillOutcome> {
  const outcome = await validateWorkbook(port, options);
  const { inputs, result } = outcome;
  if (!outcome.ok || inputs === undefined || result === undefined)
    return { ...outcome, written: false };
  const state = await port.readOutputState(outputSheetNames(inputs));
  const meta = planMeta(outcome, inputs, options);
  const planned = planOutput(inputs, result, state, meta);
  const issues = [...outcome.issues, ...planned.issues];
  if (planned.plan === undefined || hasErrors(planned.issues)) {
    const report = buildReport({
      issues,
      year: inputs.parameters.year,
      model: inputs.parameters.model,
    });
    const { result: _unwritten, ...rest } = outcome;
    return { ...rest, ok: false, issues, report, written: false };
  }
  await port.writePlan(planned.plan);
  return { ...outcome, issues, written: true, plan: planned.plan };
}
