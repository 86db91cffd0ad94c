import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { Dec } from "../core/decimal";
import { newWorkbook } from "./excel";
import { NUMBER_FORMAT_CODES, columnLetters } from "../workbook";
import { sampleParameterRows, writeHints } from "./sampleTexts";

/**
 * The sample workbook "Sozialraumbudget-Beispiel.xlsx": the default layout of WORKBOOK.md as real
 * Excel tables, filled from the readable source assets/beispiel/Beispielwerte.json. Each table's
 * columns are the keys of its records in source order, so a changed source (the validation
 * fixtures) gives a correspondingly changed workbook.
 */

type SourceValue = string | number | null;
type SourceRow = Readonly<Record<string, SourceValue>>;

/** The shape of Beispielwerte.json. */
export interface SampleSource {
  readonly hinweis: string;
  readonly gemeinden: readonly SourceRow[];
  readonly indikatoren: { readonly namen: readonly string[]; readonly werte: readonly SourceRow[] };
  readonly gewichte: readonly SourceRow[];
  readonly verwendung: readonly SourceRow[];
  readonly zuordnung: readonly SourceRow[];
  readonly parameter: readonly SourceRow[];
}

/** A fixed timestamp, so that rebuilding the sample gives the same workbook content. */
export const SAMPLE_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

const SUM_COLUMN = "Summe";
const INDICATOR_FORMAT = "0.0";

/** Display formats and widths of the known columns; other columns are general and 14 wide. */
const COLUMN_LOOK: Readonly<Record<string, { format?: string; width: number }>> = {
  Gemeinde: { width: 26 },
  Region: { width: 12 },
  Sozialraumträger: { width: 30 },
  Einwohner: { format: NUMBER_FORMAT_CODES.integer, width: 13 },
  "Einwohner unter 21": { format: NUMBER_FORMAT_CODES.integer, width: 19 },
  "Budget Vorjahr": { format: NUMBER_FORMAT_CODES.eur, width: 17 },
  Betriebskosten: { format: NUMBER_FORMAT_CODES.eur, width: 17 },
  Sachkosten: { format: NUMBER_FORMAT_CODES.eur, width: 16 },
  Netzwerktätigkeit: { format: NUMBER_FORMAT_CODES.eur, width: 19 },
  "Angebote und Projekte": { format: NUMBER_FORMAT_CODES.eur, width: 22 },
  [SUM_COLUMN]: { format: NUMBER_FORMAT_CODES.eur, width: 17 },
  Indikator: { width: 34 },
  Gewicht: { format: "0.00", width: 10 },
  Kategorie: { width: 24 },
  "Anteil gebunden": { format: "0%", width: 17 },
  Parameter: { width: 30 },
  Wert: { width: 18 },
  Erläuterung: { width: 90 },
};

/** One table to add at `ref` (its header's first cell). */
interface TableSpec {
  readonly name: string;
  readonly ref: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ExcelJS.CellValue[])[];
  /** Formats for columns that are not in COLUMN_LOOK (indicators). */
  readonly format?: string;
}

function columnsOf(records: readonly SourceRow[]): string[] {
  return Object.keys(records[0] ?? {});
}

function valuesOf(records: readonly SourceRow[], columns: readonly string[]): SourceValue[][] {
  return records.map((record) => columns.map((column) => record[column] ?? null));
}

function addTable(worksheet: ExcelJS.Worksheet, spec: TableSpec): void {
  worksheet.addTable({
    name: spec.name,
    ref: spec.ref,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((name) => ({ name, filterButton: true })),
    rows: spec.rows.map((row) => [...row]),
  });
  const origin = worksheet.getCell(spec.ref);
  const top = Number(origin.row);
  const left = Number(origin.col);
  spec.columns.forEach((name, index) => {
    const look = COLUMN_LOOK[name];
    worksheet.getColumn(left + index).width = look?.width ?? 22;
    const format = look ? look.format : spec.format;
    if (format === undefined) return;
    for (let row = top + 1; row <= top + spec.rows.length; row++) {
      worksheet.getCell(row, left + index).numFmt = format;
    }
  });
}

function addIndicators(workbook: ExcelJS.Workbook, source: SampleSource): void {
  const worksheet = workbook.addWorksheet("Indikatoren");
  const columns = ["Gemeinde", ...source.indikatoren.namen];
  addTable(worksheet, {
    name: "tblIndikatoren",
    ref: "A1",
    columns,
    rows: valuesOf(source.indikatoren.werte, columns),
    format: INDICATOR_FORMAT,
  });
  const weightColumns = columnsOf(source.gewichte);
  addTable(worksheet, {
    name: "tblGewichte",
    // One empty column right of tblIndikatoren: F1 for three indicators.
    ref: `${columnLetters(columns.length + 1)}1`,
    columns: weightColumns,
    rows: valuesOf(source.gewichte, weightColumns),
  });
}

/**
 * The Summe column is a SUM formula over the columns between the first one and Summe, as in a
 * real workbook; its cached result is that exact sum and must equal the source's Summe.
 */
function withSumFormula(
  columns: readonly string[],
  row: SourceValue[],
  excelRow: number
): ExcelJS.CellValue[] {
  const sumIndex = columns.indexOf(SUM_COLUMN);
  if (sumIndex < 2) return row;
  const amounts = row.slice(1, sumIndex);
  const sum = amounts.reduce<Dec>((total, amount) => total.plus(Number(amount ?? 0)), new Dec(0));
  if (!sum.equals(new Dec(Number(row[sumIndex] ?? 0)))) {
    throw new Error(`Beispielwerte: Die Summe von »${String(row[0])}« stimmt nicht.`);
  }
  const formula = `SUM(B${excelRow}:${columnLetters(sumIndex - 1)}${excelRow})`;
  const cells: ExcelJS.CellValue[] = [...row];
  cells[sumIndex] = { formula, result: sum.toNumber() };
  return cells;
}

function addUsage(workbook: ExcelJS.Workbook, source: SampleSource): void {
  const worksheet = workbook.addWorksheet("Verwendung");
  const columns = columnsOf(source.verwendung);
  addTable(worksheet, {
    name: "tblVerwendung",
    ref: "A1",
    columns,
    rows: valuesOf(source.verwendung, columns).map((row, index) =>
      withSumFormula(columns, row, index + 2)
    ),
  });
  const shareColumns = columnsOf(source.zuordnung);
  addTable(worksheet, {
    name: "tblZuordnung",
    // Two empty columns right of tblVerwendung: I1 for Gemeinde, four categories and Summe.
    ref: `${columnLetters(columns.length + 2)}1`,
    columns: shareColumns,
    rows: valuesOf(source.zuordnung, shareColumns),
  });
}

function addParameters(workbook: ExcelJS.Workbook, source: SampleSource): void {
  const worksheet = workbook.addWorksheet("Parameter");
  const columns = columnsOf(source.parameter);
  const texts = sampleParameterRows(source.parameter.map((row) => row[columns[0] ?? ""] ?? null));
  addTable(worksheet, {
    name: "tblParameter",
    ref: "A1",
    columns: [...columns, "Erläuterung"],
    rows: valuesOf(source.parameter, columns).map((row, index) => [
      ...row,
      texts[index]?.explanation ?? null,
    ]),
  });
  texts.forEach((text, index) => {
    if (text.format) worksheet.getCell(index + 2, 2).numFmt = text.format;
  });
}

/** Builds the sample workbook in memory from the parsed source (deterministic). */
export function buildSampleWorkbook(source: SampleSource): ExcelJS.Workbook {
  const workbook = newWorkbook();
  workbook.creator = "Sozialraumbudget";
  workbook.lastModifiedBy = "Sozialraumbudget";
  workbook.created = SAMPLE_DATE;
  workbook.modified = SAMPLE_DATE;
  writeHints(workbook.addWorksheet("Hinweise"), source.hinweis);
  const municipalityColumns = columnsOf(source.gemeinden);
  addTable(workbook.addWorksheet("Stammdaten"), {
    name: "tblGemeinden",
    ref: "A1",
    columns: municipalityColumns,
    rows: valuesOf(source.gemeinden, municipalityColumns),
  });
  addIndicators(workbook, source);
  addUsage(workbook, source);
  addParameters(workbook, source);
  return workbook;
}

/** Reads and parses Beispielwerte.json. */
export async function readSampleSource(path: string): Promise<SampleSource> {
  return JSON.parse(await readFile(path, "utf8")) as SampleSource;
}

/**
 * Returns the .xlsx bytes with every zip entry dated SAMPLE_DATE: the zip writer stamps entries
 * with the current time, and a rebuild of an unchanged sample must give an identical file.
 */
async function withFixedEntryDates(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((_, entry) => {
    entry.date = SAMPLE_DATE;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Writes a workbook built here as .xlsx so that the same workbook always gives the same bytes. */
export async function saveReproducibly(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  await writeFile(path, await withFixedEntryDates(bytes));
}

/** Builds the sample from `sourcePath` and writes it as .xlsx to `targetPath`. */
export async function writeSampleWorkbook(sourcePath: string, targetPath: string): Promise<void> {
  await saveReproducibly(buildSampleWorkbook(await readSampleSource(sourcePath)), targetPath);
}
