/**
 * The model comparison's props and state: the four financing models for the current inputs,
 * the chart's data, and the model whose per-municipality figures are shown.
 */
import type { ModelComparison } from "../../../core/compare";
import type { BudgetInputs, FinancingModel } from "../../../core/types";
import type { ChartSeries } from "./ChangeChart";

/** What the meeting section gives the comparison. */
export interface ComparePanelProps {
  /** The validated inputs of the last check (the workbook as it is now). */
  readonly inputs: BudgetInputs;
  /** True while any workbook operation runs. */
  readonly busy: boolean;
  /** Writes `model` into the parameters and checks again. */
  onAdopt(model: FinancingModel): void;
  /** Writes the Modellvergleich sheet. */
  onWrite(): void;
}

/** Everything the comparison renders; built by useComparePanel. */
export interface ComparePanelState {
  /** The four models in FINANCING_MODELS order. */
  readonly comparisons: readonly ModelComparison[];
  /** The model the parameters name now. */
  readonly currentModel: FinancingModel;
  readonly municipalities: readonly string[];
  /** One series per feasible model. */
  readonly series: readonly ChartSeries[];
  /** The feasible model whose table is shown; undefined when no model is feasible. */
  readonly detail?: ModelComparison;
  selectDetail(model: FinancingModel): void;
}
