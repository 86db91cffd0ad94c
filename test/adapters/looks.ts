/**
 * A cell's look in one vocabulary for both adapters, read back from an ExcelJS cell or from the
 * in-memory Excel host, and the look the shared table (src/workbook/look.ts) asks for.
 */
import type ExcelJS from "exceljs";
import {
  CELL_STYLES,
  NUMBER_FORMAT_CODES,
  RULE_COLOR,
  type CellLook,
  type NumberFormat,
  type PlannedSheet,
} from "../../src/workbook";
import type { CellFormatReport } from "../support/excel-host";

/** Every planned number format. */
export const FORMATS = Object.keys(NUMBER_FORMAT_CODES) as NumberFormat[];

/** Row 1: one cell per style; row 2: one cell per number format; A3 plain. */
export const STYLED: PlannedSheet = {
  name: "Stile",
  cells: [
    CELL_STYLES.map((style) => ({ value: style, style })),
    FORMATS.map((format) => ({ value: 1, format })),
    [{ value: "ohne" }],
  ],
  extent: { rows: 3, columns: Math.max(CELL_STYLES.length, FORMATS.length) },
  columnWidths: [],
  freezeRows: 0,
};

/** Every part of a look, defaults spelled out, so two looks compare with toEqual. */
export interface Look {
  bold: boolean;
  italic: boolean;
  size: number;
  fontColor: string | null;
  fill: string | null;
  /** "thin #7F7F7F", or null for no line. */
  top: string | null;
  bottom: string | null;
  wrap: boolean;
  middle: boolean;
}

/** The look a cell of this CellLook must have in either adapter. */
export function expectedLook(look: CellLook | undefined): Look {
  const rule = `thin ${RULE_COLOR}`;
  return {
    bold: look?.bold ?? false,
    italic: look?.italic ?? false,
    size: look?.size ?? 11,
    fontColor: look?.fontColor ?? null,
    fill: look?.fillColor ?? null,
    top: look?.ruleTop ? rule : null,
    bottom: look?.ruleBottom ? rule : null,
    wrap: look?.wrap ?? false,
    middle: look?.middle ?? false,
  };
}

function argb(color: { argb?: string } | undefined): string | null {
  return color?.argb ? `#${color.argb.slice(2).toUpperCase()}` : null;
}

/** The look of an ExcelJS cell. */
export function xlsxLook(cell: ExcelJS.Cell): Look {
  const { font, fill, border, alignment } = cell.style;
  const line = (edge: Partial<ExcelJS.Border> | undefined): string | null =>
    edge?.style ? `${edge.style} ${argb(edge.color as { argb?: string })}` : null;
  return {
    bold: font?.bold === true,
    italic: font?.italic === true,
    size: font?.size ?? 11,
    fontColor: argb(font?.color as { argb?: string } | undefined),
    fill: fill?.type === "pattern" ? argb(fill.fgColor as { argb?: string }) : null,
    top: line(border?.top),
    bottom: line(border?.bottom),
    wrap: alignment?.wrapText === true,
    middle: alignment?.vertical === "middle",
  };
}

/** The look of a cell of the in-memory Excel host (ExcelHost.getFormats). */
export function hostLook(f: CellFormatReport): Look {
  const line = (
    edge: { style: string; weight?: string; color?: string } | undefined
  ): string | null =>
    edge
      ? `${edge.weight === "Thin" && edge.style === "Continuous" ? "thin" : edge.style} ${edge.color ?? null}`
      : null;
  return {
    bold: f.bold === true,
    italic: f.italic === true,
    size: f.size ?? 11,
    fontColor: f.fontColor ?? null,
    fill: f.fillColor ?? null,
    top: line(f.borders?.EdgeTop),
    bottom: line(f.borders?.EdgeBottom),
    wrap: f.wrapText === true,
    middle: f.verticalAlignment === "Center",
  };
}
