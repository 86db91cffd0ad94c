/**
 * Issue 10: workbooks saved by LibreOffice, written by the real program (soffice --convert-to
 * xlsx with a private profile). LibreOffice writes tables without <tableStyleInfo> and its own
 * dialect of every part; validate must give the sample's golden report, fill, compare -o and
 * plan -o must succeed, and fill --in-place must change only the parts the add-in owns.
 */
import { convertWithLibreOffice } from "../support/soffice";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import { diffPackages, PACKAGE_PARTS_OF_A_FILL, unownedChanges } from "../support/packageDiff";

const SAMPLE = join(__dirname, "../../assets/Sozialraumbudget-Beispiel.xlsx");
const DIALECTS = join(__dirname, "../fixtures/dialects");
const GOLDEN = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/golden/sample-report.json"), "utf8")
) as unknown;
const SOURCES = [
  SAMPLE,
  join(DIALECTS, "excel-tabellen.xlsx"),
  join(DIALECTS, "excel-bereiche.xlsx"),
];
const OWNED = [...PACKAGE_PARTS_OF_A_FILL, /^xl\/worksheets\/sheet\d+\.xml$/];

/** Lets LibreOffice open `input` and save it as .xlsx into `outDir`; returns the saved path. */
function saveWithLibreOffice(input: string, outDir: string, profileDir: string): string {
  return convertWithLibreOffice(input, "xlsx:Calc MS Excel 2007 XML", outDir, profileDir, {
    calc: true,
  });
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => new Date(Date.UTC(2026, 10, 22, 13, 3)),
  });
  return { code, stdout, stderr };
}

let dir: string;
const saved = new Map<string, string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sr-budget-lo-saved-"));
  for (const source of SOURCES) {
    saved.set(basename(source), saveWithLibreOffice(source, join(dir, "lo"), join(dir, "profil")));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(SOURCES.map((source) => basename(source)))("when LibreOffice saved %s", (name) => {
  const path = () => saved.get(name) ?? "";

  it("validate gives the sample's golden report", async () => {
    const { code, stdout } = await cli("validate", path(), "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(GOLDEN);
  });

  it("fill -o (with the golden report), compare -o and plan -o write their copies", async () => {
    const results = [
      await cli("fill", path(), "-o", join(dir, `f-${name}`), "--json"),
      await cli("compare", path(), "-o", join(dir, `c-${name}`), "--json"),
      await cli("plan", path(), "-o", join(dir, `p-${name}`), "--json"),
    ];
    expect(results.map((result) => [result.code, result.stderr])).toEqual([
      [0, ""],
      [0, ""],
      [0, ""],
    ]);
    expect(JSON.parse(results[0]?.stdout ?? "")).toEqual(GOLDEN);
  });

  it("fill --in-place succeeds twice and changes only the parts the add-in owns", async () => {
    const copy = join(dir, `inplace-${name}`);
    copyFileSync(path(), copy);
    expect((await cli("fill", copy, "--in-place")).code).toBe(0);
    expect((await cli("fill", copy, "--in-place")).code).toBe(0);
    const diff = await diffPackages(readFileSync(path()), readFileSync(copy));
    expect(unownedChanges(diff, OWNED)).toEqual([]);
  });
});

describe("when the real program writes tables", () => {
  it("writes them without tableStyleInfo, the case that broke ExcelJS' writer", async () => {
    const zip = await JSZip.loadAsync(readFileSync(saved.get("excel-tabellen.xlsx") ?? ""));
    const tables = Object.keys(zip.files).filter((part) =>
      /^xl\/tables\/table\d+\.xml$/.test(part)
    );
    expect(tables.length).toBeGreaterThan(0);
    const xml = await Promise.all(tables.map((part) => zip.file(part)?.async("string")));
    expect(xml.some((text) => text !== undefined && !text.includes("tableStyleInfo"))).toBe(true);
  });
});
