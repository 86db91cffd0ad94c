/** The column headers of the input tables (WORKBOOK.md), matched with normalizeHeader. */

/** tblGemeinden; the population column is chosen by the parameter Bevölkerungsbasis. */
export const MUNICIPALITY_COLUMNS = {
  name: "Gemeinde",
  region: "Region",
  provider: "Sozialraumträger",
  previousBudget: "Budget Vorjahr",
} as const;

/** tblIndikatoren: the name column; every other non-blank header is an indicator. */
export const INDICATOR_NAME_COLUMN = "Gemeinde";

/** tblGewichte. */
export const WEIGHT_COLUMNS = { indicator: "Indikator", weight: "Gewicht" } as const;

/** tblVerwendung: the name column and the optional row sum; categories are USAGE_CATEGORIES. */
export const USAGE_COLUMNS = { name: "Gemeinde", sum: "Summe" } as const;

/** tblZuordnung. */
export const BOUND_SHARE_COLUMNS = { category: "Kategorie", share: "Anteil gebunden" } as const;
