/**
 * The steps of WorkbookPort.writePlan, in the order Excel must run them: invalidate the old undo
 * index; copy every previous block onto the undo sheet; save the new undo index (with the column
 * widths and frozen panes read before); create missing sheets; clear the old and new block
 * areas; write each block as 2D formulas and number-format arrays; styles per row run; column
 * widths; frozen rows; the charts; the block names; the page layout of the sheets the add-in owns. Copying before writing means that a write
 * which fails half-way can still be rolled back from the snapshot.
 */
import {
  blockNameFor,
  blockRange,
  GENERAL_FORMAT,
  NUMBER_FORMAT_CODES,
  type BlockExtent,
  type CellStyle,
  type OutputPlan,
  type PlannedCell,
  type PlannedSheet,
  pageNameFor,
  toA1Range,
} from "../../workbook";
import { type Step, chunkRows, jsonLength, step } from "./batches";
import { chartSteps, newChartNames } from "./charts";
import { HostError } from "./errors";
import { HOST_MESSAGES } from "./messages";
import type { KnownState } from "./read-state";
import { queuePageLayout } from "./page-layout";
import { applyStyle, toColumnPoints } from "./styles";
import {
  FIRST_SNAPSHOT_ROW,
  SNAPSHOT_FILL_ID_CELL,
  UNDO_SHEET,
  type UndoEntry,
  type UndoIndex,
  undoSettingKey,
} from "./undo-index";
import { toFormulaInput, toTextInput } from "./values";
import { type CellRect, overlaps } from "./address";

/** Excel's sheet-name rules. */
const INVALID_SHEET_NAME = /[*?:/\\[\]]|^'|'$/;

/** Throws a HostError before anything is written when the plan cannot be written as it stands. */
export function checkWritable(plan: OutputPlan, known: KnownState): void {
  for (const sheet of plan.sheets) {
    if (sheet.name.trim() === "" || sheet.name.length > 31 || INVALID_SHEET_NAME.test(sheet.name)) {
      throw new HostError("INVALID_SHEET_NAME", HOST_MESSAGES.invalidSheetName(sheet.name));
    }
    const existing = known.sheets.get(sheet.name.toLowerCase());
    if (!existing) continue;
    if (existing.protected)
      throw new HostError("SHEET_PROTECTED", HOST_MESSAGES.sheetProtected(existing.name));
    const areas = [sheet.extent, ...(sheet.clear ? [sheet.clear] : [])].map(fromA1);
    const merged = existing.merges.find((m) => areas.some((a) => overlaps(a, m)));
    if (merged)
      throw new HostError("MERGED_CELLS", HOST_MESSAGES.mergedCells(existing.name, rectA1(merged)));
  }
}

function fromA1(extent: BlockExtent): CellRect {
  return { row: 0, column: 0, rows: extent.rows, columns: extent.columns };
}

function rectA1(rect: CellRect): string {
  return toA1Range(rect, { row: rect.row + rect.rows - 1, column: rect.column + rect.columns - 1 });
}

/** The undo index this fill will save. */
export function undoIndexFor(plan: OutputPlan, known: KnownState, fillId: string): UndoIndex {
  let row = FIRST_SNAPSHOT_ROW;
  const sheets: UndoEntry[] = plan.sheets.map((sheet) => {
    const existing = known.sheets.get(sheet.name.toLowerCase());
    // Charts on a sheet the fill creates go with the sheet; on an existing one undo deletes them.
    const charts = existing ? newChartNames(sheet, known) : [];
    // The fill sizes the planned columns and sets the frozen rows; undo puts back what was there.
    const layout = existing
      ? {
          widths: existing.layout.widths.slice(0, sheet.columnWidths.length),
          frozen: existing.layout.frozen,
        }
      : undefined;
    // The fill rewrites header and footer of a sheet it owns; undo puts the old texts back.
    const page = existing && sheet.page ? existing.pageTexts : undefined;
    const base = {
      sheet: sheet.name,
      extent: sheet.extent,
      ...(charts.length ? { charts } : {}),
      ...(layout ? { layout } : {}),
      ...(page ? { page } : {}),
    };
    const previous = existing?.block;
    if (!previous) return base;
    const entry = { ...base, previous: { extent: previous, row } };
    row += previous.rows + 1;
    return entry;
  });
  const created = plan.sheets
    .filter((s) => !known.sheets.has(s.name.toLowerCase()))
    .map((s) => s.name);
  return { version: 2, fillId, sheets, created };
}

/** Every step of writing `plan`, in order; `budget` bounds the size of one block chunk. */
export function planSteps(
  plan: OutputPlan,
  known: KnownState,
  index: UndoIndex,
  budget: number
): Step[] {
  return [
    ...snapshotSteps(known, index),
    ...plan.sheets.flatMap((sheet) => sheetSteps(sheet, known, budget)),
  ];
}

function snapshotSteps(known: KnownState, index: UndoIndex): Step[] {
  // The old index goes first: if Excel stops the batch before the new one is saved, no index
  // points at a half-written snapshot.
  const steps: Step[] = [
    step(known.undoKeys, known.undoKeys.length, (context) => {
      for (const key of known.undoKeys) context.workbook.settings.getItem(key).delete();
    }),
    step([UNDO_SHEET, index.fillId], 3, (context) => {
      if (known.undoSheetExists)
        context.workbook.worksheets.getItem(UNDO_SHEET).getRange().clear("All");
      else context.workbook.worksheets.add(UNDO_SHEET).visibility = "VeryHidden";
      // The snapshot names its fill, so undo can tell it from another fill's (queueGuard).
      context.workbook.worksheets.getItem(UNDO_SHEET).getRange(SNAPSHOT_FILL_ID_CELL).values = [
        [toTextInput(index.fillId)],
      ];
    }),
  ];
  for (const entry of index.sheets) {
    const previous = entry.previous;
    if (!previous) continue;
    steps.push(
      step(entry.sheet, 1, (context) => {
        const source = context.workbook.worksheets
          .getItem(entry.sheet)
          .getRange(blockRange(previous.extent));
        const target = context.workbook.worksheets
          .getItem(UNDO_SHEET)
          .getRangeByIndexes(previous.row, 0, 1, 1);
        target.copyFrom(source, "All");
      })
    );
  }
  steps.push(
    step(index, 1, (context) => {
      context.workbook.settings.add(undoSettingKey(index.fillId), index);
    })
  );
  return steps;
}

function sheetSteps(sheet: PlannedSheet, known: KnownState, budget: number): Step[] {
  const exists = known.sheets.has(sheet.name.toLowerCase());
  const ws = (context: Excel.RequestContext): Excel.Worksheet =>
    context.workbook.worksheets.getItem(sheet.name);
  const steps: Step[] = [];
  steps.push(
    step(sheet.name, 3, (context) => {
      if (!exists) context.workbook.worksheets.add(sheet.name);
      if (sheet.clear) ws(context).getRange(blockRange(sheet.clear)).clear("All");
      if (exists && sheet.extent.rows > 0 && sheet.extent.columns > 0)
        ws(context).getRange(blockRange(sheet.extent)).clear("All");
    })
  );
  steps.push(...cellSteps(sheet, ws, budget));
  steps.push(...styleSteps(sheet, ws));
  steps.push(layoutStep(sheet, ws));
  steps.push(...chartSteps(sheet, known));
  steps.push(nameStep(sheet, known));
  steps.push(...pageSteps(sheet, ws, known));
  return steps;
}

/** The block's rows as formulas and number formats, chunked to stay within the budget. */
function cellSteps(
  sheet: PlannedSheet,
  ws: (c: Excel.RequestContext) => Excel.Worksheet,
  budget: number
): Step[] {
  const { rows, columns } = sheet.extent;
  if (rows === 0 || columns === 0) return [];
  const formulas = Array.from({ length: rows }, (_, r) =>
    rowOf(sheet, r, columns).map(toFormulaInput)
  );
  const formats = Array.from({ length: rows }, (_, r) => rowOf(sheet, r, columns).map(formatCode));
  const rowBytes = (r: number): number => jsonLength(formulas[r]) + jsonLength(formats[r]) + 2;
  return chunkRows(rows, rowBytes, budget - 2000).map(([start, end]) => {
    const f = formulas.slice(start, end);
    const n = formats.slice(start, end);
    return step([f, n], 2, (context) => {
      const range = ws(context).getRangeByIndexes(start, 0, end - start, columns);
      // Formulas first: a formula written into a cell already formatted as text would stay text.
      range.formulas = f;
      range.numberFormat = n;
    });
  });
}

function rowOf(sheet: PlannedSheet, row: number, columns: number): (PlannedCell | null)[] {
  const line = sheet.cells[row] ?? [];
  return Array.from({ length: columns }, (_, c) => line[c] ?? null);
}

function formatCode(cell: PlannedCell | null): string {
  return cell?.format ? NUMBER_FORMAT_CODES[cell.format] : GENERAL_FORMAT;
}

/** One step per row with styles: each run of equally styled cells gets its format commands. */
function styleSteps(sheet: PlannedSheet, ws: (c: Excel.RequestContext) => Excel.Worksheet): Step[] {
  const steps: Step[] = [];
  for (let row = 0; row < sheet.extent.rows; row++) {
    const runs = styleRuns(rowOf(sheet, row, sheet.extent.columns));
    if (runs.length === 0) continue;
    steps.push(
      step(runs, runs.length * 6, (context) => {
        for (const run of runs)
          applyStyle(
            ws(context).getRangeByIndexes(row, run.start, 1, run.length).format,
            run.style
          );
      })
    );
  }
  return steps;
}

function styleRuns(
  cells: (PlannedCell | null)[]
): { start: number; length: number; style: CellStyle }[] {
  const runs: { start: number; length: number; style: CellStyle }[] = [];
  cells.forEach((cell, column) => {
    const style = cell?.style;
    if (!style) return;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.start + last.length === column) last.length++;
    else runs.push({ start: column, length: 1, style });
  });
  return runs;
}

function layoutStep(sheet: PlannedSheet, ws: (c: Excel.RequestContext) => Excel.Worksheet): Step {
  return step(sheet.columnWidths, sheet.columnWidths.length + 1, (context) => {
    const worksheet = ws(context);
    sheet.columnWidths.forEach((width, column) => {
      worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = toColumnPoints(width);
    });
    if (sheet.freezeRows > 0) worksheet.freezePanes.freezeRows(sheet.freezeRows);
    else worksheet.freezePanes.unfreeze();
  });
}

/**
 * The page layout of a sheet the add-in owns (page-layout.ts) and the marker name that tells a
 * later fill the sheet is the add-in's. Nothing on a sheet a user created (the plan has no page
 * setup for it then).
 */
function pageSteps(
  sheet: PlannedSheet,
  ws: (c: Excel.RequestContext) => Excel.Worksheet,
  known: KnownState
): Step[] {
  const page = sheet.page;
  if (page === undefined) return [];
  const marker = pageNameFor(sheet.name);
  return [
    step(page, 18, (context) => {
      const worksheet = ws(context);
      queuePageLayout(worksheet, page);
      if (!known.names.has(marker.toLowerCase())) {
        context.workbook.names.add(marker, worksheet.getRange("A1"));
      }
    }),
  ];
}

function nameStep(sheet: PlannedSheet, known: KnownState): Step {
  const name = blockNameFor(sheet.name);
  return step(name, 2, (context) => {
    if (known.names.has(name.toLowerCase())) context.workbook.names.getItem(name).delete();
    if (sheet.extent.rows > 0 && sheet.extent.columns > 0) {
      context.workbook.names.add(
        name,
        context.workbook.worksheets.getItem(sheet.name).getRange(blockRange(sheet.extent))
      );
    }
  });
}
