import type { Dec } from "./decimal";

/** The four financing models of DOMAIN.md 4. */
export type FinancingModel = "EINWOHNER" | "BELASTUNG" | "SOCKEL" | "KORRIDOR";
export const FINANCING_MODELS: readonly FinancingModel[] = [
  "EINWOHNER",
  "BELASTUNG",
  "SOCKEL",
  "KORRIDOR",
];

/** Basis of the bound share (DOMAIN.md 6): per municipality or one share for the whole district. */
export type SplitBasis = "GEMEINDE" | "KREIS";
export const SPLIT_BASES: readonly SplitBasis[] = ["GEMEINDE", "KREIS"];

/** The usage-matrix categories in their fixed order (DOMAIN.md 6). */
export const USAGE_CATEGORIES = [
  "Betriebskosten",
  "Sachkosten",
  "Netzwerktätigkeit",
  "Angebote und Projekte",
] as const;
export type UsageCategory = (typeof USAGE_CATEGORIES)[number];

/** Default bound share per usage category, in the order of USAGE_CATEGORIES. */
export const DEFAULT_BOUND_SHARES: readonly string[] = ["1", "1", "1", "0"];

/** One municipality's validated inputs. */
export interface MunicipalityInput {
  readonly name: string;
  readonly region: string;
  readonly provider: string;
  /** P[i]: the chosen population basis (Einwohner or Einwohner unter 21), ≥ 0. */
  readonly population: Dec;
  /** H[i]: budget of the year before the new quota, EUR, ≥ 0. */
  readonly previousBudget: Dec;
  /** x[i][k] ≥ 0, one per indicator, in the order of BudgetInputs.indicatorNames. */
  readonly indicators: readonly Dec[];
  /** U[i][c] ≥ 0, EUR, one per usage category in the order of USAGE_CATEGORIES. */
  readonly usage: readonly Dec[];
}

/** The parameters of tblParameter (WORKBOOK.md), with defaults already applied. */
export interface BudgetParameters {
  readonly year: number;
  /** B, EUR, a multiple of 0.01. */
  readonly total: Dec;
  readonly model: FinancingModel;
  /** S for SOCKEL, EUR. */
  readonly baseAmount: Dec;
  /** c for KORRIDOR, a fraction (0.05 = ±5 %). */
  readonly corridor: Dec;
  readonly loadFactorFloor?: Dec;
  readonly loadFactorCap?: Dec;
  readonly splitBasis: SplitBasis;
  /** H2, EUR. */
  readonly ambulantBudget: Dec;
  /** p, a fraction in [0, 1]. */
  readonly regional2Share: Dec;
  /** The year with index 0 of the phase-out (first year of the new quota). */
  readonly quotaStartYear: number;
  /** N; 0 means no compensation at all. */
  readonly phaseOutYears: number;
}

/** Everything the full pipeline needs, already validated and converted to Dec. */
export interface BudgetInputs {
  readonly municipalities: readonly MunicipalityInput[];
  readonly indicatorNames: readonly string[];
  /** w[k] ≥ 0 in the order of indicatorNames; normalised by the engine. */
  readonly weights: readonly Dec[];
  /** a[c] in [0, 1], one per usage category in the order of USAGE_CATEGORIES. */
  readonly boundShares: readonly Dec[];
  readonly parameters: BudgetParameters;
  /** An explicit region key (region name → weight); when absent, Σ P·LF per region. */
  readonly regionKey?: ReadonlyMap<string, Dec>;
}

/** One municipality's figures for the budget year. */
export interface MunicipalityResult {
  readonly name: string;
  readonly region: string;
  readonly provider: string;
  readonly population: Dec;
  /** LF[i], unrounded. */
  readonly loadFactor: Dec;
  /** q[i] = P·LF / Σ P·LF, unrounded. */
  readonly quota: Dec;
  /** A[i], EUR to the cent, Σ = B. */
  readonly amount: Dec;
  readonly previousBudget: Dec;
  /** comp[i](t), EUR to the cent, paid on top of B. */
  readonly compensation: Dec;
  /** g[i] (or G for basis KREIS). */
  readonly boundShare: Dec;
  /** bound[i] = A[i]·g[i] rounded half-up to the cent. */
  readonly bound: Dec;
  /** regional1[i] = A[i] − bound[i] (without any freed amount). */
  readonly regional1: Dec;
}

/** One region's figures. regional1 includes the region's share of the freed amount. */
export interface RegionResult {
  readonly name: string;
  /** The region's share of the region key, Σ over regions = 1, unrounded. */
  readonly key: Dec;
  readonly municipalities: readonly string[];
  readonly bound: Dec;
  /** Σ regional1[i] of its municipalities + freed. */
  readonly regional1: Dec;
  /** Its share of F(t), allocated by the region key to the cent. */
  readonly freed: Dec;
  readonly regional2: Dec;
  readonly compensation: Dec;
  /** bound + regional1 + regional2 + compensation. */
  readonly total: Dec;
}

/** District totals: each is the exact sum of the regions' figures. */
export interface BudgetTotals {
  readonly amount: Dec;
  readonly compensation: Dec;
  readonly bound: Dec;
  readonly regional1: Dec;
  readonly freed: Dec;
  readonly regional2: Dec;
  readonly total: Dec;
}

/** The result of the full pipeline (DOMAIN.md 1–8) for one budget year. */
export interface BudgetResult {
  /** t = year − quotaStartYear. */
  readonly yearIndex: number;
  readonly municipalities: readonly MunicipalityResult[];
  /** In order of first appearance in the municipality list. */
  readonly regions: readonly RegionResult[];
  readonly totals: BudgetTotals;
}
