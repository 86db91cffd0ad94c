/**
 * The "Übersicht" sheet: one row per region, the district total, and visible checks as plain
 * Excel formulas the spreadsheet recomputes (parts sum to the totals), so anyone can see at a
 * glance that the figures add up, also after editing a copy without the add-in.
 */
import { ONE, ZERO } from "../core/decimal";
import type { Dec } from "../core/decimal";
import type { BudgetInputs } from "../core/types";
import { columnLetters, quoteSheetName } from "./cells";
import type { BudgetFigures, RegionFigures } from "./figures";
import { OVERVIEW_SHEET } from "./municipalities";
import type { PlanMeta, PlannedRow } from "./plan-cells";
import {
  checkCell,
  columnWidths,
  eurCell,
  percentCell,
  provenanceLine,
  sheetTitle,
  textCell,
  toPlannedSheet,
} from "./plan-cells";
import type { RegionSheet } from "./plan-region";
import { REGION_COLUMNS } from "./plan-region";
import type { PlannedSheet } from "./types";

const HEADERS = [
  "Region",
  "Schlüssel",
  "Gebundenes Budget",
  "Regionales Budget 1",
  "davon freigeworden",
  "Regionales Budget 2",
  "Ausgleich",
  "Gesamt",
];

type RegionAmount = "bound" | "regional1" | "freed" | "regional2" | "compensation" | "total";

/** The money columns B… of the overview after the key, in order. */
const AMOUNTS: readonly RegionAmount[] = [
  "bound",
  "regional1",
  "freed",
  "regional2",
  "compensation",
  "total",
];

function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

function regionRow(region: RegionFigures): PlannedRow {
  return [
    textCell(region.name),
    percentCell(region.key),
    ...AMOUNTS.map((field) => eurCell(region[field])),
  ];
}

/** A check formula: =IF(ROUND(<expression>,<digits>)=0,"stimmt","Abweichung"). */
function check(expression: string, digits: number, holds: boolean): ReturnType<typeof checkCell> {
  return checkCell(`=IF(ROUND(${expression},${digits})=0,"stimmt","Abweichung")`, holds);
}

/** Returns "'Region 1'!F7+'Region 2'!F6+…" summing one column of each region sheet's sum row. */
function acrossRegions(regionSheets: readonly RegionSheet[], column: number): string {
  return regionSheets
    .map(
      ({ sheet, sumRow }) => `${quoteSheetName(sheet.name)}!${columnLetters(column)}${sumRow + 1}`
    )
    .join("+");
}

/** Returns the overview sheet of all regions (figures) whose sheets are `regionSheets`. */
export function planOverviewSheet(
  inputs: BudgetInputs,
  figures: BudgetFigures,
  regionSheets: readonly RegionSheet[],
  meta: PlanMeta
): PlannedSheet {
  const { regions, totals, municipalities } = figures;
  const first = 3;
  const last = first + regions.length - 1;
  const district = last + 1;
  const totalRow = district + 2;
  const keySum = sum(regions.map((region) => region.key));
  const districtRow: PlannedRow = [
    textCell("Landkreis gesamt", "total"),
    percentCell(keySum, "total"),
    ...AMOUNTS.map((field) => eurCell(totals[field], "total")),
  ];
  const columnCheck = (column: number, holds: boolean, digits: number): PlannedRow[number] => {
    const letter = columnLetters(column);
    return check(`SUM(${letter}${first}:${letter}${last})-${letter}${district}`, digits, holds);
  };
  const regionsMatch: PlannedRow = [
    textCell("Summe der Regionen = Kreissumme"),
    columnCheck(1, keySum.eq(ONE), 6),
    ...AMOUNTS.map((field, index) =>
      columnCheck(index + 2, sum(regions.map((region) => region[field])).eq(totals[field]), 2)
    ),
  ];
  const partsHold = totals.bound
    .plus(totals.regional1)
    .plus(totals.regional2)
    .plus(totals.compensation)
    .eq(totals.total);
  const partsMatch: PlannedRow = [
    textCell("Gesamt = Summe der Teile"),
    ...Array<null>(6).fill(null),
    check(`C${district}+D${district}+F${district}+G${district}-H${district}`, 2, partsHold),
  ];
  const amountSum = sum(municipalities.map((m) => m.amount));
  const quotaSum = sum(municipalities.map((m) => m.quota));
  const rows: PlannedRow[] = [
    [textCell(sheetTitle(inputs.parameters.year, OVERVIEW_SHEET), "title")],
    HEADERS.map((header) => textCell(header, "header")),
    ...regions.map(regionRow),
    districtRow,
    [],
    [textCell("Gesamtbudget (Parameter)"), null, eurCell(inputs.parameters.total)],
    [],
    [textCell("Prüfungen", "header")],
    regionsMatch,
    partsMatch,
    [
      textCell("Summe der Beträge = Gesamtbudget"),
      check(
        `${acrossRegions(regionSheets, REGION_COLUMNS.amount)}-C${totalRow}`,
        2,
        amountSum.eq(inputs.parameters.total)
      ),
    ],
    [
      textCell("Summe der Quoten = 100 %"),
      check(`${acrossRegions(regionSheets, REGION_COLUMNS.quota)}-1`, 6, quotaSum.eq(ONE)),
    ],
    [],
    [textCell(provenanceLine(inputs, meta), "note")],
  ];
  const widths = columnWidths(HEADERS, [34, 12, 16, 16, 16, 16, 16, 16]);
  return toPlannedSheet(OVERVIEW_SHEET, rows, widths, 2);
}
