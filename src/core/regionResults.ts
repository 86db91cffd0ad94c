/**
 * The region and district figures of the pipeline (DOMAIN.md 7): exact sums of the
 * municipalities' figures plus each region's share of the freed amount and regional budget 2.
 */
import type { Dec } from "./decimal";
import type { BudgetTotals, MunicipalityResult, RegionResult } from "./types";
import { sumOf } from "./checks";
import { type RegionGroups, sumByRegion } from "./regions";

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
  const bound = sumByRegion(
    groups,
    municipalities.map((m) => m.bound)
  );
  const regional1 = sumByRegion(
    groups,
    municipalities.map((m) => m.regional1)
  );
  const compensation = sumByRegion(
    groups,
    municipalities.map((m) => m.compensation)
  );
  const members: string[][] = groups.regions.map(() => []);
  groups.regionOfRow.forEach((region, row) => {
    (members[region] as string[]).push((municipalities[row] as MunicipalityResult).name);
  });
  return groups.regions.map((name, r) => {
    const regionBound = bound[r] as Dec;
    const regionRegional1 = (regional1[r] as Dec).plus(shares.freed[r] as Dec);
    const regionRegional2 = shares.regional2[r] as Dec;
    const regionCompensation = compensation[r] as Dec;
    return {
      name,
      key: shares.key[r] as Dec,
      municipalities: members[r] as string[],
      bound: regionBound,
      regional1: regionRegional1,
      freed: shares.freed[r] as Dec,
      regional2: regionRegional2,
      compensation: regionCompensation,
      total: regionBound.plus(regionRegional1).plus(regionRegional2).plus(regionCompensation),
    };
  });
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
