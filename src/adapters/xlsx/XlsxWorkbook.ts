import { readFile } from "node:fs/promises";
import {
  BLOCK_RECORD_SETTING,
  MAPPING_SETTING_KEY,
  mergeBlockRecords,
  parseBlockRecord,
  parseMappingSetting,
  type BlockRecord,
  type InputMapping,
  type InputSnapshot,
  type OutputPlan,
  type OutputState,
  type ValidationIssue,
  type WorkbookPort,
} from "../../workbook";
import {
  readAddinSetting,
  readRecordPart,
  removeUndoIndex,
  writeAddinSetting,
  writeRecordPart,
} from "./addinSettings";
import { recognizeForeignFile } from "./foreignFiles";
import { readOutputSheets, writeOutputPlan } from "./outputSheets";
import { readInputSnapshot } from "./readInputs";
import { XlsxModel } from "./xlsxModel";
import { XlsxPackage } from "./xlsxPackage";

/** The prefix of every setting the add-in keeps in a workbook. */
const SETTING_PREFIX = "sozialraumbudget.";

/** The input mapping the add-in saved in a file, as the workbook layer reads it. */
export interface SavedMapping {
  /** Absent when the setting cannot be read at all (no JSON, unknown version). */
  readonly mapping?: InputMapping;
  /** The German warnings about the setting: unreadable, or single entries replaced by defaults. */
  readonly issues: readonly ValidationIssue[];
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
 * The WorkbookPort over an .xlsx file held in memory as its package, parsed once. Reads and
 * writes change only the in-memory package; nothing reaches the disk before the caller saves
 * `toBuffer()`. Saving changes only the parts the add-in owns; every other part keeps its bytes.
 */
export class XlsxWorkbook implements WorkbookPort {
  private record: BlockRecord;

  private constructor(private readonly model: XlsxModel) {
    this.record = readBlockRecord(model);
  }

  /** Loads a workbook from .xlsx bytes; throws XlsxOpenError("not-xlsx") when they are none. */
  static async fromBuffer(data: Uint8Array, label = "Die Datei"): Promise<XlsxWorkbook> {
    const foreign = recognizeForeignFile(data, label);
    if (foreign !== undefined) throw new XlsxOpenError("not-xlsx", foreign);
    try {
      return new XlsxWorkbook(XlsxModel.of(await XlsxPackage.load(data)));
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
   * or undefined when it saved none.
   */
  savedMapping(): SavedMapping | undefined {
    const value = readAddinSetting(this.model.pkg, MAPPING_SETTING_KEY);
    if (value === undefined || value === null || value === "") return undefined;
    const { mapping, issues, unreadable } = parseMappingSetting(value);
    return unreadable ? { issues } : { mapping, issues };
  }

  /** Reads every input of the mapping at once. */
  readInputs(mapping: InputMapping): Promise<InputSnapshot> {
    return Promise.resolve(readInputSnapshot(this.model, mapping));
  }

  /** Reads the state of the named output sheets that exist. */
  readOutputState(sheetNames: readonly string[]): Promise<OutputState> {
    return Promise.resolve(readOutputSheets(this.model, this.record, sheetNames));
  }

  /** Writes the plan into the in-memory package; an invalid sheet name rejects before any change. */
  writePlan(plan: OutputPlan): Promise<void> {
    try {
      this.record = writeOutputPlan(this.model, plan, this.record);
      const pkg = this.model.pkg;
      const part = this.model.workbook.part;
      const inSettings = writeAddinSetting(pkg, SETTING_PREFIX, BLOCK_RECORD_SETTING, this.record);
      if (!inSettings || readRecordPart(pkg, part) !== undefined)
        writeRecordPart(pkg, part, this.record);
      // The task pane's undo index describes the sheets before its last fill, not these.
      removeUndoIndex(pkg);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** The parts changed, added or removed since loading (for checks and tests). */
  changedParts(): string[] {
    return this.model.pkg.changedParts();
  }

  /** Returns the workbook as .xlsx bytes: the loaded package with the plans' changes. */
  toBuffer(): Promise<Buffer> {
    return this.model.pkg.bytes();
  }
}

/** The block record: the add-in's setting (Excel) merged over the CLI's own part. */
function readBlockRecord(model: XlsxModel): BlockRecord {
  const fromPart = parseBlockRecord(readRecordPart(model.pkg, model.workbook.part));
  const fromSettings = parseBlockRecord(readAddinSetting(model.pkg, BLOCK_RECORD_SETTING));
  return mergeBlockRecords(fromSettings, fromPart);
}
