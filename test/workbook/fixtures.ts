/**
 * Test fixtures: the bundled sample (assets/beispiel/Beispielwerte.json, ten municipalities in
 * three regions) as an InputSnapshot in the default layout, and helpers that change one cell,
 * row or table of it, addressed as a user would (sheet and A1 address).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseA1 } from "../../src/workbook/cells";
import type { CellValue, InputKey, InputSnapshot, RawTable } from "../../src/workbook/types";

interface Sample {
  gemeinden: Record<string, string | number>[];
  indikatoren: { namen: string[]; werte: Record<string, string | number>[] };
  gewichte: Record<string, string | number>[];
  verwendung: Record<string, number | string>[];
  zuordnung: Record<string, string | number>[];
  parameter: { Parameter: string; Wert: string | number | null }[];
}

/** The sample data as parsed from its JSON source. */
export const SAMPLE: Sample = JSON.parse(
  readFileSync(join(__dirname, "../../assets/beispiel/Beispielwerte.json"), "utf8")
) as Sample;

/** Builds a RawTable whose header's first cell is at `origin` (A1 address). */
export function rawTable(
  key: InputKey,
  name: string,
  sheet: string,
  origin: string,
  headers: readonly CellValue[],
  rows: readonly (readonly CellValue[])[]
): RawTable {
  return { key, name, sheet, source: "table", origin: parseA1(origin), headers, rows };
}

/** Rows of `records` in the column order of `headers` (missing fields are blank). */
function rowsOf(
  records: readonly Record<string, unknown>[],
  headers: readonly string[]
): CellValue[][] {
  return records.map((record) => headers.map((header) => (record[header] ?? null) as CellValue));
}

const MUNICIPALITY_HEADERS = [
  "Gemeinde",
  "Region",
  "Sozialraumträger",
  "Einwohner",
  "Einwohner unter 21",
  "Budget Vorjahr",
];
const USAGE_HEADERS = [
  "Gemeinde",
  "Betriebskosten",
  "Sachkosten",
  "Netzwerktätigkeit",
  "Angebote und Projekte",
  "Summe",
];

/**
 * The sample in the default layout: tblGemeinden at Stammdaten!A1, tblIndikatoren at
 * Indikatoren!A1, tblGewichte at Indikatoren!F1, tblVerwendung at Verwendung!A1, tblZuordnung at
 * Verwendung!I1, tblParameter at Parameter!A1.
 */
export function sampleSnapshot(): InputSnapshot {
  const indicatorHeaders = ["Gemeinde", ...SAMPLE.indikatoren.namen];
  const tables: Record<InputKey, RawTable> = {
    municipalities: rawTable(
      "municipalities",
      "tblGemeinden",
      "Stammdaten",
      "A1",
      MUNICIPALITY_HEADERS,
      rowsOf(SAMPLE.gemeinden, MUNICIPALITY_HEADERS)
    ),
    indicators: rawTable(
      "indicators",
      "tblIndikatoren",
      "Indikatoren",
      "A1",
      indicatorHeaders,
      rowsOf(SAMPLE.indikatoren.werte, indicatorHeaders)
    ),
    weights: rawTable(
      "weights",
      "tblGewichte",
      "Indikatoren",
      "F1",
      ["Indikator", "Gewicht"],
      rowsOf(SAMPLE.gewichte, ["Indikator", "Gewicht"])
    ),
    usage: rawTable(
      "usage",
      "tblVerwendung",
      "Verwendung",
      "A1",
      USAGE_HEADERS,
      rowsOf(SAMPLE.verwendung, USAGE_HEADERS)
    ),
    boundShares: rawTable(
      "boundShares",
      "tblZuordnung",
      "Verwendung",
      "I1",
      ["Kategorie", "Anteil gebunden"],
      rowsOf(SAMPLE.zuordnung, ["Kategorie", "Anteil gebunden"])
    ),
    parameters: rawTable(
      "parameters",
      "tblParameter",
      "Parameter",
      "A1",
      ["Parameter", "Wert"],
      rowsOf(SAMPLE.parameter, ["Parameter", "Wert"])
    ),
  };
  return {
    tables,
    sheetNames: ["Stammdaten", "Indikatoren", "Verwendung", "Parameter"],
    tableNames: Object.values(tables).map((table) => table.name),
  };
}

/** Returns the snapshot with `table` replaced by `change(table)`. */
export function withTable(
  snapshot: InputSnapshot,
  key: InputKey,
  change: (table: RawTable) => RawTable
): InputSnapshot {
  const table = snapshot.tables[key];
  if (table === undefined) throw new Error(`fixture has no table ${key}`);
  return { ...snapshot, tables: { ...snapshot.tables, [key]: change(table) } };
}

/** Returns the snapshot without the table `key` (neither table nor sheet exists). */
export function withoutTable(snapshot: InputSnapshot, key: InputKey): InputSnapshot {
  const tables = { ...snapshot.tables };
  delete tables[key];
  return { ...snapshot, tables };
}

/**
 * Returns the snapshot with the cell `a1` of table `key` set to `value`; the header row is the
 * table's origin row, rows below its data are appended (padded with blank rows).
 */
export function withCell(
  snapshot: InputSnapshot,
  key: InputKey,
  a1: string,
  value: CellValue
): InputSnapshot {
  return withTable(snapshot, key, (table) => {
    const position = parseA1(a1);
    const row = position.row - table.origin.row - 1;
    const column = position.column - table.origin.column;
    if (row < -1 || column < 0) throw new Error(`${a1} is outside table ${table.name}`);
    const set = (cells: readonly CellValue[]): CellValue[] => {
      const copy = [...cells];
      while (copy.length <= column) copy.push(null);
      copy[column] = value;
      return copy;
    };
    if (row === -1) return { ...table, headers: set(table.headers) };
    const rows = table.rows.map((cells) => [...cells]);
    while (rows.length <= row) rows.push(table.headers.map(() => null));
    rows[row] = set(rows[row] ?? []);
    return { ...table, rows };
  });
}

/** Returns the snapshot with several cells of one table set (applied in order). */
export function withCells(
  snapshot: InputSnapshot,
  key: InputKey,
  cells: Readonly<Record<string, CellValue>>
): InputSnapshot {
  return Object.entries(cells).reduce(
    (current, [a1, value]) => withCell(current, key, a1, value),
    snapshot
  );
}

/** Returns the snapshot without the data row whose first cell reads `name` (later rows move up). */
export function withoutRow(snapshot: InputSnapshot, key: InputKey, name: string): InputSnapshot {
  return withTable(snapshot, key, (table) => {
    const rows = table.rows.filter((cells) => cells[0] !== name);
    if (rows.length === table.rows.length) throw new Error(`no row ${name} in ${table.name}`);
    return { ...table, rows };
  });
}

/** Returns the A1 address of the Wert cell of a sample parameter (Parameter!B2 …). */
export function parameterCell(name: string): string {
  const index = SAMPLE.parameter.findIndex((row) => row.Parameter === name);
  if (index < 0) throw new Error(`no parameter ${name}`);
  return `B${index + 2}`;
}

/** Returns the snapshot with the sample parameter `name` set to `value`. */
export function withParameter(
  snapshot: InputSnapshot,
  name: string,
  value: CellValue
): InputSnapshot {
  return withCell(snapshot, "parameters", parameterCell(name), value);
}

/** One municipality of a made-up district. */
export interface MunicipalitySpec {
  readonly name: string;
  readonly region: string;
  readonly population: number;
  readonly previousBudget: number;
  readonly indicators: readonly number[];
  /** Betriebskosten, Sachkosten, Netzwerktätigkeit, Angebote und Projekte. */
  readonly usage: readonly number[];
}

/** A made-up district in the default layout. */
export interface DistrictSpec {
  readonly municipalities: readonly MunicipalitySpec[];
  readonly indicatorNames: readonly string[];
  readonly weights: readonly number[];
  readonly boundShares: readonly number[];
  readonly parameters: readonly (readonly [string, CellValue])[];
}

/** Builds the snapshot of a made-up district, tables where the sample has them. */
export function districtSnapshot(spec: DistrictSpec): InputSnapshot {
  const categories = ["Betriebskosten", "Sachkosten", "Netzwerktätigkeit", "Angebote und Projekte"];
  const list = spec.municipalities;
  const tables: Record<InputKey, RawTable> = {
    municipalities: rawTable(
      "municipalities",
      "tblGemeinden",
      "Stammdaten",
      "A1",
      MUNICIPALITY_HEADERS,
      list.map((m) => [
        m.name,
        m.region,
        `Träger ${m.name}`,
        m.population * 4,
        m.population,
        m.previousBudget,
      ])
    ),
    indicators: rawTable(
      "indicators",
      "tblIndikatoren",
      "Indikatoren",
      "A1",
      ["Gemeinde", ...spec.indicatorNames],
      list.map((m) => [m.name, ...m.indicators])
    ),
    weights: rawTable(
      "weights",
      "tblGewichte",
      "Indikatoren",
      "F1",
      ["Indikator", "Gewicht"],
      spec.indicatorNames.map((name, k) => [name, spec.weights[k] ?? 0])
    ),
    usage: rawTable(
      "usage",
      "tblVerwendung",
      "Verwendung",
      "A1",
      ["Gemeinde", ...categories],
      list.map((m) => [m.name, ...m.usage])
    ),
    boundShares: rawTable(
      "boundShares",
      "tblZuordnung",
      "Verwendung",
      "I1",
      ["Kategorie", "Anteil gebunden"],
      categories.map((category, c) => [category, spec.boundShares[c] ?? 0])
    ),
    parameters: rawTable(
      "parameters",
      "tblParameter",
      "Parameter",
      "A1",
      ["Parameter", "Wert"],
      spec.parameters.map(([name, value]) => [name, value])
    ),
  };
  return {
    tables,
    sheetNames: ["Stammdaten", "Indikatoren", "Verwendung", "Parameter"],
    tableNames: Object.values(tables).map((t) => t.name),
  };
}

/**
 * A district unlike the sample: `regionCount` regions ("Nord", "Ost", …) and `count`
 * municipalities with figures from a fixed pseudo-random sequence (the same on every run).
 */
export function generatedDistrict(regionCount: number, count: number): DistrictSpec {
  let seed = 20270101;
  // Park–Miller: deterministic, so failures reproduce.
  const next = (max: number): number => {
    seed = (seed * 48271) % 2147483647;
    return seed % max;
  };
  const regions = ["Nord", "Ost", "Süd", "West", "Mitte", "Heide"].slice(0, regionCount);
  const municipalities = Array.from({ length: count }, (_, i): MunicipalitySpec => ({
    name: `Gemeinde ${String(i + 1).padStart(2, "0")}`,
    region: regions[i % regionCount] ?? "Nord",
    population: 500 + next(6000),
    previousBudget: 50000 + next(250000) + next(100) / 100,
    indicators: [1 + next(200) / 10, 5 + next(250) / 10, 10 + next(300) / 10, next(50)],
    usage: [
      40000 + next(100000),
      5000 + next(20000) + next(100) / 100,
      3000 + next(15000),
      next(60000),
    ],
  }));
  return {
    municipalities,
    indicatorNames: ["SGB II", "Alleinerziehende", "HzE", "Schulabbrüche"],
    weights: [0.35, 0.25, 0.25, 0.15],
    boundShares: [1, 1, 0.5, 0],
    parameters: [
      ["Haushaltsjahr", 2028],
      ["Gesamtbudget", 4125000.5],
      ["Finanzierungsmodell", "BELASTUNG"],
      ["Budget ambulante Hilfen", 9000000],
      ["Anteil Regionalbudget 2", 0.125],
      ["Startjahr Quote", 2026],
      ["Abschmelzjahre", 5],
    ],
  };
}
