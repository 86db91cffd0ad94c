import { userInfo } from "node:os";
import { fillWorkbook, validateWorkbook, type BudgetReport, type ReportIssue } from "../workbook";
import { HELP_TEXT, parseArgs, sameFileMessage, type CliOptions } from "./args";
import { openInput, refuseInputAsTarget, saveAtomically, UsageProblem } from "./files";
import { chooseLayout, withLayoutIssues } from "./layout";
import { copyLossWarning, inPlaceLossError, refusedReport } from "./lostParts";
import { executeAnnex } from "./annex";
import { executeCompare, executePlan } from "./meeting";
import type { CliIo } from "./io";
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  printReport,
  progressPrinter,
  runOptionsOf,
} from "./io";
import { readProductVersion } from "./version";

export { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo } from "./io";

/** One validate or fill run; returns the exit code. */
async function execute(options: CliOptions, io: CliIo): Promise<number> {
  if (options.command === "compare") return executeCompare(options, io);
  if (options.command === "plan") return executePlan(options, io);
  if (options.command === "annex") return executeAnnex(options, io);
  const progress = progressPrinter(options, io);
  const target = options.output;
  if (target !== undefined && !options.inPlace)
    await refuseInputAsTarget(target, options.input, sameFileMessage(options.command));
  progress(`Lese ${options.input} …`);
  const port = await openInput(options.input);
  const layout = chooseLayout(port.savedMapping(), options.standardLayout === true);
  if (layout.line !== undefined) progress(layout.line);
  const runOptions = { ...runOptionsOf(options, io), mapping: layout.mapping };
  progress("Prüfe die Eingaben …");
  if (options.command === "validate" || target === undefined) {
    const outcome = await validateWorkbook(port, runOptions);
    printReport(withLayoutIssues(outcome.report, layout), options, io);
    return outcome.ok ? EXIT_OK : EXIT_INVALID;
  }
  const outcome = await fillWorkbook(port, runOptions);
  const filled = withLayoutIssues(outcome.report, layout);
  if (!outcome.ok || !outcome.written) {
    printReport(filled, options, io);
    return EXIT_INVALID;
  }
  const { bytes, lost } = await port.toCheckedBytes();
  // Overwriting the input would destroy what the saved bytes lack; a copy only lacks it.
  if (options.inPlace && lost.length > 0) {
    printReport(refusedReport(filled, inPlaceLossError(lost)), options, io);
    return EXIT_INVALID;
  }
  progress(`Schreibe ${target} …`);
  await saveAtomically(bytes, target);
  const warning = copyLossWarning(lost, target);
  const report = warning === undefined ? filled : withIssue(filled, warning);
  printReport(report, options, io);
  return EXIT_OK;
}

/** Returns the report with one more issue at the end. */
function withIssue(report: BudgetReport, issue: ReportIssue): BudgetReport {
  return { ...report, issues: [...report.issues, issue] };
}

/**
 * Runs `sr-budget` with the arguments after the program name and returns the exit code. Every
 * expected failure ends in one German line on stderr; nothing is written unless the input is valid.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case "help":
      io.stdout(HELP_TEXT);
      return EXIT_OK;
    case "version":
      io.stdout(`${readProductVersion()}\n`);
      return EXIT_OK;
    case "usage":
      io.stderr(`sr-budget: ${parsed.message}\n`);
      return EXIT_USAGE;
    case "run":
      try {
        return await execute(parsed.options, io);
      } catch (error) {
        if (!(error instanceof UsageProblem)) throw error;
        io.stderr(`sr-budget: ${error.message}\n`);
        return EXIT_USAGE;
      }
  }
}

/** The OS user's login name, or null where the system cannot tell (e.g. no passwd entry). */
function osUserName(): string | null {
  try {
    const name = userInfo().username;
    return name === "" ? null : name;
  } catch {
    return null;
  }
}

/** The process entry point of bin/sr-budget.js: sets the exit code, never prints a stack trace. */
export function main(): void {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
    userName: osUserName,
    env: process.env,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`sr-budget: Interner Fehler: ${message}\n`);
      process.exitCode = EXIT_USAGE;
    }
  );
}
