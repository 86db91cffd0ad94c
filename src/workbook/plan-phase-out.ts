/**
 * The "Mehrjahresplan" sheet: the phase-out year by year (DOMAIN.md 5 and 7) — each
 * municipality's compensation per year, below it each region's freed amount that flows into its
 * regional budget 1, and the totals per year.
 */
import type { Dec } from "../core/decimal";
import { ZERO } from "../core/decimal";
import type { BudgetInputs, PhaseOutPlan } from "../core/index";
import type { PlanMeta, PlannedRow } from "./plan-cells";
import { columnWidths, eurCell, provenanceLine, textCell, toPlannedSheet } from "./plan-cells";
import { withPageSetup } from "./page-setup";
import { guardedPlan } from "./plan-guard";
import { PHASE_OUT_SHEET } from "./sheet-names";
import type { OutputPlan, OutputState, PlannedSheet, ValidationIssue } from "./types";

/** "Sozialraumbudget – Mehrjahresplan 2026–2030" (one year alone when there is no phase-out). */
function title(plan: PhaseOutPlan): string {
  const first = plan.years[0]?.year;
  const last = plan.years[plan.years.length - 1]?.year;
  const span = first === last ? `${first ?? ""}` : `${first ?? ""}–${last ?? ""}`;
  return `Sozialraumbudget – ${PHASE_OUT_SHEET} ${span}`;
}

/** A row: label, second column, then one amount per year. */
function yearRow(
  label: string,
  second: string,
  amounts: readonly Dec[],
  total = false
): PlannedRow {
  const style = total ? "total" : undefined;
  return [
    textCell(label, style),
    second === "" ? null : textCell(second, style),
    ...amounts.map((amount) => eurCell(amount, style)),
  ];
}

/** Returns the Mehrjahresplan block of `plan` (planPhaseOut of `inputs`). */
export function buildPhaseOutSheet(
  plan: PhaseOutPlan,
  inputs: BudgetInputs,
  meta: PlanMeta
): PlannedSheet {
  const years = plan.years;
  const yearHeaders = years.map((year) => String(year.year));
  const headers = ["Gemeinde", "Region", ...yearHeaders];
  const compensationRows = plan.municipalities.map((name, index) =>
    yearRow(
      name,
      inputs.municipalities[index]?.region ?? "",
      years.map((year) => year.compensation[index] ?? ZERO)
    )
  );
  const freedRows = plan.regions.map((region, index) =>
    yearRow(
      region,
      "",
      years.map((year) => year.freedByRegion[index]?.freed ?? ZERO)
    )
  );
  const rows: PlannedRow[] = [
    [textCell(title(plan), "title")],
    headers.map((header) => textCell(header, "header")),
    ...compensationRows,
    yearRow(
      "Summe Ausgleich",
      "",
      years.map((year) => year.totals.compensation),
      true
    ),
    [],
    [
      textCell("Freigewordene Mittel (fließen in das Regionale Budget 1)", "header"),
      null,
      ...yearHeaders.map((header) => textCell(header, "header")),
    ],
    ...freedRows,
    yearRow(
      "Summe freigewordene Mittel",
      "",
      years.map((year) => year.totals.freed),
      true
    ),
    [],
    yearRow(
      "Ausgleich und freigewordene Mittel zusammen",
      "",
      years.map((year) => year.totals.compensation.plus(year.totals.freed)),
      true
    ),
    [],
    [textCell(provenanceLine(inputs, meta), "note")],
  ];
  const widths = columnWidths(headers, [44, 14, ...years.map(() => 16)]);
  return toPlannedSheet(PHASE_OUT_SHEET, rows, widths, 2);
}

/**
 * Returns the plan of the Mehrjahresplan sheet, or OUTPUT_COLLISION issues and no plan when the
 * block would cover a user's cells.
 */
export function planPhaseOutSheet(
  plan: PhaseOutPlan,
  inputs: BudgetInputs,
  state: OutputState,
  meta: PlanMeta
): { plan?: OutputPlan; issues: ValidationIssue[] } {
  return guardedPlan(
    [withPageSetup(buildPhaseOutSheet(plan, inputs, meta), inputs.parameters.year, meta)],
    state
  );
}
