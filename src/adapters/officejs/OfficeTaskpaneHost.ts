/**
 * The task pane's host over Office.js: the workbook port plus selecting cells, applying fixes,
 * the saved mapping, the table list, creating input sheets, input change events and undo.
 */
import {
  GENERAL_FORMAT,
  MAPPING_SETTING_KEY,
  type InputEdits,
  type IssueFix,
} from "../../workbook";
import type {
  CreatedInputSheets,
  InputsChangedEvent,
  TableInfo,
  TaskpaneHost,
  UndoResult,
} from "../../workbook/host";
import { applyInputEdits } from "./input-edits";
import { createInputSheets } from "./input-sheets";
import { subscribeInputs } from "./input-events";
import { OfficeWorkbook, type OfficeWorkbookOptions } from "./OfficeWorkbook";
import { mapErrors, runMapped } from "./run";
import { queueGuard, queueRestore, readUndoState } from "./undo";
import { HostError, officeErrorCode, toHostError } from "./errors";
import { HOST_MESSAGES } from "./messages";
import { toScalarInput } from "./values";

/** Options of the task pane's host. */
export interface OfficeTaskpaneHostOptions extends OfficeWorkbookOptions {
  /**
   * The user's display name. Excel's JavaScript API exposes no user identity without single
   * sign-on, so the pane passes it in when it knows it (e.g. asked once and stored).
   */
  readonly userName?: string | null;
}

/** TaskpaneHost over Office.js. */
export class OfficeTaskpaneHost extends OfficeWorkbook implements TaskpaneHost {
  private readonly userName: string | null;

  constructor(options: OfficeTaskpaneHostOptions = {}) {
    super(options);
    this.userName = options.userName ?? null;
  }

  /** Activates the sheet and selects the cell (one sync). */
  selectCell(sheet: string, a1: string): Promise<void> {
    return runMapped(this.run, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(a1).select();
      await context.sync();
    });
  }

  /**
   * Writes the fix's value (two syncs). A number written into a text-formatted cell would stay
   * text, so such a cell gets the General format first.
   */
  applyFix(fix: IssueFix): Promise<void> {
    return runMapped(this.run, async (context) => {
      const range = context.workbook.worksheets
        .getItem(fix.sheet)
        .getRange(fix.cell)
        .load("numberFormat");
      await context.sync();
      const textFormat = range.numberFormat[0]?.[0] === "@";
      if (typeof fix.value === "number" && textFormat) range.numberFormat = [[GENERAL_FORMAT]];
      range.values = [[toScalarInput(fix.value)]];
      await context.sync();
    });
  }

  /** The saved mapping setting, or null (one sync). */
  readMappingSetting(): Promise<unknown> {
    return runMapped(this.run, async (context) => {
      const setting = context.workbook.settings
        .getItemOrNullObject(MAPPING_SETTING_KEY)
        .load("value");
      await context.sync();
      return setting.isNullObject ? null : (setting.value as unknown);
    });
  }

  /** Saves the mapping setting (one sync). */
  saveMappingSetting(json: string): Promise<void> {
    return runMapped(this.run, async (context) => {
      context.workbook.settings.add(MAPPING_SETTING_KEY, json);
      await context.sync();
    });
  }

  /** Every table with its sheet and headers (one sync). */
  listTables(): Promise<TableInfo[]> {
    return runMapped(this.run, async (context) => {
      const tables = context.workbook.tables.load(
        "items/name, items/worksheet/name, items/columns/items/name"
      );
      await context.sync();
      return tables.items.map((t) => ({
        name: t.name,
        sheet: t.worksheet.name,
        headers: t.columns.items.map((c) => c.name),
      }));
    });
  }

  /** Creates the missing input sheets of the default layout (two syncs). */
  createInputSheets(): Promise<CreatedInputSheets> {
    this.presence = undefined;
    return runMapped(this.run, (context) => createInputSheets(context));
  }

  /** Subscribes to changes of the mapped inputs (two syncs); resolves to the unsubscribe function. */
  async onInputsChanged(
    handler: (event: InputsChangedEvent) => void
  ): Promise<() => Promise<void>> {
    const unsubscribe = await mapErrors(() => subscribeInputs(this.run, handler));
    return () => mapErrors(unsubscribe);
  }

  /**
   * Restores the blocks of before the last fill: one sync right after this adapter's own fill
   * (guarded, see queueGuard), else two (read the index, restore).
   */
  async undoLastFill(): Promise<UndoResult | null> {
    const known = this.lastUndo;
    this.lastUndo = undefined;
    // Undo deletes the sheets the fill created; the next read learns what exists.
    this.presence = undefined;
    if (known) {
      try {
        return await this.run(async (context) => {
          queueGuard(context, known);
          const restored = queueRestore(context, known);
          await context.sync();
          return { restored };
        });
      } catch (error) {
        // A newer fill (ItemNotFound) or a sheet protected since (AccessDenied): the fresh read
        // below finds the right index, or names the protected sheet.
        const code = officeErrorCode(error);
        if (code !== "ItemNotFound" && code !== "AccessDenied") throw toHostError(error);
      }
    }
    return runMapped(this.run, async (context) => {
      const state = await readUndoState(context);
      if (!state) return null;
      queueGuard(context, state);
      const restored = queueRestore(context, state);
      try {
        await context.sync();
      } catch (error) {
        // The guard: the snapshot is not this index's (a co-author's fill has arrived only in
        // part) or the index changed since it was read. Nothing was restored.
        if (officeErrorCode(error) === "ItemNotFound")
          throw new HostError("UNDO_MISMATCH", HOST_MESSAGES.undoMismatch(), error);
        throw error;
      }
      return { restored };
    });
  }

  /** True when the last fill can be undone (one sync; also prepares a one-sync undo). */
  async hasUndo(): Promise<boolean> {
    const state = await runMapped(this.run, (context) => readUndoState(context));
    this.lastUndo = state;
    return state !== undefined;
  }

  /**
   * Writes the adopted parameter/weight values into the input tables, appending rows only where
   * a needed row is missing (two syncs: check, write; see applyInputEdits in input-edits.ts).
   */
  applyInputEdits(edits: InputEdits): Promise<void> {
    return runMapped(this.run, (context) => applyInputEdits(context, edits));
  }

  /** The user's name as given in the options, else null. */
  getUserName(): string | null {
    return this.userName;
  }
}
