/**
 * The page setup of an output sheet in ExcelJS terms (src/workbook/page-setup.ts describes it):
 * A4 landscape fitted to one page wide, print titles, margins, header and footer; plus the
 * defined name that marks a sheet the add-in created, whose page layout it therefore owns.
 * Kept apart from the sheet writer so it applies to any worksheet the writer hands it.
 */
import type { Workbook, Worksheet } from "exceljs";
import { pageNameFor, type PageSetup } from "../../workbook";

/** ExcelJS's (and the file format's) paper size code of A4. */
const PAPER_A4 = 9;

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Applies `page` to `worksheet`: paper, orientation, fit, print titles, margins, header, footer. */
export function applyPageSetup(worksheet: Worksheet, page: PageSetup): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER_A4,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToPagesWide,
    // 0: as many pages tall as the rows need.
    fitToHeight: 0,
    printTitlesRow: `${page.titleRows.first}:${page.titleRows.last}`,
    margins: { ...page.margins },
  };
  worksheet.headerFooter = {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: `&C${page.centerHeader}`,
    oddFooter: `&L${page.leftFooter}&R${page.rightFooter}`,
  };
}

/** The header and footer texts of a worksheet, as ExcelJS holds them. */
const HEADER_FOOTER_TEXTS = [
  "oddHeader",
  "oddFooter",
  "evenHeader",
  "evenFooter",
  "firstHeader",
  "firstFooter",
] as const;

/**
 * True when `worksheet` prints with Excel's defaults: portrait, 100 % without fitting, no print
 * titles or print area, no header or footer text (paper size and margins are not looked at).
 */
export function hasUntouchedPageSetup(worksheet: Worksheet): boolean {
  const setup = worksheet.pageSetup;
  // ExcelJS leaves headerFooter null (against its typing) for a sheet saved without one.
  const texts = worksheet.headerFooter as Partial<Worksheet["headerFooter"]> | null;
  return (
    setup.orientation !== "landscape" &&
    setup.fitToPage !== true &&
    (setup.scale ?? 100) === 100 &&
    !setup.printTitlesRow &&
    !setup.printTitlesColumn &&
    !setup.printArea &&
    HEADER_FOOTER_TEXTS.every((part) => !texts?.[part])
  );
}

/** True when the workbook marks `sheet` as created by the add-in (its page layout is ours). */
export function isPageOwned(workbook: Workbook, sheet: string): boolean {
  const marker = pageNameFor(sheet);
  return workbook.definedNames.model.some((name) => sameName(name.name, marker));
}

/** Marks `sheet` as created by the add-in: a workbook-level name pointing at its A1. */
export function markPageOwned(workbook: Workbook, sheet: string): void {
  const marker = pageNameFor(sheet);
  const others = workbook.definedNames.model.filter((name) => !sameName(name.name, marker));
  const a1 = `'${sheet.replace(/'/g, "''")}'!$A$1`;
  workbook.definedNames.model = [...others, { name: marker, ranges: [a1] }];
}
