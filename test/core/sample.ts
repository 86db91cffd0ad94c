import sample from "../../assets/beispiel/Beispielwerte.json";
import {
  type BudgetInputs,
  type BudgetParameters,
  type Dec,
  toDec,
  USAGE_CATEGORIES,
} from "../../src/core";
import { ds } from "./helpers";

/**
 * The sample workbook's data (assets/beispiel/Beispielwerte.json) as engine inputs: population
 * basis "Einwohner unter 21", weights 0.4/0.3/0.3, B = 2 233 000, BELASTUNG, year 2027 with the
 * quota starting 2026 and N = 4, S = 0, corridor ±5 %, H2 = 6 500 000, p = 0.1, bound shares
 * 1/1/1/0, basis GEMEINDE; `changes` replace parameters.
 */
export function sampleInputs(changes: Partial<BudgetParameters> = {}): BudgetInputs {
  const names = sample.indikatoren.namen;
  const valuesOf = new Map(
    sample.indikatoren.werte.map((row) => [row.Gemeinde, row as Record<string, unknown>])
  );
  const usageOf = new Map(
    sample.verwendung.map((row) => [row.Gemeinde, row as Record<string, unknown>])
  );
  const cell = (row: Record<string, unknown> | undefined, column: string): Dec =>
    toDec(row?.[column] as number, column);
  return {
    municipalities: sample.gemeinden.map((g) => ({
      name: g.Gemeinde,
      region: g.Region,
      provider: g["Sozialraumträger"],
      population: toDec(g["Einwohner unter 21"]),
      previousBudget: toDec(g["Budget Vorjahr"]),
      indicators: names.map((name) => cell(valuesOf.get(g.Gemeinde), name)),
      usage: USAGE_CATEGORIES.map((category) => cell(usageOf.get(g.Gemeinde), category)),
    })),
    indicatorNames: names,
    weights: ds(["0.4", "0.3", "0.3"]),
    boundShares: ds(["1", "1", "1", "0"]),
    parameters: {
      year: 2027,
      total: toDec("2233000"),
      model: "BELASTUNG",
      baseAmount: toDec("0"),
      corridor: toDec("0.05"),
      splitBasis: "GEMEINDE",
      ambulantBudget: toDec("6500000"),
      regional2Share: toDec("0.1"),
      quotaStartYear: 2026,
      phaseOutYears: 4,
      ...changes,
    },
  };
}
