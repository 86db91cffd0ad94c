import { Dec } from "../src/core/decimal";
import type { BudgetInputs, MunicipalityInput } from "../src/core/types";

/**
 * A deterministic synthetic district of `n` municipalities in `regionCount` regions, for the
 * benchmark: plausible magnitudes (populations 800–20,000, three indicators, budgets around
 * 200 EUR per young inhabitant) from a fixed-seed generator so every run measures the same work.
 */
export interface SyntheticDistrict {
  readonly inputs: BudgetInputs;
  /** The same figures as plain numbers, for the inexact baseline. */
  readonly plain: PlainDistrict;
}

/** Plain-number copy of a district (the baseline works on these). */
export interface PlainDistrict {
  readonly population: number[];
  readonly previous: number[];
  readonly indicators: number[][];
  readonly usage: number[][];
  readonly region: string[];
  readonly weights: number[];
  readonly boundShares: number[];
  readonly totalCents: number;
  readonly phaseOutYears: number;
  readonly yearIndex: number;
  readonly ambulantCents: number;
  readonly regional2Share: number;
}

/** Park–Miller minimal standard generator: tiny, seedable, identical on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed % 2147483647;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

/** Builds the district; the total budget is 200 EUR per young inhabitant, rounded to whole EUR. */
export function makeSyntheticDistrict(n: number, regionCount: number): SyntheticDistrict {
  const random = seededRandom(20270101 + n);
  const municipalities: MunicipalityInput[] = [];
  const plain: PlainDistrict = {
    population: [],
    previous: [],
    indicators: [],
    usage: [],
    region: [],
    weights: [0.4, 0.3, 0.3],
    boundShares: [1, 1, 1, 0],
    totalCents: 0,
    phaseOutYears: 4,
    yearIndex: 1,
    ambulantCents: 650_000_000,
    regional2Share: 0.1,
  };
  let youngTotal = 0;
  for (let i = 0; i < n; i++) {
    const young = 800 + Math.floor(random() * 19_200);
    youngTotal += young;
    const previousEuro = young * (150 + Math.floor(random() * 100));
    const indicators = [5 + random() * 15, 12 + random() * 14, 15 + random() * 25].map(
      (x) => Math.round(x * 10) / 10
    );
    const usageEuro = [0.6, 0.1, 0.08].map((s) => Math.round(previousEuro * s * 0.97));
    usageEuro.push(Math.round(previousEuro * 0.97) - usageEuro.reduce((a, b) => a + b, 0));
    const region = `Region ${1 + (i % regionCount)}`;
    plain.population.push(young);
    plain.previous.push(previousEuro);
    plain.indicators.push(indicators);
    plain.usage.push(usageEuro);
    plain.region.push(region);
    municipalities.push({
      name: `Gemeinde ${i + 1}`,
      region,
      provider: `Träger ${1 + (i % 7)}`,
      population: new Dec(young),
      previousBudget: new Dec(previousEuro),
      indicators: indicators.map((x) => new Dec(String(x))),
      usage: usageEuro.map((x) => new Dec(x)),
    });
  }
  const totalEuro = youngTotal * 200;
  (plain as { totalCents: number }).totalCents = totalEuro * 100;
  const inputs: BudgetInputs = {
    municipalities,
    indicatorNames: ["SGB II", "Alleinerziehende", "HzE"],
    weights: plain.weights.map((w) => new Dec(String(w))),
    boundShares: plain.boundShares.map((a) => new Dec(a)),
    parameters: {
      year: 2027,
      total: new Dec(totalEuro),
      model: "BELASTUNG",
      baseAmount: new Dec(0),
      corridor: new Dec("0.05"),
      splitBasis: "GEMEINDE",
      ambulantBudget: new Dec(plain.ambulantCents).div(100),
      regional2Share: new Dec(String(plain.regional2Share)),
      quotaStartYear: 2026,
      phaseOutYears: plain.phaseOutYears,
    },
  };
  return { inputs, plain };
}
