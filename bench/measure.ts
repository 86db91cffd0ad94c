import { performance } from "node:perf_hooks";

/** Wall times in milliseconds of `runs` calls of `task` after `warmup` unmeasured calls. */
export function timesMs(task: () => unknown, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return times;
}

/** Median wall time in milliseconds of `runs` calls of `task` after `warmup` unmeasured calls. */
export function medianMs(task: () => unknown, runs: number, warmup = 2): number {
  return median(timesMs(task, runs, warmup));
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounds a timing for printing and JSON (timings are measurements, not money). */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
