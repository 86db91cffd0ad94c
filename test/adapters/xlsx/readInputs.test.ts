import ExcelJS from "exceljs";
import type { InputMapping, RawTable } from "../../../src/workbook";
import { fromExcelJs, loadSample } from "./helpers";

/** The default layout of WORKBOOK.md, spelled out so this test does not depend on the planner. */
const MAPPING: InputMapping = {
  municipalities: { table: "tblGemeinden", sheet: "Stammdaten" },
  indicators: { table: "tblIndikatoren", sheet: "Indikatoren" },
  weights: { table: "tblGewichte", sheet: "Indikatoren" },
  usage: { table: "tblVerwendung", sheet: "Verwendung" },
  boundShares: { table: "tblZuordnung", sheet: "Verwendung" },
  parameters: { table: "tblParameter", sheet: "Parameter" },
};

describe("when reading the sample workbook", () => {
  const read = async () => (await loadSample()).readInputs(MAPPING);

  it("lists the sheets in tab order and every table", async () => {
    const snapshot = await read();
    expect(snapshot.sheetNames).toEqual([
      "Hinweise",
      "Stammdaten",
      "Indikatoren",
      "Verwendung",
      "Parameter",
    ]);
    expect(snapshot.tableNames).toEqual([
      "tblGemeinden",
      "tblIndikatoren",
      "tblGewichte",
      "tblVerwendung",
      "tblZuordnung",
      "tblParameter",
    ]);
  });

  // Origins are 0-based: tblGewichte starts at F1 (column 5), tblZuordnung at I1 (column 8).
  it.each([
    [
      "municipalities",
      "tblGemeinden",
      "Stammdaten",
      0,
      10,
      [
        "Gemeinde",
        "Region",
        "Sozialraumträger",
        "Einwohner",
        "Einwohner unter 21",
        "Budget Vorjahr",
      ],
    ],
    [
      "indicators",
      "tblIndikatoren",
      "Indikatoren",
      0,
      10,
      [
        "Gemeinde",
        "Kinder in SGB-II-Haushalten (%)",
        "Alleinerziehende (%)",
        "Hilfen zur Erziehung je 1.000 u21",
      ],
    ],
    ["weights", "tblGewichte", "Indikatoren", 5, 3, ["Indikator", "Gewicht"]],
    [
      "usage",
      "tblVerwendung",
      "Verwendung",
      0,
      10,
      [
        "Gemeinde",
        "Betriebskosten",
        "Sachkosten",
        "Netzwerktätigkeit",
        "Angebote und Projekte",
        "Summe",
      ],
    ],
    ["boundShares", "tblZuordnung", "Verwendung", 8, 4, ["Kategorie", "Anteil gebunden"]],
    ["parameters", "tblParameter", "Parameter", 0, 13, ["Parameter", "Wert", "Erläuterung"]],
  ] as const)(
    "reads %s from table %s on %s",
    async (key, name, sheet, column, rowCount, headers) => {
      const table = (await read()).tables[key] as RawTable;
      expect({ ...table, rows: table.rows.length }).toEqual({
        key,
        name,
        sheet,
        source: "table",
        origin: { row: 0, column },
        headers,
        rows: rowCount,
      });
    }
  );

  it.each([
    [
      "municipalities",
      0,
      ["Gemeinde Amt Neuhaus", "Region 1", "Gemeinde Amt Neuhaus", 5320, 912, 115000],
    ],
    [
      "municipalities",
      9,
      ["SG Amelinghausen", "Region 3", "Lebenshilfe Lüneburg-Harburg", 8388, 1702, 145000],
    ],
    ["indicators", 1, ["Stadt Bleckede", 16.8, 24, 35.5]],
    ["weights", 2, ["Hilfen zur Erziehung je 1.000 u21", 0.3]],
    // Summe is a SUM formula; its cached result 159249.75 + 28954.5 + 23163.6 + 78177.15 = 289545.
    ["usage", 4, ["SG Scharnebeck", 159249.75, 28954.5, 23163.6, 78177.15, 289545]],
    ["boundShares", 3, ["Angebote und Projekte", 0]],
    [
      "parameters",
      2,
      [
        "Finanzierungsmodell",
        "BELASTUNG",
        "EINWOHNER, BELASTUNG, SOCKEL oder KORRIDOR; ohne Angabe gilt BELASTUNG.",
      ],
    ],
  ] as const)("reads row %s[%i] exactly", async (key, row, values) => {
    expect((await read()).tables[key]?.rows[row]).toEqual(values);
  });

  it("reads an empty parameter value as null", async () => {
    const parameters = (await read()).tables.parameters as RawTable;
    const floor = parameters.rows.find((row) => row[0] === "Belastungsfaktor Untergrenze");
    expect(floor?.[1]).toBeNull();
  });

  it("finds tables whatever the case of their name", async () => {
    const port = await loadSample();
    const snapshot = await port.readInputs({
      ...MAPPING,
      weights: { table: "TBLGEWICHTE", sheet: "nirgends" },
    });
    expect(snapshot.tables.weights?.name).toBe("tblGewichte");
  });
});

describe("when an input has no table of its name", () => {
  async function sheetWorkbook(): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Parameter");
    sheet.getCell("A1").value = "Parameter des Haushalts";
    sheet.getCell("B3").value = "Parameter";
    sheet.getCell("C3").value = "Wert";
    sheet.getCell("E3").value = "nach einer Lücke";
    sheet.getCell("B4").value = "Haushaltsjahr";
    sheet.getCell("C4").value = 2027;
    sheet.getCell("B6").value = "Gesamtbudget";
    sheet.getCell("C6").value = 1000;
    // Formatted but empty rows below the data are no data rows.
    sheet.getCell("B9").numFmt = "0.00";
    sheet.getCell("C10").value = "";
    return workbook;
  }

  it("reads the sheet with its header in the given row, from the first header cell", async () => {
    const port = await fromExcelJs(await sheetWorkbook());
    const snapshot = await port.readInputs({
      ...MAPPING,
      parameters: { table: "tblParameter", sheet: "parameter", headerRow: 3 },
    });
    // Header B3:C3 (the run stops at the empty D3); inner blank row 5 stays, trailing rows go.
    expect(snapshot.tables.parameters).toEqual({
      key: "parameters",
      name: "Parameter",
      sheet: "Parameter",
      source: "sheet",
      origin: { row: 2, column: 1 },
      headers: ["Parameter", "Wert"],
      rows: [
        ["Haushaltsjahr", 2027],
        [null, null],
        ["Gesamtbudget", 1000],
      ],
    });
  });

  it("finds the header row below a title when the mapping names none", async () => {
    const port = await fromExcelJs(await sheetWorkbook());
    const snapshot = await port.readInputs(MAPPING);
    expect(snapshot.tables.parameters?.headers).toEqual(["Parameter", "Wert"]);
    expect(snapshot.tables.parameters?.origin).toEqual({ row: 2, column: 1 });
  });

  it("leaves an input out when neither its table nor its sheet exists", async () => {
    const port = await fromExcelJs(await sheetWorkbook());
    const snapshot = await port.readInputs(MAPPING);
    expect(Object.keys(snapshot.tables)).toEqual(["parameters"]);
    expect(snapshot.tableNames).toEqual([]);
  });
});

describe("when a table ends in a totals row or blank rows", () => {
  it("reads only the data rows", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Indikatoren").addTable({
      name: "tblGewichte",
      ref: "C2",
      totalsRow: true,
      columns: [
        { name: "Indikator", totalsRowLabel: "Summe" },
        { name: "Gewicht", totalsRowFunction: "sum" },
      ],
      rows: [
        ["A", 1],
        [null, null],
        [null, null],
      ],
    });
    const snapshot = await (await fromExcelJs(workbook)).readInputs(MAPPING);
    expect(snapshot.tables.weights).toMatchObject({
      origin: { row: 1, column: 2 },
      headers: ["Indikator", "Gewicht"],
      rows: [["A", 1]],
    });
  });
});
