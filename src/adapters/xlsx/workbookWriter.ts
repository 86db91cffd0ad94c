/**
 * The edits of the workbook part and the document properties a fill makes (ECMA-376 part 1,
 * 18.2; part 2 for relationships and content types): a new output sheet's entry, part,
 * relationship and content type, its name in the application properties' sheet list, the
 * add-in's own defined names (blocks, print titles and page markers of its sheets) and the
 * recalculation flag. Every other element of these parts is kept as it was written.
 */
import {
  blockNameFor,
  pageNameFor,
  titleRowsReference,
  type BlockExtent,
  type PageSetup,
} from "../../workbook";
import { formatSheetRange } from "./address";
import { REL_TYPE } from "./opc";
import { PRINT_TITLES } from "./pageSetup";
import { sameSheetName } from "./workbookModel";
import type { XlsxPackage } from "./xlsxPackage";
import { decodeXml, escapeXml } from "./xml";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const APP_PROPERTIES = "docProps/app.xml";
/** Elements that follow <definedNames>/<calcPr> in CT_Workbook, or its end. */
const AFTER_DEFINED_NAMES =
  /<(?:\w+:)?(?:calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/;
const AFTER_CALC_PR =
  /<(?:\w+:)?(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/;
/** Elements that follow <sheets> in CT_Workbook, or its end. */
const AFTER_SHEETS =
  /<(?:\w+:)?(?:functionGroups|externalReferences|definedNames|calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/(?:\w+:)?workbook>/;
const DEFINED_NAME = /<((?:\w+:)?)definedName\b([^>]*)>([\s\S]*?)<\/\1definedName>/g;

/** Edits one workbook part; `flush` writes it back once. */
export class WorkbookWriter {
  private xml: string;
  private readonly prefix: string;

  /**
   * @param pkg the package being saved
   * @param part the workbook part
   */
  constructor(
    private readonly pkg: XlsxPackage,
    private readonly part: string
  ) {
    this.xml = pkg.text(part) ?? "";
    this.prefix = /<(\w+:)?workbook\b/.exec(this.xml)?.[1] ?? "";
  }

  /** Adds a worksheet after the existing ones; returns its new part. */
  addWorksheet(name: string): string {
    const part = this.pkg.freePart("xl/worksheets", "sheet");
    this.pkg.addOverride(part, WORKSHEET_TYPE);
    const id = this.pkg.addRelationship(this.part, `${REL_TYPE}/worksheet`, part);
    const ids = [...this.xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) =>
      Number(m[1])
    );
    const sheetId = Math.max(0, ...ids) + 1;
    const relPrefix =
      /\sxmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
        this.xml
      )?.[1];
    const relAttribute =
      relPrefix === undefined ? `xmlns:r="${REL_TYPE}" r:id="${id}"` : `${relPrefix}:id="${id}"`;
    const p = this.prefix;
    const element = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${relAttribute}/>`;
    if (/<\/(?:\w+:)?sheets>/.test(this.xml)) {
      this.xml = this.xml.replace(/<\/(?:\w+:)?sheets>/, (end) => element + end);
    } else if (/<(?:\w+:)?sheets\b[^>]*\/>/.test(this.xml)) {
      this.xml = this.xml.replace(
        /<(?:\w+:)?sheets\b([^>]*)\/>/,
        (_all, attributes: string) => `<${p}sheets${attributes}>${element}</${p}sheets>`
      );
    } else {
      // A workbook without any sheet (only programs that build files write one).
      this.xml = this.xml.replace(
        AFTER_SHEETS,
        (anchor) => `<${p}sheets>${element}</${p}sheets>${anchor}`
      );
    }
    addToSheetList(this.pkg, name);
    return part;
  }

  /**
   * Sets the block name of `sheet` (workbook scope) to `extent`, or removes it when the extent
   * is empty. Every other defined name, also one with the add-in's prefix, stays as written.
   */
  setBlockName(sheet: string, extent: BlockExtent): void {
    const range = formatSheetRange(sheet, {
      top: 0,
      left: 0,
      bottom: extent.rows - 1,
      right: extent.columns - 1,
    });
    const empty = extent.rows <= 0 || extent.columns <= 0;
    this.setDefinedName(blockNameFor(sheet), undefined, empty ? undefined : range);
  }

  /**
   * Gives `sheet` the add-in's print layout names: its print titles (the rows of `page` repeated
   * on every page; a sheet-scoped `_xlnm.Print_Titles`) and the marker `SR_Druck_<sheet>` that
   * says the add-in owns how the sheet prints.
   */
  setPageNames(sheet: string, page: PageSetup): void {
    const quoted = `'${sheet.replace(/'/g, "''")}'`;
    const index = this.sheetIndex(sheet);
    if (index !== undefined)
      this.setDefinedName(PRINT_TITLES, index, `${quoted}!${titleRowsReference(page)}`);
    this.setDefinedName(pageNameFor(sheet), undefined, `${quoted}!$A$1`);
  }

  /** The 0-based position of `sheet` among all sheets of the part (a localSheetId). */
  private sheetIndex(sheet: string): number | undefined {
    const names = [...this.xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) =>
      decodeXml(m[1] ?? "")
    );
    const index = names.findIndex((name) => sameSheetName(name, sheet));
    return index < 0 ? undefined : index;
  }

  /**
   * Sets the defined name `name` (workbook scope, or the sheet at `localSheetId`) to `value`, or
   * removes it when `value` is undefined. Every other defined name stays as written.
   */
  private setDefinedName(name: string, localSheetId: number | undefined, value?: string): void {
    const p = this.prefix;
    const local = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
    const element =
      value === undefined
        ? ""
        : `<${p}definedName name="${escapeXml(name)}"${local}>${escapeXml(value)}</${p}definedName>`;
    let replaced = false;
    const isThis = (attributes: string): boolean => {
      const found = decodeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? "");
      const scope = /\blocalSheetId="(\d+)"/.exec(attributes)?.[1];
      return (
        found.toUpperCase() === name.toUpperCase() &&
        (scope === undefined ? undefined : Number(scope)) === localSheetId
      );
    };
    const block = /<((?:\w+:)?)definedNames\b[^>]*>([\s\S]*?)<\/\1definedNames>/.exec(this.xml);
    if (block !== null) {
      const body = (block[2] ?? "").replace(
        DEFINED_NAME,
        (whole, _p: string, attributes: string) => {
          if (!isThis(attributes)) return whole;
          // A second element of the same name and scope (a damaged file) goes with the first.
          const first = !replaced;
          replaced = true;
          return first ? element : "";
        }
      );
      const newBody = replaced ? body : body + element;
      const rebuilt = newBody.trim() === "" ? "" : block[0].replace(block[2] ?? "", () => newBody);
      this.xml = this.xml.replace(block[0], () => rebuilt);
    } else if (element !== "") {
      this.xml = this.xml.replace(
        AFTER_DEFINED_NAMES,
        (anchor) => `<${p}definedNames>${element}</${p}definedNames>${anchor}`
      );
    }
  }

  /** Asks spreadsheet programs to recalculate every formula when the file is opened next. */
  requestFullCalculation(): void {
    const calc = /<(?:\w+:)?calcPr\b[^>]*?\/?>/.exec(this.xml);
    if (calc === null) {
      this.xml = this.xml.replace(
        AFTER_CALC_PR,
        (anchor) => `<${this.prefix}calcPr fullCalcOnLoad="1"/>${anchor}`
      );
      return;
    }
    const updated = /\bfullCalcOnLoad="[^"]*"/.test(calc[0])
      ? calc[0].replace(/\bfullCalcOnLoad="[^"]*"/, 'fullCalcOnLoad="1"')
      : calc[0].replace(/\s*\/?>$/, (end) => ` fullCalcOnLoad="1"${end}`);
    this.xml = this.xml.replace(calc[0], () => updated);
  }

  /**
   * Removes the calculation chain (xl/calcChain.xml), Excel's cache of the order in which it last
   * calculated formula cells. It lists cells of the output sheets whose formulas the fill replaced,
   * and Excel reports a chain that names a cell without a formula as damaged; without the part it
   * rebuilds the chain on the next calculation (fullCalcOnLoad asks for one).
   */
  dropCalculationChain(): void {
    for (const rel of this.pkg.relationships(this.part)) {
      if (rel.external || !rel.type.endsWith("/calcChain")) continue;
      if (this.pkg.has(rel.target)) this.pkg.remove(rel.target);
      this.pkg.removeOverride(rel.target);
      this.pkg.removeRelationship(this.part, rel.id);
    }
  }

  /** Writes the workbook part back. */
  flush(): void {
    this.pkg.setText(this.part, this.xml);
  }
}

/**
 * Adds a sheet name to the application properties' list of parts (TitlesOfParts) and counts it
 * in the first heading pair (the worksheets), as Excel writes them. A file whose list does not
 * have that shape (LibreOffice writes none) is left as it is: the list is informative only.
 */
function addToSheetList(pkg: XlsxPackage, name: string): void {
  const xml = pkg.text(APP_PROPERTIES);
  if (xml === undefined) return;
  const pairs =
    /(<(?:\w+:)?HeadingPairs>\s*<(\w+:)?vector\b[^>]*>\s*<\2variant>\s*<\2lpstr>[^<]*<\/\2lpstr>\s*<\/\2variant>\s*<\2variant>\s*<\2i4>)(\d+)(<\/\2i4>)/.exec(
      xml
    );
  const titles =
    /(<(?:\w+:)?TitlesOfParts>\s*<(\w+:)?vector\b[^>]*\bsize=")(\d+)("[^>]*>)([\s\S]*?)(<\/\2vector>)/.exec(
      xml
    );
  if (pairs === null || titles === null) return;
  const worksheets = Number(pairs[3]);
  const vt = titles[2] ?? "";
  const entries =
    (titles[5] ?? "").match(new RegExp(`<${vt}lpstr>[\\s\\S]*?</${vt}lpstr>`, "g")) ?? [];
  entries.splice(worksheets, 0, `<${vt}lpstr>${escapeXml(name)}</${vt}lpstr>`);
  const updated = xml
    .replace(pairs[0], () => `${pairs[1] ?? ""}${worksheets + 1}${pairs[4] ?? ""}`)
    .replace(
      titles[0],
      () =>
        `${titles[1] ?? ""}${Number(titles[3]) + 1}${titles[4] ?? ""}${entries.join("")}${titles[6] ?? ""}`
    );
  pkg.setText(APP_PROPERTIES, updated);
}
