/**
 * The planned looks (src/workbook/look.ts) as Office.js range formats, and column widths in the
 * points Office.js expects: the one place where a cell style becomes format commands in Excel.
 */
import { CELL_LOOKS, RULE_COLOR, type CellStyle } from "../../workbook";

/** Queues the style's format changes on a range (no sync). */
export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  const look = CELL_LOOKS[style];
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.fontColor !== undefined) format.font.color = look.fontColor;
  if (look.fillColor !== undefined) format.fill.color = look.fillColor;
  if (look.wrap) format.wrapText = true;
  if (look.middle) format.verticalAlignment = "Center";
  if (look.ruleTop) rule(format.borders.getItem("EdgeTop"));
  if (look.ruleBottom) rule(format.borders.getItem("EdgeBottom"));
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
