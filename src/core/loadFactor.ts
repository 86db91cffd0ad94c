/**
 * The Belastungsfaktor (DOMAIN.md 1): a municipality's weighted average burden relative to the
 * district, 1.0 being the district average.
 */
import { Dec, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import {
  requireAllNonNegative,
  requireLength,
  requireNonEmpty,
  requireNonNegative,
  sumOf,
} from "./checks";
import { label, messages as msg } from "./messages";

/** Optional inputs of computeLoadFactors: population weights and a clamp of the result. */
export interface LoadFactorOptions {
  /** P[i] ≥ 0: the references become population-weighted means; without it, simple means. */
  readonly population?: readonly Dec[];
  /** LF below this is raised to it (no renormalising afterwards). */
  readonly floor?: Dec;
  /** LF above this is lowered to it (no renormalising afterwards). */
  readonly cap?: Dec;
}

/**
 * Returns LF[i] = Σ_k w[k]/Σw · x[i][k]/m[k] for an n×k indicator matrix, unrounded, where m[k]
 * is the (population-weighted) mean of indicator k; then clamps to the optional floor and cap.
 * An indicator with weight 0 is ignored, so a zero mean is only an error when it has weight.
 */
export function computeLoadFactors(
  indicators: readonly (readonly Dec[])[],
  weights: readonly Dec[],
  options: LoadFactorOptions = {}
): Dec[] {
  requireNonEmpty(indicators.length, label.indicatorValues);
  requireNonEmpty(weights.length, label.weights);
  requireAllNonNegative(weights, label.weight);
  checkIndicatorMatrix(indicators, weights.length);
  const { floor, cap } = checkClamp(options);
  const coefficients = indicatorCoefficients(indicators, weights, options.population);
  return indicators.map((row) => {
    // Starting from the first term instead of 0 saves one long addition per row.
    let loadFactor: Dec | undefined;
    for (let k = 0; k < coefficients.length; k++) {
      const coefficient = coefficients[k];
      if (coefficient === undefined) continue;
      const term = (row[k] as Dec).times(coefficient);
      loadFactor = loadFactor === undefined ? term : loadFactor.plus(term);
    }
    return clamp(loadFactor ?? ZERO, floor, cap);
  });
}

/** Returns `loadFactor` raised to `floor` and lowered to `cap` where they are given. */
function clamp(loadFactor: Dec, floor: Dec | undefined, cap: Dec | undefined): Dec {
  if (floor !== undefined && loadFactor.lt(floor)) return floor;
  if (cap !== undefined && loadFactor.gt(cap)) return cap;
  return loadFactor;
}

/** Throws unless every row has `k` finite values ≥ 0. */
function checkIndicatorMatrix(indicators: readonly (readonly Dec[])[], k: number): void {
  indicators.forEach((row, rowIndex) => {
    requireLength(row.length, k, label.indicatorValues, rowIndex);
    for (const value of row) requireNonNegative(value, label.indicatorValue, rowIndex);
  });
}

/** Returns the checked clamp bounds; a floor above the cap is SHARE_OUT_OF_RANGE. */
function checkClamp(options: LoadFactorOptions): { floor?: Dec; cap?: Dec } {
  const { floor, cap } = options;
  if (floor !== undefined) requireNonNegative(floor, label.loadFactorFloor);
  if (cap !== undefined) requireNonNegative(cap, label.loadFactorCap);
  if (floor !== undefined && cap !== undefined && floor.gt(cap)) {
    throw new BudgetInputError("SHARE_OUT_OF_RANGE", msg.loadFactorBoundsReversed(floor, cap));
  }
  return { floor, cap };
}

/**
 * Returns c[k] = w[k] / (Σw · m[k]) per indicator (undefined for weight 0), so that each LF is a
 * short sum of products Σ_k x[i][k]·c[k]: one division per indicator instead of one per
 * municipality. With m[k] = M[k]/ΣP (M[k] = Σ_i P[i]·x[i][k]) this is w[k]·ΣP / (Σw·M[k]).
 * Each c[k] carries 40 significant digits, so LF is good to about 39 (an average municipality
 * gets 1 to within 1e-39, not necessarily 1.000…).
 */
function indicatorCoefficients(
  indicators: readonly (readonly Dec[])[],
  weights: readonly Dec[],
  population: readonly Dec[] | undefined
): (Dec | undefined)[] {
  const weightSum = sumOf(weights);
  if (weightSum.isZero()) {
    throw new BudgetInputError("ZERO_WEIGHT_SUM", msg.zeroWeightSum());
  }
  const { weightedSums, populationSum } = referenceBasis(indicators, weights, population);
  return weights.map((weight, k) => {
    if (weight.isZero()) return undefined;
    const weightedSum = weightedSums[k] as Dec;
    if (weightedSum.isZero()) throw new BudgetInputError("ZERO_REFERENCE", msg.zeroReference(k));
    return weight.times(populationSum).div(weightSum.times(weightedSum));
  });
}

/**
 * Returns Σ_i P[i]·x[i][k] per weighted indicator and Σ P, so m[k] = weightedSums[k] / populationSum;
 * without population every P[i] counts as 1 (simple mean).
 */
function referenceBasis(
  indicators: readonly (readonly Dec[])[],
  weights: readonly Dec[],
  population: readonly Dec[] | undefined
): { weightedSums: Dec[]; populationSum: Dec } {
  let populationSum = new Dec(indicators.length);
  if (population !== undefined) {
    requireLength(population.length, indicators.length, label.population);
    requireAllNonNegative(population, label.population);
    populationSum = sumOf(population);
    if (populationSum.isZero()) throw new BudgetInputError("ZERO_REFERENCE", msg.zeroPopulation());
  }
  const weighted = weights.map((weight) => !weight.isZero());
  const weightedSums = weights.map(() => ZERO);
  for (let i = 0; i < indicators.length; i++) {
    const row = indicators[i] as readonly Dec[];
    const people = population?.[i];
    // Zero terms are common (an empty indicator, a municipality without population): skip them.
    if (people?.isZero()) continue;
    for (let k = 0; k < weights.length; k++) {
      const value = row[k] as Dec;
      if (!weighted[k] || value.isZero()) continue;
      const term = people === undefined ? value : people.times(value);
      weightedSums[k] = (weightedSums[k] as Dec).plus(term);
    }
  }
  return { weightedSums, populationSum };
}
