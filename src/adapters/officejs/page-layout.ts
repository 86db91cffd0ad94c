/**
 * The page layout of an output sheet over Office.js (ExcelApi 1.9, the manifest's minimum):
 * applying the workbook layer's page setup (A4 landscape, one page wide, print titles, margins,
 * header and footer), and the header and footer texts an undo puts back, since they name the
 * calculation (time, checksum) whose cells the undo removes.
 */
import { titleRowsReference, type PageSetup } from "../../workbook";

/** Points per inch: Office.js takes margins in points, the page setup describes them in inches. */
const POINTS_PER_INCH = 72;

/** The header and footer texts a fill sets, as they were before it. */
export interface PageTexts {
  readonly centerHeader: string;
  readonly leftFooter: string;
  readonly rightFooter: string;
}

/** Queues applying `page` to `sheet` (no sync). */
export function queuePageLayout(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = "Landscape";
  // 0 pages tall: as many as the rows need (the file format's fitToHeight="0").
  layout.zoom = { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: 0 };
  layout.setPrintTitleRows(titleRowsReference(page));
  layout.leftMargin = page.margins.left * POINTS_PER_INCH;
  layout.rightMargin = page.margins.right * POINTS_PER_INCH;
  layout.topMargin = page.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = page.margins.header * POINTS_PER_INCH;
  layout.footerMargin = page.margins.footer * POINTS_PER_INCH;
  layout.headersFooters.state = "Default";
  const texts = layout.headersFooters.defaultForAllPages;
  texts.leftHeader = "";
  texts.centerHeader = page.centerHeader;
  texts.rightHeader = "";
  texts.leftFooter = page.leftFooter;
  texts.centerFooter = "";
  texts.rightFooter = page.rightFooter;
}

/** Queues reading the header and footer texts of `sheet` (delivered by the next sync). */
export function queuePageTextsRead(sheet: Excel.Worksheet): Excel.HeaderFooter {
  return sheet.pageLayout.headersFooters.defaultForAllPages.load(
    "centerHeader, leftFooter, rightFooter"
  );
}

/** The texts of a synced read. */
export function pageTextsOf(read: Excel.HeaderFooter): PageTexts {
  return {
    centerHeader: read.centerHeader,
    leftFooter: read.leftFooter,
    rightFooter: read.rightFooter,
  };
}

/** Queues putting recorded texts back (no sync). */
export function queuePageTextsRestore(sheet: Excel.Worksheet, texts: PageTexts): void {
  const target = sheet.pageLayout.headersFooters.defaultForAllPages;
  target.centerHeader = texts.centerHeader;
  target.leftFooter = texts.leftFooter;
  target.rightFooter = texts.rightFooter;
}

/** True when a stored value is PageTexts (the undo index is read back from a setting). */
export function isPageTexts(value: unknown): value is PageTexts {
  const v = value as Partial<PageTexts> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.centerHeader === "string" &&
    typeof v.leftFooter === "string" &&
    typeof v.rightFooter === "string"
  );
}
