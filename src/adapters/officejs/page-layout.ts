/**
 * The page layout of an output sheet over Office.js (ExcelApi 1.9, the manifest's minimum):
 * applying the workbook layer's page setup (A4 landscape, one page wide, print titles, margins,
 * header and footer); reading whether a sheet still prints with Excel's defaults (then no user
 * choice is lost by setting it); and the header and footer texts an undo puts back, since they
 * name the calculation (time, checksum) whose cells the undo removes.
 */
import { titleRowsReference, type PageSetup } from "../../workbook";

/** Points per inch: Office.js takes margins in points, the page setup describes them in inches. */
const POINTS_PER_INCH = 72;

/** The six header and footer texts of a sheet (the ones a fill sets), as they were before it. */
export interface PageTexts {
  readonly leftHeader: string;
  readonly centerHeader: string;
  readonly rightHeader: string;
  readonly leftFooter: string;
  readonly centerFooter: string;
  readonly rightFooter: string;
}

const TEXT_PARTS: readonly (keyof PageTexts)[] = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

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

/** The queued reads of a sheet's page settings, delivered by the next sync. */
export interface PageRead {
  readonly layout: Excel.PageLayout;
  readonly texts: Excel.HeaderFooter;
  readonly titleRows: Excel.Range;
}

/** Queues reading what a fill changes of a sheet's page settings (no sync). */
export function queuePageRead(sheet: Excel.Worksheet): PageRead {
  const layout = sheet.pageLayout.load("orientation, zoom");
  return {
    layout,
    texts: layout.headersFooters.defaultForAllPages.load(TEXT_PARTS.join(", ")),
    titleRows: layout.getPrintTitleRowsOrNullObject().load("address"),
  };
}

/**
 * The header and footer texts of a synced read, and whether the sheet prints with Excel's
 * defaults: portrait, 100 % without fitting, no print title rows, no header or footer text.
 */
export function pageStateOf(read: PageRead): { texts: PageTexts; untouched: boolean } {
  const texts = Object.fromEntries(
    TEXT_PARTS.map((part) => [part, read.texts[part]])
  ) as unknown as PageTexts;
  const zoom = read.layout.zoom;
  const untouched =
    read.layout.orientation !== "Landscape" &&
    (zoom.horizontalFitToPages ?? null) === null &&
    (zoom.verticalFitToPages ?? null) === null &&
    (zoom.scale ?? 100) === 100 &&
    read.titleRows.isNullObject &&
    TEXT_PARTS.every((part) => texts[part] === "");
  return { texts, untouched };
}

/** Queues putting recorded texts back (no sync). */
export function queuePageTextsRestore(sheet: Excel.Worksheet, texts: PageTexts): void {
  const target = sheet.pageLayout.headersFooters.defaultForAllPages;
  for (const part of TEXT_PARTS) target[part] = texts[part];
}

/** True when a stored value is PageTexts (the undo index is read back from a setting). */
export function isPageTexts(value: unknown): value is PageTexts {
  const v = value as Partial<PageTexts> | null;
  return (
    typeof v === "object" && v !== null && TEXT_PARTS.every((part) => typeof v[part] === "string")
  );
}
