import type { PlainDistrict } from "./synthetic";

/**
 * The same pipeline as computeBudget (load factor → quota → BELASTUNG → compensation → split →
 * regions → regional budget 2) in plain binary floating point: the inexact baseline the benchmark
 * compares the exact engine against. Amounts are kept in integer cents where a spreadsheet would
 * round, so the work is comparable; its results are NOT exact and are never used by the product.
 */
export function computeBudgetWithNumbers(d: PlainDistrict): {
  regionTotalsCents: Map<string, number>;
} {
  const n = d.population.length;
  const k = d.weights.length;
  const weightSum = d.weights.reduce((a, b) => a + b, 0);
  const populationSum = d.population.reduce((a, b) => a + b, 0);
  const reference: number[] = [];
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += d.population[i]! * d.indicators[i]![j]!;
    reference.push(s / populationSum);
  }
  const weighted: number[] = [];
  let weightedSum = 0;
  for (let i = 0; i < n; i++) {
    let lf = 0;
    for (let j = 0; j < k; j++)
      lf += (d.weights[j]! / weightSum) * (d.indicators[i]![j]! / reference[j]!);
    const w = d.population[i]! * lf;
    weighted.push(w);
    weightedSum += w;
  }
  const amounts = allocateCents(d.totalCents, weighted, weightedSum);
  const factor = Math.max(0, (d.phaseOutYears - d.yearIndex) / d.phaseOutYears);
  const regionTotalsCents = new Map<string, number>();
  const regionKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const amount = amounts[i]!;
    const compensation = Math.round(Math.max(0, d.previous[i]! * 100 - amount) * factor);
    const usage = d.usage[i]!;
    let usageSum = 0;
    let boundUsage = 0;
    for (let c = 0; c < usage.length; c++) {
      usageSum += usage[c]!;
      boundUsage += d.boundShares[c]! * usage[c]!;
    }
    const bound = Math.round((amount * boundUsage) / usageSum);
    const region = d.region[i]!;
    regionTotalsCents.set(
      region,
      (regionTotalsCents.get(region) ?? 0) + bound + (amount - bound) + compensation
    );
    regionKey.set(region, (regionKey.get(region) ?? 0) + weighted[i]!);
  }
  const regions = [...regionKey.keys()];
  const regional2 = allocateCents(
    Math.round(d.ambulantCents * d.regional2Share),
    regions.map((r) => regionKey.get(r)!),
    weightedSum
  );
  regions.forEach((r, index) =>
    regionTotalsCents.set(r, regionTotalsCents.get(r)! + regional2[index]!)
  );
  return { regionTotalsCents };
}

/** Largest-remainder split of integer cents by float weights. */
function allocateCents(
  totalCents: number,
  weights: readonly number[],
  weightSum: number
): number[] {
  const exact = weights.map((w) => (totalCents * w) / weightSum);
  const floors = exact.map(Math.floor);
  let left = totalCents - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - floors[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}
