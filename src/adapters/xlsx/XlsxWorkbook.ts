import { readFile, writeFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { Workbook } from "./excel";
import {
  MAPPING_SETTING_KEY,
  parseMappingSetting,
  type InputMapping,
  type InputSnapshot,
  type OutputPlan,
  type OutputState,
  type PlannedChart,
  type ValidationIssue,
  type WorkbookPort,
} from "../../workbook";
import { chartCache } from "./chartCache";
import {
  addCharts,
  isOwnChartName,
  plannedChartParts,
  readCharts,
  type SheetCharts,
} from "./charts";
import {
  readOriginalDefinedNames,
  restoreDefinedNames,
  type OriginalDefinedName,
} from "./definedNames";
import { readOutputSheets, writeOutputPlan } from "./outputSheets";
import {
  addPackageParts,
  readAddinSetting,
  readPackageParts,
  type PackagePart,
  withoutUndoIndex,
} from "./packageParts";
import { findLostParts, type LostParts } from "./partLoss";
import { findWorksheet, readInputSnapshot } from "./readInputs";

/** The saved bytes of a workbook and what they lack compared with the file it was loaded from. */
export interface CheckedBytes {
  readonly bytes: Buffer;
  /** [] when the bytes hold everything of the loaded file (or nothing was loaded). */
  readonly lost: readonly LostParts[];
}

/** The input mapping the add-in saved in a file, as the workbook layer reads it. */
export interface SavedMapping {
  /** Absent when the setting cannot be read at all (no JSON, unknown version). */
  readonly mapping?: InputMapping;
  /** The German warnings about the setting: unreadable, or single entries replaced by defaults. */
  readonly issues: readonly ValidationIssue[];
}

/** Returns a new, empty ExcelJS workbook (for building workbooks such as the sample). */
export function newWorkbook(): ExcelJS.Workbook {
  return new Workbook();
}

/** Why an .xlsx file could not be opened: the file itself, or its content. */
export type XlsxOpenFailure = "unreadable" | "not-xlsx";

/** A file that cannot be opened as a workbook; `message` is German and names the file. */
export class XlsxOpenError extends Error {
  override readonly name = "XlsxOpenError";

  /**
   * @param reason whether the file could not be read at all or is no .xlsx workbook
   * @param message German text for the user
   */
  constructor(
    readonly reason: XlsxOpenFailure,
    message: string
  ) {
    super(message);
  }
}

/**
 * The WorkbookPort over an .xlsx file held in memory by ExcelJS. Reads and writes change only the
 * in-memory workbook; nothing reaches the disk before `save`.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The charts of the sheets written so far (ExcelJS keeps none), by sheet; added on save. */
  private readonly charts = new Map<string, readonly PlannedChart[]>();
  /** Sheets whose page setup a plan applied (their print titles are ExcelJS's, not the file's). */
  private readonly pagedSheets = new Set<string>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly loaded?: {
      readonly bytes: Uint8Array;
      readonly names: readonly OriginalDefinedName[];
      readonly charts: readonly SheetCharts[];
      readonly packageParts: readonly PackagePart[];
    }
  ) {}

  /** Wraps an ExcelJS workbook already in memory (used to build the sample and in tests). */
  static of(workbook: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(workbook);
  }

  /** Loads a workbook from .xlsx bytes; throws XlsxOpenError("not-xlsx") when they are none. */
  static async fromBuffer(data: Uint8Array, label = "Die Datei"): Promise<XlsxWorkbook> {
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
      return new XlsxWorkbook(workbook, {
        bytes: data,
        names: await readOriginalDefinedNames(data),
        charts: await readCharts(data),
        packageParts: await readPackageParts(data),
      });
    } catch {
      throw new XlsxOpenError("not-xlsx", `${label} ist keine gültige .xlsx-Datei.`);
    }
  }

  /** Loads a workbook from a file; throws XlsxOpenError when it cannot be read or is no .xlsx. */
  static async fromFile(path: string): Promise<XlsxWorkbook> {
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch {
      throw new XlsxOpenError("unreadable", `Die Datei »${path}« kann nicht gelesen werden.`);
    }
    return XlsxWorkbook.fromBuffer(data, `Die Datei »${path}«`);
  }

  /**
   * Returns the input mapping the task pane saved in the loaded file (Einstellungen → Zuordnung),
   * or undefined when it saved none (or the workbook was not loaded from a file).
   */
  savedMapping(): SavedMapping | undefined {
    const value = readAddinSetting(this.loaded?.packageParts ?? [], MAPPING_SETTING_KEY);
    if (value === undefined || value === null || value === "") return undefined;
    const { mapping, issues, unreadable } = parseMappingSetting(value);
    return unreadable ? { issues } : { mapping, issues };
  }

  /** Reads every input of the mapping at once. */
  readInputs(mapping: InputMapping): Promise<InputSnapshot> {
    return Promise.resolve(readInputSnapshot(this.workbook, mapping));
  }

  /** Reads the state of the named output sheets that exist. */
  readOutputState(sheetNames: readonly string[]): Promise<OutputState> {
    return Promise.resolve(readOutputSheets(this.workbook, sheetNames));
  }

  /** Writes the plan into the in-memory workbook; an invalid sheet name rejects before any change. */
  writePlan(plan: OutputPlan): Promise<void> {
    try {
      writeOutputPlan(this.workbook, plan);
      for (const sheet of plan.sheets) {
        this.charts.set(sheet.name, sheet.charts ?? []);
        if (sheet.page) this.pagedSheets.add(sheet.name);
      }
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * Returns the workbook as .xlsx bytes, with the loaded file's own defined names kept verbatim,
   * its charts on sheets the plans left alone and its package-wide parts (add-in settings, custom
   * properties, custom XML) written back, and the planned charts added (with the values their
   * cells hold now as cached values).
   */
  async toBuffer(): Promise<Buffer> {
    const data = new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const paged = new Set(
      [...this.pagedSheets].map((name) =>
        (findWorksheet(this.workbook, name)?.name ?? name).toLowerCase()
      )
    );
    const named = await restoreDefinedNames(data, this.workbook, this.loaded?.names ?? [], paged);
    const charted = await addCharts(named, this.chartsToWrite());
    const parts = this.loaded?.packageParts ?? [];
    // Once output sheets are rewritten here, the task pane's undo index no longer describes them.
    return addPackageParts(charted, this.charts.size > 0 ? withoutUndoIndex(parts) : parts);
  }

  /**
   * Returns toBuffer's bytes with what they lack compared with the loaded file (charts on sheets
   * a plan rewrote, pivot tables, VBA, …), so a caller can refuse to overwrite the file with
   * them. The add-in's own charts a plan replaced or dropped do not count as lost.
   */
  async toCheckedBytes(): Promise<CheckedBytes> {
    const bytes = await this.toBuffer();
    if (this.loaded === undefined) return { bytes, lost: [] };
    const removed: LostParts[] = [];
    for (const { sheet, charts } of this.loaded.charts) {
      const own = charts.filter((chart) => isOwnChartName(chart.name)).length;
      if (this.charts.has(sheet) && own > 0) removed.push({ category: "chart", sheet, count: own });
    }
    const added: LostParts[] = [];
    for (const [name, charts] of this.charts) {
      const sheet = findWorksheet(this.workbook, name)?.name ?? name;
      if (charts.length > 0) added.push({ category: "chart", sheet, count: charts.length });
    }
    return { bytes, lost: await findLostParts(this.loaded.bytes, bytes, { removed, added }) };
  }

  /** The kept charts of the loaded file (unless replanned by name) plus the planned ones. */
  private chartsToWrite(): SheetCharts[] {
    const date1904 = this.workbook.properties.date1904 === true;
    const result: SheetCharts[] = [];
    const originalCharts = this.loaded?.charts ?? [];
    const sheetNames = new Set([
      ...originalCharts.map((entry) => entry.sheet),
      ...this.charts.keys(),
    ]);
    for (const name of sheetNames) {
      const worksheet = findWorksheet(this.workbook, name);
      if (worksheet === undefined) continue;
      const planned = (this.charts.get(name) ?? []).map((chart) =>
        plannedChartParts(worksheet.name, chart, chartCache(worksheet, chart, date1904))
      );
      // A sheet the plan rewrote keeps only its planned charts; others keep what they had.
      const kept = this.charts.has(name)
        ? []
        : (originalCharts.find((entry) => entry.sheet === name)?.charts ?? []);
      const charts = [...kept, ...planned];
      if (charts.length > 0) result.push({ sheet: worksheet.name, charts });
    }
    return result;
  }

  /** Writes the workbook to `path` as .xlsx (the caller decides about temporary files). */
  async save(path: string): Promise<void> {
    await writeFile(path, await this.toBuffer());
  }
}
