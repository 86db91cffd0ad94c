/**
 * The four financing models (DOMAIN.md 4): how the total budget B is distributed over the
 * municipalities before regionalisation.
 */
import { CENT, Dec, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import { FINANCING_MODELS, type FinancingModel } from "./types";
import { allocateCentsBySum, allocateLargestRemainder } from "./allocate";
import { allocateCorridor } from "./corridor";
import {
  isBelowZero,
  requireAllNonNegative,
  requireFinite,
  requireLength,
  requireNonEmpty,
  requireNonNegative,
  toWholeUnits,
} from "./checks";
import { type QuotaBasis, toQuotaBasis } from "./quota";
import { label, messages as msg } from "./messages";

/** What distributeByModel needs; previous budgets and the corridor only for KORRIDOR. */
export interface ModelInput {
  /** B, EUR, a multiple of one cent. */
  readonly total: Dec;
  /** P[i] ≥ 0. */
  readonly population: readonly Dec[];
  /** LF[i] ≥ 0, same length as population. */
  readonly loadFactors: readonly Dec[];
  /** H[i] ≥ 0, EUR; required for KORRIDOR. */
  readonly previous?: readonly Dec[];
  /** S for SOCKEL, EUR, a multiple of one cent; default 0. */
  readonly baseAmount?: Dec;
  /** c for KORRIDOR, in [0, 1); default 0.05 as in the workbook's parameter table. */
  readonly corridor?: Dec;
}

/** The corridor c when none is given (WORKBOOK.md, tblParameter "Korridor"). */
export const DEFAULT_CORRIDOR: Dec = new Dec("0.05");

/** Returns the financing model named by `text`, ignoring case and spaces; throws UNKNOWN_MODEL. */
export function parseFinancingModel(text: string): FinancingModel {
  const wanted = text.replace(/\s+/g, "").toUpperCase();
  const model = FINANCING_MODELS.find((name) => name === wanted);
  if (model === undefined) {
    throw new BudgetInputError("UNKNOWN_MODEL", msg.unknownModel(text, FINANCING_MODELS));
  }
  return model;
}

/** Returns A[i] for every municipality by `model`, each to the cent, Σ A = total exactly. */
export function distributeByModel(model: FinancingModel, input: ModelInput): Dec[] {
  requireNonEmpty(input.population.length, label.population);
  requireLength(input.loadFactors.length, input.population.length, label.loadFactors);
  requireAllNonNegative(input.loadFactors, label.loadFactors);
  if (model === "EINWOHNER") {
    requireNonNegative(input.total, label.totalBudget);
    toWholeUnits(input.total, CENT, label.totalBudget);
    return allocateLargestRemainder(input.total, input.population);
  }
  return distributeByQuota(model, input, toQuotaBasis(input.population, input.loadFactors));
}

/**
 * distributeByModel for a caller that already formed the checked quota basis P[i]·LF[i] (the
 * pipeline), so it is not formed twice. EINWOHNER ignores the basis and allocates by P.
 */
export function distributeByQuota(
  model: FinancingModel,
  input: ModelInput,
  basis: QuotaBasis
): Dec[] {
  const { total } = input;
  requireNonNegative(total, label.totalBudget);
  toWholeUnits(total, CENT, label.totalBudget);
  switch (model) {
    case "EINWOHNER":
      return allocateLargestRemainder(total, input.population);
    case "BELASTUNG":
      return allocateCentsBySum(total, basis.weights, basis.sum);
    case "SOCKEL":
      return distributeWithBase(input, basis);
    case "KORRIDOR":
      return distributeInCorridor(input, basis.weights);
  }
}

/** SOCKEL: S for everybody, the rest B − n·S by the quota. */
function distributeWithBase(input: ModelInput, basis: QuotaBasis): Dec[] {
  const { total, population } = input;
  const base = requireNonNegative(input.baseAmount ?? ZERO, label.baseAmount);
  toWholeUnits(base, CENT, label.baseAmount);
  const needed = base.times(population.length);
  if (needed.gt(total)) {
    throw new BudgetInputError(
      "INFEASIBLE_BASE_AMOUNT",
      msg.infeasibleBaseAmount(base, population.length, total)
    );
  }
  const rest = total.minus(needed);
  if (rest.isZero()) return population.map(() => base);
  return allocateCentsBySum(rest, basis.weights, basis.sum).map((part) => part.plus(base));
}

/** KORRIDOR: the quota within ±c of the previous budgets. */
function distributeInCorridor(input: ModelInput, weights: readonly Dec[]): Dec[] {
  const { total, population, previous } = input;
  if (previous === undefined)
    throw new BudgetInputError("EMPTY_INPUT", msg.missingPreviousBudgets());
  requireLength(previous.length, population.length, label.previousBudgets);
  requireAllNonNegative(previous, label.previousBudget);
  const corridor = requireFinite(input.corridor ?? DEFAULT_CORRIDOR, label.corridor);
  if (isBelowZero(corridor) || corridor.gte(1)) {
    throw new BudgetInputError("SHARE_OUT_OF_RANGE", msg.corridorOutOfRange(corridor));
  }
  return allocateCorridor(total, weights, previous, corridor);
}
