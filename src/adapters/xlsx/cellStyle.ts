/**
 * The planned looks (src/workbook/look.ts) as ExcelJS styles: the one place where a cell style
 * becomes fonts, fills, borders and alignment in an .xlsx file.
 */
import type { Border, Borders, Font, Style } from "exceljs";
import {
  CELL_LOOKS,
  NUMBER_FORMAT_CODES,
  RULE_COLOR,
  type CellLook,
  type CellStyle,
  type NumberFormat,
} from "../../workbook";

/** ExcelJS' default font, spelled out so a styled cell keeps the workbook's usual look. */
const BASE_FONT: Partial<Font> = { name: "Calibri", size: 11, family: 2 };

/** "#RRGGBB" → ExcelJS' opaque "FFRRGGBB". */
function toArgb(color: string): { argb: string } {
  return { argb: `FF${color.slice(1).toUpperCase()}` };
}

function rule(): Partial<Border> {
  return { style: "thin", color: toArgb(RULE_COLOR) };
}

function fontOf(look: CellLook): Partial<Font> {
  const font: Partial<Font> = { ...BASE_FONT };
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size !== undefined) font.size = look.size;
  if (look.fontColor !== undefined) font.color = toArgb(look.fontColor);
  return font;
}

function toExcelParts(look: CellLook): Partial<Style> {
  const parts: Partial<Style> = { font: fontOf(look) };
  if (look.fillColor !== undefined)
    parts.fill = { type: "pattern", pattern: "solid", fgColor: toArgb(look.fillColor) };
  if (look.ruleTop || look.ruleBottom) {
    const border: Partial<Borders> = {};
    if (look.ruleTop) border.top = rule();
    if (look.ruleBottom) border.bottom = rule();
    parts.border = border;
  }
  if (look.middle || look.wrap) {
    parts.alignment = {
      ...(look.middle ? { vertical: "middle" as const } : {}),
      ...(look.wrap ? { wrapText: true } : {}),
    };
  }
  return parts;
}

/**
 * Returns a fresh ExcelJS style for a planned cell: a new object each time, because ExcelJS shares
 * style objects by reference and a later edit of one cell must not restyle another.
 */
export function toExcelStyle(style?: CellStyle, format?: NumberFormat): Partial<Style> {
  const result: Partial<Style> = style ? toExcelParts(CELL_LOOKS[style]) : {};
  if (format) result.numFmt = NUMBER_FORMAT_CODES[format];
  return result;
}
