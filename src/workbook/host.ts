/**
 * The port the task pane talks to: the workbook port plus the few host operations the pane needs
 * (select a cell, apply a fix, the saved mapping, the input sheets, change events, undo). Pure
 * types; the Office.js adapter implements it, tests use the in-memory host behind it.
 */
import type { InputEdits, IssueFix, WorkbookPort } from "./types";

/** Who changed a cell: the user of this Excel or a co-author. */
export type ChangeSource = "local" | "remote";

/** One change of an input table or sheet. */
export interface InputsChangedEvent {
  readonly source: ChangeSource;
  readonly sheet: string;
  /** A1 address of the changed cells on `sheet`, e.g. "C4" or "B2:D3". */
  readonly address: string;
}

/** An Excel table of the workbook, for the mapping dialog. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** The header texts, left to right. */
  readonly headers: readonly string[];
}

/** The sheets createInputSheets made, and the ones it left alone because they existed. */
export interface CreatedInputSheets {
  readonly created: readonly string[];
  readonly skipped: readonly string[];
}

/** What undoLastFill restored: the output sheets put back (sheets the fill created are removed). */
export interface UndoResult {
  readonly restored: readonly string[];
}

/** The task pane's host: the workbook port plus host operations. */
export interface TaskpaneHost extends WorkbookPort {
  /** Activates the sheet and selects the cell (A1 address), e.g. to show an issue. */
  selectCell(sheet: string, a1: string): Promise<void>;
  /** Writes `fix.value` into `fix.cell` on `fix.sheet`. */
  applyFix(fix: IssueFix): Promise<void>;
  /** The saved mapping setting as stored (JSON text), or null when none is saved. */
  readMappingSetting(): Promise<unknown>;
  /** Saves the mapping setting (serializeMapping's JSON text) for all co-authors. */
  saveMappingSetting(json: string): Promise<void>;
  /** Every Excel table with its sheet and headers. */
  listTables(): Promise<TableInfo[]>;
  /** Creates the default layout's input sheets and tables; never touches an existing sheet. */
  createInputSheets(): Promise<CreatedInputSheets>;
  /**
   * Calls `handler` whenever a cell of a mapped input table (or fallback sheet) changes; resolves
   * to a function that unsubscribes.
   */
  onInputsChanged(handler: (event: InputsChangedEvent) => void): Promise<() => Promise<void>>;
  /** Restores the output blocks as they were before the last fill; null when there is nothing to undo. */
  undoLastFill(): Promise<UndoResult | null>;
  /** True when the last fill can be undone. */
  hasUndo(): Promise<boolean>;
  /**
   * Writes parameter/weight edits into the input tables in one go (Übernehmen of a compared model
   * or of tried weights); appended rows only where a needed row is missing.
   */
  applyInputEdits(edits: InputEdits): Promise<void>;
  /** The user's display name when the host knows it, else null. */
  getUserName(): string | null;
}
