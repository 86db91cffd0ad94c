/**
 * The JSON report of the CLI (WORKBOOK.md "The CLI report"): the issues and, when there is no
 * error, every municipality's, region's and the district's figures as plain JSON numbers.
 */
import type { Dec } from "../core/decimal";
import type { FinancingModel } from "../core/types";
import type { BudgetResult } from "../core/types";
import { toFigures } from "./figures";
import { hasErrors } from "./issues";
import type { Severity } from "./types";
import type { ValidationResult } from "./validate";

/** One issue in the report; `fix` is the fix's German label. */
export interface ReportIssue {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string;
  message: string;
  fix?: string;
}

/** One municipality in the report (amounts in EUR, shares as fractions with 6 decimals). */
export interface ReportMunicipality {
  name: string;
  region: string;
  population: number;
  loadFactor: number;
  quota: number;
  amount: number;
  compensation: number;
  bound: number;
  regional1: number;
}

/** One region in the report; `regional1` includes `freed`, total = bound + regional1 + regional2 + compensation. */
export interface ReportRegion {
  name: string;
  key: number;
  bound: number;
  regional1: number;
  freed: number;
  regional2: number;
  compensation: number;
  total: number;
}

/** The district totals in the report. */
export interface ReportTotals {
  amount: number;
  compensation: number;
  bound: number;
  regional1: number;
  freed: number;
  regional2: number;
  total: number;
}

/**
 * The report. When any issue is an error (or there is no result) `ok` is false,
 * `municipalities` and `regions` are [] and `totals` is null: nothing was computed or written.
 * `year` and `model` are given whenever those parameters are valid themselves.
 */
export interface BudgetReport {
  ok: boolean;
  year: number | null;
  model: FinancingModel | null;
  issues: ReportIssue[];
  municipalities: ReportMunicipality[];
  regions: ReportRegion[];
  totals: ReportTotals | null;
}

/** A Dec as a JSON number; money is whole cents already, so at most two decimals appear. */
function num(value: Dec): number {
  return value.toNumber();
}

/** Returns the report of a validation (and the engine's result when it ran). */
export function buildReport(validation: ValidationResult, result?: BudgetResult): BudgetReport {
  const issues = validation.issues.map((issue): ReportIssue => {
    const { code, severity, sheet, cell, message } = issue;
    return issue.fix === undefined
      ? { code, severity, sheet, cell, message }
      : { code, severity, sheet, cell, message, fix: issue.fix.label };
  });
  const head = { year: validation.year ?? null, model: validation.model ?? null, issues };
  if (hasErrors(validation.issues) || result === undefined) {
    return { ok: false, ...head, municipalities: [], regions: [], totals: null };
  }
  const figures = toFigures(result);
  return {
    ok: true,
    ...head,
    municipalities: figures.municipalities.map((m) => ({
      name: m.name,
      region: m.region,
      population: num(m.population),
      loadFactor: num(m.loadFactor),
      quota: num(m.quota),
      amount: num(m.amount),
      compensation: num(m.compensation),
      bound: num(m.bound),
      regional1: num(m.regional1),
    })),
    regions: figures.regions.map((r) => ({
      name: r.name,
      key: num(r.key),
      bound: num(r.bound),
      regional1: num(r.regional1),
      freed: num(r.freed),
      regional2: num(r.regional2),
      compensation: num(r.compensation),
      total: num(r.total),
    })),
    totals: {
      amount: num(figures.totals.amount),
      compensation: num(figures.totals.compensation),
      bound: num(figures.totals.bound),
      regional1: num(figures.totals.regional1),
      freed: num(figures.totals.freed),
      regional2: num(figures.totals.regional2),
      total: num(figures.totals.total),
    },
  };
}
