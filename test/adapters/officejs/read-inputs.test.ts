/**
 * readInputs over Office.js: every input in one round trip, tables by name with the sheet
 * fallback, header rows, missing inputs, and the two-step read when Excel's response limit
 * would be passed. Reads are queued only on tables and sheets known to exist (the in-memory host
 * fails loudly on objects derived from a null object), so a first read that presumed a missing
 * table learns the lists first.
 */
import { OfficeWorkbook } from "../../../src/adapters/officejs";
import { DEFAULT_MAPPING, type InputMapping } from "../../../src/workbook";
import { useHost } from "./helpers";

// A fallback sheet of 120 notes next to the sample's tables: each read alone stays below the
// limit, both in one response come to about 13.5 kB.
const NOTES = [
  ["Parameter", "Wert"],
  ...Array.from({ length: 120 }, (_, i) => [`Notiz ${i}`, "x".repeat(40)]),
];
const RESPONSE_LIMIT = 10_000;

describe("when every input is a table", () => {
  it("reads them all, with the sheet and table names, in one round trip", async () => {
    const host = useHost();
    const snapshot = await new OfficeWorkbook().readInputs(DEFAULT_MAPPING);
    expect(host.syncCount).toBe(1);
    expect(snapshot.sheetNames).toEqual(["Stammdaten", "Indikatoren", "Verwendung", "Parameter"]);
    expect(snapshot.tableNames).toEqual([
      "tblGemeinden",
      "tblIndikatoren",
      "tblGewichte",
      "tblVerwendung",
      "tblZuordnung",
      "tblParameter",
    ]);
    expect(snapshot.tables.weights).toEqual({
      key: "weights",
      name: "tblGewichte",
      sheet: "Indikatoren",
      source: "table",
      origin: { row: 0, column: 5 },
      headers: ["Indikator", "Gewicht"],
      rows: [
        ["Kinder in SGB-II-Haushalten (%)", 0.4],
        ["Alleinerziehende (%)", 0.3],
        ["Hilfen zur Erziehung je 1.000 u21", 0.3],
      ],
    });
  });

  it("delivers errors, blanks and trailing empty rows as the workbook layer expects", async () => {
    const host = useHost();
    host.setValues("Parameter", "B3", [["=1/0"]]);
    host.setValues("Parameter", "B5", [[""]]);
    const snapshot = await new OfficeWorkbook().readInputs(DEFAULT_MAPPING);
    expect(snapshot.tables.parameters?.rows.slice(1, 4)).toEqual([
      ["Gesamtbudget", { error: "#DIV/0!" }],
      ["Finanzierungsmodell", "BELASTUNG"],
      ["Bevölkerungsbasis", null],
    ]);
  });
});

describe("when a table is missing", () => {
  it("falls back to the sheet of that name, learning on the first read that the table is missing", async () => {
    const host = useHost(null);
    host.addSheet("Parameter");
    host.setValues("Parameter", "B3", [
      ["Parameter", "Wert"],
      ["Haushaltsjahr", 2027],
      ["Gesamtbudget", 2233000],
      [null, null],
    ]);
    const mapping: InputMapping = {
      ...DEFAULT_MAPPING,
      parameters: { table: "tblParameter", sheet: "Parameter", headerRow: 3 },
    };
    const port = new OfficeWorkbook();
    await port.readInputs(mapping);
    // The first read presumed every mapped table; getItem of the missing one stopped it.
    expect(host.requests.map((r) => r.failed ?? "ok")).toEqual(["ItemNotFound", "ok", "ok"]);
    const syncs = host.syncCount;
    const snapshot = await port.readInputs(mapping);
    expect(host.syncCount - syncs).toBe(1);
    expect(snapshot.tables.parameters).toEqual({
      key: "parameters",
      name: "Parameter",
      sheet: "Parameter",
      source: "sheet",
      origin: { row: 2, column: 1 },
      headers: ["Parameter", "Wert"],
      rows: [
        ["Haushaltsjahr", 2027],
        ["Gesamtbudget", 2233000],
      ],
    });
  });

  it("leaves an input out when neither its table nor its sheet exists", async () => {
    useHost(null).addSheet("Tabelle1");
    const snapshot = await new OfficeWorkbook().readInputs(DEFAULT_MAPPING);
    expect(snapshot.tables).toEqual({});
    expect(snapshot.sheetNames).toEqual(["Tabelle1"]);
  });

  it("gives an empty header for an empty fallback sheet", async () => {
    useHost(null).addSheet("Parameter");
    const snapshot = await new OfficeWorkbook().readInputs(DEFAULT_MAPPING);
    expect(snapshot.tables.parameters).toMatchObject({ source: "sheet", headers: [], rows: [] });
  });
});

describe("when the tables exist", () => {
  it("reads none of their sheets, so notes beside a table never make the response large", async () => {
    const host = useHost(undefined, { responseLimitBytes: 12_000 });
    // Ten thousand characters of notes beside tblParameter.
    host.setValues(
      "Parameter",
      "E1",
      Array.from({ length: 200 }, (_, i) => [`Notiz ${i} ${"x".repeat(40)}`])
    );
    const snapshot = await new OfficeWorkbook().readInputs(DEFAULT_MAPPING);
    expect(host.requests.map((r) => r.failed ?? "ok")).toEqual(["ok"]);
    expect(snapshot.tables.parameters?.source).toBe("table");
    expect(Object.keys(snapshot.tables)).toHaveLength(6);
  });
});

describe("when a fallback sheet and the tables are too large for one response", () => {
  it("reads the tables first and then the fallback sheet", async () => {
    const host = useHost(undefined, { responseLimitBytes: RESPONSE_LIMIT });
    host.addSheet("Notizen");
    host.setValues("Notizen", "A1", NOTES);
    const mapping: InputMapping = {
      ...DEFAULT_MAPPING,
      parameters: { table: "tblFehlt", sheet: "Notizen" },
    };
    const port = new OfficeWorkbook();
    await port.readInputs(mapping);
    const syncs = host.syncCount;
    const snapshot = await port.readInputs(mapping);
    expect(host.requests.slice(syncs).map((r) => r.failed ?? "ok")).toEqual([
      "ResponsePayloadSizeLimitExceeded",
      "ok",
      "ok",
    ]);
    expect(snapshot.tables.parameters).toMatchObject({ source: "sheet", name: "Notizen" });
    expect(snapshot.tables.parameters?.rows).toHaveLength(NOTES.length - 1);
    expect(Object.keys(snapshot.tables)).toHaveLength(6);
  });
});
