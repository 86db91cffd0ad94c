/**
 * The workbook part of a package as the adapter reads it (ECMA-376 part 1, 18.2): its sheets in
 * tab order with their parts, the date system and the defined names with the exact span of each
 * element, so the writer can replace the add-in's own names and leave every other one as it was.
 */
import type { XlsxPackage } from "./xlsxPackage";
import { attributeOf, childOf, childrenOf, parseXml, relationshipIdOf, textOf } from "./xmlTree";

/** One sheet entry of the workbook part. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  /** The sheet's part ("xl/worksheets/sheet1.xml"); undefined when its relationship is broken. */
  readonly part?: string;
  /** True for a worksheet; chart, dialog and macro sheets are false. */
  readonly isWorksheet: boolean;
}

/** One defined name: its name, the sheet a local name belongs to and what it refers to. */
export interface DefinedNameEntry {
  readonly name: string;
  /** Index into the sheets for a sheet-scoped name (localSheetId). */
  readonly localSheetId?: number;
  readonly refersTo: string;
}

/** What the adapter knows of the workbook part. */
export interface WorkbookModel {
  readonly part: string;
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
  readonly definedNames: readonly DefinedNameEntry[];
}

/** Returns the workbook part: the target of the package's officeDocument relationship. */
export function workbookPartOf(pkg: XlsxPackage): string {
  const main = pkg.relationships("").find((rel) => rel.type.endsWith("/officeDocument"));
  return main?.target ?? "xl/workbook.xml";
}

/** Reads the workbook part of `pkg`; throws when there is none (then it is no workbook). */
export function readWorkbookModel(pkg: XlsxPackage): WorkbookModel {
  const part = workbookPartOf(pkg);
  const text = pkg.text(part);
  if (text === undefined) throw new Error("Kein Arbeitsmappenteil");
  const root = parseXml(text);
  const rels = new Map(pkg.relationships(part).map((rel) => [rel.id, rel]));
  const sheets = childrenOf(childOf(root, "sheets") ?? root, "sheet").map((sheet): SheetEntry => {
    const rel = rels.get(relationshipIdOf(sheet) ?? "");
    // Strict (ISO 29500) files name the same relationship under another namespace root.
    const isWorksheet = rel?.type.endsWith("/relationships/worksheet") === true;
    return {
      name: attributeOf(sheet, "name") ?? "",
      sheetId: Number(attributeOf(sheet, "sheetId") ?? 0),
      ...(rel !== undefined && !rel.external ? { part: rel.target } : {}),
      isWorksheet,
    };
  });
  const properties = childOf(root, "workbookPr");
  const date1904 = ["1", "true"].includes(
    (properties && attributeOf(properties, "date1904")) ?? ""
  );
  const definedNames = childrenOf(childOf(root, "definedNames") ?? root, "definedName").map(
    (element): DefinedNameEntry => {
      const local = attributeOf(element, "localSheetId");
      return {
        name: attributeOf(element, "name") ?? "",
        ...(local !== undefined ? { localSheetId: Number(local) } : {}),
        refersTo: textOf(element).trim(),
      };
    }
  );
  return { part, sheets, date1904, definedNames };
}

/** Excel compares sheet names case-insensitively; Unicode forms count as the same name. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

/** The worksheet entry of that name (see sameSheetName). */
export function findSheet(model: WorkbookModel, name: string): SheetEntry | undefined {
  return model.sheets.find((sheet) => sheet.isWorksheet && sameSheetName(sheet.name, name));
}
