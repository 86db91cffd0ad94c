import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type CliIo } from "../../src/cli/main";

/** The committed sample workbook. */
export const SAMPLE_PATH = join(__dirname, "../../assets/Sozialraumbudget-Beispiel.xlsx");

/** A fixed moment for the provenance line of filled sheets. */
/**
 * The golden JSON report of `fill`/`validate` on the sample (test/fixtures/golden): what every
 * run without changed inputs must print with --json. Typed with the fields tests read.
 */
export const GOLDEN_REPORT = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/golden/sample-report.json"), "utf8")
) as {
  municipalities: { name: string; amount: number; compensation: number }[];
  totals: { amount: number; compensation: number };
} & Record<string, unknown>;

export const FIXED_NOW = new Date(Date.UTC(2026, 10, 22, 13, 3, 0));

/** What one run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output and a fixed clock. */
export async function runCli(...argv: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => FIXED_NOW,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory, removed again by the returned cleanup. */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sr-budget-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
