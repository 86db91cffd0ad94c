/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * "Anlage erstellen" in the Füllen tab: the same .docx the CLI writes, built in the pane and
 * offered for saving; nothing offered on invalid inputs; and where Excel does not let add-ins
 * save files (Mac, iPad), a clear message instead of a button that would do nothing.
 */
import JSZip from "jszip";
import type { FileDownloads } from "../../src/taskpane/state/download";
import {
  renderPane,
  sampleWithTextNumber,
  sampleWorkbook,
  firstCheck,
  screen,
  within,
} from "./helpers";

/** A download port that keeps what it was asked to save. */
function recordingDownloads(): FileDownloads & {
  saved: { bytes: Uint8Array; fileName: string; mimeType: string }[];
} {
  const saved: { bytes: Uint8Array; fileName: string; mimeType: string }[] = [];
  return {
    support: { supported: true },
    saved,
    save: (bytes, fileName, mimeType) => saved.push({ bytes, fileName, mimeType }),
  };
}

/** The visible text of the .docx body. */
async function bodyText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("|");
}

async function openFillTab(user: ReturnType<typeof renderPane>["user"]): Promise<void> {
  await firstCheck();
  await user.click(screen.getByRole("tab", { name: "Füllen" }));
}

describe("when the host lets the pane save files", () => {
  it("can create the annex with the phase-out plan and offer it as a Word file", async () => {
    const { excel, host } = sampleWorkbook();
    const downloads = recordingDownloads();
    const { user } = renderPane(host, { downloads });
    await openFillTab(user);
    const before = excel.dump();

    await user.click(screen.getByRole("checkbox", { name: "mit Plan der Abschmelzung" }));
    await user.click(screen.getByRole("button", { name: "Anlage erstellen" }));

    await screen.findByText(
      "Die Anlage »Anlage-Sozialraumbudget-2027.docx« wurde erstellt und zum Speichern angeboten."
    );
    expect(downloads.saved.map(({ fileName, mimeType }) => [fileName, mimeType])).toEqual([
      [
        "Anlage-Sozialraumbudget-2027.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ],
    ]);
    const text = await bodyText(downloads.saved[0]?.bytes ?? new Uint8Array());
    // The golden sample's figures (test/fixtures/golden/sample-report.json), as printed.
    expect(text).toContain("SG Bardowick|Region 2|3.862|0,8017|13,7196 %|306.358,72|");
    expect(text).toContain(
      "Landkreis gesamt|100,0000 %|1.753.253,27|491.116,11|11.369,38|650.000,00|34.108,16|2.928.477,54"
    );
    expect(text).toContain("Tabelle 4: Abschmelzung des Ausgleichs nach Jahren");
    expect(text).not.toContain("Tabelle 3");
    // CHECK_TIME is local time; the annex prints it in Europe/Berlin, whatever the machine's zone.
    expect(text).toMatch(/\|Sozialraumbudget 1\.2\.3 · berechnet am 22\.11\.2026, \d\d:03 Uhr/);
    // Building the annex only reads the workbook.
    expect(excel.dump()).toEqual(before);
  });
});

describe("when the inputs have an error", () => {
  it("offers no file and lists the error with its cell", async () => {
    const { host } = sampleWithTextNumber();
    const downloads = recordingDownloads();
    const { user } = renderPane(host, { downloads });
    await openFillTab(user);

    await user.click(screen.getByRole("button", { name: "Anlage erstellen" }));

    await screen.findByText("Keine Anlage erstellt");
    expect(
      screen.getByText(
        "Ein Fehler in den Eingaben. Bitte zuerst beheben; die Anlage enthält nur geprüfte Zahlen."
      )
    ).toBeInTheDocument();
    const section = screen.getByRole("region", { name: "Anlage zur Vorlage" });
    expect(within(section).getByRole("button", { name: /^C4 / })).toBeInTheDocument();
    expect(downloads.saved).toEqual([]);
  });
});

describe.each([
  ["mac" as const, "Excel für Mac lässt Add-ins keine Dateien speichern."],
  ["ipad" as const, "Excel für iPad lässt Add-ins keine Dateien speichern."],
])("when Excel does not let add-ins save files (%s)", (reason, sentence) => {
  it("says so and offers no button that would do nothing", async () => {
    const { host } = sampleWorkbook();
    const downloads: FileDownloads = {
      support: { supported: false, reason },
      save: () => {
        throw new Error("must not be called");
      },
    };
    const { user } = renderPane(host, { downloads });
    await openFillTab(user);

    expect(screen.getByText("Speichern von Dateien hier nicht möglich")).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${sentence}`))).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Anlage erstellen" })).toBeNull();
  });
});
