/**
 * The region and district figures of the pipeline (DOMAIN.md 7): exact sums of the
 * municipalities' figures plus each region's share of the freed amount and regional budget 2.
 */
import { type Dec, ZERO } from "./decimal";
import type { BudgetTotals, MunicipalityResult, RegionResult } from "./types";
import { sumOf } from "./checks";
import type { RegionGroups } from "./regions";

/** The per-region figures that are not sums over municipalities, in the order of the groups. */
export interface RegionShares {
  readonly key: readonly Dec[];
  readonly freed: readonly Dec[];
  readonly regional2: readonly Dec[];
}

/** Returns one RegionResult per region: sums of its municipalities plus its shares. */
export function buildRegionResults(
  groups: RegionGroups,
  municipalities: readonly MunicipalityResult[],
  shares: RegionShares
): RegionResult[] {
  const sums = sumMunicipalities(groups, municipalities);
  return groups.regions.map((name, r) => {
    const sum = sums[r] as MunicipalitySums;
    const freed = shares.freed[r] as Dec;
    // Σ regional1[i] = Σ (A[i] − bound[i]) = Σ A[i] − Σ bound[i]: one subtraction per region
    // instead of one addition per municipality.
    const regional1 = sum.amount.minus(sum.bound).plus(freed);
    const regional2 = shares.regional2[r] as Dec;
    return {
      name,
      key: shares.key[r] as Dec,
      municipalities: sum.members,
      bound: sum.bound,
      regional1,
      freed,
      regional2,
      compensation: sum.compensation,
      total: sum.bound.plus(regional1).plus(regional2).plus(sum.compensation),
    };
  });
}

/** One region's sums over its municipalities, and their names. */
interface MunicipalitySums {
  amount: Dec;
  bound: Dec;
  compensation: Dec;
  readonly members: string[];
}

/** Returns each region's sums in one pass over the municipalities (zeros are not added). */
function sumMunicipalities(
  groups: RegionGroups,
  municipalities: readonly MunicipalityResult[]
): MunicipalitySums[] {
  const sums: MunicipalitySums[] = groups.regions.map(() => ({
    amount: ZERO,
    bound: ZERO,
    compensation: ZERO,
    members: [],
  }));
  groups.regionOfRow.forEach((region, row) => {
    const sum = sums[region] as MunicipalitySums;
    const m = municipalities[row] as MunicipalityResult;
    sum.members.push(m.name);
    sum.amount = plusUnlessZero(sum.amount, m.amount);
    sum.bound = plusUnlessZero(sum.bound, m.bound);
    sum.compensation = plusUnlessZero(sum.compensation, m.compensation);
  });
  return sums;
}

/** Returns `sum + value`, skipping the addition when either is zero. */
function plusUnlessZero(sum: Dec, value: Dec): Dec {
  if (value.isZero()) return sum;
  return sum.isZero() ? value : sum.plus(value);
}

/** Returns the district totals as exact sums over the regions (amount: over the municipalities). */
export function buildTotals(
  municipalities: readonly MunicipalityResult[],
  regions: readonly RegionResult[]
): BudgetTotals {
  const over = (pick: (region: RegionResult) => Dec): Dec => sumOf(regions.map(pick));
  return {
    amount: sumOf(municipalities.map((m) => m.amount)),
    compensation: over((r) => r.compensation),
    bound: over((r) => r.bound),
    regional1: over((r) => r.regional1),
    freed: over((r) => r.freed),
    regional2: over((r) => r.regional2),
    total: over((r) => r.total),
  };
}
