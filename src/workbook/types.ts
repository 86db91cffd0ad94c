/**
 * The workbook layer's data: plain tables read from a workbook, validation issues, and the plan of
 * the output sheets. Pure data, shared by the .xlsx adapter (CLI) and the Office.js adapter (task
 * pane); neither adapter decides anything, they only read and write what these types describe.
 */

/** An Excel error shown in a cell, e.g. `#DIV/0!`, `#NV`/`#N/A`. */
export interface CellErrorValue {
  readonly error: string;
}

/** A plain cell value as the adapters deliver it. Dates arrive as Excel serial numbers. */
export type CellScalar = string | number | boolean | null;
export type CellValue = CellScalar | CellErrorValue;

/** True when a value is an Excel error. */
export function isCellError(value: CellValue): value is CellErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The inputs of the default layout (WORKBOOK.md); each lives in a table or a sheet. */
export type InputKey =
  "municipalities" | "indicators" | "weights" | "usage" | "boundShares" | "parameters";
export const INPUT_KEYS: readonly InputKey[] = [
  "municipalities",
  "indicators",
  "weights",
  "usage",
  "boundShares",
  "parameters",
];

/**
 * Where one input lives: an Excel table by name; when the workbook has no table of that name, the
 * sheet of that name with its header in row `headerRow` (1-based, default 1). Two inputs may share
 * a sheet only as tables.
 */
export interface InputLocation {
  readonly table: string;
  readonly sheet: string;
  readonly headerRow?: number;
}

/** Where every input lives. Saved in the workbook (task pane) or the default (CLI). */
export type InputMapping = Readonly<Record<InputKey, InputLocation>>;

/** A 0-based position on a sheet. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/**
 * One input table as read: its header row and the data rows below it, trailing blank rows
 * removed. `origin` is the header's first cell, so data cell (r, c) sits at
 * (origin.row + 1 + r, origin.column + c).
 */
export interface RawTable {
  readonly key: InputKey;
  /** Table name, or the sheet name when read by the sheet fallback. */
  readonly name: string;
  readonly sheet: string;
  readonly source: "table" | "sheet";
  readonly origin: CellPosition;
  readonly headers: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** What one read of the inputs returns (one round trip in Office.js). */
export interface InputSnapshot {
  /** The tables found; a missing key means neither the table nor the sheet exists. */
  readonly tables: Partial<Readonly<Record<InputKey, RawTable>>>;
  /** Every worksheet name of the workbook, in tab order. */
  readonly sheetNames: readonly string[];
  /** Every table name of the workbook (for the settings dialog). */
  readonly tableNames: readonly string[];
}

/** A rectangle of cells starting at A1, counted in rows and columns. */
export interface BlockExtent {
  readonly rows: number;
  readonly columns: number;
}

/**
 * What an output sheet holds before a fill (second read). `block` is the extent of the add-in's
 * own block from the last fill (from its defined name), absent when the add-in never filled it.
 * `values` is the sheet's used range from A1 (rows × columns), so the planner can tell whether a
 * larger block would cover a user's own cells.
 */
export interface OutputSheetState {
  readonly name: string;
  readonly block?: BlockExtent;
  /** True when the add-in created the sheet and so owns its page layout (page-setup.ts). */
  readonly pageOwned?: boolean;
  /**
   * True when the sheet's page settings are Excel's defaults: portrait, no scaling, no print
   * titles, no header or footer (nobody changed how it prints).
   */
  readonly pageUntouched?: boolean;
  readonly values: readonly (readonly CellValue[])[];
}

/** The output sheets as they are now; a name that is absent means the sheet does not exist yet. */
export type OutputState = ReadonlyMap<string, OutputSheetState>;

export type Severity = "error" | "warning";

/** A proposed correction the user can apply with one click (task pane) or read (CLI). */
export interface IssueFix {
  /** German, e.g. "Als Zahl 1234,56 übernehmen" or "Meinten Sie »SG Ilmenau«?". */
  readonly label: string;
  readonly sheet: string;
  /** A1 address of the cell the fix writes. */
  readonly cell: string;
  readonly value: CellScalar;
}

/** One validation problem. `cell` is an A1 address, or "" when it concerns a whole table or sheet. */
export interface ValidationIssue {
  readonly code: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  /** German, names the problem and where. */
  readonly message: string;
  readonly fix?: IssueFix;
}

/** How a planned cell looks; the adapters map each style to fonts, fills and borders. */
export type CellStyle = "title" | "header" | "total" | "note" | "check";

/** Number formats used in the output, as Excel format codes (stored locale-independently). */
export type NumberFormat = "eur" | "percent" | "decimal4" | "integer" | "text";

/** One cell of a planned block. A formula (starting with "=") wins over a value. */
export interface PlannedCell {
  readonly value?: CellScalar;
  readonly formula?: string;
  readonly format?: NumberFormat;
  readonly style?: CellStyle;
}

/** The page settings of one output sheet. Header and footer texts use Excel's codes (&P, &N). */
export interface PageSetup {
  readonly paperSize: "A4";
  readonly orientation: "landscape";
  /** Printed one page wide; the height follows the rows (Excel: fit to 1 × automatic). */
  readonly fitToPagesWide: 1;
  /** 1-based rows repeated at the top of every printed page, e.g. { first: 1, last: 2 }. */
  readonly titleRows: { readonly first: number; readonly last: number };
  /** Margins in inches (Excel's unit in files; Office.js takes points = inches × 72). */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** The centre of the page header, as Excel code (an "&" in the text is written "&&"). */
  readonly centerHeader: string;
  /** The left footer: time of the calculation and input checksum, as Excel code. */
  readonly leftFooter: string;
  /** The right footer: "Seite &P von &N". */
  readonly rightFooter: string;
}

/** One output sheet's block, written from A1. */
export interface PlannedSheet {
  readonly name: string;
  /** Rows × columns of cells; short rows are padded with empty cells up to `extent.columns`. */
  readonly cells: readonly (readonly (PlannedCell | null)[])[];
  /** The block's extent; the adapter records it in the sheet's defined name. */
  readonly extent: BlockExtent;
  /** The previous block to clear first (values and formats), when larger than the new one. */
  readonly clear?: BlockExtent;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows frozen at the top (the header). */
  readonly freezeRows: number;
  /** Charts placed on the sheet (the Modellvergleich bar chart); none when absent. */
  readonly charts?: readonly PlannedChart[];
  /**
   * How the sheet prints (page-setup.ts); absent on a sheet a user created, whose page settings
   * the add-in leaves alone.
   */
  readonly page?: PageSetup;
}

/**
 * A clustered bar chart over cells of its own sheet's block: one category per row of
 * `categories`, one series per entry of `series` (each a single column of the same rows).
 * Ranges are A1 addresses on the same sheet, e.g. "A4:A13".
 */
export interface PlannedChart {
  /** Unique on its sheet, e.g. "SR_Modellvergleich"; a refill replaces the chart of that name. */
  readonly name: string;
  /** German chart title. */
  readonly title: string;
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left and bottom-right cells the chart covers (outside the cell block, to its right). */
  readonly from: string;
  readonly to: string;
}

/** Everything a fill writes, in one go. */
export interface OutputPlan {
  readonly sheets: readonly PlannedSheet[];
}

/** One cell to write into an input table (adopting a model or weights from the task pane). */
export interface CellWrite {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly value: CellScalar;
}

/**
 * A row to append to an input table because the row it needs is missing (e.g. the parameter
 * "Belastungsfaktor Untergrenze"); values left to right, as many as the table has columns.
 */
export interface TableRowAppend {
  readonly table: string;
  readonly sheet: string;
  readonly values: readonly CellScalar[];
}

/** The writes that adopt new parameter or weight values into the input tables. */
export interface InputEdits {
  readonly cells: readonly CellWrite[];
  readonly appendRows: readonly TableRowAppend[];
}

/** The ports the workbook layer needs; implemented by src/adapters/xlsx and src/adapters/officejs. */
export interface WorkbookPort {
  /** Reads every input of `mapping` at once. */
  readInputs(mapping: InputMapping): Promise<InputSnapshot>;
  /** Reads the current state of the named output sheets at once. */
  readOutputState(sheetNames: readonly string[]): Promise<OutputState>;
  /** Writes the whole plan at once; on failure the workbook is left as it was. */
  writePlan(plan: OutputPlan): Promise<void>;
}
