/**
 * The JSON reports of `sr-budget compare --json` and `sr-budget plan --json`: the model
 * comparison and the phase-out plan as plain JSON numbers in EUR (whole cents, so at most two
 * decimals appear).
 */
import type { ModelComparison, PhaseOutPlan } from "../core/index";
import type { FinancingModel } from "../core/types";

/** One municipality under one model in the report. */
export interface ComparisonReportMunicipality {
  name: string;
  amount: number;
  change: number;
  compensation: number;
}

/** One model in the report; an infeasible one has no rows, `totals` null and the German `error`. */
export interface ComparisonReportModel {
  model: FinancingModel;
  municipalities: ComparisonReportMunicipality[];
  totals: { amount: number; compensation: number } | null;
  error?: string;
}

/** The comparison report: the four models in FINANCING_MODELS order. */
export interface ComparisonReport {
  models: ComparisonReportModel[];
}

/** One year of the phase-out report, keyed by municipality and region names. */
export interface PhaseOutReportYear {
  year: number;
  compensation: Record<string, number>;
  freed: Record<string, number>;
  totals: { compensation: number; freed: number };
}

/** The phase-out report: the years from the first year of the new quota on. */
export interface PhaseOutReport {
  years: PhaseOutReportYear[];
}

/** Returns the comparison report of compareModels' result. */
export function comparisonReport(comparisons: readonly ModelComparison[]): ComparisonReport {
  return {
    models: comparisons.map((comparison): ComparisonReportModel => {
      if (!comparison.feasible || comparison.totals === null) {
        return {
          model: comparison.model,
          municipalities: [],
          totals: null,
          error: comparison.message ?? "",
        };
      }
      return {
        model: comparison.model,
        municipalities: comparison.municipalities.map((row) => ({
          name: row.name,
          amount: row.amount.toNumber(),
          change: row.change.toNumber(),
          compensation: row.compensation.toNumber(),
        })),
        totals: {
          amount: comparison.totals.amount.toNumber(),
          compensation: comparison.totals.compensation.toNumber(),
        },
      };
    }),
  };
}

/** Returns the phase-out report of planPhaseOut's result. */
export function phaseOutReport(plan: PhaseOutPlan): PhaseOutReport {
  return {
    years: plan.years.map((year) => ({
      year: year.year,
      compensation: Object.fromEntries(
        plan.municipalities.map((name, index) => [name, year.compensation[index]?.toNumber() ?? 0])
      ),
      freed: Object.fromEntries(
        year.freedByRegion.map((part) => [part.region, part.freed.toNumber()])
      ),
      totals: {
        compensation: year.totals.compensation.toNumber(),
        freed: year.totals.freed.toNumber(),
      },
    })),
  };
}
