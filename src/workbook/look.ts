/**
 * How the planned cells look, described once for both adapters: the Excel format code of each
 * number format and the parts of each cell style. The adapters only translate this into their
 * API (cell formats of the .xlsx styles part, Office.js range formats), so the .xlsx file and the workbook
 * filled in Excel look the same by construction.
 */
import type { CellStyle, NumberFormat } from "./types";

/**
 * Excel format codes of the planned number formats. Stored locale-independently (`,` thousands,
 * `.` decimals); Excel shows them in the user's locale, so a German Excel displays `1.234,56 €`.
 */
export const NUMBER_FORMAT_CODES: Readonly<Record<NumberFormat, string>> = {
  eur: '#,##0.00 "€"',
  percent: "0.00%",
  decimal4: "0.0000",
  integer: "#,##0",
  text: "@",
};

/** Excel's format code of a cell without a number format. */
export const GENERAL_FORMAT = "General";

/** Colour of the thin rules above totals and below headers, "#RRGGBB". */
export const RULE_COLOR = "#7F7F7F";

/**
 * The parts of one cell style; an absent part keeps the workbook's default (Calibri 11, black,
 * no fill, no border, bottom-aligned, no wrap). Colours are "#RRGGBB".
 */
export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  readonly fontColor?: string;
  /** Solid background colour. */
  readonly fillColor?: string;
  /** A thin rule in RULE_COLOR along the cell's top edge. */
  readonly ruleTop?: boolean;
  /** A thin rule in RULE_COLOR along the cell's bottom edge. */
  readonly ruleBottom?: boolean;
  readonly wrap?: boolean;
  /** Vertically centred. */
  readonly middle?: boolean;
}

/** The look of every planned cell style. */
export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fillColor: "#DDEBF7", ruleBottom: true, wrap: true, middle: true },
  total: { bold: true, ruleTop: true },
  note: { italic: true, fontColor: "#595959" },
  check: { bold: true },
};

/** Every planned cell style, in the order of CELL_LOOKS. */
export const CELL_STYLES = Object.keys(CELL_LOOKS) as readonly CellStyle[];
