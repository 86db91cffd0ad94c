/**
 * `sr-budget compare` and `sr-budget plan` on the sample, and the Protokoll row of `fill`: the
 * JSON equals the workbook layer's reports and agrees with a fill, -o writes the sheet (with the
 * chart) into a copy, errors exit with 1 and write nothing.
 */
import { excelJsOf } from "../adapters/xlsx/helpers";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import { HELP_TEXT } from "../../src/cli/args";
import { GOLDEN_REPORT as GOLDEN, makeTempDir, runCli, SAMPLE_PATH } from "./helpers";

const INVALID_PATH = join(__dirname, "../fixtures/validation/NEGATIVE_VALUE.xlsx");

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

interface ComparisonJson {
  models: {
    model: string;
    municipalities: { name: string; amount: number; change: number; compensation: number }[];
    totals: { amount: number; compensation: number } | null;
    error?: string;
  }[];
}

interface PlanJson {
  years: {
    year: number;
    compensation: Record<string, number>;
    freed: Record<string, number>;
    totals: { compensation: number; freed: number };
  }[];
}

async function sheetValues(path: string, sheet: string): Promise<unknown[][]> {
  const port = await XlsxWorkbook.fromFile(path);
  const worksheet = (await excelJsOf(port)).getWorksheet(sheet);
  if (worksheet === undefined) throw new Error(`no sheet ${sheet}`);
  const rows: unknown[][] = [];
  worksheet.eachRow((row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe("sr-budget compare", () => {
  it("prints the four models as JSON; BELASTUNG equals the sample's fill report", async () => {
    const result = await runCli("compare", SAMPLE_PATH, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const report = JSON.parse(result.stdout) as ComparisonJson;
    expect(report.models.map((m) => m.model)).toEqual([
      "EINWOHNER",
      "BELASTUNG",
      "SOCKEL",
      "KORRIDOR",
    ]);
    const belastung = report.models[1];
    expect(
      belastung?.municipalities.map(({ name, amount, compensation }) => ({
        name,
        amount,
        compensation,
      }))
    ).toEqual(
      GOLDEN.municipalities.map(({ name, amount, compensation }) => ({
        name,
        amount,
        compensation,
      }))
    );
    expect(belastung?.totals).toEqual({
      amount: GOLDEN.totals.amount,
      compensation: GOLDEN.totals.compensation,
    });
    // The sample's ±5 % corridor cannot reach B = 2.233.000 €.
    expect(report.models[3]).toEqual({
      model: "KORRIDOR",
      municipalities: [],
      totals: null,
      error: expect.stringContaining("Korridor von ±5 %") as string,
    });
  });

  it("prints one German table per model", async () => {
    const { code, stdout } = await runCli("compare", SAMPLE_PATH);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Sozialraumbudget 2027 – Vergleich der Finanzierungsmodelle");
    expect(lines).toContain("Finanzierungsmodell BELASTUNG");
    // Gemeinde Amt Neuhaus under BELASTUNG: 123.463,10 € − 115.000,00 € = 8.463,10 €.
    // Its second row: the models come in order EINWOHNER, BELASTUNG, …
    const neuhaus = lines.filter((line) => line.startsWith("Gemeinde Amt Neuhaus"));
    expect(neuhaus[1]).toMatch(/^Gemeinde Amt Neuhaus\s+123\.463,10 €\s+8\.463,10 €\s+0,00 €$/);
    expect(lines.find((line) => line.startsWith("Finanzierungsmodell KORRIDOR"))).toMatch(
      /^Finanzierungsmodell KORRIDOR: nicht umsetzbar – Mit einem Korridor/
    );
  });

  it("writes the Modellvergleich with exactly one chart into a copy", async () => {
    const output = join(temp.dir, "vergleich.xlsx");
    const { code } = await runCli("compare", SAMPLE_PATH, "-o", output, "--json");
    expect(code).toBe(0);
    const values = await sheetValues(output, "Modellvergleich");
    expect(values[0]?.[0]).toBe("Sozialraumbudget 2027 – Modellvergleich");
    expect(values[3]?.slice(0, 9)).toEqual([
      "Gemeinde Amt Neuhaus",
      "Region 1",
      115000,
      90242.21,
      -24757.79,
      -0.215285,
      18568.34,
      123463.1,
      8463.1,
    ]);
    const zip = await JSZip.loadAsync(readFileSync(output));
    const charts = Object.keys(zip.files).filter((name) =>
      /^xl\/charts\/chart\d+\.xml$/.test(name)
    );
    expect(charts).toHaveLength(1);
    const chart = (await zip.file(charts[0] ?? "")?.async("string")) ?? "";
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'Modellvergleich'!$A$4:$A$13",
      "'Modellvergleich'!$E$4:$E$13",
      "'Modellvergleich'!$A$4:$A$13",
      "'Modellvergleich'!$I$4:$I$13",
      "'Modellvergleich'!$A$4:$A$13",
      "'Modellvergleich'!$M$4:$M$13",
    ]);
  });

  it("replaces its chart when compared again, never adding a second one", async () => {
    const first = join(temp.dir, "erste.xlsx");
    const second = join(temp.dir, "zweite.xlsx");
    await runCli("compare", SAMPLE_PATH, "-o", first);
    expect((await runCli("compare", first, "-o", second)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(second));
    const charts = Object.keys(zip.files).filter((name) => name.startsWith("xl/charts/chart"));
    const drawings = Object.keys(zip.files).filter((name) =>
      /^xl\/drawings\/drawing\d+\.xml$/.test(name)
    );
    expect(charts).toHaveLength(1);
    const anchors = await Promise.all(
      drawings.map(
        async (name) =>
          ((await zip.file(name)?.async("string")) ?? "").split("<xdr:twoCellAnchor").length - 1
      )
    );
    expect(anchors.reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  it("keeps the chart when the compared file is filled afterwards", async () => {
    const compared = join(temp.dir, "vergleich.xlsx");
    const filled = join(temp.dir, "gefuellt.xlsx");
    await runCli("compare", SAMPLE_PATH, "-o", compared);
    expect((await runCli("fill", compared, "-o", filled)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(filled));
    expect(Object.keys(zip.files).filter((name) => name.startsWith("xl/charts/chart"))).toEqual([
      "xl/charts/chart1.xml",
    ]);
  });

  it("exits with 1 and writes nothing when the input is invalid", async () => {
    const output = join(temp.dir, "vergleich.xlsx");
    const { code, stdout } = await runCli("compare", INVALID_PATH, "-o", output, "--json");
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, issues: [{ code: "NEGATIVE_VALUE" }] });
    expect(existsSync(output)).toBe(false);
  });
});

describe("sr-budget plan", () => {
  it("prints the phase-out as JSON; 2027 equals the sample's fill report", async () => {
    const result = await runCli("plan", SAMPLE_PATH, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const report = JSON.parse(result.stdout) as PlanJson;
    expect(report.years.map((year) => year.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    const year2027 = report.years[1];
    expect(year2027?.compensation).toEqual(
      Object.fromEntries(GOLDEN.municipalities.map((m) => [m.name, m.compensation]))
    );
    // Σ comp(0) − Σ comp(1) = 45.477,54 € − 34.108,16 € = 11.369,38 € freed in 2027.
    expect(year2027?.totals).toEqual({ compensation: 34108.16, freed: 11369.38 });
  });

  it("prints the years as German tables", async () => {
    const { code, stdout } = await runCli("plan", SAMPLE_PATH);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines.find((line) => line.startsWith("SG Bardowick"))).toMatch(
      /^SG Bardowick\s+19\.641,28 €\s+14\.730,96 €\s+9\.820,64 €\s+4\.910,32 €\s+0,00 €$/
    );
  });

  it("writes the Mehrjahresplan into a copy", async () => {
    const output = join(temp.dir, "plan.xlsx");
    expect((await runCli("plan", SAMPLE_PATH, "-o", output)).code).toBe(0);
    const values = await sheetValues(output, "Mehrjahresplan");
    expect(values[0]?.[0]).toBe("Sozialraumbudget – Mehrjahresplan 2026–2030");
    expect(values[7]).toEqual([
      "SG Bardowick",
      "Region 2",
      19641.28,
      14730.96,
      9820.64,
      4910.32,
      0,
    ]);
    expect(readdirSync(temp.dir)).toEqual(["plan.xlsx"]);
  });
});

describe("sr-budget fill and the Protokoll", () => {
  it("appends one row per fill, with the --user name, keeping the first row", async () => {
    const first = join(temp.dir, "erste.xlsx");
    const second = join(temp.dir, "zweite.xlsx");
    await runCli("fill", SAMPLE_PATH, "-o", first, "--user", "Erika Mustermann");
    await runCli("fill", first, "-o", second, "--model", "EINWOHNER");
    const before = await sheetValues(first, "Protokoll");
    const after = await sheetValues(second, "Protokoll");
    expect(after).toHaveLength(3);
    expect(after.slice(0, 2)).toEqual(before);
    // FIXED_NOW is 22.11.2026, 13:03 UTC = 14:03 in Berlin; the test I/O knows no user name.
    expect(after[1]?.slice(0, 4)).toEqual([
      "22.11.2026, 14:03:00",
      "Erika Mustermann",
      2027,
      "BELASTUNG",
    ]);
    // The first fill knew no user: its cell stays empty (no value at all, not an empty text).
    expect(after[2]?.slice(0, 4)).toEqual(["22.11.2026, 14:03:00", undefined, 2027, "EINWOHNER"]);
  });
});

describe("sr-budget --help", () => {
  it("explains compare, plan and --user", () => {
    expect(HELP_TEXT).toContain("sr-budget compare <eingabe.xlsx>");
    expect(HELP_TEXT).toContain("sr-budget plan <eingabe.xlsx>");
    expect(HELP_TEXT).toContain("--user NAME");
  });
});
