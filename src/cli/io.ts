/**
 * What every command of `sr-budget` shares: the process I/O, the exit codes, the run options of a
 * command line, progress lines and the printed validation report.
 */
import type { BudgetReport, RunOptions } from "../workbook";
import type { CliOptions } from "./args";
import { formatIssue, formatIssueCount, formatSummary } from "./summary";
import { readProductVersion } from "./version";

/** Where `run` writes and what time it is: the process in production, fakes in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  /** The name the Protokoll records when --user is not given; null leaves it empty. */
  readonly userName?: () => string | null;
  /** The environment `annex --pdf` searches for LibreOffice (PATH); process.env when absent. */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The exit codes of WORKBOOK.md: 0 ok, 1 validation errors or an in-place fill that would lose
 * parts of the file (nothing written either way), 2 usage.
 */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Prints a report: JSON on stdout, or the issues on stderr and the summary on stdout. */
export function printReport(report: BudgetReport, options: CliOptions, io: CliIo): void {
  if (options.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  for (const issue of report.issues) io.stderr(`${formatIssue(issue)}\n`);
  io.stderr(`${formatIssueCount(report)}\n`);
  const summary = formatSummary(report);
  if (summary.length > 0) io.stdout(`${summary.join("\n")}\n`);
}

/** Returns a function printing a progress line on stderr, silent with --json. */
export function progressPrinter(options: CliOptions, io: CliIo): (line: string) => void {
  return (line) => {
    if (!options.json) io.stderr(`${line}\n`);
  };
}

/** The run options of a command line: overrides, clock, version and the Protokoll's user. */
export function runOptionsOf(options: CliOptions, io: CliIo): RunOptions {
  return {
    overrides: {
      ...(options.model !== undefined ? { model: options.model } : {}),
      ...(options.year !== undefined ? { year: options.year } : {}),
    },
    now: io.now(),
    productVersion: readProductVersion(),
    userName: options.user ?? io.userName?.() ?? null,
  };
}
