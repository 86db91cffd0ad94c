/**
 * What the committee gets on paper, made by the real programs: the CLI's annex (.docx) converted
 * to PDF by LibreOffice (sr-budget annex --pdf, which uses a private LibreOffice profile), its text
 * extracted with pdftotext (poppler-utils) and every municipality's amount and the totals found as
 * printed; and the filled sample printed to PDF by LibreOffice, where each output sheet must take
 * exactly one page width (one A4 landscape page each for the sample). PNGs of the annex's pages
 * and of a printed region sheet are kept in out/print/ for a person to look at.
 */
import { convertWithLibreOffice } from "../support/soffice";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/main";
import { buildSampleWorkbook, type SampleSource } from "../../src/cli/sample";
import type { BudgetReport } from "../../src/workbook";

const SAMPLE_PATH = join(__dirname, "../../assets/Sozialraumbudget-Beispiel.xlsx");
const OUT_DIR = join(__dirname, "../../out/print");
const SAMPLE_SOURCE = join(__dirname, "../../assets/beispiel/Beispielwerte.json");
const NOW = new Date(Date.UTC(2026, 10, 22, 13, 3));
/** Every sheet the add-in writes, after fill, compare -o and plan -o. */
const OUTPUT_SHEETS = [
  "Region 1",
  "Region 2",
  "Region 3",
  "Übersicht",
  "Protokoll",
  "Modellvergleich",
  "Mehrjahresplan",
];

/** Runs a program; throws with its stderr unless it exits 0; returns its stdout. */
function program(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 150_000 });
  if (result.error || result.status !== 0) {
    throw new Error(
      `${command} failed (${String(result.status)}): ${result.error?.message ?? result.stderr}. ` +
        "LibreOffice and poppler-utils are needed (.ci/run installs both)."
    );
  }
  return result.stdout;
}

/** Runs the CLI in-process; returns the exit code, stdout and stderr. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => NOW,
    env: process.env,
  });
  return { code, stdout, stderr };
}

/** "1.234,56" for 1234.56, as the annex prints amounts. */
function german(amount: number): string {
  const [integer = "0", fraction = "00"] = amount.toFixed(2).split(".");
  return `${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${fraction}`;
}

/** Page sizes in points, one [width, height] per page, from pdfinfo. */
function pageSizes(pdf: string, pages: number): [number, number][] {
  const info = program("pdfinfo", ["-f", "1", "-l", String(pages), pdf]);
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => [
    Number(match[1]),
    Number(match[2]),
  ]);
}

function pageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(program("pdfinfo", [pdf]))?.[1] ?? 0);
}

/** The text of one page, laid out as printed. */
function pageText(pdf: string, page: number): string {
  return program("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"]);
}

/** A4 landscape is 841.89 × 595.28 pt. */
function isA4Landscape([width, height]: [number, number]): boolean {
  return Math.abs(width - 841.89) < 1 && Math.abs(height - 595.3) < 1;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sr-budget-druck-"));
  mkdirSync(OUT_DIR, { recursive: true });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("when the CLI's annex is converted to PDF by LibreOffice", () => {
  let pdf: string;
  let text: string;
  let report: BudgetReport;

  beforeAll(async () => {
    const docx = join(dir, "anlage.docx");
    const made = await cli([
      "annex",
      SAMPLE_PATH,
      "-o",
      docx,
      "--with-comparison",
      "--with-plan",
      "--pdf",
    ]);
    expect(made.stderr).not.toContain("Kein PDF");
    expect(made.code).toBe(0);
    pdf = join(dir, "anlage.pdf");
    text = program("pdftotext", ["-layout", pdf, "-"]);
    report = JSON.parse((await cli(["validate", SAMPLE_PATH, "--json"])).stdout) as BudgetReport;
    for (const old of readdirSync(OUT_DIR).filter((name) => name.startsWith("anlage-"))) {
      rmSync(join(OUT_DIR, old));
    }
    program("pdftoppm", ["-png", "-r", "80", pdf, join(OUT_DIR, "anlage")]);
  });

  it("writes the PDF beside the .docx and nothing else", () => {
    expect(readdirSync(dir).sort()).toEqual(["anlage.docx", "anlage.pdf"]);
  });

  it("prints every municipality's amount on its own table row", () => {
    const lines = text.split("\n");
    for (const municipality of report.municipalities) {
      const row = lines.find(
        (line) => line.trimStart().startsWith(municipality.name) && line.includes("Region")
      );
      expect([municipality.name, row?.includes(german(municipality.amount))]).toEqual([
        municipality.name,
        true,
      ]);
    }
  });

  it("prints the totals: the sum of the amounts, of the compensation and the district total", () => {
    const totals = report.totals;
    if (totals === null) throw new Error("the sample has totals");
    const sumRow = text.split("\n").find((line) => line.trimStart().startsWith("Summe "));
    expect(sumRow).toContain(german(totals.amount));
    expect(sumRow).toContain(german(totals.compensation));
    expect(sumRow).toContain(german(totals.bound));
    const district = text.split("\n").find((line) => line.includes("Landkreis gesamt"));
    for (const amount of [totals.bound, totals.regional1, totals.freed, totals.regional2]) {
      expect(district).toContain(german(amount));
    }
    expect(district).toContain(german(totals.total));
  });

  it("prints the provenance with the cent statement and »Seite X von Y« on the pages", () => {
    const pages = pageCount(pdf);
    expect(text).toContain("alle Beträge centgenau: die Teile ergeben die Summe");
    expect(text).toMatch(/Prüfsumme der Eingaben \(SHA-256\): [0-9a-f]{64}/);
    expect(text).toContain(`Seite 1 von ${pages}`);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
  });

  it("keeps a PNG of every page in out/print/ for a person to look at", () => {
    const pngs = readdirSync(OUT_DIR).filter((name) => /^anlage-\d+\.png$/.test(name));
    expect(pngs).toHaveLength(pageCount(pdf));
  });
});

describe("when the filled sample is printed to PDF by LibreOffice", () => {
  let pdf: string;
  let pages: number;
  let sheetOfPage: (string | undefined)[];
  let sizes: [number, number][];

  beforeAll(async () => {
    const filled = join(dir, "gefuellt.xlsx");
    const compared = join(dir, "verglichen.xlsx");
    const planned = join(dir, "geplant.xlsx");
    expect((await cli(["fill", SAMPLE_PATH, "-o", filled])).code).toBe(0);
    expect((await cli(["compare", filled, "-o", compared])).code).toBe(0);
    expect((await cli(["plan", compared, "-o", planned])).code).toBe(0);
    convertWithLibreOffice(planned, "pdf", join(dir, "pdf"), join(dir, "profil"));
    pdf = join(dir, "pdf", "geplant.pdf");
    pages = pageCount(pdf);
    sizes = pageSizes(pdf, pages);
    // The running head names the sheet a page belongs to.
    sheetOfPage = Array.from({ length: pages }, (_, index) => {
      const head = pageText(pdf, index + 1).split("\n")[0] ?? "";
      return OUTPUT_SHEETS.find((sheet) => head.trim() === `Sozialraumbudget 2027 – ${sheet}`);
    });
  });

  it.each(OUTPUT_SHEETS)("prints %s on exactly one A4 landscape page", (sheet) => {
    const own = sheetOfPage.flatMap((name, index) => (name === sheet ? [index] : []));
    expect(own).toHaveLength(1);
    expect(isA4Landscape(sizes[own[0] as number] as [number, number])).toBe(true);
  });

  it("prints no other page in A4 landscape (the input sheets keep their own settings)", () => {
    const landscape = sizes.filter(isA4Landscape).length;
    expect(landscape).toBe(OUTPUT_SHEETS.length);
    expect(sheetOfPage.filter((name) => name !== undefined)).toHaveLength(OUTPUT_SHEETS.length);
  });

  it("prints the footer with time, checksum and page on the region sheet", () => {
    const page = sheetOfPage.indexOf("Region 1") + 1;
    const text = pageText(pdf, page);
    expect(text).toMatch(/berechnet am 22\.11\.2026, 14:03 · Prüfsumme [0-9a-f]{16}/);
    expect(text).toMatch(/Seite \d+ von \d+/);
    program("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      pdf,
      join(OUT_DIR, "region-1"),
    ]);
    expect(existsSync(join(OUT_DIR, "region-1.png"))).toBe(true);
  });
});

/** A district whose one region has 90 municipalities: its sheet needs several pages. */
function longRegionDistrict(): SampleSource {
  const sample = JSON.parse(readFileSync(SAMPLE_SOURCE, "utf8")) as SampleSource;
  const names = Array.from({ length: 90 }, (_, i) => `Gemeinde ${String(i + 1).padStart(2, "0")}`);
  const [indicatorA = "", indicatorB = ""] = sample.indikatoren.namen;
  return {
    ...sample,
    gemeinden: names.map((name, i) => ({
      Gemeinde: name,
      Region: i < 86 ? "Lang" : "Kurz",
      Sozialraumträger: `Träger ${i % 6}`,
      Einwohner: 2000 + 40 * i,
      "Einwohner unter 21": 400 + 8 * i,
      "Budget Vorjahr": 20000 + 100 * i,
    })),
    indikatoren: {
      namen: [indicatorA, indicatorB],
      werte: names.map((name, i) => ({
        Gemeinde: name,
        [indicatorA]: 5 + (i % 7),
        [indicatorB]: 10 + (i % 5),
      })),
    },
    gewichte: [
      { Indikator: indicatorA, Gewicht: 0.5 },
      { Indikator: indicatorB, Gewicht: 0.5 },
    ],
    verwendung: names.map((name) => ({
      Gemeinde: name,
      Betriebskosten: 6000,
      Sachkosten: 1000,
      Netzwerktätigkeit: 800,
      "Angebote und Projekte": 2000,
      Summe: 9800,
    })),
  };
}

describe("when a region sheet needs several pages", () => {
  let pdf: string;
  let pages: number[];

  beforeAll(async () => {
    const input = join(dir, "lang.xlsx");
    const filled = join(dir, "lang-gefuellt.xlsx");
    await buildSampleWorkbook(longRegionDistrict()).xlsx.writeFile(input);
    expect((await cli(["fill", input, "-o", filled])).code).toBe(0);
    convertWithLibreOffice(filled, "pdf", join(dir, "pdf-lang"), join(dir, "profil-lang"));
    pdf = join(dir, "pdf-lang", "lang-gefuellt.pdf");
    const count = pageCount(pdf);
    pages = Array.from({ length: count }, (_, index) => index + 1).filter(
      (page) => (pageText(pdf, page).split("\n")[0] ?? "").trim() === "Sozialraumbudget 2027 – Lang"
    );
  });

  it("prints it on more than one page", () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it("repeats the title and the column headers on every page and prints every column on each", () => {
    for (const page of pages) {
      const lines = pageText(pdf, page).split("\n");
      const header = lines.find((line) => line.trimStart().startsWith("Gemeinde"));
      expect([page, header?.includes("Regionales Budget 1")]).toEqual([page, true]);
      // The sheet's own title row (row 1) is printed flush left; the page header is centred.
      const titleRow = lines.find((line) => /^\s{0,4}Sozialraumbudget 2027 – Lang/.test(line));
      expect([page, titleRow !== undefined]).toEqual([page, true]);
    }
    // Every municipality of the region is printed once, with its last column on the same line.
    const rows = pages
      .flatMap((page) => pageText(pdf, page).split("\n"))
      .filter((line) => /^\s*Gemeinde \d\d\s/.test(line));
    expect(rows).toHaveLength(86);
    expect(rows.every((line) => /\d €\s*$/.test(line))).toBe(true);
  });
});
