/**
 * The multi-year plan's logic: planPhaseOut on the inputs of the last check (pure, memoised),
 * turned into table rows. Municipalities without any compensation are counted, not listed: in a
 * meeting the losers of the new quota are what matters, and the table stays narrow.
 */
import { useMemo } from "react";
import { BudgetInputError } from "../../../core/errors";
import { planPhaseOut } from "../../../core/multiYear";
import type { PhaseOutPlan } from "../../../core/multiYear";
import { ZERO } from "../../../core/decimal";
import type { PhaseOutPanelProps, PhaseOutPanelState, PlanRow } from "./PhaseOutPanel.types";

/** Returns the plan's table rows. */
export function planRows(plan: PhaseOutPlan): Omit<PhaseOutPanelState, "plan" | "error"> {
  const rows = plan.municipalities.map((label, i): PlanRow => ({
    label,
    amounts: plan.years.map((year) => year.compensation[i] ?? ZERO),
  }));
  const compensated = rows.filter((row) => row.amounts.some((amount) => !amount.isZero()));
  return {
    years: plan.years.map((year) => year.year),
    compensated,
    withoutCompensation: rows.length - compensated.length,
    freed: plan.regions.map((label, r) => ({
      label,
      amounts: plan.years.map((year) => year.freedByRegion[r]?.freed ?? ZERO),
    })),
    compensationTotals: plan.years.map((year) => year.totals.compensation),
    freedTotals: plan.years.map((year) => year.totals.freed),
  };
}

/** Returns the plan's state for its props. */
export function usePhaseOutPanel({ inputs }: PhaseOutPanelProps): PhaseOutPanelState {
  return useMemo(() => {
    try {
      const plan = planPhaseOut(inputs);
      return { plan, ...planRows(plan) };
    } catch (error) {
      if (!(error instanceof BudgetInputError)) throw error;
      return {
        error: error.message,
        years: [],
        compensated: [],
        withoutCompensation: 0,
        freed: [],
        compensationTotals: [],
        freedTotals: [],
      };
    }
  }, [inputs]);
}
