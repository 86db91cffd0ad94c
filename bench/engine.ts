import { computeBudget } from "../src/core";
import { computeBudgetWithNumbers } from "./baseline";
import { medianMs, round } from "./measure";
import { makeSyntheticDistrict } from "./synthetic";

/** One row of the engine benchmark. */
export interface EngineFigure {
  readonly municipalities: number;
  readonly exactMs: number;
  readonly numberMs: number;
  readonly ratio: number;
}

/** Target from the foundation issue: the full pipeline for 11,000 municipalities under 250 ms. */
export const ENGINE_TARGET_MS = 250;

/**
 * The full pipeline (load factor → quota → model → split → regions) for growing districts, exact
 * engine next to the plain-number baseline in the same process and run.
 */
export function benchEngine(sizes: readonly number[] = [10, 1_000, 11_000]): EngineFigure[] {
  return sizes.map((n) => {
    // Lüneburg has 3 regions; large synthetic districts get 12 so region sums are exercised too.
    const district = makeSyntheticDistrict(n, n <= 10 ? 3 : 12);
    const runs = n >= 10_000 ? 7 : n >= 1_000 ? 15 : 51;
    const exactMs = medianMs(() => computeBudget(district.inputs), runs);
    const numberMs = medianMs(() => computeBudgetWithNumbers(district.plain), runs);
    return {
      municipalities: n,
      exactMs: round(exactMs),
      numberMs: round(numberMs, 3),
      ratio: round(exactMs / Math.max(numberMs, 1e-3), 1),
    };
  });
}
