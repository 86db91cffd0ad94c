/**
 * The worksheet part of an output sheet (ECMA-376 part 1, 18.3): a new part for a new sheet, or
 * the existing part with only the add-in's block changed. In an existing part the rows and cells
 * outside the block stay as they were written (text for text), and so does everything around
 * the cell table (drawings, notes, conditional formats, …); the block's column widths, the
 * frozen header rows and – when the plan carries one – the page setup are the add-in's and are set.
 */
import { columnLetters, type PlannedCell, type PlannedSheet } from "../../workbook";
import { newPageXml, withPageSetupXml } from "./pageSetup";
import { escapeXml } from "./xml";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Returns the cellXfs index of a planned cell's look. */
export type StyleIndex = (cell: PlannedCell) => number;

/** Text for a cell value: numbers in their shortest round-trip form. */
function numberText(value: number): string {
  return String(value);
}

function textElement(text: string, p: string): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}t${space}>${escapeXml(text)}</${p}t>`;
}

/** One planned cell as a <c> element, or "" when it is neither valued nor styled. */
export function cellXml(
  planned: PlannedCell | null | undefined,
  row: number,
  column: number,
  styleOf: StyleIndex,
  p: string
): string {
  if (planned === null || planned === undefined) return "";
  const reference = `${columnLetters(column)}${row + 1}`;
  const style = styleOf(planned);
  const s = style === 0 ? "" : ` s="${style}"`;
  const value = planned.value;
  if (planned.formula !== undefined) {
    const formula = planned.formula.startsWith("=") ? planned.formula.slice(1) : planned.formula;
    const f = `<${p}f>${escapeXml(formula)}</${p}f>`;
    // The planned value is the formula's expected result, cached so readers that do not
    // recalculate still show the right figure.
    if (typeof value === "number")
      return `<${p}c r="${reference}"${s}>${f}<${p}v>${numberText(value)}</${p}v></${p}c>`;
    if (typeof value === "string")
      return `<${p}c r="${reference}"${s} t="str">${f}<${p}v>${escapeXml(value)}</${p}v></${p}c>`;
    if (typeof value === "boolean")
      return `<${p}c r="${reference}"${s} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    return `<${p}c r="${reference}"${s}>${f}</${p}c>`;
  }
  if (typeof value === "number")
    return `<${p}c r="${reference}"${s}><${p}v>${numberText(value)}</${p}v></${p}c>`;
  if (typeof value === "boolean")
    return `<${p}c r="${reference}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (typeof value === "string" && value !== "")
    return `<${p}c r="${reference}"${s} t="inlineStr"><${p}is>${textElement(value, p)}</${p}is></${p}c>`;
  return style === 0 ? "" : `<${p}c r="${reference}"${s}/>`;
}

/** The planned block's cells of one row, by column. */
function plannedRow(
  sheet: PlannedSheet,
  row: number,
  styleOf: StyleIndex,
  p: string
): Map<number, string> {
  const cells = new Map<number, string>();
  const line = sheet.cells[row] ?? [];
  for (let column = 0; column < sheet.extent.columns; column++) {
    const xml = cellXml(line[column], row, column, styleOf, p);
    if (xml !== "") cells.set(column, xml);
  }
  return cells;
}

function colsXml(widths: readonly number[], p: string): string {
  return widths
    .map(
      (width, index) =>
        `<${p}col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`
    )
    .join("");
}

function paneXml(freezeRows: number, p: string): string {
  if (freezeRows <= 0) return "";
  return (
    `<${p}pane ySplit="${freezeRows}" topLeftCell="A${freezeRows + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<${p}selection pane="bottomLeft" activeCell="A${freezeRows + 1}" sqref="A${freezeRows + 1}"/>`
  );
}

/** Excel's default margins, for a new sheet without the add-in's page setup. */
const DEFAULT_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** The XML of a new worksheet holding only the planned block (and its page setup, if any). */
export function newSheetXml(sheet: PlannedSheet, styleOf: StyleIndex): string {
  const rows: string[] = [];
  for (let row = 0; row < sheet.extent.rows; row++) {
    const cells = [...plannedRow(sheet, row, styleOf, "").values()];
    if (cells.length > 0) rows.push(`<row r="${row + 1}">${cells.join("")}</row>`);
  }
  const dimension =
    sheet.extent.rows > 0 && sheet.extent.columns > 0
      ? `A1:${columnLetters(sheet.extent.columns - 1)}${sheet.extent.rows}`
      : "A1";
  const cols =
    sheet.columnWidths.length > 0 ? `<cols>${colsXml(sheet.columnWidths, "")}</cols>` : "";
  const page =
    sheet.page === undefined ? { sheetPr: "", tail: DEFAULT_MARGINS } : newPageXml(sheet.page);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${page.sheetPr}<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${paneXml(sheet.freezeRows, "")}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows.join("")}</sheetData>` +
    `${page.tail}</worksheet>`
  );
}

/** A row of an existing part: its number, its attributes and its cells as written. */
interface ExistingRow {
  readonly index: number;
  readonly attributes: string;
  readonly cells: Map<number, string>;
  readonly xml: string;
}

const ROW = /<((?:\w+:)?)row\b((?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*)(?:\/>|>([\s\S]*?)<\/\1row>)/g;
const CELL = /<((?:\w+:)?)c\b((?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*)(?:\/>|>[\s\S]*?<\/\1c>)/g;

function columnOf(reference: string): number | undefined {
  const letters = /^([A-Za-z]{1,3})\d+$/.exec(reference)?.[1];
  if (letters === undefined) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

function parseRows(body: string): ExistingRow[] {
  const rows: ExistingRow[] = [];
  let nextRow = 0;
  for (const match of body.matchAll(ROW)) {
    const attributes = match[2] ?? "";
    const number = /\br="(\d+)"/.exec(attributes)?.[1];
    const index = number === undefined ? nextRow : Number(number) - 1;
    nextRow = index + 1;
    const cells = new Map<number, string>();
    let nextColumn = 0;
    for (const cell of (match[3] ?? "").matchAll(CELL)) {
      const reference = /\br="([^"]*)"/.exec(cell[2] ?? "")?.[1];
      const column = (reference === undefined ? undefined : columnOf(reference)) ?? nextColumn;
      nextColumn = column + 1;
      cells.set(column, cell[0]);
    }
    rows.push({ index, attributes, cells, xml: match[0] });
  }
  return rows;
}

/** Returns the cell table with the block written and the cleared area emptied. */
function splicedSheetData(
  body: string,
  sheet: PlannedSheet,
  styleOf: StyleIndex,
  p: string
): string {
  const affectedRows = Math.max(sheet.extent.rows, sheet.clear?.rows ?? 0);
  const affectedColumns = Math.max(sheet.extent.columns, sheet.clear?.columns ?? 0);
  const existing = new Map(parseRows(body).map((row) => [row.index, row]));
  const indexes = new Set([...existing.keys()]);
  for (let row = 0; row < sheet.extent.rows; row++) indexes.add(row);
  const out: string[] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const row = existing.get(index);
    if (index >= affectedRows) {
      if (row !== undefined) out.push(row.xml);
      continue;
    }
    const cells = new Map<number, string>();
    for (const [column, xml] of row?.cells ?? [])
      if (column >= affectedColumns) cells.set(column, xml);
    if (index < sheet.extent.rows) {
      for (const [column, xml] of plannedRow(sheet, index, styleOf, p)) cells.set(column, xml);
    }
    // "spans" is only a hint for the row's cell range; dropped as the cells changed.
    const attributes = (row?.attributes ?? ` r="${index + 1}"`).replace(/\s+spans="[^"]*"/, "");
    const sorted = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, xml]) => xml);
    const keepsRow =
      sorted.length > 0 || (row !== undefined && /\b(?:ht|s|hidden)=/.test(attributes));
    if (keepsRow) out.push(`<${p}row${attributes}>${sorted.join("")}</${p}row>`);
  }
  return out.join("");
}

/** The used area from A1 over the row and column numbers of a cell table. */
function dimensionOf(sheetData: string): string {
  let lastRow = 0;
  let lastColumn = 0;
  for (const row of parseRows(sheetData)) {
    for (const column of row.cells.keys()) {
      lastRow = Math.max(lastRow, row.index + 1);
      lastColumn = Math.max(lastColumn, column + 1);
    }
  }
  return lastRow === 0 ? "A1" : `A1:${columnLetters(lastColumn - 1)}${lastRow}`;
}

/** Returns the <cols> with the block's widths set and the user's other columns kept. */
function splicedCols(xml: string, widths: readonly number[], p: string): string {
  if (widths.length === 0) return xml;
  const ours = colsXml(widths, p);
  const cols = /<((?:\w+:)?)cols\b[^>]*>([\s\S]*?)<\/\1cols>/.exec(xml);
  if (cols === null) {
    return xml.replace(
      /<(?:\w+:)?sheetData\b/,
      (anchor) => `<${p}cols>${ours}</${p}cols>${anchor}`
    );
  }
  const kept = (cols[2] ?? "").replace(/<(?:\w+:)?col\b[^>]*\/>/g, (col) => {
    const min = Number(/\bmin="(\d+)"/.exec(col)?.[1] ?? 0);
    const max = Number(/\bmax="(\d+)"/.exec(col)?.[1] ?? 0);
    if (max <= widths.length) return "";
    return min <= widths.length ? col.replace(/\bmin="\d+"/, `min="${widths.length + 1}"`) : col;
  });
  return xml.replace(cols[0], () => `<${cols[1] ?? ""}cols>${ours}${kept}</${cols[1] ?? ""}cols>`);
}

/** Returns the part with the first sheet view frozen (or not) at the block's header rows. */
function splicedView(xml: string, freezeRows: number, p: string): string {
  const pane = paneXml(freezeRows, p);
  const view =
    /<((?:\w+:)?)sheetView\b((?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*)(?:\/>|>([\s\S]*?)<\/\1sheetView>)/.exec(
      xml
    );
  if (view === null) {
    const views = `<${p}sheetViews><${p}sheetView workbookViewId="0">${pane}</${p}sheetView></${p}sheetViews>`;
    return xml.replace(/<(?:\w+:)?(?:sheetFormatPr|cols|sheetData)\b/, (anchor) => views + anchor);
  }
  const prefix = view[1] ?? "";
  const inner = (view[3] ?? "").replace(/<(?:\w+:)?(?:pane|selection)\b[^>]*\/>/g, "");
  return xml.replace(
    view[0],
    () => `<${prefix}sheetView${view[2] ?? ""}>${pane}${inner}</${prefix}sheetView>`
  );
}

/**
 * Returns an existing worksheet part with the planned block written from A1 (after clearing
 * `sheet.clear`), its column widths and frozen rows, and its page setup when the plan has one
 * (pageSetup.ts); every other byte of the part is kept.
 */
export function splicedSheetXml(xml: string, sheet: PlannedSheet, styleOf: StyleIndex): string {
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  const sheetData = /<((?:\w+:)?)sheetData\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1sheetData>)/.exec(xml);
  const body = sheetData?.[3] ?? "";
  const spliced = splicedSheetData(body, sheet, styleOf, p);
  const element = `<${p}sheetData${sheetData?.[2] ?? ""}>${spliced}</${p}sheetData>`;
  let result =
    sheetData === null
      ? xml.replace(/<\/(\w+:)?worksheet>\s*$/, (end) => element + end)
      : xml.slice(0, sheetData.index) + element + xml.slice(sheetData.index + sheetData[0].length);
  result = result.replace(
    /(<(?:\w+:)?dimension\b[^>]*\bref=")[^"]*"/,
    `$1${dimensionOf(spliced)}"`
  );
  result = splicedCols(result, sheet.columnWidths, p);
  result = splicedView(result, sheet.freezeRows, p);
  return sheet.page === undefined ? result : withPageSetupXml(result, sheet.page);
}
