/**
 * The comparison's logic: the engine's compareModels on the inputs of the last check. Pure and
 * memoised, so it follows every live check without an extra read of the workbook.
 */
import { useMemo, useState } from "react";
import { compareModels } from "../../../core/compare";
import type { FinancingModel } from "../../../core/types";
import type { ComparePanelProps, ComparePanelState } from "./ComparePanel.types";

/** Returns the comparison's state for its props. */
export function useComparePanel({ inputs }: ComparePanelProps): ComparePanelState {
  const comparisons = useMemo(() => compareModels(inputs), [inputs]);
  const currentModel = inputs.parameters.model;
  const [chosen, selectDetail] = useState<FinancingModel>(currentModel);
  const feasible = comparisons.filter((comparison) => comparison.feasible);
  // The chosen model can become infeasible after an edit; then show the first feasible one.
  const detail =
    feasible.find((comparison) => comparison.model === chosen) ??
    feasible.find((comparison) => comparison.model === currentModel) ??
    feasible[0];
  return {
    comparisons,
    currentModel,
    municipalities: inputs.municipalities.map((municipality) => municipality.name),
    series: feasible.map((comparison) => ({
      model: comparison.model,
      changes: comparison.municipalities.map((row) => row.change),
    })),
    ...(detail === undefined ? {} : { detail }),
    selectDetail,
  };
}
