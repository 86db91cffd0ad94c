/**
 * The multi-year phase-out plan (DOMAIN.md 5 and 7): the compensation each municipality receives
 * and the freed amount each region gains in every year from the first year of the new quota until
 * the compensation has run out, so the working group sees the whole path, not one budget year.
 */
import { type Dec, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import type { BudgetInputs, BudgetResult } from "./types";
import { allocateLargestRemainder } from "./allocate";
import { sumOf } from "./checks";
import { computeCompensationFigures } from "./compensation";
import { computeBudget } from "./pipeline";
import { toQuotaWeights } from "./quota";
import { groupRegions, type RegionGroups, sumByRegion } from "./regions";
import { messages as msg } from "./messages";

/** One year of the plan; money in EUR to the cent. */
export interface PhaseOutYear {
  readonly year: number;
  /** t = year − quotaStartYear. */
  readonly yearIndex: number;
  /** comp[i](t) per municipality, in input order. */
  readonly compensation: readonly Dec[];
  /** Each region's share of F(t), in order of first appearance; Σ = totals.freed exactly. */
  readonly freedByRegion: readonly { readonly region: string; readonly freed: Dec }[];
  /** Σ comp[i](t) and F(t) = Σ comp[i](0) − Σ comp[i](t). */
  readonly totals: { readonly compensation: Dec; readonly freed: Dec };
}

/** The phase-out year by year, from quotaStartYear through quotaStartYear + N. */
export interface PhaseOutPlan {
  /** Municipality names in input order (the order of PhaseOutYear.compensation). */
  readonly municipalities: readonly string[];
  /** Region names in order of first appearance (the order of PhaseOutYear.freedByRegion). */
  readonly regions: readonly string[];
  readonly years: readonly PhaseOutYear[];
}

/**
 * Returns the plan for the years quotaStartYear … quotaStartYear + phaseOutYears (N = 0: only the
 * start year, without compensation). Each year's compensation and freed split equal, to the cent,
 * computeBudget with parameters.year set to that year; parameters.year itself is ignored.
 * Throws what computeBudget throws for these inputs.
 */
export function planPhaseOut(inputs: BudgetInputs): PhaseOutPlan {
  const { quotaStartYear, phaseOutYears } = inputs.parameters;
  // The amounts A[i] do not depend on the year, so the pipeline runs once, for year index 0.
  const base = computeBudget({
    ...inputs,
    parameters: { ...inputs.parameters, year: quotaStartYear },
  });
  const groups = groupRegions(inputs.municipalities.map((m) => m.region));
  const regionWeights = freedSplitWeights(inputs, base, groups);
  const previous = base.municipalities.map((m) => m.previousBudget);
  const amounts = base.municipalities.map((m) => m.amount);
  const years: PhaseOutYear[] = [];
  for (let yearIndex = 0; yearIndex <= phaseOutYears; yearIndex++) {
    const { compensation, freed } = computeCompensationFigures(
      previous,
      amounts,
      phaseOutYears,
      yearIndex
    );
    // As in the pipeline: a zero F(t) is not allocated, so an all-zero key cannot fail here.
    const freedParts = freed.isZero()
      ? groups.regions.map(() => ZERO)
      : allocateLargestRemainder(freed, regionWeights);
    years.push({
      year: quotaStartYear + yearIndex,
      yearIndex,
      compensation,
      freedByRegion: groups.regions.map((region, r) => ({ region, freed: freedParts[r] as Dec })),
      totals: { compensation: sumOf(compensation), freed },
    });
  }
  return {
    municipalities: base.municipalities.map((m) => m.name),
    regions: groups.regions,
    years,
  };
}

/**
 * Returns the raw weights by which the pipeline splits F(t) over the regions: the explicit region
 * key when one is given, otherwise Σ_{i∈r} P[i]·LF[i] formed from the pipeline's own load factors.
 * Raw weights, not the normalised key, so the largest-remainder split matches the pipeline's.
 */
function freedSplitWeights(inputs: BudgetInputs, base: BudgetResult, groups: RegionGroups): Dec[] {
  const { regionKey } = inputs;
  if (regionKey === undefined) {
    const weights = toQuotaWeights(
      base.municipalities.map((m) => m.population),
      base.municipalities.map((m) => m.loadFactor)
    );
    return sumByRegion(groups, weights);
  }
  return groups.regions.map((region) => {
    const weight = regionKey.get(region);
    // computeBudget has already rejected a key without this region; kept for the type checker.
    if (weight === undefined) {
      throw new BudgetInputError("SIZE_MISMATCH", msg.missingRegionKey(region));
    }
    return weight;
  });
}
