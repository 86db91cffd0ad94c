/**
 * How planned styles, number formats and column widths look in Excel, the same look the .xlsx
 * adapter writes (src/adapters/xlsx/cellStyle.ts): format codes stored locale-independently,
 * so a German Excel shows "1.234,56 €".
 */
import type { CellStyle, NumberFormat } from "../../workbook";

/** Excel format codes of the planned number formats (identical to the .xlsx adapter's). */
export const NUMBER_FORMAT_CODES: Readonly<Record<NumberFormat, string>> = {
  eur: '#,##0.00 "€"',
  percent: "0.00%",
  decimal4: "0.0000",
  integer: "#,##0",
  text: "@",
};

/** Excel's code for a cell without a number format. */
export const GENERAL_FORMAT = "General";

const RULE_COLOR = "#7F7F7F";

/** The parts of a style, applied to a range's format by `applyStyle`. */
interface StyleParts {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly borderTop?: boolean;
  readonly borderBottom?: boolean;
  readonly wrap?: boolean;
  readonly middle?: boolean;
}

/** The look of every planned style (as in the .xlsx adapter). */
export const STYLE_PARTS: Readonly<Record<CellStyle, StyleParts>> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: "#DDEBF7", borderBottom: true, wrap: true, middle: true },
  total: { bold: true, borderTop: true },
  note: { italic: true, fontColor: "#595959" },
  check: { bold: true },
};

/** Queues the style's format changes on a range (no sync). */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const parts = STYLE_PARTS[style];
  if (parts.bold) format.font.bold = true;
  if (parts.italic) format.font.italic = true;
  if (parts.size !== undefined) format.font.size = parts.size;
  if (parts.fontColor !== undefined) format.font.color = parts.fontColor;
  if (parts.fill !== undefined) format.fill.color = parts.fill;
  if (parts.wrap) format.wrapText = true;
  if (parts.middle) format.verticalAlignment = "Center";
  if (parts.borderTop) rule(format.borders.getItem("EdgeTop"));
  if (parts.borderBottom) rule(format.borders.getItem("EdgeBottom"));
}

function rule(border: Excel.RangeBorder): void {
  border.style = "Continuous";
  border.weight = "Thin";
  border.color = RULE_COLOR;
}

/**
 * Column width in points for a width in characters, as Excel converts it for its default font
 * (7 px per character plus 5 px padding, 0.75 pt per px): 8.43 characters → 48 pt.
 */
export function toColumnPoints(characters: number): number {
  return Math.trunc(characters * 7 + 5) * 0.75;
}
