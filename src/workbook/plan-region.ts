/**
 * One region's output sheet: its municipalities' figures, their sum, the region's pooled budgets
 * (DOMAIN.md 6–8) and the provenance line, as values from A1.
 */
import { ZERO } from "../core/decimal";
import type { Dec } from "../core/decimal";
import type { BudgetInputs } from "../core/types";
import type { MunicipalityFigures, RegionFigures } from "./figures";
import type { PlanMeta, PlannedRow } from "./plan-cells";
import {
  columnWidths,
  eurCell,
  factorCell,
  integerCell,
  percentCell,
  provenanceLine,
  sheetTitle,
  textCell,
  toPlannedSheet,
} from "./plan-cells";
import { DEFAULT_POPULATION_BASIS } from "./parameters";
import type { PlannedCell, PlannedSheet } from "./types";

/** Columns of a region sheet (0-based), where the overview's checks find the sums. */
export const REGION_COLUMNS = { quota: 4, amount: 5 } as const;

/** A region sheet and the 0-based row of its "Summe Gemeinden". */
export interface RegionSheet {
  readonly sheet: PlannedSheet;
  readonly sumRow: number;
}

function headerRow(populationBasis: string): string[] {
  return [
    "Gemeinde",
    "Sozialraumträger",
    populationBasis,
    "Belastungsfaktor",
    "Quote",
    "Betrag",
    "Ausgleich",
    "Gebundenes Budget",
    "Regionales Budget 1",
  ];
}

function municipalityRow(municipality: MunicipalityFigures): PlannedRow {
  return [
    textCell(municipality.name),
    textCell(municipality.provider),
    integerCell(municipality.population),
    factorCell(municipality.loadFactor),
    percentCell(municipality.quota),
    eurCell(municipality.amount),
    eurCell(municipality.compensation),
    eurCell(municipality.bound),
    eurCell(municipality.regional1),
  ];
}

function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** "Summe Gemeinden": the column sums of the rounded figures shown above it. */
function sumRow(municipalities: readonly MunicipalityFigures[]): PlannedRow {
  const total = (
    cell: (value: Dec, style: "total") => PlannedCell,
    pick: (m: MunicipalityFigures) => Dec
  ): PlannedCell => cell(sum(municipalities.map(pick)), "total");
  return [
    textCell("Summe Gemeinden", "total"),
    null,
    total(integerCell, (m) => m.population),
    null,
    total(percentCell, (m) => m.quota),
    total(eurCell, (m) => m.amount),
    total(eurCell, (m) => m.compensation),
    total(eurCell, (m) => m.bound),
    total(eurCell, (m) => m.regional1),
  ];
}

/** A label in column A and an amount in the Betrag column. */
function amountRow(label: string, value: Dec, total = false): PlannedRow {
  const style = total ? "total" : undefined;
  return [textCell(label, style), null, null, null, null, eurCell(value, style)];
}

/** Returns the sheet of one region, named as the region. */
export function planRegionSheet(
  inputs: BudgetInputs,
  region: RegionFigures,
  meta: PlanMeta
): RegionSheet {
  const headers = headerRow(meta.populationBasis ?? DEFAULT_POPULATION_BASIS);
  const rows: PlannedRow[] = [
    [textCell(sheetTitle(inputs.parameters.year, region.name), "title")],
    headers.map((header) => textCell(header, "header")),
    ...region.municipalities.map(municipalityRow),
  ];
  const sumRowIndex = rows.length;
  rows.push(
    sumRow(region.municipalities),
    [],
    amountRow("Gebundenes Budget der Region", region.bound),
    amountRow("Regionales Budget 1 (gepoolt, inkl. freigewordener Mittel)", region.regional1),
    amountRow("davon freigewordene Mittel", region.freed),
    amountRow("Regionales Budget 2", region.regional2),
    amountRow("Ausgleich", region.compensation),
    amountRow("Gesamt", region.total, true),
    [],
    [textCell(provenanceLine(inputs, meta), "note")]
  );
  const widths = columnWidths(headers, [28, 28, 14, 14, 12, 16, 16, 16, 16]);
  return { sheet: toPlannedSheet(region.name, rows, widths, 2), sumRow: sumRowIndex };
}
