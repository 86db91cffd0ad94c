/**
 * The task pane's host operations over the in-memory Excel host: settings, tables, input sheets,
 * selecting and fixing cells, and change events of the mapped inputs.
 */
import { OfficeTaskpaneHost } from "../../../src/adapters/officejs";
import {
  DEFAULT_MAPPING,
  MAPPING_SETTING_KEY,
  parseMappingSetting,
  serializeMapping,
  validateWorkbook,
} from "../../../src/workbook";
import type { InputsChangedEvent } from "../../../src/workbook/host";
import { RUN, useHost } from "./helpers";

describe("when the mapping setting is saved", () => {
  it("reads back exactly the saved JSON, and null before", async () => {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    expect(await port.readMappingSetting()).toBeNull();
    const mapping = {
      ...DEFAULT_MAPPING,
      parameters: { table: "tblEinstellungen", sheet: "Einstellungen", headerRow: 3 },
    };
    await port.saveMappingSetting(serializeMapping(mapping));
    const read = await port.readMappingSetting();
    expect(read).toBe(serializeMapping(mapping));
    expect(parseMappingSetting(read).mapping).toEqual(mapping);
    expect(host.settings[MAPPING_SETTING_KEY]).toBe(serializeMapping(mapping));
  });
});

describe("when tables are listed", () => {
  it("gives every table with its sheet and headers in one round trip", async () => {
    const host = useHost();
    const tables = await new OfficeTaskpaneHost().listTables();
    expect(host.syncCount).toBe(1);
    expect(tables.map((t) => `${t.sheet}/${t.name}`)).toEqual([
      "Stammdaten/tblGemeinden",
      "Indikatoren/tblIndikatoren",
      "Indikatoren/tblGewichte",
      "Verwendung/tblVerwendung",
      "Verwendung/tblZuordnung",
      "Parameter/tblParameter",
    ]);
    expect(tables[5]?.headers).toEqual(["Parameter", "Wert"]);
  });
});

describe("when input sheets are created", () => {
  it("creates the default layout in an empty workbook, ready to validate", async () => {
    const host = useHost(null);
    host.addSheet("Tabelle1");
    const port = new OfficeTaskpaneHost();
    expect(await port.createInputSheets()).toEqual({
      created: ["Stammdaten", "Indikatoren", "Verwendung", "Parameter"],
      skipped: [],
    });
    expect(host.tables.map((t) => t.address)).toEqual([
      "Stammdaten!A1:F2",
      "Indikatoren!A1:A2",
      "Indikatoren!F1:G2",
      "Verwendung!A1:E2",
      "Verwendung!I1:J5",
      "Parameter!A1:B14",
    ]);
    expect(host.getValues("Verwendung", "I2:J5")).toEqual([
      ["Betriebskosten", 1],
      ["Sachkosten", 1],
      ["Netzwerktätigkeit", 1],
      ["Angebote und Projekte", 0],
    ]);
    expect(host.getValues("Parameter", "A2:B5")).toEqual([
      ["Haushaltsjahr", ""],
      ["Gesamtbudget", ""],
      ["Finanzierungsmodell", "BELASTUNG"],
      ["Bevölkerungsbasis", "Einwohner unter 21"],
    ]);
    const outcome = await validateWorkbook(port, RUN);
    expect(outcome.snapshot.tables.parameters?.source).toBe("table");
    expect(Object.keys(outcome.snapshot.tables).sort()).toEqual([
      "boundShares",
      "indicators",
      "municipalities",
      "parameters",
      "usage",
      "weights",
    ]);
  });

  it("skips an existing sheet and leaves it untouched", async () => {
    const host = useHost(null);
    host.addSheet("Parameter");
    host.setValues("Parameter", "A1", [["Eigene Notizen"], [42]]);
    const before = host.getFormulas("Parameter", "A1:C20");
    const result = await new OfficeTaskpaneHost().createInputSheets();
    expect(result).toEqual({
      created: ["Stammdaten", "Indikatoren", "Verwendung"],
      skipped: ["Parameter"],
    });
    expect(host.getFormulas("Parameter", "A1:C20")).toEqual(before);
    expect(host.tables.map((t) => t.name)).not.toContain("tblParameter");
  });
});

describe("when the pane points at a cell", () => {
  it("selects it on its sheet", async () => {
    const host = useHost();
    await new OfficeTaskpaneHost().selectCell("Verwendung", "C4");
    expect(host.selection).toBe("Verwendung!C4");
  });

  it.each([
    [1234.56, 1234.56, "Double"],
    ["SG Ilmenau", "SG Ilmenau", "String"],
    ["2027", "2027", "String"],
  ])("applies the fix value %p as %p (%s)", async (value, shown, type) => {
    const host = useHost();
    await new OfficeTaskpaneHost().applyFix({
      label: "Übernehmen",
      sheet: "Verwendung",
      cell: "C4",
      value,
    });
    expect(host.getValues("Verwendung", "C4")).toEqual([[shown]]);
    expect(host.getValueTypes("Verwendung", "C4")).toEqual([[type]]);
  });

  it("turns a text-formatted cell into a number when the fix is a number", async () => {
    const host = useHost();
    host.setNumberFormats("Verwendung", "C4", [["@"]]);
    host.setValues("Verwendung", "C4", [["1.234,56"]]);
    await new OfficeTaskpaneHost().applyFix({
      label: "Als Zahl 1234,56 übernehmen",
      sheet: "Verwendung",
      cell: "C4",
      value: 1234.56,
    });
    expect(host.getValueTypes("Verwendung", "C4")).toEqual([["Double"]]);
    expect(host.getFormats("Verwendung", "C4")[0]?.[0]?.numberFormat).toBe("General");
  });
});

describe("when inputs change", () => {
  it("reports local and remote edits of a mapped table and nothing elsewhere", async () => {
    const host = useHost();
    host.addSheet("Notizen");
    const events: InputsChangedEvent[] = [];
    const unsubscribe = await new OfficeTaskpaneHost().onInputsChanged((e) => events.push(e));
    await host.editCell("Stammdaten", "D3", 9700, { source: "Local" });
    await host.editCell("Parameter", "B3", 2300000, { source: "Remote" });
    await host.editCell("Notizen", "A1", "egal", { source: "Remote" });
    await host.editCell("Stammdaten", "K1", "neben der Tabelle", { source: "Local" });
    expect(events).toEqual([
      { source: "local", sheet: "Stammdaten", address: "D3" },
      { source: "remote", sheet: "Parameter", address: "B3" },
    ]);
    await unsubscribe();
    await host.editCell("Stammdaten", "D3", 9800, { source: "Remote" });
    expect(events).toHaveLength(2);
    expect(host.events.size).toBe(0);
  });

  it("watches the fallback sheet of an input without a table", async () => {
    const host = useHost(null);
    host.addSheet("Parameter");
    host.setValues("Parameter", "A1", [
      ["Parameter", "Wert"],
      ["Haushaltsjahr", 2027],
    ]);
    const events: InputsChangedEvent[] = [];
    await new OfficeTaskpaneHost().onInputsChanged((e) => events.push(e));
    await host.editCell("Parameter", "B2", 2028, { source: "Remote" });
    expect(events).toEqual([{ source: "remote", sheet: "Parameter", address: "B2" }]);
  });

  it("is not triggered by a fill, which writes only output sheets", async () => {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    const events: InputsChangedEvent[] = [];
    await port.onInputsChanged((e) => events.push(e));
    const { fillWorkbook } = await import("../../../src/workbook");
    await fillWorkbook(port, RUN);
    await host.flushEvents();
    expect(events).toEqual([]);
  });
});

describe("when the user's name is asked", () => {
  it("gives the name passed in, else null", () => {
    expect(new OfficeTaskpaneHost({ userName: "Frau Meyer" }).getUserName()).toBe("Frau Meyer");
    expect(new OfficeTaskpaneHost().getUserName()).toBeNull();
  });
});
