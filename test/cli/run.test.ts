import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import { HELP_TEXT } from "../../src/cli/args";
import { GOLDEN_REPORT as GOLDEN, makeTempDir, runCli, SAMPLE_PATH } from "./helpers";

const VERSION = (
  JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }
).version;
const INVALID_PATH = join(__dirname, "../fixtures/validation/NEGATIVE_VALUE.xlsx");
const INPUT_SHEETS = ["Hinweise", "Stammdaten", "Indikatoren", "Verwendung", "Parameter"];
/** New sheets go after the existing ones, in the order the workbook layer plans them. */
const FILLED_SHEETS = [
  ...INPUT_SHEETS,
  "Region 1",
  "Region 2",
  "Region 3",
  "Übersicht",
  "Protokoll",
];

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

async function sheetNames(path: string): Promise<string[]> {
  const port = await XlsxWorkbook.fromFile(path);
  return port.workbook.worksheets.map((sheet) => sheet.name);
}

describe("when the sample is validated", () => {
  it("prints the report as one JSON object equal to the workbook layer's golden report", async () => {
    const result = await runCli("validate", SAMPLE_PATH, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(GOLDEN);
  });

  it("prints progress and the issue count on stderr", async () => {
    const result = await runCli("validate", SAMPLE_PATH);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `Lese ${SAMPLE_PATH} …\nPrüfe die Eingaben …\nKeine Fehler und keine Warnungen gefunden.\n`
    );
  });

  // Region 2: 631.661,65 + 200.786,33 + 241.088,30 + 21.583,70 = 1.095.119,98 €;
  // Kreis: regional 2 = 6.500.000 × 0,1 = 650.000,00 €, total 2.928.477,54 €.
  it.each([
    ["Sozialraumbudget 2027", "Sozialraumbudget 2027 – Finanzierungsmodell BELASTUNG"],
    [
      "SG Ilmenau",
      "SG Ilmenau            Region 3        2.231     0,9291   9,19 %  205.102,46 €       0,00 €  164.081,97 €  41.020,49 €",
    ],
    [
      "Region 2 ",
      "Region 2        37,09 %    631.661,65 €  200.786,33 €   4.216,96 €  241.088,30 €  21.583,70 €  1.095.119,98 €",
    ],
    [
      "Kreis gesamt",
      "Kreis gesamt             1.753.253,27 €  491.116,11 €  11.369,38 €  650.000,00 €  34.108,16 €  2.928.477,54 €",
    ],
  ])("prints the German summary line starting %j", async (start, line) => {
    const { stdout } = await runCli("validate", SAMPLE_PATH);
    expect(stdout.split("\n").find((text) => text.startsWith(start))).toBe(line);
  });

  it.each([
    [["--model", "EINWOHNER"], "EINWOHNER", 2027],
    [["--year", "2028"], "BELASTUNG", 2028],
  ])("lets %j override the parameters", async (flags, model, year) => {
    const { code, stdout } = await runCli("validate", SAMPLE_PATH, "--json", ...flags);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, model, year });
  });
});

describe("when the sample is filled", () => {
  it("writes the region sheets and the overview into a new file, creating its folder", async () => {
    const output = join(temp.dir, "neu", "ergebnis.xlsx");
    const before = readFileSync(SAMPLE_PATH);
    const result = await runCli("fill", SAMPLE_PATH, "-o", output, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(GOLDEN);
    expect(await sheetNames(output)).toEqual(FILLED_SHEETS);
    expect(readFileSync(SAMPLE_PATH).equals(before)).toBe(true);
    expect(readdirSync(join(temp.dir, "neu"))).toEqual(["ergebnis.xlsx"]);
  });

  it("says what it reads, checks and writes", async () => {
    const output = join(temp.dir, "ergebnis.xlsx");
    const { code, stderr } = await runCli("fill", SAMPLE_PATH, "-o", output);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `Lese ${SAMPLE_PATH} …\nPrüfe die Eingaben …\nSchreibe ${output} …\n` +
        "Keine Fehler und keine Warnungen gefunden.\n"
    );
  });

  it("refills its own output with the same report", async () => {
    const first = join(temp.dir, "erste.xlsx");
    const second = join(temp.dir, "zweite.xlsx");
    await runCli("fill", SAMPLE_PATH, "-o", first);
    const result = await runCli("fill", first, "-o", second, "--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(GOLDEN);
  });
});

describe("when the input has validation errors", () => {
  it("exits with 1, lists the error on stderr and writes nothing", async () => {
    const output = join(temp.dir, "ergebnis.xlsx");
    const { code, stdout, stderr } = await runCli("fill", INVALID_PATH, "-o", output);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.split("\n").slice(2)).toEqual([
      "Stammdaten!F6  FEHLER   NEGATIVE_VALUE  Stammdaten!F6: »Budget Vorjahr« von »SG Scharnebeck« ist negativ (-298.500); erlaubt sind nur Werte ab 0.",
      "1 Fehler, 0 Warnungen – es wurde nichts geschrieben.",
      "",
    ]);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(temp.dir)).toEqual([]);
  });
});

describe("when filling in place", () => {
  it("replaces the input by the filled workbook without leaving temporary files", async () => {
    const input = join(temp.dir, "mappe.xlsx");
    copyFileSync(SAMPLE_PATH, input);
    const { code } = await runCli("fill", input, "--in-place");
    expect(code).toBe(0);
    expect(await sheetNames(input)).toEqual(FILLED_SHEETS);
    expect(readdirSync(temp.dir)).toEqual(["mappe.xlsx"]);
  });

  it("leaves an invalid input byte for byte as it was", async () => {
    const input = join(temp.dir, "mappe.xlsx");
    copyFileSync(INVALID_PATH, input);
    const before = readFileSync(input);
    const { code } = await runCli("fill", input, "--in-place", "--json");
    expect(code).toBe(1);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(temp.dir)).toEqual(["mappe.xlsx"]);
  });
});

describe("when the call is wrong", () => {
  it.each([
    [
      [],
      "sr-budget: Befehl fehlt: validate, fill, compare, plan oder annex (Hilfe: sr-budget --help).\n",
    ],
    [
      ["fill", "x.xlsx"],
      "sr-budget: Ausgabedatei fehlt: -o <ausgabe.xlsx> oder --in-place angeben.\n",
    ],
    [
      ["validate", "x.xlsx", "--tabelle"],
      "sr-budget: Unbekannte Option »--tabelle« (Hilfe: sr-budget --help).\n",
    ],
  ])("exits with 2 and one line for %j", async (argv, stderr) => {
    expect(await runCli(...argv)).toEqual({ code: 2, stdout: "", stderr });
  });

  it("rejects an input that does not exist", async () => {
    const missing = join(temp.dir, "fehlt.xlsx");
    expect(await runCli("validate", missing, "--json")).toEqual({
      code: 2,
      stdout: "",
      stderr: `sr-budget: Die Datei »${missing}« kann nicht gelesen werden.\n`,
    });
  });

  it("rejects an input that is no .xlsx workbook", async () => {
    const text = join(temp.dir, "text.xlsx");
    writeFileSync(text, "Gemeinde;Region\n");
    expect(await runCli("validate", text, "--json")).toEqual({
      code: 2,
      stdout: "",
      stderr: `sr-budget: Die Datei »${text}« ist keine gültige .xlsx-Datei.\n`,
    });
  });

  it("rejects an output that is the input under another name", async () => {
    const input = join(temp.dir, "mappe.xlsx");
    const link = join(temp.dir, "verweis.xlsx");
    copyFileSync(SAMPLE_PATH, input);
    symlinkSync(input, link);
    const before = readFileSync(input);
    expect(await runCli("fill", input, "-o", link, "--json")).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "sr-budget: Die Ausgabedatei ist die Eingabedatei; zum Überschreiben --in-place angeben.\n",
    });
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("reports an output that cannot be written", async () => {
    const blocker = join(temp.dir, "datei");
    writeFileSync(blocker, "");
    const output = join(blocker, "ergebnis.xlsx");
    expect(await runCli("fill", SAMPLE_PATH, "-o", output, "--json")).toEqual({
      code: 2,
      stdout: "",
      stderr: `sr-budget: Die Ausgabedatei »${output}« kann nicht geschrieben werden.\n`,
    });
    expect(readdirSync(temp.dir)).toEqual(["datei"]);
  });
});

describe("when help or the version is asked for", () => {
  it("prints the help on stdout", async () => {
    expect(await runCli("--help")).toEqual({ code: 0, stdout: HELP_TEXT, stderr: "" });
  });

  it("prints the version of package.json", async () => {
    expect(await runCli("--version")).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});
