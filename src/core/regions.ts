/**
 * Regions (DOMAIN.md 7 and 8): the region key that splits the freed amount and regional budget 2
 * over the regions.
 */
import { type Dec, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import { allocateLargestRemainder } from "./allocate";
import { requireLength, requireNonNegative, requireShare, sumOf } from "./checks";
import { roundToCent } from "./convert";
import { toQuotaBasis } from "./quota";
import { label, messages as msg } from "./messages";

/** The regions in order of first appearance and, per municipality row, the index of its region. */
export interface RegionGroups {
  readonly regions: string[];
  readonly regionOfRow: number[];
}

/**
 * Returns the distinct regions in order of first appearance and each row's region index. A blank
 * region name is EMPTY_INPUT: that municipality's money would land in a region nobody can name.
 */
export function groupRegions(regionOfRow: readonly string[]): RegionGroups {
  const indexOf = new Map<string, number>();
  const regions: string[] = [];
  const rows = regionOfRow.map((region, row) => {
    if (region.trim() === "")
      throw new BudgetInputError("EMPTY_INPUT", msg.missingRegion(row), row);
    let index = indexOf.get(region);
    if (index === undefined) {
      index = regions.length;
      indexOf.set(region, index);
      regions.push(region);
    }
    return index;
  });
  return { regions, regionOfRow: rows };
}

/** Returns Σ_{i∈r} values[i] per region, in the order of `groups.regions`. */
export function sumByRegion(groups: RegionGroups, values: readonly Dec[]): Dec[] {
  const sums: (Dec | undefined)[] = groups.regions.map(() => undefined);
  groups.regionOfRow.forEach((region, row) => {
    const value = values[row] as Dec;
    if (value.isZero()) return;
    const sum = sums[region];
    sums[region] = sum === undefined ? value : sum.plus(value);
  });
  return sums.map((sum) => sum ?? ZERO);
}

/**
 * Returns the regions in order of first appearance and their key Σ_{i∈r} P[i]·LF[i] / Σ P·LF,
 * unrounded quotients summing to 1 up to the 40th significant digit. Throws ZERO_WEIGHT_SUM when
 * every P·LF is 0.
 */
export function computeRegionKey(
  regionOfRow: readonly string[],
  population: readonly Dec[],
  loadFactors: readonly Dec[]
): { readonly regions: string[]; readonly key: Dec[] } {
  requireLength(regionOfRow.length, population.length, label.regionRows);
  const { weights } = toQuotaBasis(population, loadFactors);
  const groups = groupRegions(regionOfRow);
  return { regions: groups.regions, key: normaliseKey(sumByRegion(groups, weights)) };
}

/** Returns `weights` divided by their sum (checked: finite, ≥ 0, Σ > 0). */
export function normaliseKey(weights: readonly Dec[]): Dec[] {
  weights.forEach((weight, row) => requireNonNegative(weight, label.regionKey, row));
  const total = sumOf(weights);
  if (total.isZero()) {
    throw new BudgetInputError("ZERO_WEIGHT_SUM", msg.regionKeyZero());
  }
  return weights.map((weight) => weight.div(total));
}

/**
 * Returns regional budget 2 per region: R2 = H2·p rounded half-up to the cent, split by
 * `regionKey` (any non-negative weights, Σ > 0) by largest remainder, Σ = R2 exactly.
 */
export function allocateRegionalBudget2(
  ambulantBudget: Dec,
  share: Dec,
  regionKey: readonly Dec[]
): Dec[] {
  requireNonNegative(ambulantBudget, label.ambulantBudget);
  requireShare(share, label.regional2Share);
  return allocateLargestRemainder(roundToCent(ambulantBudget.times(share)), regionKey);
}
