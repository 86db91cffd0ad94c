/**
 * The task pane's props and state. The host is passed in (index.tsx creates it in Office.onReady),
 * so no component imports Excel or Office and tests can pass an in-memory host.
 */
import type { InputMapping, IssueFix, TaskpaneHost, ValidationIssue } from "../workbook/index";
import type { AnnexRun } from "./annex/useAnnex";
import type { FocusRequest } from "./focus";
import type { MeetingRuns } from "./meeting/useMeetingRuns";
import type { FileDownloads } from "./state/download";
import type { PaneLanguage } from "./PaneContext";
import type { Notice } from "./state/notice";
import type { MappingSetting } from "./state/useMappingSetting";
import type { LiveUpdates } from "./state/useLiveUpdates";
import type { WorkbookRuns } from "./state/useWorkbookRuns";

/** What index.tsx (or a test) gives the pane. */
export interface AppProps {
  readonly host: TaskpaneHost;
  /** Office.context.displayLanguage, e.g. "de-DE"; English texts unless it starts with "de". */
  readonly language: string;
  /** The add-in's version, written into the output sheets' provenance line. */
  readonly productVersion: string;
  /** The build's hash, shown with the version in the "Über" line so support can tell builds apart. */
  readonly buildHash?: string;
  /** The clock for the times of checks and fills; the system clock unless a test fixes it. */
  readonly clock?: () => Date;
  /**
   * How the pane offers files for saving (the annex); index.tsx passes the browser's for the
   * Office platform it runs on. A plain browser's when absent.
   */
  readonly downloads?: FileDownloads;
}

/** The pane's sections. */
export type PaneTab = "check" | "fill" | "meeting" | "settings";

/** The user's actions on the workbook; failures end up in the message bar. */
export interface PaneActions {
  validate(): void;
  fill(): void;
  applyFix(fix: IssueFix): void;
  undo(): void;
  selectCell(sheet: string, cell: string): void;
}

/** Everything App renders; built by useApp. */
export interface AppState {
  readonly language: PaneLanguage;
  readonly tab: PaneTab;
  selectTab(tab: PaneTab): void;
  readonly notice?: Notice;
  dismissNotice(): void;
  /** Where focus goes in this render, after an action the user started. */
  readonly focusRequest?: FocusRequest;
  /** The state of the workbook operations (check, fill, undo). */
  readonly runs: WorkbookRuns;
  /** What the user can start; each clears the message bar first. */
  readonly actions: PaneActions;
  /** The meeting tools' writes (adopt a model or weights, write the meeting sheets). */
  readonly meeting: MeetingRuns;
  /** The annex to the committee paper: its state and whether files can be saved here. */
  readonly annex: AnnexRun & { readonly downloads: FileDownloads };
  /** The issues to list: warnings about the saved mapping, then the last check's. */
  readonly issues: readonly ValidationIssue[];
  readonly live: LiveUpdates;
  readonly autoRefill: boolean;
  setAutoRefill(on: boolean): void;
  readonly mapping: MappingSetting;
  /** Saves the mapping for all co-authors; the inputs are checked again with it. */
  saveMapping(mapping: InputMapping): Promise<void>;
  /** Called after input sheets were created: listen to the new tables and check again. */
  inputSheetsCreated(): void;
  /** Reports a failed operation in the message bar. */
  reportError(error: unknown): void;
}
