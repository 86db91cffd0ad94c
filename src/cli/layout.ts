/**
 * Where `sr-budget` reads the inputs: the layout the working group saved in the task pane
 * (Einstellungen → Zuordnung), so the CLI checks the same tables as the add-in, unless
 * `--standard-layout` asks for the default one.
 */
import {
  DEFAULT_MAPPING,
  type BudgetReport,
  type InputMapping,
  type ReportIssue,
} from "../workbook";
import type { SavedMapping } from "../adapters/xlsx";

/** The layout of one run: its mapping, the line saying which it is, and warnings about it. */
export interface InputLayout {
  readonly mapping: InputMapping;
  /** One German line for the progress output; absent for a file without a saved layout. */
  readonly line?: string;
  /** Warnings that the saved layout could not be used (wholly or for single tables). */
  readonly issues: readonly ReportIssue[];
}

const PREFIX = "Zuordnung der Eingaben:";

/**
 * Returns the layout of a run over a file with `saved` (undefined: nothing saved). A file without
 * a saved layout gets no line, so its output stays as it always was.
 */
export function chooseLayout(
  saved: SavedMapping | undefined,
  standardLayout: boolean
): InputLayout {
  if (standardLayout) {
    return {
      mapping: DEFAULT_MAPPING,
      line: `${PREFIX} Standardlayout (--standard-layout)`,
      issues: [],
    };
  }
  if (saved === undefined) return { mapping: DEFAULT_MAPPING, issues: [] };
  const issues = saved.issues.map(({ code, severity, sheet, cell, message }): ReportIssue => ({
    code,
    severity,
    sheet,
    cell,
    message,
  }));
  if (saved.mapping === undefined) {
    const line = `${PREFIX} Standardlayout (die im Add-in gespeicherte ist unbrauchbar)`;
    return { mapping: DEFAULT_MAPPING, line, issues };
  }
  const line = `${PREFIX} aus der Arbeitsmappe (im Add-in gespeichert)`;
  return { mapping: saved.mapping, line, issues };
}

/** Returns the report with the layout's warnings first: they explain what was read. */
export function withLayoutIssues(report: BudgetReport, layout: InputLayout): BudgetReport {
  if (layout.issues.length === 0) return report;
  return { ...report, issues: [...layout.issues, ...report.issues] };
}
