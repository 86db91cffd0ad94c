/**
 * Undo of the last fill: read the undo index with what exists now (one sync), then in one more
 * sync clear each block the fill wrote, copy the previous block back from the undo sheet, restore
 * the block names, the column widths, the frozen panes and the page header/footer texts, delete
 * the charts and sheets the fill
 * created, and drop the index. The same restore rolls back a fill whose write failed half-way.
 * A state known from earlier (the adapter's own last fill) can be restored in a single sync
 * behind a guard: the batch first asks Excel for that fill's index key and for its id in the
 * snapshot, so when a co-author has filled since – or only part of their fill has arrived – the
 * batch stops before changing anything.
 */
import { blockNameFor, blockRange, pageNameFor } from "../../workbook";
import { HostError, toHostError } from "./errors";
import { queueLayoutRestore } from "./layout";
import { queuePageTextsRestore } from "./page-layout";
import { HOST_MESSAGES } from "./messages";
import {
  SNAPSHOT_FILL_ID_RANGE,
  UNDO_SETTING_PREFIX,
  UNDO_SHEET,
  type UndoEntry,
  type UndoIndex,
  parseUndoIndex,
  undoSettingKey,
} from "./undo-index";

/** The saved index and what the restore must know about the workbook now. */
export interface UndoState {
  readonly index: UndoIndex;
  /** The setting key holding the index. */
  readonly key: string;
  /** Lower-case name → name as spelled, of the sheets that exist. */
  readonly sheets: ReadonlyMap<string, string>;
  readonly protectedSheets: ReadonlySet<string>;
  /** Lower-case names of the workbook-level names. */
  readonly names: ReadonlySet<string>;
  /** Lower-case sheet name → lower-case names of the charts on it. */
  readonly charts: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Reads the undo index (one sync); undefined when there is nothing to undo. */
export async function readUndoState(context: Excel.RequestContext): Promise<UndoState | undefined> {
  const settings = context.workbook.settings.load("items/key, items/value");
  const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET).load("name");
  const sheets = context.workbook.worksheets.load(
    "items/name, items/protection/protected, items/charts/items/name"
  );
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const saved = settings.items
    .filter((s) => s.key.startsWith(UNDO_SETTING_PREFIX))
    .map((s) => ({ key: s.key, index: parseUndoIndex(s.value) }))
    .find((s) => s.index !== undefined && s.key === undoSettingKey(s.index.fillId));
  if (!saved?.index || undoSheet.isNullObject) return undefined;
  return {
    index: saved.index,
    key: saved.key,
    sheets: new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.name])),
    protectedSheets: new Set(
      sheets.items.filter((s) => s.protection.protected).map((s) => s.name.toLowerCase())
    ),
    names: new Set(names.items.map((n) => n.name.toLowerCase())),
    charts: new Map(
      sheets.items.map((s) => [
        s.name.toLowerCase(),
        new Set(s.charts.items.map((c) => c.name.toLowerCase())),
      ])
    ),
  };
}

/**
 * Queues the restore of `state` (no sync) and returns the sheets put back. Throws a HostError
 * before queueing anything when a sheet to restore is protected.
 */
export function queueRestore(context: Excel.RequestContext, state: UndoState): string[] {
  const sheets = restorableSheets(state);
  const protectedSheet = sheets.find(({ name }) => state.protectedSheets.has(name.toLowerCase()));
  if (protectedSheet) {
    throw new HostError("SHEET_PROTECTED", HOST_MESSAGES.sheetProtected(protectedSheet.name));
  }
  for (const sheet of sheets) queueSheetRestore(context, state, sheet);
  queueFinish(context, state);
  return sheets.map(({ name }) => name);
}

/**
 * Rolls back a failed write, one sync per sheet. A sheet whose block Excel refuses to clear
 * because merged cells reach into it was refused the same way by the write, so it is unchanged
 * and is skipped instead of stopping the rollback.
 */
export async function rollBack(context: Excel.RequestContext, state: UndoState): Promise<void> {
  queueGuard(context, state);
  for (const sheet of restorableSheets(state)) {
    queueSheetRestore(context, state, sheet);
    try {
      // Only on the failure path, where one sheet must not stop the others.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (toHostError(error).code !== "MERGED_CELLS") throw error;
    }
  }
  queueFinish(context, state);
  await context.sync();
}

/** The existing sheets of the index the fill did not create, with their entries. */
function restorableSheets(state: UndoState): { name: string; entry: UndoEntry }[] {
  const created = new Set(state.index.created.map((s) => s.toLowerCase()));
  return state.index.sheets.flatMap((entry) => {
    const name = state.sheets.get(entry.sheet.toLowerCase());
    return name && !created.has(name.toLowerCase()) ? [{ name, entry }] : [];
  });
}

/**
 * Deletes the charts the fill created (those still there; first, so a batch Excel stops on a
 * chart stops before any cell changed), clears the fill's block, copies the previous one back
 * and restores its name, the column widths and the frozen panes.
 */
function queueSheetRestore(
  context: Excel.RequestContext,
  state: UndoState,
  { name, entry }: { name: string; entry: UndoEntry }
): void {
  const workbook = context.workbook;
  const sheet = workbook.worksheets.getItem(name);
  const charts = state.charts.get(name.toLowerCase());
  for (const chart of entry.charts ?? []) {
    if (charts?.has(chart.toLowerCase())) sheet.charts.getItem(chart).delete();
  }
  sheet.getRange(blockRange(entry.extent)).clear("All");
  const blockName = blockNameFor(name);
  if (state.names.has(blockName.toLowerCase())) workbook.names.getItem(blockName).delete();
  if (entry.previous) {
    const { extent, row } = entry.previous;
    const copy = workbook.worksheets
      .getItem(UNDO_SHEET)
      .getRangeByIndexes(row, 0, extent.rows, extent.columns);
    sheet.getRange("A1").copyFrom(copy, "All");
    workbook.names.add(blockName, sheet.getRange(blockRange(extent)));
  }
  if (entry.layout) queueLayoutRestore(sheet, entry.layout);
  if (entry.page) queuePageTextsRestore(sheet, entry.page);
}

/** Deletes the sheets the fill created, the index and the snapshot. */
function queueFinish(context: Excel.RequestContext, state: UndoState): void {
  const workbook = context.workbook;
  for (const sheetName of state.index.created) {
    const name = state.sheets.get(sheetName.toLowerCase());
    if (!name) continue;
    // The sheet's names go with it; left behind they would point at #REF!.
    for (const ownName of [blockNameFor(name), pageNameFor(name)]) {
      if (state.names.has(ownName.toLowerCase())) workbook.names.getItem(ownName).delete();
    }
    workbook.worksheets.getItem(name).delete();
  }
  workbook.settings.getItem(state.key).delete();
  workbook.worksheets.getItem(UNDO_SHEET).getRange().clear("All");
}

/**
 * Queues, as the batch's first commands, a read of the index key and a search for the fill's id
 * in the snapshot: Excel stops the batch with ItemNotFound when the index is gone (a later fill
 * replaced it) or the snapshot belongs to another fill (the setting and the very hidden sheet
 * reach co-authors separately), before any restore command runs. Range.find answers "no match"
 * with ItemNotFound (documented), which is what makes the check part of the batch.
 */
export function queueGuard(context: Excel.RequestContext, state: UndoState): void {
  context.workbook.settings.getItem(state.key).load("key");
  context.workbook.worksheets
    .getItem(UNDO_SHEET)
    .getRange(SNAPSHOT_FILL_ID_RANGE)
    .find(state.index.fillId, { completeMatch: true, matchCase: true });
}

/**
 * What the adapter knows right after its own successful fill, for a one-sync undo: the charts
 * the fill created exist (a user who deleted one since makes the guarded undo stop with
 * ItemNotFound, and the fresh read behind it sees what is there).
 */
export function stateAfterFill(
  index: UndoIndex,
  sheetNames: readonly string[],
  names: readonly string[]
): UndoState {
  return {
    index,
    key: undoSettingKey(index.fillId),
    sheets: new Map(sheetNames.map((n) => [n.toLowerCase(), n])),
    protectedSheets: new Set(),
    names: new Set(names.map((n) => n.toLowerCase())),
    charts: new Map(
      index.sheets.map((e) => [
        e.sheet.toLowerCase(),
        new Set((e.charts ?? []).map((c) => c.toLowerCase())),
      ])
    ),
  };
}
