/**
 * What a fill records so it can be undone: before overwriting, each output sheet's previous block
 * is copied onto the very hidden sheet UNDO_SHEET (stacked from row 2 down, column A), and this
 * index, saved as a document setting, says where each copy lies, how the sheet's column widths,
 * frozen panes and page header/footer were, and which sheets the fill created.
 * The setting's key carries the fill's id, so "this fill's index still exists" can be checked by
 * Excel itself inside a batch (getItem fails for any other fill's key). The snapshot carries the
 * same id in its first row: the setting and the very hidden sheet reach co-authors separately,
 * so undo checks in its own batch that the snapshot belongs to the index (see queueGuard).
 */
import { type BlockExtent, UNDO_SETTING_PREFIX } from "../../workbook";
import { type SheetLayout, isSheetLayout } from "./layout";
import { type PageTexts, isPageTexts } from "./page-layout";

/** The very hidden sheet holding the snapshots of the previous blocks. */
export const UNDO_SHEET = "_SR_Rückgängig";

/** The cell of UNDO_SHEET that holds the id of the fill whose snapshot the sheet carries. */
export const SNAPSHOT_FILL_ID_CELL = "A1";

/** Where undo looks for that id: two cells, so Range.find searches them only (ExcelApi 1.9). */
export const SNAPSHOT_FILL_ID_RANGE = "A1:B1";

/** The first row (0-based) of the stacked snapshots, below the fill id. */
export const FIRST_SNAPSHOT_ROW = 1;

export { UNDO_SETTING_PREFIX };

/** The key of the undo index of a fill. */
export function undoSettingKey(fillId: string): string {
  return UNDO_SETTING_PREFIX + fillId;
}

/** One output sheet of a fill. */
export interface UndoEntry {
  readonly sheet: string;
  /** The block the fill wrote. */
  readonly extent: BlockExtent;
  /** The block before the fill and the 0-based row of its copy on UNDO_SHEET; absent: there was none. */
  readonly previous?: { readonly extent: BlockExtent; readonly row: number };
  /**
   * Charts the fill created on this existing sheet (no chart of that name was there); undo
   * deletes them. A chart the fill replaced is not restored as it was: it stays as the fill
   * wrote it, over the same cells, which then hold the restored previous block again.
   */
  readonly charts?: readonly string[];
  /**
   * The widths of the columns the fill sized and the frozen panes, as they were before the fill
   * (on a sheet that existed); undo puts them back.
   */
  readonly layout?: SheetLayout;
  /** The page header and footer texts before the fill, on a sheet whose page layout it set. */
  readonly page?: PageTexts;
}

/**
 * The undo index of the last fill. Version 2 (snapshot with its fill id in A1, blocks from row
 * 2); an index of version 1 (no id in the snapshot) is not understood, so such an old fill cannot
 * be undone rather than be undone from a snapshot nobody can vouch for.
 */
export interface UndoIndex {
  readonly version: 2;
  readonly fillId: string;
  readonly sheets: readonly UndoEntry[];
  /** Sheets the fill created (undo deletes them). */
  readonly created: readonly string[];
}

function isExtent(value: unknown): value is BlockExtent {
  const v = value as Partial<BlockExtent> | null;
  return (
    typeof v === "object" && v !== null && Number.isInteger(v.rows) && Number.isInteger(v.columns)
  );
}

function isEntry(value: unknown): value is UndoEntry {
  const v = value as Partial<UndoEntry> | null;
  if (typeof v !== "object" || v === null || typeof v.sheet !== "string" || !isExtent(v.extent))
    return false;
  const charts = v.charts as unknown;
  const chartsOk =
    charts === undefined ||
    (Array.isArray(charts) && charts.every((c: unknown) => typeof c === "string"));
  return (
    chartsOk &&
    (v.previous === undefined ||
      (isExtent(v.previous.extent) && Number.isInteger(v.previous.row))) &&
    (v.layout === undefined || isSheetLayout(v.layout)) &&
    (v.page === undefined || isPageTexts(v.page))
  );
}

/** The index from a stored setting value, or undefined when it is missing or not understood. */
export function parseUndoIndex(value: unknown): UndoIndex | undefined {
  const v = value as Partial<UndoIndex> | null;
  if (typeof v !== "object" || v === null || v.version !== 2 || typeof v.fillId !== "string")
    return undefined;
  if (!Array.isArray(v.sheets) || !v.sheets.every(isEntry)) return undefined;
  if (!Array.isArray(v.created) || !v.created.every((s) => typeof s === "string")) return undefined;
  return v as UndoIndex;
}

/** A new id for a fill (unique enough to tell two fills apart). */
export function newFillId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
