/**
 * Regression for issue 10: `sr-budget` on workbooks as Excel and LibreOffice write them. Each file
 * of the corpus (test/fixtures/dialects) gives its golden report with validate and fill, and a
 * successful fill — with -o and --in-place — changes only the parts the add-in owns: every other
 * part of the package keeps its bytes. WRITE_FIXTURES=1 rewrites the corpus and its goldens.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { join } from "node:path";
import { DIALECT_CASES } from "../fixtures/dialects/cases";
import { diffPackages, PACKAGE_PARTS_OF_A_FILL, unownedChanges } from "../support/packageDiff";
import { GOLDEN_REPORT, makeTempDir, runCli } from "./helpers";

const DIR = join(__dirname, "../fixtures/dialects");
const WRITE = process.env.WRITE_FIXTURES === "1";

/** The parts a fill adds for new output sheets. */
const NEW_SHEET_PARTS = [/^xl\/worksheets\/sheet\d+\.xml$/];

/**
 * The golden of a command: the JSON report, or the one line on stderr of an unreadable file (with
 * the fixture folder written as <fixtures>, so it does not depend on where the tests run).
 */
function golden(file: string, command: string, printed: string): string {
  const actual = printed.split(DIR).join("<fixtures>");
  const path = join(DIR, `${file}.${command}.golden`);
  if (WRITE) writeFileSync(path, actual);
  return readFileSync(path, "utf8").split("<fixtures>").join(DIR);
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

describe.each(DIALECT_CASES)("when $file is used ($what)", (entry) => {
  const path = join(DIR, entry.file);

  it("is the committed file the corpus builds", async () => {
    const built = await entry.build();
    if (WRITE) writeFileSync(path, built);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).equals(built)).toBe(true);
  });

  const validateExitCode = entry.validateExitCode ?? entry.exitCode;
  it(`validate exits with ${validateExitCode} and prints the golden report`, async () => {
    const { code, stdout, stderr } = await runCli("validate", path, "--json");
    expect(code).toBe(validateExitCode);
    const printed = entry.exitCode === 2 ? stderr : stdout;
    expect(printed).toBe(golden(entry.file, "validate", printed));
  });

  it("fill -o prints the golden report and changes only what the add-in owns", async () => {
    const output = join(temp.dir, entry.file.endsWith(".xlsm") ? "gefuellt.xlsm" : "gefuellt.xlsx");
    const { code, stdout, stderr } = await runCli("fill", path, "-o", output, "--json");
    expect(code).toBe(entry.exitCode);
    const printed = entry.exitCode === 2 ? stderr : stdout;
    expect(printed).toBe(golden(entry.file, "fill", printed));
    expect(existsSync(output)).toBe(entry.exitCode === 0);
    if (entry.exitCode !== 0) return;
    const diff = await diffPackages(readFileSync(path), readFileSync(output));
    expect(unownedChanges(diff, [...PACKAGE_PARTS_OF_A_FILL, ...NEW_SHEET_PARTS])).toEqual([]);
  });

  if (entry.exitCode === 0) {
    it("fill --in-place succeeds, twice, and every part the add-in does not own keeps its bytes", async () => {
      const copy = join(temp.dir, entry.file);
      copyFileSync(path, copy);
      for (const run of [1, 2]) {
        const { code } = await runCli("fill", copy, "--in-place", "--json");
        expect([run, code]).toEqual([run, 0]);
      }
      const diff = await diffPackages(readFileSync(path), readFileSync(copy));
      expect(unownedChanges(diff, [...PACKAGE_PARTS_OF_A_FILL, ...NEW_SHEET_PARTS])).toEqual([]);
    });
  }
});

describe("when the sample's inputs come in Excel's dialect", () => {
  it.each(["excel-tabellen.xlsx", "excel-bereiche.xlsx", "excel-makros.xlsm"])(
    "%s gives exactly the sample's golden report",
    async (file) => {
      const { stdout } = await runCli("validate", join(DIR, file), "--json");
      expect(JSON.parse(stdout)).toEqual(GOLDEN_REPORT);
    }
  );

  it("keeps a macro workbook a macro workbook: content type and VBA project", async () => {
    const copy = join(temp.dir, "mappe.xlsm");
    copyFileSync(join(DIR, "excel-makros.xlsm"), copy);
    expect((await runCli("fill", copy, "--in-place")).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>'
    );
    const original = await JSZip.loadAsync(readFileSync(join(DIR, "excel-makros.xlsm")));
    const vba = async (z: JSZip) =>
      (await z.file("xl/vbaProject.bin")?.async("nodebuffer")) ?? Buffer.alloc(0);
    expect((await vba(zip)).equals(await vba(original))).toBe(true);
  });

  it("keeps in the workbook part every element it does not own, as written", async () => {
    const copy = join(temp.dir, "mappe.xlsx");
    copyFileSync(join(DIR, "excel-tabellen.xlsx"), copy);
    expect((await runCli("fill", copy, "--in-place")).code).toBe(0);
    const part = async (path: string) =>
      (await (
        await JSZip.loadAsync(readFileSync(path))
      )
        .file("xl/workbook.xml")
        ?.async("string")) ?? "";
    const before = await part(join(DIR, "excel-tabellen.xlsx"));
    const after = await part(copy);
    const kept = [
      /<fileVersion[^>]*\/>/,
      /<workbookPr[^>]*\/>/,
      /<workbookProtection[^>]*\/>/,
      /<bookViews>.*?<\/bookViews>/,
      /<externalReferences>.*?<\/externalReferences>/,
      /<pivotCaches>.*?<\/pivotCaches>/,
      /<extLst>.*?<\/extLst>/,
      /<definedName name="_xlnm._FilterDatabase".*?<\/definedName>/,
      /<definedName name="_xlnm.Print_Area".*?<\/definedName>/,
      /<definedName name="Mehrwertsteuer">0.19<\/definedName>/,
    ].map((pattern) => pattern.exec(before)?.[0] ?? `missing ${String(pattern)}`);
    expect(kept.filter((element) => !after.includes(element))).toEqual([]);
    expect(after).toMatch(/<calcPr calcId="191029" fullCalcOnLoad="1"\/>/);
  });

  it("drops Excel's calculation chain with its relationship and content type (Excel rebuilds it)", async () => {
    const copy = join(temp.dir, "mappe.xlsx");
    copyFileSync(join(DIR, "excel-tabellen.xlsx"), copy);
    expect((await runCli("fill", copy, "--in-place")).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const text = async (part: string) => (await zip.file(part)?.async("string")) ?? "";
    expect(zip.file("xl/calcChain.xml")).toBeNull();
    expect(await text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(await text("[Content_Types].xml")).not.toContain("calcChain");
  });

  it("says in the CLI's German summary which sheet belongs to no region any more", async () => {
    const { code, stderr } = await runCli(
      "fill",
      join(DIR, "verwaiste-region.xlsx"),
      "-o",
      join(temp.dir, "x.xlsx")
    );
    expect(code).toBe(0);
    expect(stderr).toContain("Das Blatt »Region 4« stammt aus einer früheren Füllung");
  });
});
