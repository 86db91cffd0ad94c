/**
 * What the CLI does when the file it would write lacks parts of the input: `fill --in-place`
 * refuses and leaves the input byte for byte as it was; -o of fill, compare and plan writes the
 * copy and warns. A user's chart and the add-in's settings are kept, so they cost nothing.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describeLostParts } from "../../src/cli/lostParts";
import {
  addPivotTable,
  addUserChart,
  addWebExtension,
  editedSample,
  USER_CHART_XML,
  WEBEXTENSION_XML,
} from "../adapters/xlsx/packages";
import { GOLDEN_REPORT as GOLDEN, makeTempDir, runCli, SAMPLE_PATH } from "./helpers";

const LIST = "1 PivotTable (Blatt »Auswertung«), 1 Pivot-Datencache";
const REFUSAL =
  `Die Arbeitsmappe enthält Teile, die sr-budget beim Speichern nicht erhalten kann: ${LIST}. ` +
  "Mit --in-place gingen sie verloren; nichts wurde geschrieben. " +
  "Mit -o in eine neue Datei schreiben oder im Add-in in Excel füllen.";

function copyWarning(target: string): string {
  return (
    `Die Kopie »${target}« ist nicht vollständig: Diese Teile der Arbeitsmappe kann sr-budget ` +
    `beim Speichern nicht erhalten: ${LIST}. Die Eingabedatei enthält sie weiterhin und bleibt ` +
    "unverändert."
  );
}

function issue(severity: "error" | "warning", message: string) {
  return { code: "PARTS_NOT_KEPT", severity, sheet: "", cell: "", message };
}

let pivotBytes: Buffer;
let keptBytes: Buffer;
beforeAll(async () => {
  pivotBytes = await editedSample((editor) => addPivotTable(editor, "Auswertung"));
  keptBytes = await editedSample(async (editor) => {
    await addUserChart(editor, "Stammdaten");
    await addWebExtension(editor);
  });
});

let temp: ReturnType<typeof makeTempDir>;
let input: string;
beforeEach(() => {
  temp = makeTempDir();
  input = join(temp.dir, "mappe.xlsx");
  writeFileSync(input, pivotBytes);
});
afterEach(() => temp.cleanup());

describe("when fill --in-place would lose a pivot table", () => {
  it("exits with 1, names what would be lost and leaves the input byte for byte as it was", async () => {
    const result = await runCli("fill", input, "--in-place");
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr:
        `Lese ${input} …\nPrüfe die Eingaben …\n` +
        `Arbeitsmappe  FEHLER   PARTS_NOT_KEPT  ${REFUSAL}\n` +
        "1 Fehler, 0 Warnungen – es wurde nichts geschrieben.\n",
    });
    expect(readFileSync(input).equals(pivotBytes)).toBe(true);
    expect(readdirSync(temp.dir)).toEqual(["mappe.xlsx"]);
  });

  it("reports the refusal as an error of a report without figures", async () => {
    const result = await runCli("fill", input, "--in-place", "--json");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ...GOLDEN,
      ok: false,
      issues: [issue("error", REFUSAL)],
      municipalities: [],
      regions: [],
      totals: null,
    });
    expect(readFileSync(input).equals(pivotBytes)).toBe(true);
  });
});

describe("when a copy lacks a pivot table of the input", () => {
  it("fill -o writes it and adds the warning to the golden report", async () => {
    const output = join(temp.dir, "ergebnis.xlsx");
    const result = await runCli("fill", input, "-o", output, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual({
      ...GOLDEN,
      issues: [issue("warning", copyWarning(output))],
    });
    expect(readdirSync(temp.dir).sort()).toEqual(["ergebnis.xlsx", "mappe.xlsx"]);
    expect(readFileSync(input).equals(pivotBytes)).toBe(true);
  });

  it("fill -o says so on stderr, after writing", async () => {
    const output = join(temp.dir, "ergebnis.xlsx");
    const { code, stderr } = await runCli("fill", input, "-o", output);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `Lese ${input} …\nPrüfe die Eingaben …\nSchreibe ${output} …\n` +
        `Arbeitsmappe  WARNUNG  PARTS_NOT_KEPT  ${copyWarning(output)}\n` +
        "0 Fehler, 1 Warnung.\n"
    );
  });

  it.each([["compare"], ["plan"]])(
    "%s -o writes it and puts the warning into the JSON's issues",
    async (command) => {
      const output = join(temp.dir, "kopie.xlsx");
      const result = await runCli(command, input, "-o", output, "--json");
      expect(result).toMatchObject({ code: 0, stderr: "" });
      const report = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(Object.keys(report)).toEqual([command === "compare" ? "models" : "years", "issues"]);
      expect(report.issues).toEqual([issue("warning", copyWarning(output))]);
      expect(readdirSync(temp.dir).sort()).toEqual(["kopie.xlsx", "mappe.xlsx"]);
    }
  );

  it.each([["compare"], ["plan"]])("%s -o counts the warning on stderr", async (command) => {
    const output = join(temp.dir, "kopie.xlsx");
    const { code, stderr } = await runCli(command, input, "-o", output);
    expect(code).toBe(0);
    expect(stderr.split("\n").slice(-3)).toEqual([
      `Arbeitsmappe  WARNUNG  PARTS_NOT_KEPT  ${copyWarning(output)}`,
      "0 Fehler, 1 Warnung.",
      "",
    ]);
  });

  it("compare without -o writes nothing and warns of nothing", async () => {
    const result = await runCli("compare", input, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(["models"]);
  });
});

describe("when the input holds only what sr-budget keeps", () => {
  it("fills the sample in place with the golden report", async () => {
    copyFileSync(SAMPLE_PATH, input);
    const result = await runCli("fill", input, "--in-place", "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(GOLDEN);
  });

  it("fills in place and keeps the user's chart and the add-in's settings", async () => {
    writeFileSync(input, keptBytes);
    const result = await runCli("fill", input, "--in-place", "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toEqual(GOLDEN);
    const zip = await JSZip.loadAsync(readFileSync(input));
    expect(await zip.file("xl/charts/chart1.xml")?.async("string")).toBe(USER_CHART_XML);
    expect(await zip.file("xl/webextensions/webextension1.xml")?.async("string")).toBe(
      WEBEXTENSION_XML
    );
  });
});

describe("when lost parts are listed", () => {
  it.each([
    [[{ category: "chart", sheet: "Region 1", count: 1 }], "1 Diagramm (Blatt »Region 1«)"],
    [[{ category: "picture", sheet: "A", count: 2 }], "2 Bilder (Blatt »A«)"],
    [[{ category: "chartsheet", sheet: "Diagramm1", count: 1 }], "1 Diagrammblatt (»Diagramm1«)"],
    [[{ category: "vbaProject", count: 1 }], "1 VBA-Projekt (Makros)"],
    [
      [{ category: "webextension", sheet: "Start", count: 2 }],
      "2 Erweiterungen (Add-in-Einstellungen, Blatt »Start«)",
    ],
    [
      [
        { category: "other", detail: "application/x-beispiel", count: 3 },
        { category: "printerSettings", sheet: "B", count: 1 },
      ],
      "3 weitere Teile (application/x-beispiel), 1 Druckereinstellung (Blatt »B«)",
    ],
  ] as const)("lists %j as %j", (lost, text) => {
    expect(describeLostParts(lost)).toBe(text);
  });
});
