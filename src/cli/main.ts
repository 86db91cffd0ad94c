import { randomUUID } from "node:crypto";
import { mkdir, realpath, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { XlsxOpenError, XlsxWorkbook } from "../adapters/xlsx";
import { fillWorkbook, validateWorkbook, type BudgetReport, type RunOptions } from "../workbook";
import { HELP_TEXT, parseArgs, type CliOptions } from "./args";
import { formatIssue, formatIssueCount, formatSummary } from "./summary";
import { readProductVersion } from "./version";

/** Where `run` writes and what time it is: the process in production, fakes in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
}

/** The exit codes of WORKBOOK.md: 0 ok, 1 validation errors (nothing written), 2 usage. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** A problem that ends the run with exit code 2 and one German line on stderr. */
class UsageProblem extends Error {}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/** Writes next to the target first and renames, so the target is never left half-written. */
async function saveAtomically(port: XlsxWorkbook, target: string): Promise<void> {
  const directory = dirname(resolve(target));
  const temporary = join(directory, `.${basename(target)}.${randomUUID()}.tmp`);
  try {
    await mkdir(directory, { recursive: true });
    await port.save(temporary);
    await rename(temporary, target);
  } catch {
    // The temporary file may not exist (or its folder may not): nothing else to clean up then.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageProblem(`Die Ausgabedatei »${target}« kann nicht geschrieben werden.`);
  }
}

async function openInput(path: string): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.fromFile(path);
  } catch (error) {
    if (error instanceof XlsxOpenError) throw new UsageProblem(error.message);
    throw error;
  }
}

function printReport(report: BudgetReport, options: CliOptions, io: CliIo): void {
  if (options.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  for (const issue of report.issues) io.stderr(`${formatIssue(issue)}\n`);
  io.stderr(`${formatIssueCount(report)}\n`);
  const summary = formatSummary(report);
  if (summary.length > 0) io.stdout(`${summary.join("\n")}\n`);
}

/** One validate or fill run; returns the exit code. */
async function execute(options: CliOptions, io: CliIo): Promise<number> {
  const progress = (line: string) => {
    if (!options.json) io.stderr(`${line}\n`);
  };
  const target = options.output;
  if (target !== undefined && !options.inPlace && (await sameFile(target, options.input))) {
    throw new UsageProblem(
      "Die Ausgabedatei ist die Eingabedatei; zum Überschreiben --in-place angeben."
    );
  }
  progress(`Lese ${options.input} …`);
  const port = await openInput(options.input);
  const runOptions: RunOptions = {
    overrides: {
      ...(options.model !== undefined ? { model: options.model } : {}),
      ...(options.year !== undefined ? { year: options.year } : {}),
    },
    now: io.now(),
    productVersion: readProductVersion(),
  };
  progress("Prüfe die Eingaben …");
  if (options.command === "validate" || target === undefined) {
    const outcome = await validateWorkbook(port, runOptions);
    printReport(outcome.report, options, io);
    return outcome.ok ? EXIT_OK : EXIT_INVALID;
  }
  const outcome = await fillWorkbook(port, runOptions);
  if (outcome.ok && outcome.written) {
    progress(`Schreibe ${target} …`);
    await saveAtomically(port, target);
  }
  printReport(outcome.report, options, io);
  return outcome.ok && outcome.written ? EXIT_OK : EXIT_INVALID;
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

/** The process entry point of bin/sr-budget.js: sets the exit code, never prints a stack trace. */
export function main(): void {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
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
