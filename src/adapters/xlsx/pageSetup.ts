/**
 * The page setup of an output sheet in the worksheet part (src/workbook/page-setup.ts describes
 * it; ECMA-376 part 1, 18.3.1): A4 landscape fitted to one page wide (<pageSetup> with
 * <sheetPr><pageSetUpPr fitToPage="1"/>), margins and the header and footer, each element at the
 * place CT_Worksheet's sequence gives it. The print titles and the marker of a sheet the add-in
 * created are defined names of the workbook part (workbookWriter.ts). Only these elements change;
 * every other byte of the part stays as it was written.
 */
import type { PageSetup } from "../../workbook";
import { escapeXml } from "./xml";

/** The file format's paper size code of A4 (ECMA-376 part 1, 18.3.1.63). */
const PAPER_A4 = 9;
/** Excel's names of a sheet's print titles and print area (localSheetId = the sheet's index). */
export const PRINT_TITLES = "_xlnm.Print_Titles";
const PRINT_AREA = "_xlnm.Print_Area";
/** The elements of CT_Worksheet after <sheetData>, in the order the schema requires. */
const TAIL_ORDER = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;
type TailElement = (typeof TAIL_ORDER)[number];
/** Header and footer texts of CT_HeaderFooter. */
const HEADER_FOOTER_TEXTS: ReadonlySet<string> = new Set([
  "oddHeader",
  "oddFooter",
  "evenHeader",
  "evenFooter",
  "firstHeader",
  "firstFooter",
]);
/**
 * The attributes of <pageSetup> the add-in sets (scale is dropped: the page is fitted); a user's
 * others (printer settings, resolution, copies) stay.
 */
const OWN_PAGE_ATTRIBUTES = new Set([
  "paperSize",
  "orientation",
  "fitToWidth",
  "fitToHeight",
  "scale",
]);

/** A worksheet part split around its cell table, which page settings never touch. */
interface SplitSheet {
  readonly prefix: string;
  readonly head: string;
  readonly sheetData: string;
  readonly tail: string;
}

function splitSheet(xml: string): SplitSheet {
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  const start = xml.search(new RegExp(`<${prefix}sheetData\\b`));
  if (start < 0) {
    const end = xml.search(/<\/(?:\w+:)?worksheet>\s*$/);
    return { prefix, head: xml.slice(0, end), sheetData: "", tail: xml.slice(end) };
  }
  const selfClosing = /^<(?:\w+:)?sheetData\b[^>]*\/>/.exec(xml.slice(start));
  const closing = `</${prefix}sheetData>`;
  const end = selfClosing
    ? start + selfClosing[0].length
    : xml.lastIndexOf(closing) + closing.length;
  return {
    prefix,
    head: xml.slice(0, start),
    sheetData: xml.slice(start, end),
    tail: xml.slice(end),
  };
}

/** The first top-level element `local` of the tail (a self-closing tag or a whole element). */
function tailElement(tail: string, prefix: string, local: TailElement): RegExpExecArray | null {
  return new RegExp(
    `<${prefix}${local}\\b(?:[^>"'/]|"[^"]*"|'[^']*'|/(?!>))*(?:/>|>[\\s\\S]*?</${prefix}${local}>)`
  ).exec(tail);
}

/** Returns the tail with `element` in place of its namesake, or inserted where the schema wants it. */
function putTailElement(tail: string, prefix: string, local: TailElement, element: string): string {
  const existing = tailElement(tail, prefix, local);
  if (existing !== null) return tail.replace(existing[0], () => element);
  const later = TAIL_ORDER.slice(TAIL_ORDER.indexOf(local) + 1).join("|");
  // mc:AlternateContent wraps only elements after the header and footer (controls, oleObjects).
  const anchor = new RegExp(
    `<${prefix}(?:${later})\\b|<\\w+:AlternateContent\\b|</${prefix}worksheet>`
  ).exec(tail);
  const at = anchor?.index ?? tail.length;
  return tail.slice(0, at) + element + tail.slice(at);
}

/** Returns the head with <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr> set, the rest kept. */
function fitToPageHead(head: string, prefix: string): string {
  const p = prefix;
  const fit = `<${p}pageSetUpPr fitToPage="1"/>`;
  const sheetPr =
    /<((?:\w+:)?)sheetPr\b((?:[^>"'/]|"[^"]*"|'[^']*'|\/(?!>))*)(?:\/>|>([\s\S]*?)<\/\1sheetPr>)/.exec(
      head
    );
  if (sheetPr === null) {
    const root = /<(?:\w+:)?worksheet\b(?:[^>"']|"[^"]*"|'[^']*')*>/.exec(head);
    if (root === null) return head;
    const at = root.index + root[0].length;
    return `${head.slice(0, at)}<${p}sheetPr>${fit}</${p}sheetPr>${head.slice(at)}`;
  }
  const inner = sheetPr[3] ?? "";
  const setUp = /<(?:\w+:)?pageSetUpPr\b[^>]*?\/>/.exec(inner);
  // pageSetUpPr is the last child of CT_SheetPr (after tabColor and outlinePr).
  const newInner =
    setUp === null
      ? inner + fit
      : inner.replace(setUp[0], () =>
          /\bfitToPage="[^"]*"/.test(setUp[0])
            ? setUp[0].replace(/\bfitToPage="[^"]*"/, 'fitToPage="1"')
            : setUp[0].replace(/\s*\/>$/, ' fitToPage="1"/>')
        );
  const element = `<${p}sheetPr${sheetPr[2] ?? ""}>${newInner}</${p}sheetPr>`;
  return head.replace(sheetPr[0], () => element);
}

/** The <pageSetup> of `page`, keeping the attributes of `existing` the add-in does not set. */
function pageSetupElement(prefix: string, existing: string | undefined): string {
  const kept = [...(existing ?? "").matchAll(/\s([\w:]+)=(?:"[^"]*"|'[^']*')/g)]
    .filter((match) => !OWN_PAGE_ATTRIBUTES.has(match[1] ?? ""))
    .map((match) => match[0]);
  // fitToHeight 0: as many pages tall as the rows need.
  const own = ` paperSize="${PAPER_A4}" fitToWidth="1" fitToHeight="0" orientation="landscape"`;
  return `<${prefix}pageSetup${own}${kept.join("")}/>`;
}

function marginsElement(page: PageSetup, prefix: string): string {
  const m = page.margins;
  return `<${prefix}pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
}

function headerFooterElement(page: PageSetup, prefix: string): string {
  const p = prefix;
  const header = escapeXml(`&C${page.centerHeader}`);
  const footer = escapeXml(`&L${page.leftFooter}&R${page.rightFooter}`);
  return `<${p}headerFooter><${p}oddHeader>${header}</${p}oddHeader><${p}oddFooter>${footer}</${p}oddFooter></${p}headerFooter>`;
}

/** The page elements of a new sheet after its cell table: margins, page setup, header/footer. */
export function newPageXml(page: PageSetup): { sheetPr: string; tail: string } {
  return {
    sheetPr: `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>`,
    tail:
      marginsElement(page, "") + pageSetupElement("", undefined) + headerFooterElement(page, ""),
  };
}

/**
 * Returns a worksheet part printing as `page` describes: fit to page in <sheetPr>, the margins,
 * <pageSetup> (a user's printer settings reference and other attributes kept) and the header and
 * footer replaced or inserted in CT_Worksheet's order. Everything else stays as written.
 */
export function withPageSetupXml(xml: string, page: PageSetup): string {
  const { prefix, head, sheetData, tail } = splitSheet(xml);
  let newTail = putTailElement(tail, prefix, "pageMargins", marginsElement(page, prefix));
  const existing = tailElement(newTail, prefix, "pageSetup")?.[0];
  newTail = putTailElement(newTail, prefix, "pageSetup", pageSetupElement(prefix, existing));
  newTail = putTailElement(newTail, prefix, "headerFooter", headerFooterElement(page, prefix));
  return fitToPageHead(head, prefix) + sheetData + newTail;
}

/**
 * True when a worksheet part prints with Excel's defaults: portrait, 100 % without fitting, no
 * header or footer text (paper size and margins are not looked at). `printNames` are the print
 * titles and print area names of the workbook that belong to this sheet (none for the defaults).
 */
export function hasUntouchedPageSetup(xml: string, printNames: number): boolean {
  if (printNames > 0) return false;
  const { prefix, head, tail } = splitSheet(xml);
  const setUpPr = /<(?:\w+:)?pageSetUpPr\b[^>]*?\bfitToPage="([^"]*)"/.exec(head)?.[1];
  if (setUpPr === "1" || setUpPr === "true") return false;
  const pageSetup = tailElement(tail, prefix, "pageSetup")?.[0] ?? "";
  if (/\borientation="landscape"/.test(pageSetup)) return false;
  const scale = /\bscale="([^"]*)"/.exec(pageSetup)?.[1];
  if (scale !== undefined && Number(scale) !== 100) return false;
  const headerFooter = tailElement(tail, prefix, "headerFooter")?.[0] ?? "";
  const texts = [...headerFooter.matchAll(/<(?:\w+:)?(\w+)\b[^>/]*>([^<]*)(?=<)/g)];
  return texts.every(
    (text) => !HEADER_FOOTER_TEXTS.has(text[1] ?? "") || (text[2] ?? "").trim() === ""
  );
}

/** True for the defined names that say how a sheet prints (print titles, print area). */
export function isPrintName(name: string): boolean {
  const upper = name.toUpperCase();
  return upper === PRINT_TITLES.toUpperCase() || upper === PRINT_AREA.toUpperCase();
}
