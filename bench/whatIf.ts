import { Dec } from "../src/core";
import { previewTrial } from "../src/workbook";
import { medianMs, round } from "./measure";
import { makeSyntheticDistrict } from "./synthetic";

/** Time of one what-if step: the pane's preview after a weight slider moved. */
export interface WhatIfFigure {
  readonly municipalities: number;
  readonly stepMs: number;
}

/** Target from the meeting issue: well under 100 ms per slider step for the district's size. */
export const WHAT_IF_TARGET_MS = 100;

/**
 * One slider step = previewTrial with new weights (load factors, quotas and amounts of every
 * municipality, rounded for display), exactly what the task pane computes per step. Each run
 * moves the first weight to another position so no result can be reused.
 */
export function benchWhatIf(sizes: readonly number[] = [10, 1_000]): WhatIfFigure[] {
  return sizes.map((n) => {
    const { inputs } = makeSyntheticDistrict(n, n <= 10 ? 3 : 12);
    let step = 0;
    const stepMs = medianMs(
      () => {
        step = (step + 1) % 50;
        const first = new Dec(30 + step).div(100);
        previewTrial(inputs, { weights: [first, new Dec("0.3"), new Dec("0.3")] });
      },
      n >= 1_000 ? 21 : 101
    );
    return { municipalities: n, stepMs: round(stepMs) };
  });
}
