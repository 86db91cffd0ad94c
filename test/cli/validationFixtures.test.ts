import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readSampleSource, saveReproducibly } from "../../src/cli/sample";
import { type BudgetReport, ISSUE_CODES } from "../../src/workbook";
import { VALIDATION_CASES } from "../fixtures/validation/cases";
import { buildFixture, fixtureFileName, SAMPLE_SOURCE_PATH } from "../fixtures/validation/generate";
import { makeTempDir, runCli } from "./helpers";

const FIXTURE_DIR = join(__dirname, "../fixtures/validation");

/**
 * Every code a workbook can show through the CLI: all of the workbook layer's codes except
 * INVALID_MAPPING, which needs a mapping saved by the task pane (test/cli/layout.test.ts).
 */
const CLI_CODES = ISSUE_CODES.filter((code) => code !== "INVALID_MAPPING");

const cases = VALIDATION_CASES.map((validationCase) => ({
  ...validationCase,
  path: join(FIXTURE_DIR, fixtureFileName(validationCase)),
  exitCode: validationCase.issues.some((issue) => issue.severity === "error") ? 1 : 0,
}));

function issuesOf(report: BudgetReport): object[] {
  return report.issues.map(({ code, severity, sheet, cell }) => ({ code, severity, sheet, cell }));
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

it("has one committed fixture for every validation code", () => {
  expect(cases.map((entry) => entry.code)).toEqual(CLI_CODES);
  expect(cases.filter((entry) => !existsSync(entry.path))).toEqual([]);
});

describe.each(cases)("when the fixture for $code is checked", (entry) => {
  it(`reports exactly ${entry.issues.map((issue) => `${issue.code} at ${issue.sheet}!${issue.cell}`).join(", ")}`, async () => {
    const output = join(temp.dir, "ergebnis.xlsx");
    const argv =
      entry.command === "fill" ? ["fill", entry.path, "-o", output] : ["validate", entry.path];
    const { code, stdout } = await runCli(...argv, "--json");
    expect(code).toBe(entry.exitCode);
    expect(issuesOf(JSON.parse(stdout) as BudgetReport)).toEqual(entry.issues);
  });

  it(`fill exits with ${entry.exitCode} and writes ${entry.exitCode === 1 ? "no" : "its"} output file`, async () => {
    const output = join(temp.dir, "ergebnis.xlsx");
    const { code } = await runCli("fill", entry.path, "-o", output, "--json");
    expect(code).toBe(entry.exitCode);
    expect(existsSync(output)).toBe(entry.exitCode === 0);
  });

  it("is byte for byte what the generator builds (else: node scripts/build-validation-fixtures.js)", async () => {
    const source = await readSampleSource(SAMPLE_SOURCE_PATH);
    const fresh = join(temp.dir, fixtureFileName(entry));
    await saveReproducibly(buildFixture(entry, source), fresh);
    expect(readFileSync(fresh).equals(readFileSync(entry.path))).toBe(true);
  });
});
