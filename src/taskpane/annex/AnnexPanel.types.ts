/** Props and state of "Anlage zur Vorlage" (AnnexPanel). */
import type { IssueFix, ValidationIssue } from "../../workbook/index";
import type { DownloadSupport } from "../state/download";

/** What the annex section shows: nothing yet, building, the file offered, or why not. */
export type AnnexState =
  | { readonly phase: "idle" }
  | { readonly phase: "running" }
  | { readonly phase: "done"; readonly fileName: string }
  | { readonly phase: "invalid"; readonly issues: readonly ValidationIssue[] };

/** The props of AnnexPanel. */
export interface AnnexPanelProps {
  readonly support: DownloadSupport;
  readonly state: AnnexState;
  readonly busy: boolean;
  onCreate(parts: { withComparison: boolean; withPlan: boolean }): void;
  onSelect(sheet: string, cell: string): void;
  onFix(fix: IssueFix): void;
}
