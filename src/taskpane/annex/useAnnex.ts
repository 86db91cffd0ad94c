/**
 * The annex's logic: validate and compute exactly as a fill does (annexWorkbook, one read of the
 * inputs, in the pane's queue so it never overlaps a fill), render the .docx and offer it for
 * saving. The renderer (the `docx` library, several hundred kB) is loaded only here, with a
 * dynamic import: the pane and the custom functions start without it.
 */
import { useState } from "react";
import { annexWorkbook } from "../../report/annex-run";
import type { FileDownloads } from "../state/download";
import type { WorkbookRuns } from "../state/useWorkbookRuns";
import type { AnnexState } from "./AnnexPanel.types";

/** The media type of a Word document. */
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "Anlage-Sozialraumbudget-2027.docx". */
export function annexFileName(year: number): string {
  return `Anlage-Sozialraumbudget-${year}.docx`;
}

/** The annex section's state and its one action. */
export interface AnnexRun {
  readonly state: AnnexState;
  create(parts: { withComparison: boolean; withPlan: boolean }): Promise<void>;
}

/** Returns the annex's state and action over the pane's runs and downloads. */
export function useAnnex(
  runs: Pick<WorkbookRuns, "enqueue" | "runOptions">,
  host: Parameters<typeof annexWorkbook>[0],
  downloads: FileDownloads
): AnnexRun {
  const [state, setState] = useState<AnnexState>({ phase: "idle" });
  const create = (parts: { withComparison: boolean; withPlan: boolean }) =>
    runs.enqueue(async () => {
      setState({ phase: "running" });
      try {
        const { outcome, annex } = await annexWorkbook(host, runs.runOptions(), parts);
        if (annex === undefined || outcome.inputs === undefined) {
          setState({ phase: "invalid", issues: outcome.issues });
          return;
        }
        const { renderAnnexDocx } = await import(
          /* webpackChunkName: "annex-docx" */ "../../report/docx"
        );
        const fileName = annexFileName(outcome.inputs.parameters.year);
        downloads.save(await renderAnnexDocx(annex), fileName, DOCX_TYPE);
        setState({ phase: "done", fileName });
      } catch (error) {
        setState({ phase: "idle" });
        throw error;
      }
    });
  return { state, create };
}
