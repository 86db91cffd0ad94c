/**
 * The input sheets "create input sheets" makes: the default layout of WORKBOOK.md with German
 * headers, one empty data row per table (an Excel table always has one), the bound shares of the
 * usage categories and the parameter rows with their defaults. Table positions are the sample
 * workbook's. No invented data: required parameters (Haushaltsjahr, Gesamtbudget) stay empty.
 */
import { DEFAULT_BOUND_SHARES, USAGE_CATEGORIES } from "../../core";
import {
  DEFAULT_MAPPING,
  DEFAULT_POPULATION_BASIS,
  PARAMETER_NAMES,
  type CellScalar,
} from "../../workbook";

/** One table of the template. */
export interface TemplateTable {
  readonly name: string;
  /** 0-based column of the header's first cell (row 1). */
  readonly column: number;
  readonly headers: readonly string[];
  /** Data rows; at least one. */
  readonly rows: readonly (readonly CellScalar[])[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
}

/** One sheet of the template. */
export interface TemplateSheet {
  readonly name: string;
  readonly tables: readonly TemplateTable[];
}

const PARAMETER_DEFAULTS: Readonly<Record<keyof typeof PARAMETER_NAMES, CellScalar>> = {
  year: null,
  total: null,
  model: "BELASTUNG",
  populationBasis: DEFAULT_POPULATION_BASIS,
  baseAmount: 0,
  corridor: 0.05,
  loadFactorFloor: null,
  loadFactorCap: null,
  splitBasis: "GEMEINDE",
  ambulantBudget: 0,
  regional2Share: 0,
  quotaStartYear: null,
  phaseOutYears: 0,
};

function table(
  name: string,
  column: number,
  headers: string[],
  rows?: CellScalar[][]
): TemplateTable {
  return {
    name,
    column,
    headers,
    rows: rows ?? [headers.map(() => null)],
    widths: headers.map((h) => Math.max(12, h.length + 4)),
  };
}

const USAGE_HEADERS = ["Gemeinde", ...USAGE_CATEGORIES];

/** The input sheets in tab order (sheet and table names of DEFAULT_MAPPING). */
export const INPUT_TEMPLATE: readonly TemplateSheet[] = [
  {
    name: DEFAULT_MAPPING.municipalities.sheet,
    tables: [
      table(DEFAULT_MAPPING.municipalities.table, 0, [
        "Gemeinde",
        "Region",
        "Sozialraumträger",
        "Einwohner",
        "Einwohner unter 21",
        "Budget Vorjahr",
      ]),
    ],
  },
  {
    name: DEFAULT_MAPPING.indicators.sheet,
    tables: [
      table(DEFAULT_MAPPING.indicators.table, 0, ["Gemeinde"]),
      table(DEFAULT_MAPPING.weights.table, 5, ["Indikator", "Gewicht"]),
    ],
  },
  {
    name: DEFAULT_MAPPING.usage.sheet,
    tables: [
      table(DEFAULT_MAPPING.usage.table, 0, USAGE_HEADERS),
      table(
        DEFAULT_MAPPING.boundShares.table,
        USAGE_HEADERS.length + 3,
        ["Kategorie", "Anteil gebunden"],
        USAGE_CATEGORIES.map((category, i) => [category, Number(DEFAULT_BOUND_SHARES[i] ?? "0")])
      ),
    ],
  },
  {
    name: DEFAULT_MAPPING.parameters.sheet,
    tables: [
      table(
        DEFAULT_MAPPING.parameters.table,
        0,
        ["Parameter", "Wert"],
        (Object.keys(PARAMETER_NAMES) as (keyof typeof PARAMETER_NAMES)[]).map((key) => [
          PARAMETER_NAMES[key],
          PARAMETER_DEFAULTS[key],
        ])
      ),
    ],
  },
];
