/**
 * The readable German output of `sr-budget compare` and `sr-budget plan` without --json: one
 * table per financing model, and the phase-out as a table of years. Amounts arrive as JSON numbers
 * (whole cents) and are formatted through Dec.
 */
import { Dec } from "../core/decimal";
import { formatEur, type ComparisonReport, type PhaseOutReport } from "../workbook";
import { renderTable } from "./summary";

function eur(value: number): string {
  return formatEur(new Dec(value));
}

/** Returns the lines of one model: its table with a sum row, or why it cannot be applied. */
function modelLines(model: ComparisonReport["models"][number]): string[] {
  const title = `Finanzierungsmodell ${model.model}`;
  if (model.totals === null) return [`${title}: nicht umsetzbar – ${model.error ?? ""}`];
  const rows = model.municipalities.map((m) => [
    m.name,
    eur(m.amount),
    eur(m.change),
    eur(m.compensation),
  ]);
  const change = model.municipalities.reduce((sum, m) => sum.plus(m.change), new Dec(0));
  rows.push(["Summe", eur(model.totals.amount), formatEur(change), eur(model.totals.compensation)]);
  const table = renderTable(["Gemeinde", "Betrag", "Veränderung", "Ausgleich"], rows, [
    "left",
    "right",
    "right",
    "right",
  ]);
  return [title, ...table];
}

/** Returns the comparison of all four models, separated by blank lines. */
export function formatComparison(report: ComparisonReport, year: number | null): string[] {
  const lines = [`Sozialraumbudget ${year ?? ""} – Vergleich der Finanzierungsmodelle`];
  for (const model of report.models) lines.push("", ...modelLines(model));
  return lines;
}

/** Returns the phase-out: compensation per municipality and freed amounts per region, per year. */
export function formatPhaseOut(report: PhaseOutReport): string[] {
  const years = report.years.map((year) => String(year.year));
  const align = ["left" as const, ...years.map(() => "right" as const)];
  const first = report.years[0];
  const municipalities = first === undefined ? [] : Object.keys(first.compensation);
  const regions = first === undefined ? [] : Object.keys(first.freed);
  const compensation = municipalities.map((name) => [
    name,
    ...report.years.map((year) => eur(year.compensation[name] ?? 0)),
  ]);
  compensation.push(["Summe", ...report.years.map((year) => eur(year.totals.compensation))]);
  const freed = regions.map((name) => [
    name,
    ...report.years.map((year) => eur(year.freed[name] ?? 0)),
  ]);
  freed.push(["Summe", ...report.years.map((year) => eur(year.totals.freed))]);
  return [
    "Sozialraumbudget – Mehrjahresplan der Abschmelzung",
    "",
    "Ausgleich je Gemeinde",
    ...renderTable(["Gemeinde", ...years], compensation, align),
    "",
    "Freigewordene Mittel je Region (fließen in das Regionale Budget 1)",
    ...renderTable(["Region", ...years], freed, align),
  ];
}
