import JSZip from "jszip";
import type { Workbook } from "exceljs";
import { BLOCK_NAME_PREFIX } from "../../workbook";
import { decodeXml } from "./xml";

/**
 * Keeps the file's own defined names exactly as they were. ExcelJS keeps only names that are plain
 * cell ranges: it drops constants and whole-column names, turns sheet-scoped names into workbook
 * names and mangles formulas (`SUM(A!$B$1:$B$9)` becomes an invalid range). So the adapter keeps
 * every <definedName> element of the loaded file verbatim and puts them back into the saved file;
 * only the add-in's own block names come from ExcelJS.
 */

/** One <definedName> element of a loaded file, with the sheet its scope refers to. */
export interface OriginalDefinedName {
  readonly name: string;
  /** Name of the sheet a sheet-scoped name belongs to; undefined for workbook scope. */
  readonly scopeSheet?: string;
  /** The element as in the file, namespace prefix removed, `localSheetId` re-set on save. */
  readonly xml: string;
}

const WORKBOOK_PART = "xl/workbook.xml";
const DEFINED_NAMES = /<(?:\w+:)?definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedNames>)/;
const DEFINED_NAME = /<(\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g;
const SHEET = /<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

function encodeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function sheetNamesOf(workbookXml: string): string[] {
  return [...workbookXml.matchAll(SHEET)].map((match) => decodeXml(match[1] ?? ""));
}

function isBlockName(name: string): boolean {
  return name.toUpperCase().startsWith(BLOCK_NAME_PREFIX.toUpperCase());
}

/** Returns the defined names of an .xlsx file's workbook part; [] when it has none. */
export async function readOriginalDefinedNames(data: Uint8Array): Promise<OriginalDefinedName[]> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file(WORKBOOK_PART)?.async("string");
  return xml === undefined ? [] : definedNamesIn(xml);
}

/** The <definedName> elements of a workbook part, with the sheet a sheet-scoped one belongs to. */
function definedNamesIn(xml: string): OriginalDefinedName[] {
  const sheets = sheetNamesOf(xml);
  const block = DEFINED_NAMES.exec(xml)?.[0] ?? "";
  return [...block.matchAll(DEFINED_NAME)].map((match) => {
    const attributes = match[2] ?? "";
    const localSheetId = attribute(attributes, "localSheetId");
    const scopeSheet = localSheetId === undefined ? undefined : sheets[Number(localSheetId)];
    const element = `<definedName${attributes}>${match[3] ?? ""}</definedName>`;
    const name = decodeXml(attribute(attributes, "name") ?? "");
    return scopeSheet === undefined ? { name, xml: element } : { name, scopeSheet, xml: element };
  });
}

/** Excel's name for the rows (and columns) repeated on every printed page of its sheet. */
const PRINT_TITLES = "_xlnm.print_titles";

/** True for the print titles of a sheet in `sheets` (lower-case names). */
function isPrintTitlesOf(name: OriginalDefinedName, sheets: ReadonlySet<string>): boolean {
  return (
    name.name.toLowerCase() === PRINT_TITLES &&
    name.scopeSheet !== undefined &&
    sheets.has(name.scopeSheet.toLowerCase())
  );
}

/** The originals, re-pointed at their sheet's new position; names of vanished sheets are dropped. */
function originalElements(originals: readonly OriginalDefinedName[], sheets: string[]): string[] {
  const elements: string[] = [];
  for (const original of originals) {
    if (original.scopeSheet === undefined) {
      if (!isBlockName(original.name)) elements.push(original.xml);
      continue;
    }
    const index = sheets.indexOf(original.scopeSheet);
    if (index >= 0) {
      elements.push(original.xml.replace(/\blocalSheetId="\d+"/, `localSheetId="${index}"`));
    }
  }
  return elements;
}

/** Names ExcelJS holds that the file did not have: the block names and names added in memory. */
function addedElements(workbook: Workbook, originals: readonly OriginalDefinedName[]): string[] {
  const known = new Set(
    originals.filter((name) => !isBlockName(name.name)).map((name) => name.name.toUpperCase())
  );
  return workbook.definedNames.model
    .filter((entry) => !known.has(entry.name.toUpperCase()))
    .map((entry) => {
      const ranges = encodeXml(entry.ranges.join(","));
      return `<definedName name="${encodeXml(entry.name)}">${ranges}</definedName>`;
    });
}

/**
 * Returns the saved bytes with the workbook's defined names replaced by the file's originals plus
 * the names ExcelJS added (the add-in's block names); unchanged when the file had no names. The
 * print titles of `printTitleSheets` (lower-case names of the sheets whose page setup a plan
 * applied) are the ones ExcelJS wrote from that page setup, not the file's old ones.
 */
export async function restoreDefinedNames(
  saved: Uint8Array,
  workbook: Workbook,
  originals: readonly OriginalDefinedName[],
  printTitleSheets: ReadonlySet<string> = new Set()
): Promise<Buffer> {
  if (originals.length === 0) return Buffer.from(saved);
  const zip = await JSZip.loadAsync(saved);
  const xml = await zip.file(WORKBOOK_PART)?.async("string");
  if (xml === undefined) return Buffer.from(saved);
  const kept = originals.filter((name) => !isPrintTitlesOf(name, printTitleSheets));
  const newTitles = definedNamesIn(xml).filter((name) => isPrintTitlesOf(name, printTitleSheets));
  const elements = [
    ...originalElements(kept, sheetNamesOf(xml)),
    ...newTitles.map((name) => name.xml),
    ...addedElements(workbook, originals),
  ];
  const block = elements.length === 0 ? "" : `<definedNames>${elements.join("")}</definedNames>`;
  const patched = DEFINED_NAMES.test(xml)
    ? xml.replace(DEFINED_NAMES, () => block)
    : xml.replace(/<calcPr\b|<\/workbook>/, (anchor) => block + anchor);
  zip.file(WORKBOOK_PART, patched);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
