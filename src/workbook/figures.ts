/**
 * The rounded figures every output shows, computed once so the JSON report and the sheets can
 * never disagree: load factors to 6 decimals half-up, quotas and region keys to 6 decimals by
 * largest remainder (so they still sum to exactly 1), amounts to the cent as the engine made them.
 */
import type { Dec } from "../core/decimal";
import { roundSharesToSum } from "../core/index";
import type { BudgetResult, BudgetTotals } from "../core/types";

/** Decimals of displayed load factors, quotas and region keys. */
export const SHARE_DIGITS = 6;

/** One municipality's displayed figures. */
export interface MunicipalityFigures {
  readonly name: string;
  readonly region: string;
  readonly provider: string;
  readonly population: Dec;
  readonly loadFactor: Dec;
  readonly quota: Dec;
  readonly amount: Dec;
  readonly compensation: Dec;
  readonly bound: Dec;
  /** Without the region's freed amount (that is pooled per region). */
  readonly regional1: Dec;
}

/** One region's displayed figures; `regional1` includes `freed`. */
export interface RegionFigures {
  readonly name: string;
  readonly key: Dec;
  readonly municipalities: readonly MunicipalityFigures[];
  readonly bound: Dec;
  readonly regional1: Dec;
  readonly freed: Dec;
  readonly regional2: Dec;
  readonly compensation: Dec;
  readonly total: Dec;
}

/** Everything the outputs show, in the engine's order. */
export interface BudgetFigures {
  readonly municipalities: readonly MunicipalityFigures[];
  readonly regions: readonly RegionFigures[];
  readonly totals: BudgetTotals;
}

/** Returns the displayed figures of an engine result. */
export function toFigures(result: BudgetResult): BudgetFigures {
  const quotas = roundSharesToSum(
    result.municipalities.map((municipality) => municipality.quota),
    SHARE_DIGITS
  );
  const municipalities = result.municipalities.map((municipality, index): MunicipalityFigures => ({
    name: municipality.name,
    region: municipality.region,
    provider: municipality.provider,
    population: municipality.population,
    loadFactor: municipality.loadFactor.toDecimalPlaces(SHARE_DIGITS),
    quota: quotas[index] ?? municipality.quota,
    amount: municipality.amount,
    compensation: municipality.compensation,
    bound: municipality.bound,
    regional1: municipality.regional1,
  }));
  const keys = roundSharesToSum(
    result.regions.map((region) => region.key),
    SHARE_DIGITS
  );
  const regions = result.regions.map((region, index): RegionFigures => ({
    name: region.name,
    key: keys[index] ?? region.key,
    municipalities: municipalities.filter((municipality) => municipality.region === region.name),
    bound: region.bound,
    regional1: region.regional1,
    freed: region.freed,
    regional2: region.regional2,
    compensation: region.compensation,
    total: region.total,
  }));
  return { municipalities, regions, totals: result.totals };
}
