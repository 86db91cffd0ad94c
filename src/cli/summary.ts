import { Dec } from "../core/decimal";
import {
  cellReference,
  formatEur,
  formatGermanNumber,
  type BudgetReport,
  type ReportIssue,
} from "../workbook";

/**
 * The readable German output of `sr-budget` without --json: issue lines for stderr and the
 * result tables for stdout. Amounts arrive as JSON numbers (whole cents) and are formatted through
 * Dec, so no binary rounding shows up in the text.
 */

type Align = "left" | "right";

/** Renders rows under a header as columns padded to their widest cell, two spaces apart. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[]
): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? "").length))
  );
  return all.map((row) =>
    row
      .map((text, column) => {
        const width = widths[column] ?? 0;
        return align[column] === "right" ? text.padStart(width) : text.padEnd(width);
      })
      .join("  ")
      .trimEnd()
  );
}

/**
 * Returns one issue as `Verwendung!C4  FEHLER  TEXT_NUMBER  message  → fix`; an issue of the
 * whole workbook (no sheet) is placed at "Arbeitsmappe".
 */
export function formatIssue(issue: ReportIssue): string {
  const severity = issue.severity === "error" ? "FEHLER " : "WARNUNG";
  const fix = issue.fix === undefined ? "" : `  → ${issue.fix}`;
  const place = issue.sheet === "" ? "Arbeitsmappe" : cellReference(issue.sheet, issue.cell);
  return `${place}  ${severity}  ${issue.code}  ${issue.message}${fix}`;
}

/** Returns the closing line about the issues, e.g. "2 Fehler, 1 Warnung – nichts geschrieben." */
export function formatIssueCount(report: BudgetReport): string {
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const warnings = report.issues.length - errors;
  if (report.issues.length === 0) return "Keine Fehler und keine Warnungen gefunden.";
  const counts = `${errors} Fehler, ${warnings} ${warnings === 1 ? "Warnung" : "Warnungen"}`;
  return errors > 0 ? `${counts} – es wurde nichts geschrieben.` : `${counts}.`;
}

function eur(value: number): string {
  return formatEur(new Dec(value));
}

function percent(value: number): string {
  return `${formatGermanNumber(new Dec(value).times(100), 2)} %`;
}

function municipalityLines(report: BudgetReport): string[] {
  const rows = report.municipalities.map((m) => [
    m.name,
    m.region,
    formatGermanNumber(new Dec(m.population), 0),
    formatGermanNumber(new Dec(m.loadFactor), 4),
    percent(m.quota),
    eur(m.amount),
    eur(m.compensation),
    eur(m.bound),
    eur(m.regional1),
  ]);
  return renderTable(
    [
      "Gemeinde",
      "Region",
      "Bevölkerung",
      "Belastung",
      "Quote",
      "Betrag",
      "Ausgleich",
      "gebunden",
      "regional 1",
    ],
    rows,
    ["left", "left", "right", "right", "right", "right", "right", "right", "right"]
  );
}

function regionLines(report: BudgetReport): string[] {
  const rows = report.regions.map((r) => [
    r.name,
    percent(r.key),
    eur(r.bound),
    eur(r.regional1),
    eur(r.freed),
    eur(r.regional2),
    eur(r.compensation),
    eur(r.total),
  ]);
  const totals = report.totals;
  if (totals) {
    rows.push([
      "Kreis gesamt",
      "",
      eur(totals.bound),
      eur(totals.regional1),
      eur(totals.freed),
      eur(totals.regional2),
      eur(totals.compensation),
      eur(totals.total),
    ]);
  }
  return renderTable(
    [
      "Region",
      "Schlüssel",
      "gebunden",
      "regional 1",
      "davon frei",
      "regional 2",
      "Ausgleich",
      "Gesamt",
    ],
    rows,
    ["left", "right", "right", "right", "right", "right", "right", "right"]
  );
}

/** Returns the result tables of a successful run (municipalities, regions, district total). */
export function formatSummary(report: BudgetReport): string[] {
  if (!report.ok) return [];
  const title = `Sozialraumbudget ${report.year ?? ""} – Finanzierungsmodell ${report.model ?? ""}`;
  return [title, "", ...municipalityLines(report), "", ...regionLines(report)];
}
