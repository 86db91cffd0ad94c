/**
 * WorkbookPort.readOutputState and writePlan over a loaded package. A block is the add-in's only
 * when its defined name matches the record the add-in keeps in its settings (block.ts); writing
 * touches only the output sheets' parts, their entries in the workbook part and its
 * relationships, the content types, the sheet list of the document properties, appended styles
 * and the add-in's own settings.
 */
import {
  blockNameFor,
  pageNameFor,
  trustedBlock,
  withBlock,
  type BlockExtent,
  type BlockRecord,
  type CellValue,
  type OutputPlan,
  type OutputSheetState,
  type OutputState,
  type PlannedCell,
} from "../../workbook";
import { splitSheetRange } from "./address";
import { placeCharts } from "./charts";
import { hasUntouchedPageSetup, isPrintName } from "./pageSetup";
import { newSheetXml, splicedSheetXml } from "./sheetWriter";
import { StylesWriter } from "./stylesWriter";
import { sameSheetName, type SheetEntry } from "./workbookModel";
import { WorkbookWriter } from "./workbookWriter";
import type { XlsxModel } from "./xlsxModel";

/** Excel forbids these characters in sheet names, and a leading or trailing apostrophe. */
const INVALID_SHEET_NAME = /[*?:/\\[\]]|^'|'$/;
const MAX_SHEET_NAME_LENGTH = 31;

/**
 * The block the add-in recorded for `sheet`: its workbook-level defined name, pointing at a
 * rectangle from A1 of this sheet, with the fingerprint in the add-in's record. Absent otherwise,
 * because only a block the add-in itself wrote may be overwritten or cleared.
 */
export function recordedBlock(
  model: XlsxModel,
  record: BlockRecord,
  sheet: string
): { block?: BlockExtent; unrecordedBlockName?: string } {
  const blockName = blockNameFor(sheet);
  const entry = model.workbook.definedNames.find(
    (name) => name.localSheetId === undefined && name.name.toUpperCase() === blockName.toUpperCase()
  );
  if (entry === undefined) return {};
  const located = splitSheetRange(entry.refersTo);
  const block =
    located !== undefined && sameSheetName(located.sheet, sheet)
      ? trustedBlock(record, sheet, located.range)
      : undefined;
  return block !== undefined ? { block } : { unrecordedBlockName: entry.name };
}

/** The sheet's values from A1 to the last row and column that hold a value (not just a format). */
function readUsedValues(model: XlsxModel, name: string): CellValue[][] {
  const sheet = model.findWorksheet(name);
  if (sheet === undefined) return [];
  const grid = model.grid(sheet);
  let lastRow = -1;
  let lastColumn = -1;
  for (const [row, cells] of grid.rows) {
    for (const [column, cell] of cells) {
      if (cell.value === null) continue;
      lastRow = Math.max(lastRow, row);
      lastColumn = Math.max(lastColumn, column);
    }
  }
  const values: CellValue[][] = [];
  for (let row = 0; row <= lastRow; row++) {
    const line: CellValue[] = [];
    for (let column = 0; column <= lastColumn; column++)
      line.push(grid.cell(row, column)?.value ?? null);
    values.push(line);
  }
  return values;
}

/**
 * Whether the add-in owns how `sheet` prints (its marker name SR_Druck_<sheet> exists) and
 * whether the sheet still prints with Excel's defaults (see page-setup.ts withPageOwnership).
 */
function pageStateOf(
  model: XlsxModel,
  sheet: SheetEntry
): { pageOwned?: true; pageUntouched?: true } {
  const names = model.workbook.definedNames;
  const marker = pageNameFor(sheet.name).toUpperCase();
  const owned = names.some(
    (name) => name.localSheetId === undefined && name.name.toUpperCase() === marker
  );
  const index = model.workbook.sheets.indexOf(sheet);
  const printNames = names.filter(
    (name) => name.localSheetId === index && isPrintName(name.name)
  ).length;
  const xml = sheet.part === undefined ? undefined : model.pkg.text(sheet.part);
  const untouched = hasUntouchedPageSetup(xml ?? "<worksheet/>", printNames);
  return { ...(owned ? { pageOwned: true } : {}), ...(untouched ? { pageUntouched: true } : {}) };
}

/** Reads the named output sheets that exist (WorkbookPort.readOutputState). */
export function readOutputSheets(
  model: XlsxModel,
  record: BlockRecord,
  names: readonly string[]
): OutputState {
  const state = new Map<string, OutputSheetState>();
  for (const name of names) {
    const sheet = model.findWorksheet(name);
    if (!sheet) continue;
    const recorded = recordedBlock(model, record, sheet.name);
    state.set(name, {
      name,
      ...recorded,
      ...pageStateOf(model, sheet),
      values: readUsedValues(model, sheet.name),
    });
  }
  return state;
}

/**
 * Throws (German) before anything is changed when a planned sheet name is not valid in Excel or
 * names a sheet that is no worksheet (a chart sheet cannot take the block).
 */
function assertWritable(model: XlsxModel, plan: OutputPlan): void {
  for (const sheet of plan.sheets) {
    const name = sheet.name;
    const other = model.workbook.sheets.find(
      (entry) => !entry.isWorksheet && sameSheetName(entry.name, name)
    );
    if (other !== undefined) {
      throw new Error(
        `»${other.name}« ist ein Diagramm- oder Makroblatt; dorthin kann das Add-in nicht schreiben. Bitte das Blatt umbenennen.`
      );
    }
    if (
      name.trim() === "" ||
      name.length > MAX_SHEET_NAME_LENGTH ||
      INVALID_SHEET_NAME.test(name) ||
      name.toLowerCase() === "history"
    ) {
      throw new Error(`»${name}« ist kein gültiger Name für ein Tabellenblatt.`);
    }
  }
}

/**
 * Writes every planned sheet (WorkbookPort.writePlan): creates missing sheets after the existing
 * ones in plan order, writes each block from A1 over the previous one, records its extent in the
 * block name and the record, applies the page setup when the plan has one (with the print titles
 * and the marker that the add-in owns the sheet's page layout), and asks for a full
 * recalculation on open. Returns the new record.
 */
export function writeOutputPlan(
  model: XlsxModel,
  plan: OutputPlan,
  record: BlockRecord
): BlockRecord {
  assertWritable(model, plan);
  const pkg = model.pkg;
  const styles = StylesWriter.of(pkg, model.workbook.part);
  const workbook = new WorkbookWriter(pkg, model.workbook.part);
  const styleOf = (cell: PlannedCell) => styles.styleIndex(cell.style, cell.format);
  let updated = record;
  const created = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const existing = model.findWorksheet(sheet.name);
    const name = existing?.name ?? sheet.name;
    const known = existing?.part ?? created.get(sheet.name.normalize("NFC").toLowerCase());
    let part: string;
    if (known !== undefined && pkg.text(known) !== undefined) {
      part = known;
      pkg.setText(part, splicedSheetXml(pkg.text(part) ?? "", sheet, styleOf));
    } else {
      part = workbook.addWorksheet(sheet.name);
      created.set(sheet.name.normalize("NFC").toLowerCase(), part);
      pkg.setText(part, newSheetXml(sheet, styleOf));
    }
    placeCharts(pkg, part, { ...sheet, name });
    workbook.setBlockName(name, sheet.extent);
    if (sheet.page !== undefined) workbook.setPageNames(name, sheet.page);
    updated = withBlock(updated, name, sheet.extent);
  }
  workbook.requestFullCalculation();
  workbook.dropCalculationChain();
  styles.flush();
  workbook.flush();
  model.refresh();
  return updated;
}
