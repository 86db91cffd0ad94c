/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * The "Einstellungen" section: the mapping of the inputs, saved in the workbook as one versioned
 * JSON setting and loaded on start, and the creation of the default input sheets.
 */
import type { InputMapping } from "../../src/workbook/index";
import { DEFAULT_MAPPING, MAPPING_SETTING_KEY, serializeMapping } from "../../src/workbook/index";
import type { Workbook } from "./helpers";
import { firstCheck, renderPane, sampleWorkbook, screen, verdict, waitFor } from "./helpers";

/** The municipalities in their own table tblOrte on a sheet "Orte", one renamed. */
function sampleWithSecondMunicipalityTable(): Workbook {
  const workbook = sampleWorkbook();
  const rows = workbook.excel.getValues("Stammdaten", "A1:F11");
  workbook.excel.addSheet("Orte");
  workbook.excel.setValues("Orte", "A1", rows);
  workbook.excel.setValues("Orte", "A10", [["SG Ilmenau-Nord"]]);
  workbook.excel.addTable("tblOrte", "Orte", "A1:F11");
  return workbook;
}

const WITH_ORTE: InputMapping = {
  ...DEFAULT_MAPPING,
  municipalities: { table: "tblOrte", sheet: "Orte" },
};

async function openSettings(user: ReturnType<typeof renderPane>["user"]): Promise<void> {
  await firstCheck();
  await user.click(screen.getByRole("tab", { name: "Einstellungen" }));
  await waitFor(() => expect(screen.queryByText("Tabellen werden geladen …")).toBeNull());
}

describe("when the user maps an input to another table", () => {
  it("can save the mapping in the workbook as one versioned JSON and check with it", async () => {
    const { excel, host } = sampleWithSecondMunicipalityTable();
    const { user } = renderPane(host);
    await openSettings(user);
    const save = screen.getByRole("button", { name: "Zuordnung speichern" });
    expect(save).toBeDisabled();

    await user.click(screen.getByRole("combobox", { name: "Gemeinden" }));
    await user.click(screen.getByRole("option", { name: "tblOrte (Blatt Orte)" }));
    await user.click(save);

    await screen.findByText(/^Zuordnung gespeichert/);
    const saved = excel.settings[MAPPING_SETTING_KEY];
    expect(saved).toBe(serializeMapping(WITH_ORTE));
    expect(JSON.parse(String(saved))).toEqual({
      version: 1,
      inputs: {
        municipalities: { table: "tblOrte", sheet: "Orte" },
        indicators: { table: "tblIndikatoren", sheet: "Indikatoren" },
        weights: { table: "tblGewichte", sheet: "Indikatoren" },
        usage: { table: "tblVerwendung", sheet: "Verwendung" },
        boundShares: { table: "tblZuordnung", sheet: "Verwendung" },
        parameters: { table: "tblParameter", sheet: "Parameter" },
      },
    });
    // tblOrte knows "SG Ilmenau-Nord" instead of "SG Ilmenau": the other tables disagree now.
    await waitFor(() =>
      expect(screen.getByRole("tab", { name: /^Prüfen \(\d+ Fehler\)$/ })).toBeInTheDocument()
    );
    expect(save).toBeDisabled();
  });

  it("can offer a sheet without a table and show a table's columns", async () => {
    const { host } = sampleWithSecondMunicipalityTable();
    const { user } = renderPane(host);
    await openSettings(user);

    expect(screen.getByText(/^Spalten: Gemeinde, Region, Sozialraumträger/)).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: "Parameter" }));
    await user.click(screen.getByRole("option", { name: "Blatt »Orte«, ohne Tabelle" }));

    expect(screen.getByRole("combobox", { name: "Parameter" })).toHaveTextContent(
      "Blatt »Orte«, ohne Tabelle"
    );
    expect(screen.getByText("Die erste Zeile des Blatts enthält die Überschriften.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Zuordnung speichern" })).toBeEnabled();
  });
});

describe("when the workbook has a saved mapping", () => {
  it("can load it on start for every co-author", async () => {
    const workbook = sampleWithSecondMunicipalityTable();
    workbook.excel.setSetting(MAPPING_SETTING_KEY, serializeMapping(WITH_ORTE));
    const { user } = renderPane(workbook.host);
    await openSettings(user);

    expect(screen.getByRole("combobox", { name: "Gemeinden" })).toHaveTextContent(
      "tblOrte (Blatt Orte)"
    );
    expect(screen.getByRole("button", { name: "Zuordnung speichern" })).toBeDisabled();
  });

  it("can fall back to the default with a warning when the setting is damaged", async () => {
    const workbook = sampleWorkbook();
    workbook.excel.setSetting(MAPPING_SETTING_KEY, "{kaputt");
    renderPane(workbook.host);
    await firstCheck();

    expect(verdict()).toHaveTextContent("1 Warnung");
    expect(screen.getByRole("region", { name: "Warnungen (1)" })).toHaveTextContent("Allgemein");
  });
});

describe("when the workbook has no input sheets yet", () => {
  it("can create them and report which sheets were created", async () => {
    const { excel, host } = sampleWorkbook("empty");
    excel.addSheet("Tabelle1");
    const { user } = renderPane(host);
    await openSettings(user);

    await user.click(screen.getByRole("button", { name: "Eingabeblätter anlegen" }));

    expect(
      await screen.findByText("Angelegt: Stammdaten, Indikatoren, Verwendung und Parameter.")
    ).toBeInTheDocument();
    expect(excel.tables.map((table) => table.name)).toEqual([
      "tblGemeinden",
      "tblIndikatoren",
      "tblGewichte",
      "tblVerwendung",
      "tblZuordnung",
      "tblParameter",
    ]);
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Gemeinden" })).toHaveTextContent(
        "tblGemeinden (Blatt Stammdaten)"
      )
    );
  });

  it("can leave an existing sheet untouched and say so", async () => {
    const { excel, host } = sampleWorkbook("empty");
    excel.addSheet("Parameter");
    excel.setValues("Parameter", "A1", [["Eigene Notizen"]]);
    const { user } = renderPane(host);
    await openSettings(user);

    await user.click(screen.getByRole("button", { name: "Eingabeblätter anlegen" }));

    expect(
      await screen.findByText("Schon vorhanden und unverändert: Parameter.")
    ).toBeInTheDocument();
    expect(screen.getByText("Angelegt: Stammdaten, Indikatoren und Verwendung.")).toBeVisible();
    expect(excel.getValues("Parameter", "A1:B2")).toEqual([
      ["Eigene Notizen", ""],
      ["", ""],
    ]);
  });
});
