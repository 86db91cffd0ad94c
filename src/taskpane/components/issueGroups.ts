/**
 * The order in which the pane lists issues: errors before warnings (errors block the fill), then
 * by sheet in the order the sheets first appear, then by position on the sheet, so a user can
 * work through a sheet from top to bottom.
 */
import type { Severity, ValidationIssue } from "../../workbook/index";
import { cellReference, parseA1 } from "../../workbook/index";

/** The issues of one sheet ("" = not about a sheet, e.g. the saved mapping). */
export interface SheetIssues {
  readonly sheet: string;
  readonly issues: readonly ValidationIssue[];
}

/** The issues of one severity, by sheet. */
export interface SeverityIssues {
  readonly severity: Severity;
  readonly count: number;
  readonly sheets: readonly SheetIssues[];
}

/** Returns a sortable position of an A1 cell; whole-table issues ("") come first. */
function positionOf(cell: string): readonly [number, number] {
  if (cell === "") return [-1, -1];
  const { row, column } = parseA1(cell.split(":")[0] ?? cell);
  return [row, column];
}

function byPosition(a: ValidationIssue, b: ValidationIssue): number {
  const [rowA, columnA] = positionOf(a.cell);
  const [rowB, columnB] = positionOf(b.cell);
  return rowA - rowB || columnA - columnB;
}

function bySheet(issues: readonly ValidationIssue[]): SheetIssues[] {
  const sheets = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const list = sheets.get(issue.sheet) ?? [];
    list.push(issue);
    sheets.set(issue.sheet, list);
  }
  return [...sheets].map(([sheet, list]) => ({ sheet, issues: [...list].sort(byPosition) }));
}

/** Returns the issues grouped by severity (errors first) and sheet; empty groups are left out. */
export function groupIssues(issues: readonly ValidationIssue[]): SeverityIssues[] {
  const severities: readonly Severity[] = ["error", "warning"];
  return severities
    .map((severity) => issues.filter((issue) => issue.severity === severity))
    .filter((list) => list.length > 0)
    .map((list) => ({
      severity: list[0]?.severity ?? "error",
      count: list.length,
      sheets: bySheet(list),
    }));
}

/** Returns how many issues are errors and how many are warnings. */
export function countIssues(issues: readonly ValidationIssue[]): {
  errors: number;
  warnings: number;
} {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

/**
 * Returns an issue's message without its leading "Blatt!A1: ": the list shows the sheet as a
 * heading and the cell beside the message already, and the pane is narrow.
 */
export function issueText(issue: ValidationIssue): string {
  if (issue.cell === "") return issue.message;
  const prefix = `${cellReference(issue.sheet, issue.cell)}: `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}
