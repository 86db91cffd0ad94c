/**
 * WorkbookPort.readOutputState over Office.js, normally in one round trip: per existing output
 * sheet its used range (values only, from A1), protection, merged areas, chart names, column
 * widths, frozen panes and page header/footer texts, plus the workbook's defined names, the
 * sheet list and the undo sheet.
 * Which output sheets exist is presumed from the last read (the inputs' read before a fill sees
 * every sheet), so nothing is queued on a sheet that does not exist (see presence.ts); the sheet
 * list read alongside catches a wrong presumption with one more trip. Besides the OutputState the
 * workbook layer needs, it returns what the writer must know to write in one round trip (which
 * sheets and names exist, what is protected or merged, the layout undo must put back).
 */
import {
  blockNameFor,
  pageNameFor,
  parseBlockRange,
  type BlockExtent,
  type CellValue,
  type OutputSheetState,
} from "../../workbook";
import { type CellRect, parseAreas, splitSheetAddress } from "./address";
import { type SheetLayout, layoutOf, queueLayoutRead } from "./layout";
import { type PageRead, type PageTexts, pageStateOf, queuePageRead } from "./page-layout";
import { toCellValues } from "./values";
import { UNDO_SETTING_PREFIX, UNDO_SHEET } from "./undo-index";
import {
  type WorkbookPresence,
  learnPresence,
  presenceOf,
  queuePresenceRead,
  readWithPresence,
} from "./presence";

/** What the writer knows about one existing output sheet. */
export interface KnownSheet {
  /** The sheet's name as Excel spells it. */
  readonly name: string;
  readonly protected: boolean;
  /** The add-in's block from its defined name. */
  readonly block?: BlockExtent;
  /** Merged areas on the sheet (within its used range). */
  readonly merges: readonly CellRect[];
  /** Lower-case names of the charts on the sheet (a refill replaces the planned ones). */
  readonly charts: ReadonlySet<string>;
  /** Widths of the first KnownState.widthColumns columns and the frozen panes. */
  readonly layout: SheetLayout;
  /** The page header and footer texts (undo restores them on a sheet the fill re-laid out). */
  readonly pageTexts: PageTexts;
}

/** What the writer knows about the workbook, from the last readOutputState. */
export interface KnownState {
  /** Existing output sheets by lower-case name. */
  readonly sheets: ReadonlyMap<string, KnownSheet>;
  /** Lower-case names of every workbook-level defined name. */
  readonly names: ReadonlySet<string>;
  readonly undoSheetExists: boolean;
  /** Keys of saved undo indexes (normally one; the next fill replaces them). */
  readonly undoKeys: readonly string[];
  /** Lower-case names of the sheets this state covers (existing or not). */
  readonly covered: ReadonlySet<string>;
  /** How many columns, from A, have their widths in KnownSheet.layout. */
  readonly widthColumns: number;
}

/**
 * How many column widths a read records by default: more than any planned sheet has (the widest,
 * a Mehrjahresplan over MAX_PHASE_OUT_YEARS = 30 years, has 33: name, region and 31 years), so
 * the write needs no second read. Only a wider plan would make writePlan read again.
 */
export const RECORDED_WIDTH_COLUMNS = 40;

/** The queued reads of one existing output sheet. */
interface QueuedSheet {
  readonly requested: string;
  readonly sheet: Excel.Worksheet;
  readonly protection: Excel.WorksheetProtection;
  readonly charts: Excel.ChartCollection;
  readonly layout: ReturnType<typeof queueLayoutRead>;
  readonly page: PageRead;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | undefined;
}

/**
 * Reads the named output sheets that exist, with the widths of their first `widthColumns`
 * columns; one sync when `presumed` (default: none exists) matches the workbook. Returns the
 * state, what the writer needs, and what exists now.
 */
export async function readOutputSheets(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  widthColumns: number = RECORDED_WIDTH_COLUMNS,
  presumed?: WorkbookPresence
): Promise<{
  state: Map<string, OutputSheetState>;
  known: KnownState;
  presence: WorkbookPresence;
}> {
  const { result, presence } = await readWithPresence(
    presumed ?? { sheets: new Set(), tables: new Set() },
    (assumed) => readOnce(context, sheetNames, widthColumns, assumed),
    () => learnPresence(context)
  );
  return { ...result, presence };
}

type Read = { state: Map<string, OutputSheetState>; known: KnownState };

/** One try: reads of the sheets `assumed` says exist, checked against the sheet list. */
async function readOnce(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  widthColumns: number,
  assumed: WorkbookPresence
): Promise<{ result: Read; seen: WorkbookPresence } | { stale: WorkbookPresence }> {
  const workbook = context.workbook;
  const mergesReadable = supportsExcelApi("1.13");
  const names = workbook.names.load("items/name, items/formula");
  const settings = workbook.settings.load("items/key");
  const lists = queuePresenceRead(context);
  const exists = (name: string, presence: WorkbookPresence) =>
    presence.sheets.has(name.toLowerCase());
  const queued = sheetNames
    .filter((requested) => exists(requested, assumed))
    .map((requested): QueuedSheet => {
      const sheet = workbook.worksheets.getItem(requested).load("name");
      return {
        requested,
        sheet,
        protection: sheet.protection.load("protected"),
        charts: sheet.charts.load("items/name"),
        layout: queueLayoutRead(sheet, widthColumns),
        page: queuePageRead(sheet),
        used: sheet
          .getUsedRangeOrNullObject(true)
          .load("values, valueTypes, rowIndex, columnIndex"),
        // getUsedRange (not …OrNullObject) returns A1 on an empty sheet, so the merged areas are
        // asked of an object that exists; only the areas themselves may be a null object.
        merged: mergesReadable
          ? sheet.getUsedRange(false).getMergedAreasOrNullObject().load("address")
          : undefined,
      };
    });
  await context.sync();
  const seen = presenceOf(lists);
  if (sheetNames.some((name) => exists(name, seen) !== exists(name, assumed)))
    return { stale: seen };
  const formulas = new Map(names.items.map((n) => [n.name.toLowerCase(), n.formula]));
  const state = new Map<string, OutputSheetState>();
  const sheets = new Map<string, KnownSheet>();
  for (const q of queued) {
    const name = q.sheet.name;
    const block = blockOf(name, formulas.get(blockNameFor(name).toLowerCase()));
    const values = q.used.isNullObject
      ? []
      : fromA1(toCellValues(q.used.values, q.used.valueTypes), q.used.rowIndex, q.used.columnIndex);
    const page = pageStateOf(q.page);
    const pageFlags = {
      ...(formulas.has(pageNameFor(name).toLowerCase()) ? { pageOwned: true } : {}),
      ...(page.untouched ? { pageUntouched: true } : {}),
    };
    state.set(
      q.requested,
      block
        ? { name: q.requested, block, values, ...pageFlags }
        : { name: q.requested, values, ...pageFlags }
    );
    const merges = !q.merged || q.merged.isNullObject ? [] : parseAreas(q.merged.address);
    sheets.set(name.toLowerCase(), {
      name,
      protected: q.protection.protected,
      merges,
      charts: new Set(q.charts.items.map((c) => c.name.toLowerCase())),
      layout: layoutOf(q.layout),
      pageTexts: page.texts,
      ...(block ? { block } : {}),
    });
  }
  const known: KnownState = {
    sheets,
    names: new Set(formulas.keys()),
    undoSheetExists: seen.sheets.has(UNDO_SHEET.toLowerCase()),
    undoKeys: settings.items.map((s) => s.key).filter((key) => key.startsWith(UNDO_SETTING_PREFIX)),
    covered: new Set(sheetNames.map((n) => n.toLowerCase())),
    widthColumns,
  };
  return { result: { state, known }, seen };
}

/**
 * True when the host supports the ExcelApi requirement set `version`. Older Excel versions
 * cannot list merged areas; then Excel's own refusal at write time (rolled back) reports them.
 */
function supportsExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}

/**
 * The block recorded in the sheet's defined name; absent when it no longer points at a rectangle
 * from A1 of this very sheet (a user moved or edited it): only the add-in's own block may be
 * cleared.
 */
function blockOf(sheet: string, formula: string | undefined): BlockExtent | undefined {
  if (formula === undefined) return undefined;
  const { sheet: referenced, local } = splitSheetAddress(formula);
  if (referenced === undefined || referenced.toLowerCase() !== sheet.toLowerCase())
    return undefined;
  return parseBlockRange(local);
}

/** The used range's values placed in a grid that starts at A1. */
function fromA1(values: CellValue[][], row: number, column: number): CellValue[][] {
  const width = column + (values[0]?.length ?? 0);
  const blank = (): CellValue[] => Array.from({ length: width }, () => null);
  const grid: CellValue[][] = Array.from({ length: row }, blank);
  for (const line of values) grid.push([...blank().slice(0, column), ...line]);
  return grid;
}
