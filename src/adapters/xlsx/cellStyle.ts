import type { Borders, Fill, Font, Style } from "exceljs";
import type { CellStyle, NumberFormat } from "../../workbook";

/**
 * How the planned cell styles and number formats look in an .xlsx file. Format codes are stored
 * locale-independently (`,` thousands, `.` decimals); Excel shows them in the user's locale, so a
 * German Excel displays `1.234,56 €`.
 */
export const NUMBER_FORMAT_CODES: Readonly<Record<NumberFormat, string>> = {
  eur: '#,##0.00 "€"',
  percent: "0.00%",
  decimal4: "0.0000",
  integer: "#,##0",
  text: "@",
};

/** ExcelJS' default font, spelled out so a styled cell keeps the workbook's usual look. */
const BASE_FONT: Partial<Font> = { name: "Calibri", size: 11, family: 2 };
const THIN = { style: "thin" as const, color: { argb: "FF7F7F7F" } };
const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

const STYLE_PARTS: Readonly<Record<CellStyle, Partial<Style>>> = {
  title: { font: { ...BASE_FONT, bold: true, size: 14 } },
  header: {
    font: { ...BASE_FONT, bold: true },
    fill: HEADER_FILL,
    border: { bottom: THIN } as Partial<Borders>,
    alignment: { vertical: "middle", wrapText: true },
  },
  total: { font: { ...BASE_FONT, bold: true }, border: { top: THIN } as Partial<Borders> },
  note: { font: { ...BASE_FONT, italic: true, color: { argb: "FF595959" } } },
  check: { font: { ...BASE_FONT, bold: true } },
};

/**
 * Returns a fresh ExcelJS style for a planned cell: a new object each time, because ExcelJS shares
 * style objects by reference and a later edit of one cell must not restyle another.
 */
export function toExcelStyle(style?: CellStyle, format?: NumberFormat): Partial<Style> {
  const parts = style ? STYLE_PARTS[style] : {};
  const result: Partial<Style> = structuredClone(parts);
  if (format) result.numFmt = NUMBER_FORMAT_CODES[format];
  return result;
}
