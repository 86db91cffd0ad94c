/**
 * WorkbookPort over Office.js. A validate-and-fill costs three round trips whatever the number of
 * municipalities: readInputs (1), readOutputState (1), writePlan (1). Each read also loads the
 * sheet and table lists; the next read queues reads only on what those lists showed to exist
 * (see presence.ts) and takes one more trip only when the workbook changed in between. writePlan splits its
 * request only when it would pass Excel on the web's 5 MB limit; the trade-off: the split batches
 * are separate syncs, so a failure after the first one leaves part of the new output written.
 * The user still sees an atomic fill, because every fill first snapshots the previous blocks
 * and saves an undo index, and a failed write is rolled back from that snapshot. The same
 * rollback covers real Excel, which (unlike a database) keeps the commands of a failed sync
 * that ran before the failing one.
 */
import {
  blockNameFor,
  pageNameFor,
  type InputMapping,
  InputSnapshot,
  OutputPlan,
  OutputState,
  WorkbookPort,
} from "../../workbook";
import { EXCEL_PAYLOAD_LIMIT_BYTES, batchBudget, packSteps, runBatches } from "./batches";
import { HostError, officeErrorCode, toHostError } from "./errors";
import { HOST_MESSAGES } from "./messages";
import type { WorkbookPresence } from "./presence";
import { readInputSnapshot } from "./read-inputs";
import { type KnownState, RECORDED_WIDTH_COLUMNS, readOutputSheets } from "./read-state";
import { type ExcelRunFunction, globalExcelRun, runMapped } from "./run";
import { type UndoState, readUndoState, rollBack, stateAfterFill } from "./undo";
import { UNDO_SHEET, newFillId } from "./undo-index";
import { checkWritable, planSteps, undoIndexFor } from "./write-plan";

/** How the adapter reaches Excel. */
export interface OfficeWorkbookOptions {
  /** Excel.run; default the global one. */
  readonly run?: ExcelRunFunction;
  /** Request size limit of one sync; default Excel on the web's 5 MB. */
  readonly payloadLimitBytes?: number;
}

/** WorkbookPort over Office.js (the task pane's workbook). */
export class OfficeWorkbook implements WorkbookPort {
  protected readonly run: ExcelRunFunction;
  private readonly payloadLimitBytes: number;
  /** What the last readOutputState saw; lets writePlan write in one round trip. */
  private known: KnownState | undefined;
  /** The undo state right after this adapter's last fill; lets undo restore in one round trip. */
  protected lastUndo: UndoState | undefined;
  /** Which sheets and tables existed at the last read (and the fill since); undefined: unknown. */
  protected presence: WorkbookPresence | undefined;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? globalExcelRun;
    this.payloadLimitBytes = options.payloadLimitBytes ?? EXCEL_PAYLOAD_LIMIT_BYTES;
  }

  /** Reads every input of `mapping` in one round trip (two when the workbook changed since). */
  async readInputs(mapping: InputMapping): Promise<InputSnapshot> {
    const { snapshot, presence } = await runMapped(this.run, (context) =>
      readInputSnapshot(context, mapping, this.presence)
    );
    this.presence = presence;
    return snapshot;
  }

  /** Reads the output sheets' state in one round trip (and remembers it for writePlan). */
  readOutputState(sheetNames: readonly string[]): Promise<OutputState> {
    return this.readState(sheetNames, RECORDED_WIDTH_COLUMNS);
  }

  private async readState(
    sheetNames: readonly string[],
    widthColumns: number
  ): Promise<OutputState> {
    const { state, known, presence } = await runMapped(this.run, (context) =>
      readOutputSheets(context, sheetNames, widthColumns, this.presence)
    );
    this.known = known;
    this.presence = presence;
    return state;
  }

  /**
   * Writes the plan in one round trip (more only above the payload limit). On failure the
   * workbook is left as it was, or a HostError WRITE_INCOMPLETE says it could not be restored.
   */
  async writePlan(plan: OutputPlan): Promise<void> {
    const known = await this.knownFor(plan);
    this.known = undefined;
    checkWritable(plan, known);
    const fillId = newFillId();
    const index = undoIndexFor(plan, known, fillId);
    const budget = batchBudget(this.payloadLimitBytes);
    const batches = packSteps(planSteps(plan, known, index, budget), budget);
    this.lastUndo = undefined;
    const before = this.presence;
    this.presence = undefined;
    try {
      await this.run((context) => runBatches(context, batches));
    } catch (error) {
      throw await this.afterFailedWrite(error, fillId);
    }
    if (before) {
      const created = [...index.created, UNDO_SHEET].map((n) => n.toLowerCase());
      this.presence = { ...before, sheets: new Set([...before.sheets, ...created]) };
    }
    const sheets = plan.sheets.map((s) => known.sheets.get(s.name.toLowerCase())?.name ?? s.name);
    const written = plan.sheets.filter((s) => s.extent.rows > 0 && s.extent.columns > 0);
    const names = [
      ...written.map((s) => blockNameFor(known.sheets.get(s.name.toLowerCase())?.name ?? s.name)),
      ...plan.sheets.filter((s) => s.page !== undefined).map((s) => pageNameFor(s.name)),
    ];
    this.lastUndo = stateAfterFill(index, sheets, names);
  }

  /**
   * What the last read saw, when it covers the plan's sheets and the columns whose widths the
   * plan sets (undo puts those back); else a fresh read.
   */
  private async knownFor(plan: OutputPlan): Promise<KnownState> {
    const names = plan.sheets.map((s) => s.name);
    const widest = Math.max(0, ...plan.sheets.map((s) => s.columnWidths.length));
    const known = this.known;
    const covers = (k: KnownState): boolean =>
      names.every((n) => k.covered.has(n.toLowerCase())) && widest <= k.widthColumns;
    if (known && covers(known)) return known;
    await this.readState(names, Math.max(RECORDED_WIDTH_COLUMNS, widest));
    if (!this.known) throw new Error("readOutputState did not record the workbook state");
    return this.known;
  }

  /**
   * Restores the previous blocks when this fill's undo index was saved before the failure (a
   * split write, or Excel keeping the commands before a failing one); returns the error to throw.
   */
  private async afterFailedWrite(error: unknown, fillId: string): Promise<Error> {
    try {
      await this.run(async (context) => {
        const state = await readUndoState(context);
        if (state?.index.fillId === fillId) await rollBack(context, state);
      });
    } catch (rollbackError) {
      if (officeErrorCode(rollbackError) === undefined && !(rollbackError instanceof HostError))
        throw rollbackError;
      if (officeErrorCode(error) === undefined && !(error instanceof HostError))
        return error as Error;
      return new HostError("WRITE_INCOMPLETE", HOST_MESSAGES.writeIncomplete(), error);
    }
    return toHostError(error);
  }
}
