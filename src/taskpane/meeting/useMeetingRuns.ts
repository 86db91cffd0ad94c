/**
 * The meeting tools' writes to the workbook, each in the pane's one queue: adopting a model or
 * tried weights (read the inputs, write the changed cells, check again) and writing the
 * Modellvergleich or Mehrjahresplan sheet. Every outcome ends in a notice.
 */
import type { InputChanges, TaskpaneHost, ValidationIssue } from "../../workbook/index";
import {
  COMPARISON_SHEET,
  DEFAULT_MAPPING,
  PHASE_OUT_SHEET,
  planInputEdits,
  writeComparison,
  writePhaseOutPlan,
} from "../../workbook/index";
import type { Texts } from "../i18n";
import type { Notice } from "../state/notice";
import type { WorkbookRuns } from "../state/useWorkbookRuns";

/** The meeting tools' workbook operations; none of them rejects. */
export interface MeetingRuns {
  /** Writes `changes` into the input tables, checks again and reports `done`. */
  adopt(changes: InputChanges, done: string): Promise<void>;
  /** Writes the Modellvergleich sheet with its chart. */
  writeComparisonSheet(): Promise<void>;
  /** Writes the Mehrjahresplan sheet. */
  writePhaseOutSheet(): Promise<void>;
}

/** The first error's message, which says why a sheet was not written. */
function firstError(issues: readonly ValidationIssue[]): string {
  return issues.find((issue) => issue.severity === "error")?.message ?? "";
}

/** Returns the meeting's operations over `runs`' queue; `notify` shows their outcome. */
export function meetingRuns(
  host: TaskpaneHost,
  runs: Pick<WorkbookRuns, "enqueue" | "revalidateInQueue" | "runOptions">,
  texts: Texts,
  notify: (notice: Notice) => void
): MeetingRuns {
  /** Reports whether `sheet` was written, with the blocking issue when not. */
  const reportWrite = (sheet: string, written: boolean, issues: readonly ValidationIssue[]) =>
    notify(
      written
        ? { intent: "success", text: texts.sheetWritten(sheet) }
        : { intent: "error", text: texts.sheetNotWritten(sheet), reason: firstError(issues) }
    );

  return {
    adopt: (changes, done) =>
      runs.enqueue(async () => {
        const options = runs.runOptions();
        // The cells are located in a fresh read: a co-author may have moved rows meanwhile.
        const mapping = options.mapping ?? DEFAULT_MAPPING;
        const snapshot = await host.readInputs(mapping);
        await host.applyInputEdits(planInputEdits(snapshot, changes, mapping));
        notify({ intent: "success", text: done });
        await runs.revalidateInQueue();
      }),
    writeComparisonSheet: () =>
      runs.enqueue(async () => {
        const written = await writeComparison(host, runs.runOptions());
        reportWrite(COMPARISON_SHEET, written.written, written.outcome.issues);
      }),
    writePhaseOutSheet: () =>
      runs.enqueue(async () => {
        const written = await writePhaseOutPlan(host, runs.runOptions());
        reportWrite(PHASE_OUT_SHEET, written.written, written.outcome.issues);
      }),
  };
}
