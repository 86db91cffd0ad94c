/**
 * Seeds an ExcelHost with the sample workbook's layout (WORKBOOK.md) from Beispielwerte.json, or
 * from generated data of any size: tblGemeinden at Stammdaten!A1, tblIndikatoren at
 * Indikatoren!A1, tblGewichte at Indikatoren!F1, tblVerwendung (with Summe) at Verwendung!A1,
 * tblZuordnung at Verwendung!I1, tblParameter at Parameter!A1. Used by the unit tests and the
 * e2e page.
 */
import sample from "../../../assets/beispiel/Beispielwerte.json";
import type { ExcelHost } from "./host";
import { cellAddress } from "./a1";

type Scalar = string | number | boolean | null;

/** The shape of Beispielwerte.json. */
export interface SampleData {
  readonly gemeinden: readonly Record<string, Scalar>[];
  readonly indikatoren: {
    readonly namen: readonly string[];
    readonly werte: readonly Record<string, Scalar>[];
  };
  readonly gewichte: readonly Record<string, Scalar>[];
  readonly verwendung: readonly Record<string, Scalar>[];
  readonly zuordnung: readonly Record<string, Scalar>[];
  readonly parameter: readonly Record<string, Scalar>[];
}

/** The ten municipalities of the sample workbook (Beispielwerte). */
export const SAMPLE_DATA: SampleData = sample;

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

/** Writes the data as the sample layout's sheets and tables into an empty host. */
export function seedWorkbook(host: ExcelHost, data: SampleData = SAMPLE_DATA): void {
  const indicatorHeaders = ["Gemeinde", ...data.indikatoren.namen];
  const sheets: [string, [string, number, string[], readonly Record<string, Scalar>[]][]][] = [
    ["Stammdaten", [["tblGemeinden", 0, MUNICIPALITY_HEADERS, data.gemeinden]]],
    [
      "Indikatoren",
      [
        ["tblIndikatoren", 0, indicatorHeaders, data.indikatoren.werte],
        ["tblGewichte", indicatorHeaders.length + 1, ["Indikator", "Gewicht"], data.gewichte],
      ],
    ],
    [
      "Verwendung",
      [
        ["tblVerwendung", 0, USAGE_HEADERS, data.verwendung],
        [
          "tblZuordnung",
          USAGE_HEADERS.length + 2,
          ["Kategorie", "Anteil gebunden"],
          data.zuordnung,
        ],
      ],
    ],
    ["Parameter", [["tblParameter", 0, ["Parameter", "Wert"], data.parameter]]],
  ];
  for (const [sheet, tables] of sheets) {
    host.addSheet(sheet);
    for (const [name, column, headers, rows] of tables) {
      const grid: Scalar[][] = [headers, ...rows.map((row) => headers.map((h) => row[h] ?? null))];
      const origin = cellAddress(0, column);
      host.setValues(sheet, origin, grid);
      host.addTable(
        name,
        sheet,
        `${origin}:${cellAddress(Math.max(grid.length, 2) - 1, column + headers.length - 1)}`
      );
    }
  }
}

/**
 * Generated data with `count` municipalities in max(3, ⌈count / 100⌉) regions, deterministic
 * (no randomness): whole-number populations, budgets and usage amounts, indicator rates with one
 * decimal, the sample's weights, bound shares and parameters.
 */
export function generateSampleData(count: number): SampleData {
  const regions = Math.max(3, Math.ceil(count / 100));
  const names = Array.from(
    { length: count },
    (_, i) => `Gemeinde ${String(i + 1).padStart(4, "0")}`
  );
  const [sgb, single, help] = SAMPLE_DATA.indikatoren.namen as [string, string, string];
  const gemeinden = names.map((name, i) => ({
    Gemeinde: name,
    Region: `Region ${(i % regions) + 1}`,
    Sozialraumträger: `Träger ${(i % 7) + 1}`,
    Einwohner: 4000 + ((i * 7919) % 16000),
    "Einwohner unter 21": 800 + ((i * 104729) % 3200),
    "Budget Vorjahr": 1000 + ((i * 31) % 2000),
  }));
  const werte = names.map((name, i) => ({
    Gemeinde: name,
    [sgb]: 5 + ((i * 37) % 120) / 10,
    [single]: 14 + ((i * 53) % 100) / 10,
    [help]: 17 + ((i * 71) % 190) / 10,
  }));
  const verwendung = names.map((name, i) => {
    const parts = [
      600 + ((i * 13) % 400),
      100 + ((i * 17) % 80),
      80 + ((i * 19) % 60),
      150 + ((i * 23) % 200),
    ];
    return {
      Gemeinde: name,
      Betriebskosten: parts[0] ?? 0,
      Sachkosten: parts[1] ?? 0,
      Netzwerktätigkeit: parts[2] ?? 0,
      "Angebote und Projekte": parts[3] ?? 0,
      Summe: parts.reduce((a, b) => a + b, 0),
    };
  });
  return {
    ...SAMPLE_DATA,
    gemeinden,
    indikatoren: { namen: [sgb, single, help], werte },
    verwendung,
  };
}
