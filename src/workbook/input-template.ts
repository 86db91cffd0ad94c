/**
 * The input sheets "Eingabeblätter anlegen" makes: the default layout of WORKBOOK.md with German
 * headers, one empty data row per table (an Excel table always has one), the bound shares of the
 * usage categories and the parameter rows with their defaults. Table positions are the sample
 * workbook's. No invented data: required parameters (Haushaltsjahr, Gesamtbudget) stay empty.
 * Headers come from the column names the validator reads, so a created sheet always validates.
 */
import { DEFAULT_BOUND_SHARES, DEFAULT_CORRIDOR, Dec, USAGE_CATEGORIES } from "../core/index";
import {
  BOUND_SHARE_COLUMNS,
  INDICATOR_NAME_COLUMN,
  MUNICIPALITY_COLUMNS,
  USAGE_COLUMNS,
  WEIGHT_COLUMNS,
} from "./columns";
import { DEFAULT_MAPPING } from "./mapping";
import { PARAMETER_COLUMNS, PARAMETER_NAMES, type ParameterKey } from "./parameter-rows";
import { DEFAULT_POPULATION_BASIS } from "./parameters";
import type { CellScalar } from "./types";

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

const PARAMETER_DEFAULTS: Readonly<Record<ParameterKey, CellScalar>> = {
  year: null,
  total: null,
  model: "BELASTUNG",
  populationBasis: DEFAULT_POPULATION_BASIS,
  baseAmount: 0,
  corridor: DEFAULT_CORRIDOR.toNumber(),
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

const USAGE_HEADERS = [USAGE_COLUMNS.name, ...USAGE_CATEGORIES];

/** The input sheets in tab order (sheet and table names of DEFAULT_MAPPING). */
export const INPUT_TEMPLATE: readonly TemplateSheet[] = [
  {
    name: DEFAULT_MAPPING.municipalities.sheet,
    tables: [
      table(DEFAULT_MAPPING.municipalities.table, 0, [
        MUNICIPALITY_COLUMNS.name,
        MUNICIPALITY_COLUMNS.region,
        MUNICIPALITY_COLUMNS.provider,
        "Einwohner",
        DEFAULT_POPULATION_BASIS,
        MUNICIPALITY_COLUMNS.previousBudget,
      ]),
    ],
  },
  {
    name: DEFAULT_MAPPING.indicators.sheet,
    tables: [
      table(DEFAULT_MAPPING.indicators.table, 0, [INDICATOR_NAME_COLUMN]),
      table(DEFAULT_MAPPING.weights.table, 5, [WEIGHT_COLUMNS.indicator, WEIGHT_COLUMNS.weight]),
    ],
  },
  {
    name: DEFAULT_MAPPING.usage.sheet,
    tables: [
      table(DEFAULT_MAPPING.usage.table, 0, USAGE_HEADERS),
      table(
        DEFAULT_MAPPING.boundShares.table,
        USAGE_HEADERS.length + 3,
        [BOUND_SHARE_COLUMNS.category, BOUND_SHARE_COLUMNS.share],
        USAGE_CATEGORIES.map((category, i) => [
          category,
          new Dec(DEFAULT_BOUND_SHARES[i] ?? "0").toNumber(),
        ])
      ),
    ],
  },
  {
    name: DEFAULT_MAPPING.parameters.sheet,
    tables: [
      table(
        DEFAULT_MAPPING.parameters.table,
        0,
        [PARAMETER_COLUMNS.name, PARAMETER_COLUMNS.value],
        (Object.keys(PARAMETER_NAMES) as ParameterKey[]).map((key) => [
          PARAMETER_NAMES[key],
          PARAMETER_DEFAULTS[key],
        ])
      ),
    ],
  },
];
