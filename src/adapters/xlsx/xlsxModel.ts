/**
 * What the adapter reads from one loaded package, each part parsed at most once: the workbook
 * part, the shared strings, the date formats of the styles, each worksheet's cells and the Excel
 * tables (ECMA-376 part 1, 18.5) with their default attributes applied as the standard defines
 * them (headerRowCount 1, totalsRowCount 0), however the program that wrote them spelled them.
 */
import { REL_TYPE } from "./opc";
import {
  readDateStyles,
  readSharedStrings,
  readSheetGrid,
  type CellContext,
  type SheetGrid,
} from "./sheetCells";
import { blockSheetsOf } from "../../workbook";
import { findSheet, readWorkbookModel, type SheetEntry, type WorkbookModel } from "./workbookModel";
import type { XlsxPackage } from "./xlsxPackage";
import { attributeOf, childOf, childrenOf, parseXml } from "./xmlTree";

/** An Excel table as the standard defines it. */
export interface TableInfo {
  /** The name formulas use (displayName; name when a writer left it out). */
  readonly name: string;
  readonly sheet: string;
  readonly ref: string;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columns: readonly string[];
}

/** Returns the target of `part`'s first relationship whose type ends in `/suffix`. */
function relatedPart(pkg: XlsxPackage, part: string, suffix: string): string | undefined {
  return pkg.relationships(part).find((rel) => !rel.external && rel.type.endsWith(`/${suffix}`))
    ?.target;
}

/** The parsed view of a loaded package (see the file comment). */
export class XlsxModel {
  private cellContext?: CellContext;
  private readonly grids = new Map<string, SheetGrid>();
  private tableList?: TableInfo[];

  private constructor(
    readonly pkg: XlsxPackage,
    private workbookModel: WorkbookModel
  ) {}

  /** The workbook part as read (again after `refresh`). */
  get workbook(): WorkbookModel {
    return this.workbookModel;
  }

  /** Reads the package again after the writer changed it (new sheets, names, styles). */
  refresh(): void {
    this.workbookModel = readWorkbookModel(this.pkg);
    this.cellContext = undefined;
    this.grids.clear();
    this.tableList = undefined;
  }

  /** Reads the workbook part of `pkg`; throws when the package holds no workbook. */
  static of(pkg: XlsxPackage): XlsxModel {
    return new XlsxModel(pkg, readWorkbookModel(pkg));
  }

  /** The worksheets in tab order. */
  worksheets(): SheetEntry[] {
    return this.workbook.sheets.filter((sheet) => sheet.isWorksheet);
  }

  /** The worksheet of that name (compared as Excel does). */
  findWorksheet(name: string): SheetEntry | undefined {
    return findSheet(this.workbook, name);
  }

  /** What the cell reader needs from the styles and the shared strings. */
  context(): CellContext {
    if (this.cellContext === undefined) {
      const part = this.workbook.part;
      this.cellContext = {
        sharedStrings: readSharedStrings(this.pkg, relatedPart(this.pkg, part, "sharedStrings")),
        dateStyles: readDateStyles(this.pkg, relatedPart(this.pkg, part, "styles")),
        date1904: this.workbook.date1904,
      };
    }
    return this.cellContext;
  }

  /** The cells of a worksheet (empty when its part is missing). */
  grid(sheet: SheetEntry): SheetGrid {
    const key = sheet.part ?? "";
    let grid = this.grids.get(key);
    if (grid === undefined) {
      const xml = sheet.part === undefined ? undefined : this.pkg.text(sheet.part);
      grid = readSheetGrid(xml ?? "<worksheet/>", this.context());
      this.grids.set(key, grid);
    }
    return grid;
  }

  /** The worksheets that carry a block name of the add-in (recorded or not), in tab order. */
  blockSheets(): string[] {
    const names = this.workbook.definedNames
      .filter((name) => name.localSheetId === undefined)
      .map((name) => ({ name: name.name, reference: name.refersTo }));
    return blockSheetsOf(
      names,
      this.worksheets().map((sheet) => sheet.name)
    );
  }

  /** Every Excel table of the workbook, sheet by sheet in tab order. */
  tables(): TableInfo[] {
    if (this.tableList === undefined) {
      this.tableList = this.worksheets().flatMap((sheet) => this.tablesOf(sheet));
    }
    return this.tableList;
  }

  private tablesOf(sheet: SheetEntry): TableInfo[] {
    if (sheet.part === undefined) return [];
    const found: TableInfo[] = [];
    for (const rel of this.pkg.relationships(sheet.part)) {
      if (rel.external || rel.type !== `${REL_TYPE}/table`) continue;
      const xml = this.pkg.text(rel.target);
      if (xml === undefined) continue;
      const root = parseXml(xml);
      const columns = childrenOf(childOf(root, "tableColumns") ?? root, "tableColumn").map(
        (column) => attributeOf(column, "name") ?? ""
      );
      found.push({
        name: attributeOf(root, "displayName") ?? attributeOf(root, "name") ?? "",
        sheet: sheet.name,
        ref: attributeOf(root, "ref") ?? "",
        headerRowCount: Number(attributeOf(root, "headerRowCount") ?? 1),
        totalsRowCount: Number(attributeOf(root, "totalsRowCount") ?? 0),
        columns,
      });
    }
    return found;
  }
}
