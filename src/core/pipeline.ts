/**
 * The full budget pipeline for one budget year (DOMAIN.md 1–8): load factor → quota → financing
 * model → compensation → bound/regional split → regions → freed amount and regional budget 2.
 */
import { type Dec, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import type { BudgetInputs, BudgetParameters, BudgetResult, MunicipalityResult } from "./types";
import { allocateLargestRemainder } from "./allocate";
import { requireLength, requireNonEmpty, sumOf } from "./checks";
import { computeCompensationFigures } from "./compensation";
import { computeLoadFactors } from "./loadFactor";
import { distributeByQuota } from "./models";
import { type QuotaBasis, quotasOf, toQuotaWeights, withSum } from "./quota";
import {
  allocateRegionalBudget2,
  groupRegions,
  normaliseKey,
  type RegionGroups,
  sumByRegion,
} from "./regions";
import { buildRegionResults, buildTotals } from "./regionResults";
import { splitBoundRegional } from "./split";
import { label, messages as msg } from "./messages";

/**
 * Returns every municipality's, region's and the district's figures for `inputs.parameters.year`.
 * Σ amounts = B; each region's and the district's figures are exact sums; compensation is paid on
 * top of B and the freed amount F(t) goes to the regions' regional budget 1 by the region key.
 */
export function computeBudget(inputs: BudgetInputs): BudgetResult {
  return runBudget(inputs).result;
}

/**
 * computeBudget's result together with the intermediate figures that the model comparison and the
 * phase-out plan reuse, so they split and allocate with exactly the pipeline's own operands (a
 * 40-digit sum formed in another order could move a cent in a largest-remainder allocation).
 */
export interface BudgetRun {
  readonly result: BudgetResult;
  /** The regions in order of first appearance and each row's region. */
  readonly groups: RegionGroups;
  /** P[i]·LF[i] and their sum (over the region sums), as the model step used them. */
  readonly basis: QuotaBasis;
  /** Raw weights splitting F(t) and regional budget 2 over the regions, in the groups' order. */
  readonly regionWeights: readonly Dec[];
}

/** Runs the pipeline of computeBudget and keeps its intermediate figures (see BudgetRun). */
export function runBudget(inputs: BudgetInputs): BudgetRun {
  checkMunicipalities(inputs);
  const yearIndex = toYearIndex(inputs.parameters);
  const groups = groupRegions(inputs.municipalities.map((m) => m.region));
  const distribution = distribute(inputs, groups);
  const { compensation, freed } = computeCompensationFigures(
    distribution.previous,
    distribution.amounts,
    inputs.parameters.phaseOutYears,
    yearIndex
  );
  const municipalities = toMunicipalityResults(inputs, distribution, compensation);
  const regionWeights =
    inputs.regionKey === undefined
      ? distribution.weightsByRegion
      : explicitKeyWeights(groups.regions, inputs.regionKey);
  const regions = buildRegionResults(groups, municipalities, {
    key: normaliseKey(regionWeights),
    freed: allocateFreed(freed, regionWeights),
    regional2: allocateRegionalBudget2(
      inputs.parameters.ambulantBudget,
      inputs.parameters.regional2Share,
      regionWeights
    ),
  });
  const result = {
    yearIndex,
    municipalities,
    regions,
    totals: buildTotals(municipalities, regions),
  };
  return { result, groups, basis: distribution.basis, regionWeights };
}

/**
 * Returns F(t) split over the regions by `regionWeights` to the cent. A zero F(t) is not
 * allocated, so an all-zero key (possible only when nothing is freed) cannot fail.
 */
export function allocateFreed(freed: Dec, regionWeights: readonly Dec[]): Dec[] {
  return freed.isZero()
    ? regionWeights.map(() => ZERO)
    : allocateLargestRemainder(freed, regionWeights);
}

/** Throws unless there are municipalities, one weight per indicator and a region for each. */
function checkMunicipalities(inputs: BudgetInputs): void {
  requireNonEmpty(inputs.municipalities.length, label.municipalities);
  requireLength(inputs.weights.length, inputs.indicatorNames.length, label.weights);
  inputs.municipalities.forEach((m, row) => {
    if (m.region.trim() === "") {
      throw new BudgetInputError("EMPTY_INPUT", msg.missingRegion(row), row);
    }
  });
}

/** Load factors, the quota basis and the model's amounts (DOMAIN.md 1, 2, 4). */
interface Distribution {
  readonly previous: readonly Dec[];
  readonly loadFactors: readonly Dec[];
  readonly basis: QuotaBasis;
  /** Σ P·LF per region, in the order of the region groups. */
  readonly weightsByRegion: readonly Dec[];
  readonly amounts: readonly Dec[];
}

/** Returns the load factors, quota basis and amounts A[i] of all municipalities. */
function distribute(inputs: BudgetInputs, groups: RegionGroups): Distribution {
  const { municipalities: rows, parameters } = inputs;
  const population = rows.map((m) => m.population);
  const previous = rows.map((m) => m.previousBudget);
  const loadFactors = computeLoadFactors(
    rows.map((m) => m.indicators),
    inputs.weights,
    { population, floor: parameters.loadFactorFloor, cap: parameters.loadFactorCap }
  );
  // Σ P·LF per region first, so the district sum adds a handful of region sums, not every row.
  const weights = toQuotaWeights(population, loadFactors);
  const weightsByRegion = sumByRegion(groups, weights);
  const basis = withSum(weights, sumOf(weightsByRegion));
  const amounts = distributeByQuota(
    parameters.model,
    {
      total: parameters.total,
      population,
      loadFactors,
      previous,
      baseAmount: parameters.baseAmount,
      corridor: parameters.corridor,
    },
    basis
  );
  return { previous, loadFactors, basis, weightsByRegion, amounts };
}

/** Returns one MunicipalityResult per input row: the distribution, its split and compensation. */
function toMunicipalityResults(
  inputs: BudgetInputs,
  distribution: Distribution,
  compensation: readonly Dec[]
): MunicipalityResult[] {
  const { loadFactors, amounts } = distribution;
  const quotas = quotasOf(distribution.basis);
  const split = splitBoundRegional(
    amounts,
    inputs.municipalities.map((m) => m.usage),
    inputs.boundShares,
    inputs.parameters.splitBasis
  );
  return inputs.municipalities.map((m, i) => ({
    name: m.name,
    region: m.region,
    provider: m.provider,
    population: m.population,
    loadFactor: loadFactors[i] as Dec,
    quota: quotas[i] as Dec,
    amount: amounts[i] as Dec,
    previousBudget: m.previousBudget,
    compensation: compensation[i] as Dec,
    boundShare: split.boundShares[i] as Dec,
    bound: split.bound[i] as Dec,
    regional1: split.regional1[i] as Dec,
  }));
}

/** Returns t = year − quotaStartYear; throws INVALID_YEARS unless both are whole and t ≥ 0. */
function toYearIndex(parameters: BudgetParameters): number {
  const { year, quotaStartYear } = parameters;
  requireWholeNumber(year, label.year);
  requireWholeNumber(quotaStartYear, label.quotaStartYear);
  if (year < quotaStartYear) {
    throw new BudgetInputError("INVALID_YEARS", msg.yearBeforeQuotaStart(year, quotaStartYear));
  }
  return year - quotaStartYear;
}

/** Throws INVALID_YEARS unless `value` is a whole number. */
function requireWholeNumber(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new BudgetInputError("INVALID_YEARS", msg.notWholeNumber(what, value));
  }
}

/**
 * Returns the weights of an explicit region key in the order of `regions`; every region with
 * municipalities needs a value, keys of other regions are ignored. The raw weights, not the
 * normalised key, feed the allocations, so no quotient rounding enters them.
 */
function explicitKeyWeights(regions: readonly string[], key: ReadonlyMap<string, Dec>): Dec[] {
  return regions.map((region) => {
    const weight = key.get(region);
    if (weight === undefined) {
      throw new BudgetInputError("SIZE_MISMATCH", msg.missingRegionKey(region));
    }
    return weight;
  });
}
