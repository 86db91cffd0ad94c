/**
 * Every operation of the pane on the workbook — check, fill, apply a fix, undo — one at a time
 * (a serial queue), each ending in state the pane can show. A failure never escapes: it becomes a
 * notice, because a rejected promise in a click handler would leave the user with nothing.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type {
  FillOutcome,
  InputMapping,
  IssueFix,
  RunOptions,
  TaskpaneHost,
  ValidationOutcome,
} from "../../workbook/index";
import { fillWorkbook, validateWorkbook } from "../../workbook/index";
import type { FillStep } from "./progressPort";
import { withProgress } from "./progressPort";
import { createSerialQueue } from "./serialQueue";

/** The latest check: its outcome and when it ran; `running` while a check or fill reads. */
export interface CheckState {
  readonly outcome?: ValidationOutcome;
  readonly checkedAt?: Date;
  readonly running: boolean;
}

/** The fill: not started, in a step, or done (written or refused, see `outcome.written`). */
export type FillState =
  | { readonly phase: "idle" }
  | { readonly phase: "running"; readonly step: FillStep }
  | { readonly phase: "done"; readonly outcome: FillOutcome; readonly filledAt: Date };

/** What a successful operation wants to tell the user. */
export type RunMessage =
  | { readonly kind: "fixApplied"; readonly fix: IssueFix }
  | { readonly kind: "undone"; readonly sheets: readonly string[] }
  | { readonly kind: "fillStarted" }
  | { readonly kind: "filled" }
  | { readonly kind: "nothingToUndo" };

/** What the runs need besides the host; read at the moment an operation starts. */
export interface RunSettings {
  readonly mapping: InputMapping;
  readonly productVersion: string;
  readonly clock: () => Date;
}

/** The pane's workbook operations and their state. Actions never reject. */
export interface WorkbookRuns {
  readonly check: CheckState;
  readonly filling: FillState;
  readonly hasUndo: boolean;
  /** True while any operation runs (buttons that start one are disabled). */
  readonly busy: boolean;
  validate(): Promise<void>;
  fill(): Promise<void>;
  /** Validates, or fills when `refill` is true (the live check with automatic refill). */
  refresh(refill: boolean): Promise<void>;
  applyFix(fix: IssueFix): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  undo(): Promise<void>;
  /**
   * Runs another workbook operation (the meeting tools' writes) in the same queue, so it never
   * overlaps a check or fill; its failure becomes a notice. Never rejects.
   */
  enqueue(task: () => Promise<void>): Promise<void>;
  /** Checks the inputs again; only from inside a task given to `enqueue` (it does not queue). */
  revalidateInQueue(): Promise<void>;
  /** The options a workbook-layer run needs now: mapping, clock, version, the user's name. */
  runOptions(): RunOptions;
}

/** Returns the operations on `host`; `onError` and `onMessage` receive what to show. */
export function useWorkbookRuns(
  host: TaskpaneHost,
  settings: RunSettings,
  onError: (error: unknown) => void,
  onMessage: (message: RunMessage) => void
): WorkbookRuns {
  const [check, setCheck] = useState<CheckState>({ running: false });
  const [filling, setFill] = useState<FillState>({ phase: "idle" });
  const [hasUndo, setHasUndo] = useState(false);
  const [pending, setPending] = useState(0);
  const queue = useMemo(() => createSerialQueue(), []);
  // Operations started later (live checks) must see the current mapping and callbacks.
  const latest = useRef({ settings, onError, onMessage });
  latest.current = { settings, onError, onMessage };

  // The user's name goes into the Protokoll row of every fill (and the meeting sheets).
  const options = (): RunOptions => {
    const { mapping, productVersion, clock } = latest.current.settings;
    return { mapping, productVersion, now: clock(), userName: host.getUserName() };
  };

  /** Runs `task` in the queue; its failure becomes a notice. */
  const enqueue = useCallback(
    async (task: () => Promise<void>) => {
      setPending((count) => count + 1);
      try {
        await queue.run(task);
      } catch (error) {
        latest.current.onError(error);
      } finally {
        setPending((count) => count - 1);
      }
    },
    [queue]
  );

  const refreshUndo = async () => setHasUndo(await host.hasUndo());

  const stopChecking = () => setCheck((previous) => ({ ...previous, running: false }));

  const validateNow = async () => {
    setCheck((previous) => ({ ...previous, running: true }));
    const runOptions = options();
    try {
      const outcome = await validateWorkbook(host, runOptions);
      setCheck({ outcome, checkedAt: runOptions.now, running: false });
    } catch (error) {
      stopChecking();
      throw error;
    }
  };

  const fillNow = async () => {
    setCheck((previous) => ({ ...previous, running: true }));
    setFill({ phase: "running", step: "read" });
    // Said at once: a fast fill can end before the running state is ever drawn.
    latest.current.onMessage({ kind: "fillStarted" });
    const runOptions = options();
    try {
      const port = withProgress(host, (step) => setFill({ phase: "running", step }));
      const outcome = await fillWorkbook(port, runOptions);
      setCheck({ outcome, checkedAt: runOptions.now, running: false });
      setFill({ phase: "done", outcome, filledAt: runOptions.now });
      if (outcome.written) latest.current.onMessage({ kind: "filled" });
    } catch (error) {
      stopChecking();
      setFill({ phase: "idle" });
      throw error;
    }
    await refreshUndo();
  };

  // Once per host: later changes of the undo state come from this pane's own fills and undos.
  useEffect(() => {
    void enqueue(refreshUndo);
  }, [host, enqueue]);

  return {
    check,
    filling,
    hasUndo,
    busy: pending > 0,
    validate: () => enqueue(validateNow),
    fill: () => enqueue(fillNow),
    refresh: (refill) => enqueue(refill ? fillNow : validateNow),
    applyFix: (fix) =>
      enqueue(async () => {
        await host.applyFix(fix);
        latest.current.onMessage({ kind: "fixApplied", fix });
        await validateNow();
      }),
    selectCell: async (sheet, cell) => {
      try {
        await host.selectCell(sheet, cell);
      } catch (error) {
        latest.current.onError(error);
      }
    },
    undo: () =>
      enqueue(async () => {
        const result = await host.undoLastFill();
        latest.current.onMessage(
          result === null ? { kind: "nothingToUndo" } : { kind: "undone", sheets: result.restored }
        );
        setFill({ phase: "idle" });
        await refreshUndo();
      }),
    enqueue,
    revalidateInQueue: validateNow,
    runOptions: options,
  };
}
