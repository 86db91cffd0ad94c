import type { CellValue as ExcelValue, Workbook, Worksheet, WorksheetViewCommon } from "exceljs";
import { blockNameFor, parseBlockRange } from "../../workbook";
import type {
  BlockExtent,
  CellValue,
  OutputPlan,
  OutputSheetState,
  OutputState,
  PlannedCell,
  PlannedSheet,
} from "../../workbook";
import { formatSheetRange, splitSheetRange } from "./address";
import { toExcelStyle } from "./cellStyle";
import { applyPageSetup, hasUntouchedPageSetup, isPageOwned, markPageOwned } from "./pageSetup";
import { findWorksheet, readCell } from "./readInputs";

/** Excel forbids these characters in sheet names, and a leading or trailing apostrophe. */
const INVALID_SHEET_NAME = /[*?:/\\[\]]|^'|'$/;
const MAX_SHEET_NAME_LENGTH = 31;

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The block extent recorded in the sheet's defined name; absent when there is no such name or it
 * no longer points at a rectangle from A1 of this sheet (a user moved or edited it), because only a
 * block the add-in itself recorded may be cleared.
 */
function readBlockExtent(workbook: Workbook, sheet: string): BlockExtent | undefined {
  const blockName = blockNameFor(sheet);
  const entry = workbook.definedNames.model.find((name) => sameName(name.name, blockName));
  const located = entry?.ranges.length === 1 ? splitSheetRange(entry.ranges[0] ?? "") : undefined;
  if (!located || !sameName(located.sheet, sheet)) return undefined;
  return parseBlockRange(located.range);
}

/** The sheet's values from A1 to the last row and column that hold a value (not just a format). */
function readUsedValues(worksheet: Worksheet, date1904: boolean): CellValue[][] {
  let lastRow = -1;
  let lastColumn = -1;
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, columnNumber) => {
      if (readCell(worksheet, rowNumber - 1, columnNumber - 1, date1904) === null) return;
      lastRow = Math.max(lastRow, rowNumber - 1);
      lastColumn = Math.max(lastColumn, columnNumber - 1);
    });
  });
  const values: CellValue[][] = [];
  for (let row = 0; row <= lastRow; row++) {
    const line: CellValue[] = [];
    for (let column = 0; column <= lastColumn; column++) {
      line.push(readCell(worksheet, row, column, date1904));
    }
    values.push(line);
  }
  return values;
}

/** Reads the named output sheets that exist (WorkbookPort.readOutputState). */
export function readOutputSheets(workbook: Workbook, names: readonly string[]): OutputState {
  const date1904 = workbook.properties.date1904 === true;
  const state = new Map<string, OutputSheetState>();
  for (const name of names) {
    const worksheet = findWorksheet(workbook, name);
    if (!worksheet) continue;
    const block = readBlockExtent(workbook, worksheet.name);
    const values = readUsedValues(worksheet, date1904);
    const page = {
      ...(isPageOwned(workbook, worksheet.name) ? { pageOwned: true } : {}),
      ...(hasUntouchedPageSetup(worksheet) ? { pageUntouched: true } : {}),
    };
    state.set(name, block ? { name, block, values, ...page } : { name, values, ...page });
  }
  return state;
}

/** Throws (German) before anything is changed when a planned sheet name is not valid in Excel. */
function assertWritable(plan: OutputPlan): void {
  for (const sheet of plan.sheets) {
    const name = sheet.name;
    if (
      name.trim() === "" ||
      name.length > MAX_SHEET_NAME_LENGTH ||
      INVALID_SHEET_NAME.test(name)
    ) {
      throw new Error(`»${name}« ist kein gültiger Name für ein Tabellenblatt.`);
    }
  }
}

/** Empties cells (values and formats) that exist in the rectangle; absent cells stay absent. */
function clearExtent(worksheet: Worksheet, extent: BlockExtent): void {
  for (let row = 1; row <= extent.rows; row++) {
    for (let column = 1; column <= extent.columns; column++) {
      const cell = worksheet.findCell(row, column);
      if (!cell) continue;
      cell.value = null;
      cell.style = {};
    }
  }
}

function toExcelValue(planned: PlannedCell | null | undefined): ExcelValue {
  if (!planned) return null;
  if (planned.formula !== undefined) {
    const formula = planned.formula.startsWith("=") ? planned.formula.slice(1) : planned.formula;
    // The planned value, when given, is the formula's expected result: stored as the cached
    // result so that readers which do not recalculate still show the right figure.
    const result = planned.value;
    return result === undefined || result === null ? { formula } : { formula, result };
  }
  return planned.value ?? null;
}

function writeCells(worksheet: Worksheet, sheet: PlannedSheet): void {
  for (let row = 0; row < sheet.extent.rows; row++) {
    const line = sheet.cells[row] ?? [];
    for (let column = 0; column < sheet.extent.columns; column++) {
      const planned = line[column];
      const cell = worksheet.getCell(row + 1, column + 1);
      cell.value = toExcelValue(planned);
      cell.style = toExcelStyle(planned?.style, planned?.format);
    }
  }
}

/** The view settings a user chose (zoom, grid lines, direction) survive a refill. */
function keptViewSettings(worksheet: Worksheet): Partial<WorksheetViewCommon> {
  // ExcelJS leaves `views` null (against its typing) for a sheet saved without <sheetViews>.
  const views = worksheet.views as WorksheetViewCommon[] | null;
  const view: Partial<WorksheetViewCommon> = views?.[0] ?? {};
  const { rightToLeft, showRuler, showRowColHeaders, showGridLines, zoomScale, zoomScaleNormal } =
    view;
  const kept = {
    rightToLeft,
    showRuler,
    showRowColHeaders,
    showGridLines,
    zoomScale,
    zoomScaleNormal,
  };
  return Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== undefined));
}

function applyLayout(worksheet: Worksheet, sheet: PlannedSheet): void {
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  const kept = keptViewSettings(worksheet);
  const frozen = sheet.freezeRows > 0;
  worksheet.views = [
    frozen
      ? {
          ...kept,
          state: "frozen",
          xSplit: 0,
          ySplit: sheet.freezeRows,
          topLeftCell: `A${sheet.freezeRows + 1}`,
        }
      : { ...kept, state: "normal" },
  ];
}

/** Replaces the sheet's block name (workbook scope) by the new extent, or drops it when empty. */
function recordExtent(workbook: Workbook, sheet: string, extent: BlockExtent): void {
  const blockName = blockNameFor(sheet);
  const others = workbook.definedNames.model.filter((name) => !sameName(name.name, blockName));
  const range = { top: 0, left: 0, bottom: extent.rows - 1, right: extent.columns - 1 };
  const own =
    extent.rows > 0 && extent.columns > 0
      ? [{ name: blockName, ranges: [formatSheetRange(sheet, range)] }]
      : [];
  workbook.definedNames.model = [...others, ...own];
}

/**
 * Writes every planned sheet (WorkbookPort.writePlan): creates missing sheets after the existing
 * ones in plan order, clears the previous block, writes the new one from A1 with its styles and
 * layout, applies its page setup when the plan has one (then marks the sheet as the add-in's),
 * and records its extent. Cells outside the blocks and every other sheet stay untouched.
 */
export function writeOutputPlan(workbook: Workbook, plan: OutputPlan): void {
  assertWritable(plan);
  for (const sheet of plan.sheets) {
    const worksheet = findWorksheet(workbook, sheet.name) ?? workbook.addWorksheet(sheet.name);
    if (sheet.clear) clearExtent(worksheet, sheet.clear);
    writeCells(worksheet, sheet);
    applyLayout(worksheet, sheet);
    recordExtent(workbook, worksheet.name, sheet.extent);
    if (sheet.page) {
      applyPageSetup(worksheet, sheet.page);
      markPageOwned(workbook, worksheet.name);
    }
  }
  // Excel and LibreOffice recalculate every formula when the file is opened next.
  workbook.calcProperties.fullCalcOnLoad = true;
}
