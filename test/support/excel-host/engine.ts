/**
 * The round-trip machinery behind `Excel.run` / `context.sync()` of the in-memory host: executes
 * a sync's commands against the document (like Excel keeping the commands before a failing one,
 * or atomically), enforces the payload limits, counts and logs round trips, injects faults,
 * calculates formulas on demand and dispatches change events.
 */
import { type Calculator, hyperFormulaCalculator } from "./calc";
import { RequestContext } from "./context";
import { ExcelHostError, type ExcelHostErrorCode } from "./errors";
import { type Change, EventRegistry } from "./events";
import { type SheetModel, WorkbookModel, cellKey, getCell } from "./model";
import type { Action, Exec } from "./proxy";
import type { StoredValue } from "./values";

/** Excel on the web refuses a request (or response) larger than 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** How the host behaves. */
export interface ExcelHostOptions {
  /** Largest request of one sync, in bytes of JSON; default 5 MB. */
  readonly payloadLimitBytes?: number;
  /** Largest response of one sync; default the request limit. */
  readonly responseLimitBytes?: number;
  /**
   * "partial" (default): the commands before the failing one stay applied, which is what Excel
   * itself does – Microsoft documents no rollback of a failed context.sync(), and
   * OfficeExtension.Error.traceMessages holds "all trace messages that were executed before the
   * error occurred". "atomic": a failing sync applies nothing (for tests that isolate a step).
   */
  readonly failedSync?: "atomic" | "partial";
  /** Formula results; default HyperFormula, null = formula cells stay without a value. */
  readonly calculator?: Calculator | null;
}

/** One round trip as the host saw it. */
export interface SyncRecord {
  readonly index: number;
  readonly actions: readonly { kind: Action["kind"]; label: string; bytes: number }[];
  readonly requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  failed?: string;
}

/** A fault a test injects into the next sync that carries commands. */
export interface Fault {
  readonly code: ExcelHostErrorCode;
  readonly message?: string;
  /** Fail after this many commands ran (partial mode keeps them); default: before any. */
  readonly afterActions?: number;
  /** Let this many syncs succeed first; default 0 (the next sync fails). */
  readonly afterSyncs?: number;
}

/** The round-trip machinery of the in-memory Excel host. */
export class HostEngine {
  /** Round trips so far (syncs that carried commands). */
  syncCount = 0;
  /** Every round trip, in order. */
  readonly requests: SyncRecord[] = [];
  /** Registered onChanged handlers. */
  readonly events = new EventRegistry();
  payloadLimitBytes: number;
  responseLimitBytes: number;
  failedSync: "atomic" | "partial";
  protected model = new WorkbookModel();
  private readonly calculator: Calculator | null;
  private calcCache:
    | { model: WorkbookModel; revision: number; values: Map<string, Map<number, StoredValue>> }
    | undefined;
  private faults: Fault[] = [];
  private pendingEvents: Promise<void>[] = [];

  constructor(options: ExcelHostOptions = {}) {
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
    this.responseLimitBytes = options.responseLimitBytes ?? this.payloadLimitBytes;
    this.failedSync = options.failedSync ?? "partial";
    this.calculator =
      options.calculator === undefined ? hyperFormulaCalculator : options.calculator;
  }

  /**
   * Excel.run: `run(batch)`, or `run(contextOrObjectOrObjects, batch)` to reuse an earlier
   * context (needed to remove event handlers). Syncs what the batch left queued at the end.
   */
  async run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function")
      throw new ExcelHostError("InvalidArgument", undefined, "Excel.run");
    const context =
      args.length > 1 ? (contextOf(args[0]) ?? new RequestContext(this)) : new RequestContext(this);
    const result: unknown = batch(context);
    if (!isThenable(result)) throw new ExcelHostError("RunMustReturnPromise");
    const value = (await result) as T;
    await context.sync();
    return value;
  }

  /** Executes one sync (called by RequestContext.sync). */
  async execute(actions: readonly Action[]): Promise<void> {
    await Promise.resolve();
    if (actions.length === 0) return;
    this.syncCount++;
    const record: SyncRecord = {
      index: this.syncCount,
      actions: actions.map(({ kind, label, bytes }) => ({ kind, label, bytes })),
      requestBytes: actions.reduce((n, a) => n + a.bytes, 0),
      responseBytes: 0,
      calculationSuspended: false,
    };
    this.requests.push(record);
    try {
      this.executeActions(actions, record);
    } catch (error) {
      record.failed = error instanceof ExcelHostError ? error.code : String(error);
      throw error;
    }
  }

  private executeActions(actions: readonly Action[], record: SyncRecord): void {
    const fault = this.takeFault();
    if (fault && fault.afterActions === undefined)
      throw new ExcelHostError(fault.code, fault.message);
    if (record.requestBytes > this.payloadLimitBytes)
      throw new ExcelHostError("RequestPayloadSizeLimitExceeded");
    const partial = this.failedSync === "partial";
    const exec = this.newExec(partial ? this.model : this.model.clone());
    try {
      actions.forEach((action, i) => {
        if (fault && i === fault.afterActions) throw new ExcelHostError(fault.code, fault.message);
        action.execute(exec);
      });
      if (exec.responseBytes > this.responseLimitBytes)
        throw new ExcelHostError("ResponsePayloadSizeLimitExceeded");
    } catch (error) {
      if (partial) this.fireChanges(exec);
      throw error;
    }
    this.model = exec.model;
    record.responseBytes = exec.responseBytes;
    record.calculationSuspended = exec.flags.has("calculationSuspended");
    for (const commit of exec.commits) commit();
    this.fireChanges(exec);
  }

  private newExec(model: WorkbookModel): Exec {
    return {
      model,
      memo: new Map(),
      commits: [],
      changes: [],
      responseBytes: 0,
      flags: new Set(),
      resolving: [],
      valueOf: (sheet, row, column) => this.valueOf(model, sheet, row, column),
    };
  }

  private fireChanges(exec: Exec): void {
    for (const { sheetId, rect } of exec.changes)
      this.dispatch({ sheetId, rect, source: "Local", byAddin: true });
  }

  protected dispatch(change: Change): Promise<void> {
    const model = this.model;
    const done = Promise.resolve().then(() => this.events.dispatch(model, change));
    this.pendingEvents.push(done);
    return done;
  }

  /** The calculated value of a cell. */
  protected valueOf(
    model: WorkbookModel,
    sheet: SheetModel,
    row: number,
    column: number
  ): StoredValue {
    const cell = getCell(sheet, row, column);
    if (!cell) return null;
    if (cell.formula === undefined || !this.calculator) return cell.value;
    if (
      !this.calcCache ||
      this.calcCache.model !== model ||
      this.calcCache.revision !== model.revision
    ) {
      this.calcCache = { model, revision: model.revision, values: this.calculator(model) };
    }
    return this.calcCache.values.get(sheet.id)?.get(cellKey(row, column)) ?? null;
  }

  /** Makes a coming sync (the next one that carries commands, or a later one) fail with this error. */
  failNextSync(fault: Fault): void {
    this.faults.push(fault);
  }

  /** The fault due for this sync, counting down the others. */
  private takeFault(): Fault | undefined {
    const due = this.faults.find((f) => (f.afterSyncs ?? 0) <= 0);
    this.faults = this.faults
      .filter((f) => f !== due)
      .map((f) => ({ ...f, afterSyncs: (f.afterSyncs ?? 0) - 1 }));
    return due;
  }

  /** Resolves when every onChanged handler triggered so far has finished. */
  async flushEvents(): Promise<void> {
    while (this.pendingEvents.length > 0) {
      const pending = this.pendingEvents;
      this.pendingEvents = [];
      await Promise.all(pending);
    }
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

function contextOf(value: unknown): RequestContext | undefined {
  if (value instanceof RequestContext) return value;
  if (Array.isArray(value)) return contextOf(value[0]);
  const context =
    typeof value === "object" && value !== null
      ? (value as { context?: unknown }).context
      : undefined;
  return context instanceof RequestContext ? context : undefined;
}
