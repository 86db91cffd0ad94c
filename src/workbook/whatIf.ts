/**
 * The task pane's what-if preview: the workbook's validated inputs with tried weights, load-factor
 * clamp or model, run through the same engine and rounded exactly as a fill's report, so a slider
 * preview and the fill that adopts it can never show different figures.
 */
import type { Dec } from "../core/decimal";
import { ZERO } from "../core/decimal";
import { computeBudget } from "../core/index";
import type { BudgetInputs, BudgetParameters, FinancingModel } from "../core/types";
import { toFigures } from "./figures";

/**
 * What to try instead of the workbook's values: weights in the order of `indicatorNames`, a
 * clamp bound (null removes it, absent keeps the workbook's), another model.
 */
export interface Trial {
  readonly weights?: readonly Dec[];
  readonly floor?: Dec | null;
  readonly cap?: Dec | null;
  readonly model?: FinancingModel;
}

/** One municipality in the preview: load factor and quota rounded to 6 decimals, money to the cent. */
export interface TrialMunicipality {
  readonly name: string;
  readonly region: string;
  readonly loadFactor: Dec;
  readonly quota: Dec;
  readonly amount: Dec;
  /** amount − previous budget. */
  readonly change: Dec;
}

/** The preview of one trial: every municipality and the district totals. */
export interface TrialPreview {
  readonly municipalities: readonly TrialMunicipality[];
  readonly totals: { readonly amount: Dec; readonly change: Dec; readonly compensation: Dec };
}

/** Returns the parameters with one optional clamp bound set (Dec), removed (null) or kept. */
function withBound(
  parameters: BudgetParameters,
  key: "loadFactorFloor" | "loadFactorCap",
  bound: Dec | null | undefined
): BudgetParameters {
  if (bound === undefined) return parameters;
  const { [key]: _previous, ...rest } = parameters;
  return bound === null ? rest : { ...rest, [key]: bound };
}

/** Returns `inputs` with the trial's values in place of the workbook's. */
export function applyTrial(inputs: BudgetInputs, trial: Trial): BudgetInputs {
  let parameters = withBound(inputs.parameters, "loadFactorFloor", trial.floor);
  parameters = withBound(parameters, "loadFactorCap", trial.cap);
  if (trial.model !== undefined) parameters = { ...parameters, model: trial.model };
  return { ...inputs, weights: trial.weights ?? inputs.weights, parameters };
}

/**
 * Returns the figures of one trial (one engine run). Throws the engine's BudgetInputError (German
 * message) when the trial is infeasible, e.g. all weights 0.
 */
export function previewTrial(inputs: BudgetInputs, trial: Trial): TrialPreview {
  const result = computeBudget(applyTrial(inputs, trial));
  const figures = toFigures(result);
  const municipalities = figures.municipalities.map((m, index): TrialMunicipality => {
    const previous = result.municipalities[index]?.previousBudget ?? m.amount;
    return {
      name: m.name,
      region: m.region,
      loadFactor: m.loadFactor,
      quota: m.quota,
      amount: m.amount,
      change: m.amount.minus(previous),
    };
  });
  const previousTotal = result.municipalities.reduce(
    (total, m) => total.plus(m.previousBudget),
    ZERO
  );
  return {
    municipalities,
    totals: {
      amount: result.totals.amount,
      change: result.totals.amount.minus(previousTotal),
      compensation: result.totals.compensation,
    },
  };
}
