/**
 * Side-by-side comparison of the four financing models (DOMAIN.md 4) for the working group's
 * recommendation: what each municipality would get under each model, how that differs from its
 * previous budget and what compensation (DOMAIN.md 5) the model would cost in the budget year.
 */
import type { Dec } from "./decimal";
import { BudgetInputError } from "./errors";
import {
  type BudgetInputs,
  type BudgetResult,
  FINANCING_MODELS,
  type FinancingModel,
  type MunicipalityInput,
} from "./types";
import { sumOf } from "./checks";
import { computeCompensation } from "./compensation";
import { distributeByQuota } from "./models";
import { type BudgetRun, computeBudget, runBudget } from "./pipeline";

/** One municipality under one model; money in EUR to the cent. */
export interface ModelComparisonRow {
  readonly name: string;
  readonly region: string;
  /** H[i]. */
  readonly previousBudget: Dec;
  /** A[i] under the model. */
  readonly amount: Dec;
  /** A[i] − H[i]; negative for a municipality that loses. */
  readonly change: Dec;
  /** (A[i] − H[i]) / H[i], unrounded; null when H[i] is 0 (no relative change exists). */
  readonly changeShare: Dec | null;
  /** comp[i](t) the model would need in the budget year. */
  readonly compensation: Dec;
}

/** One financing model's outcome; an infeasible model carries the engine's German message. */
export interface ModelComparison {
  readonly model: FinancingModel;
  readonly feasible: boolean;
  /** German, only when infeasible (e.g. SOCKEL with B < n·S, KORRIDOR bounds that miss B). */
  readonly message?: string;
  /** One row per municipality in input order; empty when infeasible. */
  readonly municipalities: readonly ModelComparisonRow[];
  /** Σ amount (= B), Σ change and Σ compensation; null when infeasible. */
  readonly totals: {
    readonly amount: Dec;
    readonly change: Dec;
    readonly compensation: Dec;
  } | null;
}

/**
 * The model the full pipeline runs for: its checks are exactly the ones all models share, so once
 * it passes, only the model step itself (SOCKEL's base amount, KORRIDOR's bounds) can still fail.
 * The other models then skip the model-independent work (load factors, split, regions), which
 * keeps four models within about four times one pipeline run even though KORRIDOR alone costs more.
 */
const REFERENCE_MODEL: FinancingModel = "BELASTUNG";

/**
 * Returns the four models in FINANCING_MODELS order, each exactly computeBudget(inputs) with
 * parameters.model replaced. A BudgetInputError makes only that model infeasible (the working group
 * still sees the others); any other error is a defect and is rethrown.
 */
export function compareModels(inputs: BudgetInputs): ModelComparison[] {
  let reference: BudgetRun;
  try {
    reference = runBudget(withModel(inputs, REFERENCE_MODEL));
  } catch (error) {
    if (!(error instanceof BudgetInputError)) throw error;
    // Let every model meet the problem where the pipeline would, so each shows its own message.
    return FINANCING_MODELS.map((model) => compareThroughPipeline(inputs, model));
  }
  const rows = reference.result.municipalities;
  return FINANCING_MODELS.map((model) =>
    model === REFERENCE_MODEL
      ? toComparison(
          model,
          inputs.municipalities,
          rows.map((m) => m.amount),
          rows.map((m) => m.compensation)
        )
      : compareByDistribution(inputs, reference, model)
  );
}

/** Returns `inputs` with parameters.model replaced. */
function withModel(inputs: BudgetInputs, model: FinancingModel): BudgetInputs {
  return { ...inputs, parameters: { ...inputs.parameters, model } };
}

/** Returns one model's comparison from a full pipeline run, or its infeasibility. */
function compareThroughPipeline(inputs: BudgetInputs, model: FinancingModel): ModelComparison {
  let result: BudgetResult;
  try {
    result = computeBudget(withModel(inputs, model));
  } catch (error) {
    return toInfeasible(model, error);
  }
  const rows = result.municipalities;
  return toComparison(
    model,
    rows,
    rows.map((m) => m.amount),
    rows.map((m) => m.compensation)
  );
}

/** Returns one model's comparison by the pipeline's model step and compensation alone. */
function compareByDistribution(
  inputs: BudgetInputs,
  reference: BudgetRun,
  model: FinancingModel
): ModelComparison {
  const { municipalities: rows, parameters } = inputs;
  const previous = rows.map((m) => m.previousBudget);
  let amounts: Dec[];
  try {
    amounts = distributeByQuota(
      model,
      {
        total: parameters.total,
        population: rows.map((m) => m.population),
        loadFactors: reference.result.municipalities.map((m) => m.loadFactor),
        previous,
        baseAmount: parameters.baseAmount,
        corridor: parameters.corridor,
      },
      reference.basis
    );
  } catch (error) {
    return toInfeasible(model, error);
  }
  const compensation = computeCompensation(
    previous,
    amounts,
    parameters.phaseOutYears,
    reference.result.yearIndex
  );
  return toComparison(model, rows, amounts, compensation);
}

/** Returns the infeasible comparison for a BudgetInputError; rethrows any other error. */
function toInfeasible(model: FinancingModel, error: unknown): ModelComparison {
  if (!(error instanceof BudgetInputError)) throw error;
  return { model, feasible: false, message: error.message, municipalities: [], totals: null };
}

/** Returns a feasible comparison from the amounts and compensation, in input order. */
function toComparison(
  model: FinancingModel,
  rows: readonly Pick<MunicipalityInput, "name" | "region" | "previousBudget">[],
  amounts: readonly Dec[],
  compensation: readonly Dec[]
): ModelComparison {
  const municipalities = rows.map((m, i) => {
    const amount = amounts[i] as Dec;
    const change = amount.minus(m.previousBudget);
    return {
      name: m.name,
      region: m.region,
      previousBudget: m.previousBudget,
      amount,
      change,
      changeShare: m.previousBudget.isZero() ? null : change.div(m.previousBudget),
      compensation: compensation[i] as Dec,
    };
  });
  return {
    model,
    feasible: true,
    municipalities,
    totals: {
      amount: sumOf(amounts),
      change: sumOf(municipalities.map((row) => row.change)),
      compensation: sumOf(compensation),
    },
  };
}
