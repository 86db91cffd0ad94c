/**
 * Issue 10: a run opens the workbook's package once — one unzip for validate, fill (also
 * --in-place), compare -o, plan -o and annex; every reader and the writer work on that one package.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { makeTempDir, runCli, SAMPLE_PATH } from "./helpers";

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  temp.cleanup();
  jest.restoreAllMocks();
});

describe("when sr-budget runs", () => {
  it.each([
    ["validate", []],
    ["fill", ["-o", "gefuellt.xlsx"]],
    ["fill", ["--in-place"]],
    ["compare", ["-o", "vergleich.xlsx"]],
    ["plan", ["-o", "plan.xlsx"]],
    ["annex", ["-o", "anlage.docx"]],
  ] as const)("%s %j unzips the workbook once", async (command, options) => {
    const input = join(temp.dir, "mappe.xlsx");
    copyFileSync(SAMPLE_PATH, input);
    const loads = jest.spyOn(JSZip, "loadAsync");
    const argv = options.map((option) =>
      /\.(?:xlsx|docx)$/.test(option) ? join(temp.dir, option) : option
    );
    const { code } = await runCli(command, input, ...argv, "--json");
    expect([code, loads.mock.calls.length]).toEqual([0, 1]);
  });
});
