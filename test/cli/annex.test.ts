import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { BudgetReport } from "../../src/workbook";
import { VALIDATION_CASES } from "../fixtures/validation/cases";
import { fixtureFileName } from "../fixtures/validation/generate";
import { GOLDEN_REPORT, makeTempDir, runCli, SAMPLE_PATH } from "./helpers";
import { HELP_TEXT } from "../../src/cli/args";
import { run, type CliIo } from "../../src/cli/main";

const FIXTURE_DIR = join(__dirname, "../fixtures/validation");

/** Validation fixtures whose inputs have an error (fill-only cases need the output sheets). */
const INVALID = VALIDATION_CASES.filter(
  (entry) =>
    entry.command === "validate" && entry.issues.some((issue) => issue.severity === "error")
);

/** The visible text of the .docx's body. */
async function bodyText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("|");
}

/** "1.234,56" from 1234.56. */
function german(amount: number): string {
  const [integer = "0", fraction = "00"] = amount.toFixed(2).split(".");
  return `${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${fraction}`;
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  chmodSync(temp.dir, 0o755);
  temp.cleanup();
});

describe("sr-budget annex on the sample", () => {
  it("writes the annex with every municipality's amount and the totals", async () => {
    const target = join(temp.dir, "anlage.docx");
    const { code, stderr } = await runCli("annex", SAMPLE_PATH, "-o", target);
    expect(code).toBe(0);
    expect(stderr).toContain(`Schreibe ${target} …`);
    const text = await bodyText(target);
    for (const municipality of GOLDEN_REPORT.municipalities) {
      expect(text).toContain(`${municipality.name}|`);
      expect(text).toContain(`|${german(municipality.amount)}|`);
    }
    expect(text).toContain(`|${german(GOLDEN_REPORT.totals.amount)}|`);
    expect(text).not.toContain("Tabelle 3");
    expect(readdirSync(temp.dir)).toEqual(["anlage.docx"]);
  });

  it("adds the model comparison and the phase-out plan when asked", async () => {
    const target = join(temp.dir, "anlage.docx");
    const { code } = await runCli(
      "annex",
      SAMPLE_PATH,
      "-o",
      target,
      "--with-comparison",
      "--with-plan"
    );
    expect(code).toBe(0);
    const text = await bodyText(target);
    expect(text).toContain("Tabelle 3: Vergleich der Finanzierungsmodelle");
    expect(text).toContain("Tabelle 4: Abschmelzung des Ausgleichs nach Jahren");
  });
});

describe("when the output cannot be written", () => {
  it("stops with exit 2 and one German line when the folder does not exist", async () => {
    const target = join(temp.dir, "fehlt", "anlage.docx");
    const { code, stderr, stdout } = await runCli("annex", SAMPLE_PATH, "-o", target);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `sr-budget: Den Ordner »${join(temp.dir, "fehlt")}« für die Ausgabedatei gibt es nicht; nichts geschrieben.\n`
    );
    expect(stdout).toBe("");
    expect(existsSync(join(temp.dir, "fehlt"))).toBe(false);
  });

  it("stops with exit 2 and leaves no partial file when the folder is not writable", async () => {
    // Root may write into a read-only folder; /proc refuses new files to everybody.
    const root = process.getuid?.() === 0;
    const folder = root ? "/proc" : join(temp.dir, "schreibgeschützt");
    if (!root) {
      mkdirSync(folder);
      chmodSync(folder, 0o555);
    }
    const target = join(folder, "anlage.docx");
    const { code, stderr } = await runCli("annex", SAMPLE_PATH, "-o", target);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n").at(-1)).toBe(
      `sr-budget: Die Ausgabedatei »${target}« kann nicht geschrieben werden.`
    );
    expect(readdirSync(folder).filter((name) => name.includes("anlage"))).toEqual([]);
  });
});

describe.each(INVALID)("when the inputs have the error $code", (entry) => {
  it("reports the same cell-exact issues as validate, exits 1 and writes no file", async () => {
    const input = join(FIXTURE_DIR, fixtureFileName(entry));
    const target = join(temp.dir, "anlage.docx");
    const annex = await runCli("annex", input, "-o", target, "--json");
    const validate = await runCli("validate", input, "--json");
    expect(annex.code).toBe(1);
    const issues = (report: string) => (JSON.parse(report) as BudgetReport).issues;
    expect(issues(annex.stdout)).toEqual(issues(validate.stdout));
    expect(issues(annex.stdout).map(({ code, sheet, cell }) => ({ code, sheet, cell }))).toEqual(
      entry.issues.map(({ code, sheet, cell }) => ({ code, sheet, cell }))
    );
    expect(readdirSync(temp.dir)).toEqual([]);
  });
});

describe("when a PDF is asked for but LibreOffice is not installed", () => {
  it("writes the .docx, says so in German and exits 2", async () => {
    const target = join(temp.dir, "anlage.docx");
    let stderr = "";
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      now: () => new Date(Date.UTC(2026, 10, 22, 13, 3, 0)),
      env: { PATH: join(temp.dir, "leer") },
    };
    const code = await run(["annex", SAMPLE_PATH, "-o", target, "--pdf"], io);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n").at(-1)).toBe(
      `sr-budget: Kein PDF erstellt: LibreOffice (Programm »soffice«) ist nicht installiert; die Anlage liegt als Word-Dokument in »${target}«.`
    );
    expect(readdirSync(temp.dir)).toEqual(["anlage.docx"]);
  });
});

describe("the help text", () => {
  it("names the annex command, its options and the exit code 2 for an unwritable output", () => {
    expect(HELP_TEXT).toContain(
      "sr-budget annex <eingabe.xlsx> -o <anlage.docx> [--with-comparison] [--with-plan]"
    );
    for (const option of ["--with-comparison", "--with-plan", "--pdf"]) {
      expect(HELP_TEXT).toMatch(new RegExp(`^  ${option} +annex: `, "m"));
    }
    expect(HELP_TEXT).toContain("Ausgabe\nnicht schreibbar");
  });
});
