import { computeBudget } from "../src/core";
import { computeBudgetWithNumbers } from "./baseline";
import { median, medianMs, round, timesMs } from "./measure";
import { makeSyntheticDistrict } from "./synthetic";

/** One row of the engine benchmark. */
export interface EngineFigure {
  readonly municipalities: number;
  /** Median of the exact engine's runs. */
  readonly exactMs: number;
  /** Fastest and slowest run: how much the machine itself varied while measuring. */
  readonly exactMinMs: number;
  readonly exactMaxMs: number;
  readonly runs: number;
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
    // 15 runs at 11,000: on a shared virtual machine single runs vary by half their time; the
    // median of 15 moves far less than the median of a handful.
    const runs = n >= 10_000 ? 15 : n >= 1_000 ? 25 : 51;
    const exact = timesMs(() => computeBudget(district.inputs), runs, 3);
    const exactMs = median(exact);
    const numberMs = medianMs(() => computeBudgetWithNumbers(district.plain), runs);
    return {
      municipalities: n,
      exactMs: round(exactMs),
      exactMinMs: round(Math.min(...exact)),
      exactMaxMs: round(Math.max(...exact)),
      runs,
      numberMs: round(numberMs, 3),
      ratio: round(exactMs / Math.max(numberMs, 1e-3), 1),
    };
  });
}
