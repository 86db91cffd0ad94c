/**
 * The multi-year phase-out plan (DOMAIN.md 5 and 7): the compensation each municipality receives
 * and the freed amount each region gains in every year from the first year of the new quota until
 * the compensation has run out, so the working group sees the whole path, not one budget year.
 */
import type { Dec } from "./decimal";
import type { BudgetInputs } from "./types";
import { sumOf } from "./checks";
import { computeCompensationFigures } from "./compensation";
import { allocateFreed, runBudget } from "./pipeline";

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
  const {
    result: base,
    groups,
    regionWeights,
  } = runBudget({
    ...inputs,
    parameters: { ...inputs.parameters, year: quotaStartYear },
  });
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
    const freedParts = allocateFreed(freed, regionWeights);
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
