/**
 * How the add-in's output sheets print, described once for both adapters (like the look table in
 * look.ts): A4 landscape, one page wide (as many pages tall as needed), the title and header rows
 * repeated on every page, a header "Sozialraumbudget <Jahr> – <Blatt>" and a footer with the page
 * ("Seite 1 von 2"), the time of the calculation and the input checksum. The adapters only
 * translate it (ExcelJS pageSetup/headerFooter, Office.js worksheet.pageLayout).
 *
 * The add-in owns the page layout only of the sheets it created itself; it records that in a
 * defined name per sheet (pageNameFor), so a refill keeps a user's page settings on a sheet the
 * user made and the add-in merely filled (see withPageOwnership).
 */
import { formatBerlinDateTime } from "./format";
import type { PlanMeta } from "./plan-cells";
import { sheetTitle } from "./plan-cells";
import { escapeForName } from "./block";
import type { OutputSheetState, PageSetup, PlannedSheet } from "./types";

/** The prefix of the defined names that mark a sheet whose page layout the add-in owns. */
export const PAGE_NAME_PREFIX = "SR_Druck_";

/** Excel's header and footer texts treat "&" as the start of a code; a literal one is "&&". */
function escapeHeaderText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * Returns the page setup of a planned sheet for budget year `year`: the sheet's frozen rows
 * (title and column headers) repeat on every page.
 */
export function pageSetupFor(sheet: PlannedSheet, year: number, meta: PlanMeta): PageSetup {
  const calculated = `berechnet am ${formatBerlinDateTime(meta.filledAt)} · Prüfsumme ${meta.checksum.slice(0, 16)}`;
  return {
    paperSize: "A4",
    orientation: "landscape",
    fitToPagesWide: 1,
    titleRows: { first: 1, last: Math.max(1, sheet.freezeRows) },
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    centerHeader: escapeHeaderText(sheetTitle(year, sheet.name)),
    leftFooter: escapeHeaderText(calculated),
    rightFooter: "Seite &P von &N",
  };
}

/** Returns the sheet with its page setup for budget year `year`. */
export function withPageSetup(sheet: PlannedSheet, year: number, meta: PlanMeta): PlannedSheet {
  return { ...sheet, page: pageSetupFor(sheet, year, meta) };
}

/**
 * Returns the sheet as it may be written given its current state. The page setup stays on a
 * sheet the add-in creates now or created before (state.pageOwned) and on a sheet whose page
 * settings are still Excel's defaults (state.pageUntouched: nobody chose anything there, which
 * also covers sheets filled by versions before the print layout). On a sheet whose page settings
 * someone changed and that the add-in did not create, the page setup is dropped, so those
 * settings stay as they are.
 */
export function withPageOwnership(
  sheet: PlannedSheet,
  state: OutputSheetState | undefined
): PlannedSheet {
  if (sheet.page === undefined || state === undefined) return sheet;
  if (state.pageOwned === true || state.pageUntouched === true) return sheet;
  const { page: _users, ...rest } = sheet;
  return rest;
}

/**
 * Returns the defined name that marks `sheetName` as created by the add-in: "SR_Druck_" and the
 * sheet name escaped as in blockNameFor, e.g. "Region 1" → "SR_Druck_Region_00201".
 */
export function pageNameFor(sheetName: string): string {
  return PAGE_NAME_PREFIX + escapeForName(sheetName);
}

/** Returns "$1:$2", the title rows of a page setup as Excel's row reference. */
export function titleRowsReference(page: PageSetup): string {
  return `$${page.titleRows.first}:$${page.titleRows.last}`;
}
