/**
 * Which layout `sr-budget` reads the inputs from: the one the task pane saved in the workbook,
 * the default one with --standard-layout, and the default one (with a warning) when the saved
 * one cannot be read. A workbook without a saved layout is covered by run.test.ts as before.
 */
import { excelJsOf } from "../adapters/xlsx/helpers";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import { DEFAULT_MAPPING, MAPPING_SETTING_KEY, serializeMapping } from "../../src/workbook";
import {
  addWebExtension,
  editedSample,
  type PackageEditor,
  settingProperty,
  webExtensionXml,
} from "../adapters/xlsx/packages";
import { GOLDEN_REPORT as GOLDEN, makeTempDir, runCli, SAMPLE_PATH } from "./helpers";

const FROM_WORKBOOK = "Zuordnung der Eingaben: aus der Arbeitsmappe (im Add-in gespeichert)";
const STANDARD = "Zuordnung der Eingaben: Standardlayout (--standard-layout)";
const UNREADABLE =
  "Zuordnung der Eingaben: Standardlayout (die im Add-in gespeicherte ist unbrauchbar)";
/** What the default layout finds in the moved workbook: no parameter table, no sheet of its name. */
const MISSING_PARAMETERS = {
  code: "MISSING_TABLE",
  severity: "error",
  sheet: "Parameter",
  cell: "",
  message:
    "Die Eingabetabelle »tblParameter« fehlt: Es gibt weder eine Tabelle dieses Namens noch ein Blatt »Parameter«.",
};

/** The working group moved the parameters: table tblRahmen on the sheet »Rahmen«. */
const MOVED = { ...DEFAULT_MAPPING, parameters: { table: "tblRahmen", sheet: "Rahmen" } };

/** Renames tblParameter to tblRahmen and its sheet »Parameter« to »Rahmen«. */
async function moveParameters(editor: PackageEditor): Promise<void> {
  const table = await editor.text("xl/tables/table6.xml");
  editor.zip.file(
    "xl/tables/table6.xml",
    table.replace(
      'name="tblParameter" displayName="tblParameter"',
      'name="tblRahmen" displayName="tblRahmen"'
    )
  );
  const workbook = await editor.text("xl/workbook.xml");
  editor.zip.file("xl/workbook.xml", workbook.replace('name="Parameter"', 'name="Rahmen"'));
}

function mappingSample(value: string, move = false): Promise<Buffer> {
  return editedSample(async (editor) => {
    if (move) await moveParameters(editor);
    await addWebExtension(editor, webExtensionXml(settingProperty(MAPPING_SETTING_KEY, value)));
  });
}

let movedBytes: Buffer;
let brokenBytes: Buffer;
beforeAll(async () => {
  movedBytes = await mappingSample(serializeMapping(MOVED), true);
  brokenBytes = await mappingSample("{kaputt");
});

let temp: ReturnType<typeof makeTempDir>;
let moved: string;
let broken: string;
beforeEach(() => {
  temp = makeTempDir();
  moved = join(temp.dir, "verschoben.xlsx");
  broken = join(temp.dir, "kaputt.xlsx");
  writeFileSync(moved, movedBytes);
  writeFileSync(broken, brokenBytes);
});
afterEach(() => temp.cleanup());

describe("when the workbook holds the layout saved in the add-in", () => {
  it("validates with it and says so", async () => {
    const result = await runCli("validate", moved);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `Lese ${moved} …\n${FROM_WORKBOOK}\nPrüfe die Eingaben …\n` +
        "Keine Fehler und keine Warnungen gefunden.\n"
    );
  });

  it.each([["validate"], ["fill"]])("%s gives the golden report", async (command) => {
    const output = join(temp.dir, "ergebnis.xlsx");
    const argv = command === "fill" ? ["fill", moved, "-o", output] : ["validate", moved];
    const result = await runCli(...argv, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(GOLDEN);
  });

  it("fills the region sheets next to the moved parameters", async () => {
    const output = join(temp.dir, "ergebnis.xlsx");
    expect((await runCli("fill", moved, "-o", output)).code).toBe(0);
    const port = await XlsxWorkbook.fromFile(output);
    expect((await excelJsOf(port)).worksheets.map((sheet) => sheet.name)).toEqual([
      "Hinweise",
      "Stammdaten",
      "Indikatoren",
      "Verwendung",
      "Rahmen",
      "Auswertung",
      "Region 1",
      "Region 2",
      "Region 3",
      "Übersicht",
      "Protokoll",
    ]);
    expect(port.savedMapping()).toEqual({ mapping: MOVED, issues: [] });
  });

  it.each([["compare"], ["plan"]])("%s works with it", async (command) => {
    const result = await runCli(command, moved, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual([
      command === "compare" ? "models" : "years",
    ]);
  });
});

describe("when --standard-layout ignores the saved layout", () => {
  it.each([["validate"], ["fill"], ["compare"], ["plan"]])(
    "%s misses the moved parameter table",
    async (command) => {
      const output = join(temp.dir, "ergebnis.xlsx");
      const argv = command === "fill" ? ["fill", moved, "-o", output] : [command, moved];
      const result = await runCli(...argv, "--standard-layout", "--json");
      expect(result.code).toBe(1);
      expect((JSON.parse(result.stdout) as { issues: unknown }).issues).toEqual([
        MISSING_PARAMETERS,
      ]);
    }
  );

  it("says so before it checks", async () => {
    const result = await runCli("validate", moved, "--standard-layout");
    expect(result.stderr.split("\n").slice(0, 3)).toEqual([
      `Lese ${moved} …`,
      STANDARD,
      "Prüfe die Eingaben …",
    ]);
  });

  it("reads the sample without saved layout as always, naming the layout", async () => {
    const result = await runCli("validate", SAMPLE_PATH, "--standard-layout");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `Lese ${SAMPLE_PATH} …\n${STANDARD}\nPrüfe die Eingaben …\n` +
        "Keine Fehler und keine Warnungen gefunden.\n"
    );
  });
});

describe("when the saved layout cannot be read", () => {
  const WARNING = {
    code: "INVALID_MAPPING",
    severity: "warning",
    sheet: "",
    cell: "",
    message:
      "Die gespeicherte Zuordnung der Eingabetabellen ist unbrauchbar (kein gültiges JSON); es gilt die Standardzuordnung.",
  };

  it("validates with the default layout and warns", async () => {
    const result = await runCli("validate", broken);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `Lese ${broken} …\n${UNREADABLE}\nPrüfe die Eingaben …\n` +
        `Arbeitsmappe  WARNUNG  INVALID_MAPPING  ${WARNING.message}\n` +
        "0 Fehler, 1 Warnung.\n"
    );
  });

  it.each([["validate"], ["fill"]])(
    "%s puts the warning first into the report",
    async (command) => {
      const output = join(temp.dir, "ergebnis.xlsx");
      const argv = command === "fill" ? ["fill", broken, "-o", output] : ["validate", broken];
      const result = await runCli(...argv, "--json");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ ...GOLDEN, issues: [WARNING] });
    }
  );

  it.each([["compare"], ["plan"]])(
    "%s puts the warning into the JSON's issues",
    async (command) => {
      const result = await runCli(command, broken, "--json");
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as { issues: unknown }).issues).toEqual([WARNING]);
    }
  );

  it("is not mentioned with --standard-layout", async () => {
    const result = await runCli("validate", broken, "--standard-layout", "--json");
    expect(JSON.parse(result.stdout)).toEqual(GOLDEN);
  });
});
