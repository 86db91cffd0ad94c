/**
 * The multi-year plan's props and state: the phase-out year by year from the engine's
 * planPhaseOut, reduced to the rows that carry money.
 */
import type { Dec } from "../../../core/decimal";
import type { PhaseOutPlan } from "../../../core/multiYear";
import type { BudgetInputs } from "../../../core/types";

/** What the meeting section gives the plan. */
export interface PhaseOutPanelProps {
  readonly inputs: BudgetInputs;
  readonly busy: boolean;
  /** Writes the Mehrjahresplan sheet. */
  onWrite(): void;
}

/** One row of the plan table: a label and one amount per year. */
export interface PlanRow {
  readonly label: string;
  readonly amounts: readonly Dec[];
}

/** Everything the plan renders; built by usePhaseOutPanel. */
export interface PhaseOutPanelState {
  readonly plan?: PhaseOutPlan;
  /** The engine's German message when the plan cannot be computed. */
  readonly error?: string;
  readonly years: readonly number[];
  /** Municipalities with compensation in at least one year. */
  readonly compensated: readonly PlanRow[];
  /** How many municipalities get no compensation in any year. */
  readonly withoutCompensation: number;
  readonly freed: readonly PlanRow[];
  readonly compensationTotals: readonly Dec[];
  readonly freedTotals: readonly Dec[];
}
