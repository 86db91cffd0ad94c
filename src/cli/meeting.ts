/**
 * `sr-budget compare` and `sr-budget plan`: the model comparison and the phase-out plan, printed
 * as German tables or as JSON, and with -o also written as their sheet into a copy of the input.
 */
import {
  comparisonReport,
  compareWorkbook,
  phaseOutReport,
  phaseOutWorkbook,
  writeComparison,
  writePhaseOutPlan,
  type ValidationOutcome,
} from "../workbook";
import type { XlsxWorkbook } from "../adapters/xlsx";
import { sameFileMessage, type CliOptions } from "./args";
import { openInput, refuseInputAsTarget, saveAtomically } from "./files";
import type { CliIo } from "./io";
import { chooseLayout, withLayoutIssues, type InputLayout } from "./layout";
import { EXIT_INVALID, EXIT_OK, printReport, progressPrinter, runOptionsOf } from "./io";
import { formatComparison, formatPhaseOut } from "./meetingSummary";
import { formatIssue, formatIssueCount } from "./summary";

/** Prints the issues of a successful run (warnings) on stderr, without --json. */
function printIssues(outcome: ValidationOutcome, options: CliOptions, io: CliIo): void {
  if (options.json) return;
  const report = outcome.report;
  for (const issue of report.issues) io.stderr(`${formatIssue(issue)}\n`);
  io.stderr(`${formatIssueCount(report)}\n`);
}

/** Writes the copy (the input with the sheet written; every other part as it was). */
async function writeCopy(
  port: XlsxWorkbook,
  target: string,
  progress: (line: string) => void
): Promise<void> {
  progress(`Schreibe ${target} …`);
  await saveAtomically(await port.toBuffer(), target);
}

/** The outcome with the layout's warnings first. */
function withWarnings(outcome: ValidationOutcome, layout: InputLayout): ValidationOutcome {
  return { ...outcome, report: withLayoutIssues(outcome.report, layout) };
}

/**
 * The JSON text of a meeting report; the layout's warnings go into `issues` after the figures
 * (the other validation warnings belong to validate's report, not this one).
 */
function jsonText(report: object, layout: InputLayout): string {
  const issues = layout.issues;
  return JSON.stringify(issues.length === 0 ? report : { ...report, issues }, null, 2);
}

/** Reads the input after the checks that keep it safe; the port the commands work on. */
async function prepare(options: CliOptions, io: CliIo) {
  const progress = progressPrinter(options, io);
  if (options.output !== undefined)
    await refuseInputAsTarget(options.output, options.input, sameFileMessage(options.command));
  progress(`Lese ${options.input} …`);
  const port = await openInput(options.input);
  const layout = chooseLayout(port.savedMapping(), options.standardLayout === true);
  if (layout.line !== undefined) progress(layout.line);
  progress("Prüfe die Eingaben …");
  const runOptions = { ...runOptionsOf(options, io), mapping: layout.mapping };
  return { port, progress, layout, runOptions };
}

/**
 * Runs `compare`; returns the exit code (1 when the inputs are invalid or the sheet would cover a
 * user's cells, then nothing is written). The chosen model's own infeasibility is no failure: the
 * comparison shows it, with its reason.
 */
export async function executeCompare(options: CliOptions, io: CliIo): Promise<number> {
  const { port, progress, layout, runOptions } = await prepare(options, io);
  const target = options.output;
  const done =
    target === undefined
      ? { ...(await compareWorkbook(port, runOptions)), written: false }
      : await writeComparison(port, runOptions);
  const { outcome, comparisons } = done;
  const failed = comparisons === undefined || (target !== undefined && !done.written);
  if (failed) {
    printReport(withLayoutIssues(outcome.report, layout), options, io);
    return EXIT_INVALID;
  }
  if (target !== undefined) await writeCopy(port, target, progress);
  const report = comparisonReport(comparisons);
  const shown = outcome.report.issues.filter((issue) => issue.code !== "INFEASIBLE_MODEL");
  const printed = { ...outcome, report: { ...outcome.report, issues: shown } };
  printIssues(withWarnings(printed, layout), options, io);
  const text = options.json
    ? jsonText(report, layout)
    : formatComparison(report, outcome.report.year).join("\n");
  io.stdout(`${text}\n`);
  return EXIT_OK;
}

/** Runs `plan`; returns the exit code (1 when the inputs are invalid or the sheet collides). */
export async function executePlan(options: CliOptions, io: CliIo): Promise<number> {
  const { port, progress, layout, runOptions } = await prepare(options, io);
  const target = options.output;
  const done =
    target === undefined
      ? { ...(await phaseOutWorkbook(port, runOptions)), written: false }
      : await writePhaseOutPlan(port, runOptions);
  const { outcome, phaseOut } = done;
  if (phaseOut === undefined || (target !== undefined && !done.written)) {
    printReport(withLayoutIssues(outcome.report, layout), options, io);
    return EXIT_INVALID;
  }
  if (target !== undefined) await writeCopy(port, target, progress);
  printIssues(withWarnings(outcome, layout), options, io);
  const report = phaseOutReport(phaseOut);
  const text = options.json ? jsonText(report, layout) : formatPhaseOut(report).join("\n");
  io.stdout(`${text}\n`);
  return EXIT_OK;
}
