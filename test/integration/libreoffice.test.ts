/**
 * The filled sample in a real spreadsheet program (and, below, the planned and compared one with
 * its chart, and one with a user's chart on an input sheet): LibreOffice opens it, recalculates
 * every formula itself and saves it again; the recalculated values must be the ones the CLI
 * wrote, every check on the overview must say "stimmt", and no output cell may show an error.
 *
 * LibreOffice keeps the cached results of an .xlsx by default ("never recalculate"), so the test
 * runs it with its own user profile that sets Calc's OOXMLRecalcMode to 0 ("always recalculate").
 * To prove the values are LibreOffice's own, every formula's cached result is first replaced by a
 * marker that no formula can compute.
 */
import { convertWithLibreOffice } from "../support/soffice";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import { run } from "../../src/cli/main";
import { Dec } from "../../src/core/decimal";
import { addUserChart, editedSample, PackageEditor } from "../adapters/xlsx/packages";
import {
  isCellError,
  type BudgetReport,
  type CellValue,
  type ComparisonReport,
  type PhaseOutReport,
} from "../../src/workbook";

const SAMPLE_PATH = join(__dirname, "../../assets/Sozialraumbudget-Beispiel.xlsx");
const OUTPUT_SHEETS = ["Region 1", "Region 2", "Region 3", "Übersicht"];
const NOT_RECALCULATED = "nicht neu berechnet";
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function requireSoffice(): void {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "LibreOffice (soffice) is missing; install it with " +
        "`apt-get install -y --no-install-recommends libreoffice-calc-nogui` (.ci/run does)."
    );
  }
}

/** Converts `input` to .xlsx in `outDir` with a fresh profile that always recalculates. */
function recalculateWithLibreOffice(input: string, outDir: string, profileDir: string): void {
  mkdirSync(join(profileDir, "user"), { recursive: true });
  writeFileSync(join(profileDir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  convertWithLibreOffice(input, "xlsx", outDir, profileDir, { calc: true });
}

/** A file opened twice: by the adapter (values as the CLI reads them) and by ExcelJS (formulas). */
interface Opened {
  readonly port: XlsxWorkbook;
  readonly book: ExcelJS.Workbook;
}

async function open(path: string): Promise<Opened> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return { port: await XlsxWorkbook.fromFile(path), book };
}

function sheetOf(opened: Opened, name: string): ExcelJS.Worksheet {
  const sheet = opened.book.getWorksheet(name);
  if (!sheet) throw new Error(`sheet ${name} missing`);
  return sheet;
}

/** Returns the formula cells of the output sheets (sheet → address → formula). */
function formulaCells(workbook: ExcelJS.Workbook): Map<string, Map<string, string>> {
  const formulas = new Map<string, Map<string, string>>();
  for (const name of OUTPUT_SHEETS) {
    const cells = new Map<string, string>();
    workbook.getWorksheet(name)?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cells.set(cell.address, cell.formula);
      })
    );
    formulas.set(name, cells);
  }
  return formulas;
}

/**
 * A copy of the filled file whose formulas all carry the marker as their cached result, edited in
 * the sheet parts so every other part of the file (a user's chart) stays as the CLI wrote it.
 */
async function withMarkedResults(filledPath: string, path: string): Promise<void> {
  const editor = await PackageEditor.of(readFileSync(filledPath));
  for (const sheet of OUTPUT_SHEETS) {
    const part = await editor.sheetPart(sheet);
    const xml = await editor.text(part);
    const marked = xml.replace(
      /<c\b([^>]*)>(<f>[^<]*<\/f>)(?:<v>[^<]*<\/v>)?<\/c>/g,
      (_cell, attributes: string, formula: string) =>
        `<c${attributes.replace(/\s+t="[^"]*"/, "")} t="str">${formula}<v>${NOT_RECALCULATED}</v></c>`
    );
    editor.zip.file(part, marked);
  }
  writeFileSync(path, await editor.bytes());
}

/** Numbers compared to 1e-6: LibreOffice sums cents in binary floating point. */
function comparable(value: CellValue): CellValue {
  return typeof value === "number" ? new Dec(value).toDecimalPlaces(6).toString() : value;
}

describe("when LibreOffice recalculates the filled sample", () => {
  let dir: string;
  let filled: Opened;
  let recalculated: Opened;
  let report: BudgetReport;

  beforeAll(async () => {
    requireSoffice();
    dir = mkdtempSync(join(tmpdir(), "sr-budget-lo-"));
    const filledPath = join(dir, "gefuellt.xlsx");
    let stdout = "";
    const code = await run(["fill", SAMPLE_PATH, "-o", filledPath, "--json"], {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => undefined,
      now: () => new Date(Date.UTC(2026, 10, 22, 13, 3)),
    });
    expect(code).toBe(0);
    report = JSON.parse(stdout) as BudgetReport;
    filled = await open(filledPath);
    const markedPath = join(dir, "markiert.xlsx");
    await withMarkedResults(filledPath, markedPath);
    recalculateWithLibreOffice(markedPath, join(dir, "lo"), join(dir, "profil"));
    recalculated = await open(join(dir, "lo", "markiert.xlsx"));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("opens with every sheet of the filled file", () => {
    expect(recalculated.book.worksheets.map((sheet) => sheet.name)).toEqual(
      filled.book.worksheets.map((sheet) => sheet.name)
    );
  });

  it("has formulas on the overview to recalculate", () => {
    expect(formulaCells(filled.book).get("Übersicht")?.size).toBeGreaterThan(0);
  });

  it.each(OUTPUT_SHEETS)("computes on %s exactly the values the CLI wrote", async (sheet) => {
    const expected = (await filled.port.readOutputState([sheet])).get(sheet)?.values ?? [];
    const actual = (await recalculated.port.readOutputState([sheet])).get(sheet)?.values ?? [];
    expect(actual.map((row) => row.map(comparable))).toEqual(
      expected.map((row) => row.map(comparable))
    );
  });

  it("shows »stimmt« in every check of the overview", async () => {
    const checks = [...(formulaCells(recalculated.book).get("Übersicht")?.keys() ?? [])];
    const sheet = sheetOf(recalculated, "Übersicht");
    expect(checks.map((address) => [address, sheet.getCell(address).result])).toEqual(
      checks.map((address) => [address, "stimmt"])
    );
  });

  it("shows no error in any output sheet", async () => {
    const state = await recalculated.port.readOutputState(OUTPUT_SHEETS);
    const errors = OUTPUT_SHEETS.flatMap((sheet) =>
      (state.get(sheet)?.values ?? []).flat().filter((value) => isCellError(value))
    );
    expect(errors).toEqual([]);
  });

  it("shows the district total of the report on the overview", async () => {
    const values = (await recalculated.port.readOutputState(["Übersicht"])).get(
      "Übersicht"
    )?.values;
    expect(values?.flat()).toContain(report.totals?.total);
  });
});

/** Runs the CLI in-process; returns the exit code and what it printed on stdout. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    now: () => new Date(Date.UTC(2026, 10, 22, 13, 3)),
  });
  return { code, stdout };
}

/** The values of a sheet's column `column` (0-based) in rows `from`…`to` (0-based, inclusive). */
function column(values: readonly (readonly CellValue[])[], col: number, from: number, to: number) {
  return values.slice(from, to + 1).map((row) => comparable(row[col] ?? null));
}

describe("when LibreOffice opens the filled, planned and compared sample", () => {
  let dir: string;
  let converted: Opened;
  let convertedZip: JSZip;
  let comparison: ComparisonReport;
  let phaseOut: PhaseOutReport;

  beforeAll(async () => {
    requireSoffice();
    dir = mkdtempSync(join(tmpdir(), "sr-budget-lo-meeting-"));
    const filled = join(dir, "gefuellt.xlsx");
    const planned = join(dir, "geplant.xlsx");
    const compared = join(dir, "verglichen.xlsx");
    expect((await cli(["fill", SAMPLE_PATH, "-o", filled])).code).toBe(0);
    const plan = await cli(["plan", filled, "-o", planned, "--json"]);
    const compare = await cli(["compare", planned, "-o", compared, "--json"]);
    expect([plan.code, compare.code]).toEqual([0, 0]);
    phaseOut = JSON.parse(plan.stdout) as PhaseOutReport;
    comparison = JSON.parse(compare.stdout) as ComparisonReport;
    recalculateWithLibreOffice(compared, join(dir, "lo"), join(dir, "profil"));
    const convertedPath = join(dir, "lo", "verglichen.xlsx");
    converted = await open(convertedPath);
    convertedZip = await JSZip.loadAsync(readFileSync(convertedPath));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps the Protokoll, Mehrjahresplan and Modellvergleich sheets", () => {
    const names = converted.book.worksheets.map((sheet) => sheet.name);
    expect(names.slice(-4)).toEqual([
      "Übersicht",
      "Protokoll",
      "Mehrjahresplan",
      "Modellvergleich",
    ]);
  });

  it("shows on the Modellvergleich each feasible model's amounts and changes of the report", async () => {
    const values =
      (await converted.port.readOutputState(["Modellvergleich"])).get("Modellvergleich")?.values ??
      [];
    // Rows 4–13 (0-based 3–12); model m's Betrag in column 3 + 4m, Veränderung in 4 + 4m.
    comparison.models.forEach((model, m) => {
      if (model.totals === null) return;
      expect(column(values, 3 + 4 * m, 3, 12)).toEqual(
        model.municipalities.map((row) => comparable(row.amount))
      );
      expect(column(values, 4 + 4 * m, 3, 12)).toEqual(
        model.municipalities.map((row) => comparable(row.change))
      );
    });
  });

  it("shows on the Mehrjahresplan each year's compensation of the report", async () => {
    const values =
      (await converted.port.readOutputState(["Mehrjahresplan"])).get("Mehrjahresplan")?.values ??
      [];
    phaseOut.years.forEach((year, y) => {
      expect(column(values, 2 + y, 2, 11)).toEqual(
        Object.values(year.compensation).map((amount) => comparable(amount))
      );
    });
  });

  it("keeps the chart of the Modellvergleich with its three series", async () => {
    const charts = Object.keys(convertedZip.files).filter((name) =>
      /^xl\/charts\/chart\d+\.xml$/.test(name)
    );
    expect(charts).toHaveLength(1);
    const xml = (await convertedZip.file(charts[0] ?? "")?.async("string")) ?? "";
    expect(xml).toContain("barChart");
    expect(xml.split("<c:ser>").length - 1).toBe(3);
  });
});

describe("when LibreOffice opens a filled workbook with a user's chart on an input sheet", () => {
  let dir: string;
  let converted: Opened;
  let convertedZip: JSZip;

  beforeAll(async () => {
    requireSoffice();
    dir = mkdtempSync(join(tmpdir(), "sr-budget-lo-chart-"));
    const input = join(dir, "mit-diagramm.xlsx");
    const filled = join(dir, "gefuellt.xlsx");
    writeFileSync(input, await editedSample((editor) => addUserChart(editor, "Stammdaten")));
    expect((await cli(["fill", input, "-o", filled, "--json"])).code).toBe(0);
    const marked = join(dir, "markiert.xlsx");
    await withMarkedResults(filled, marked);
    recalculateWithLibreOffice(marked, join(dir, "lo"), join(dir, "profil"));
    const convertedPath = join(dir, "lo", "markiert.xlsx");
    converted = await open(convertedPath);
    convertedZip = await JSZip.loadAsync(readFileSync(convertedPath));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows the chart on Stammdaten with its series, from I6", async () => {
    const editor = await PackageEditor.of(await convertedZip.generateAsync({ type: "uint8array" }));
    const sheetPart = await editor.sheetPart("Stammdaten");
    const sheetRels = await editor.text(
      sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels"
    );
    const drawing = /Target="\.\.\/(drawings\/drawing\d+\.xml)"/.exec(sheetRels)?.[1] ?? "";
    const drawingXml = await editor.text(`xl/${drawing}`);
    expect(drawingXml).toMatch(/<xdr:from><xdr:col>8<\/xdr:col>.*?<xdr:row>5<\/xdr:row>/);
    const drawingRels = await editor.text(`xl/drawings/_rels/${drawing.slice(9)}.rels`);
    const chart = /Target="\.\.\/(charts\/chart\d+\.xml)"/.exec(drawingRels)?.[1] ?? "";
    const chartXml = await editor.text(`xl/${chart}`);
    expect([...chartXml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "Stammdaten!$E$2:$E$11",
    ]);
  });

  it("recalculates every check of the overview to »stimmt«", () => {
    const checks = [...(formulaCells(converted.book).get("Übersicht")?.keys() ?? [])];
    const sheet = sheetOf(converted, "Übersicht");
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.map((address) => [address, sheet.getCell(address).result])).toEqual(
      checks.map((address) => [address, "stimmt"])
    );
  });
});
