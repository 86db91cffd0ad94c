/**
 * The cells of a worksheet part as plain values (ECMA-376 part 1, 18.3.1): numbers, shared and
 * inline strings (rich text as its plain text, phonetic runs left out), booleans, errors, and
 * formulas by their cached result (shared formulas included: every cell keeps its own <v>). A
 * number whose cell style shows a date or time is marked, so it is never taken as an amount.
 */
import { isDateFormatCode, type CellValue } from "../../workbook";
import type { XlsxPackage } from "./xlsxPackage";
import { attributeOf, childOf, childrenOf, parseXml, type XmlElement } from "./xmlTree";
import { parseRange, type CellRange } from "./address";

/**
 * The error a formula cell shows when the file holds no cached result for it. Files written by
 * programs that do not calculate (ExcelJS, some exporters) store formulas without results; the
 * adapter cannot evaluate them, so it reports them like Excel 365's calculation error instead of
 * guessing a value (the validator then flags the cell with CELL_ERROR).
 */
export const UNCALCULATED_FORMULA_ERROR = "#CALC!";

/** One read cell: its value (dates as serial numbers) and whether its format shows a date. */
export interface GridCell {
  readonly value: CellValue;
  readonly isDate: boolean;
}

/** The cells of one worksheet, 0-based; covered cells of merged areas are left out. */
export interface SheetGrid {
  /** The cell at (row, column), undefined when the sheet holds none there. */
  cell(row: number, column: number): GridCell | undefined;
  /** One past the last row / column that holds any cell element. */
  readonly rowCount: number;
  readonly columnCount: number;
  /** The rows that hold cells, ascending, each with its cells by column. */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, GridCell>>;
}

/** Excel's built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

const DATE_1904_OFFSET_DAYS = 1462;

/** What a package's styles and shared strings tell the cell reader. */
export interface CellContext {
  readonly sharedStrings: readonly string[];
  /** True for the index of a cell format (cellXfs) whose number format shows a date or time. */
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** The plain text of a string item (<si> or <is>): its <t> and run texts, phonetic runs left out. */
export function stringItemText(item: XmlElement): string {
  let text = "";
  for (const child of childrenOf(item)) {
    if (child.local === "t") text += textContent(child);
    else if (child.local === "r") text += childrenOf(child, "t").map(textContent).join("");
  }
  return text;
}

function textContent(element: XmlElement): string {
  const only = element.children.length === 1 ? element.children[0] : undefined;
  if (typeof only === "string") return only;
  return element.children.filter((child): child is string => typeof child === "string").join("");
}

/** Reads the shared strings part; [] when the package has none. */
export function readSharedStrings(pkg: XlsxPackage, part: string | undefined): string[] {
  const text = part === undefined ? undefined : pkg.text(part);
  if (text === undefined) return [];
  return childrenOf(parseXml(text), "si").map(stringItemText);
}

/** Returns the cell formats whose number format shows a date or time. */
export function readDateStyles(pkg: XlsxPackage, part: string | undefined): Set<number> {
  const text = part === undefined ? undefined : pkg.text(part);
  const dates = new Set<number>();
  if (text === undefined) return dates;
  const root = parseXml(text);
  const custom = new Map<number, string>();
  for (const format of childrenOf(childOf(root, "numFmts") ?? root, "numFmt")) {
    custom.set(Number(attributeOf(format, "numFmtId")), attributeOf(format, "formatCode") ?? "");
  }
  childrenOf(childOf(root, "cellXfs") ?? root, "xf").forEach((xf, index) => {
    const id = Number(attributeOf(xf, "numFmtId") ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id))
      dates.add(index);
  });
  return dates;
}

/** Returns the 0-based position of a cell reference ("B3"), or undefined. */
function positionOf(reference: string): { row: number; column: number } | undefined {
  const match = /^([A-Z]{1,3})([0-9]+)$/.exec(reference.toUpperCase());
  if (match === null) return undefined;
  let column = 0;
  for (const letter of match[1] ?? "") column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Converts an ISO date-time (t="d") into an Excel serial number of the 1900 system. */
function isoToSerial(text: string): number | undefined {
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(time) ? undefined : time / 86_400_000 + 25569;
}

function readValue(cell: XmlElement, context: CellContext): { value: CellValue; iso?: boolean } {
  const type = attributeOf(cell, "t") ?? "n";
  const v = childOf(cell, "v");
  const raw = v === undefined ? undefined : textContent(v);
  const formula = childOf(cell, "f");
  if (type === "inlineStr") {
    const item = childOf(cell, "is");
    const text = item === undefined ? "" : stringItemText(item);
    return { value: text === "" ? null : text };
  }
  if (raw === undefined) {
    // A formula whose result the file does not hold (written by a program that does not calculate).
    return { value: formula === undefined ? null : { error: UNCALCULATED_FORMULA_ERROR } };
  }
  switch (type) {
    case "s": {
      const text = context.sharedStrings[Number(raw)] ?? "";
      return { value: text === "" ? null : text };
    }
    case "str":
      return { value: raw === "" ? null : raw };
    case "b":
      return { value: raw.trim() === "1" || raw.trim().toLowerCase() === "true" };
    case "e":
      return { value: { error: raw.trim() } };
    case "d": {
      const serial = isoToSerial(raw.trim());
      return serial === undefined ? { value: raw } : { value: serial, iso: true };
    }
    default: {
      const number = Number(raw);
      return { value: raw.trim() === "" || !Number.isFinite(number) ? null : number };
    }
  }
}

/** The areas merged on a sheet; every cell but each area's top-left one reads as absent. */
function mergedCovered(root: XmlElement): (row: number, column: number) => boolean {
  const areas: CellRange[] = [];
  for (const merge of childrenOf(childOf(root, "mergeCells") ?? root, "mergeCell")) {
    const range = parseRange(attributeOf(merge, "ref") ?? "");
    if (range !== undefined) areas.push(range);
  }
  return (row, column) =>
    areas.some(
      (area) =>
        row >= area.top &&
        row <= area.bottom &&
        column >= area.left &&
        column <= area.right &&
        (row !== area.top || column !== area.left)
    );
}

/** Reads the cells of a worksheet part's XML. */
export function readSheetGrid(xml: string, context: CellContext): SheetGrid {
  const root = parseXml(xml);
  const covered = mergedCovered(root);
  const rows = new Map<number, Map<number, GridCell>>();
  let rowCount = 0;
  let columnCount = 0;
  let nextRow = 0;
  for (const row of childrenOf(childOf(root, "sheetData") ?? root, "row")) {
    const rowNumber = attributeOf(row, "r");
    const rowIndex = rowNumber === undefined ? nextRow : Number(rowNumber) - 1;
    nextRow = rowIndex + 1;
    const cells = new Map<number, GridCell>();
    let nextColumn = 0;
    for (const cell of childrenOf(row, "c")) {
      const position = positionOf(attributeOf(cell, "r") ?? "") ?? {
        row: rowIndex,
        column: nextColumn,
      };
      nextColumn = position.column + 1;
      if (covered(rowIndex, position.column)) continue;
      const { value, iso } = readValue(cell, context);
      const style = Number(attributeOf(cell, "s") ?? 0);
      const isDate = typeof value === "number" && (iso === true || context.dateStyles.has(style));
      const serial =
        typeof value === "number" && context.date1904 && isDate && iso !== true
          ? value + DATE_1904_OFFSET_DAYS
          : value;
      cells.set(position.column, { value: serial, isDate });
      columnCount = Math.max(columnCount, position.column + 1);
    }
    if (cells.size > 0) {
      rows.set(rowIndex, cells);
      rowCount = Math.max(rowCount, rowIndex + 1);
    }
  }
  return {
    rows,
    rowCount,
    columnCount,
    cell: (row, column) => rows.get(row)?.get(column),
  };
}
