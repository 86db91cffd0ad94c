/**
 * The add-in's own block on an output sheet starts at A1; its extent is recorded in a
 * workbook-level defined name per sheet, so a refill clears exactly what the last fill wrote and
 * never a user's cells next to it.
 */
import { toA1Range } from "./cells";
import { sha256Hex } from "./checksum";
import type { BlockExtent } from "./types";

/** The prefix of every defined name the add-in owns. */
export const BLOCK_NAME_PREFIX = "SR_Block_";

/**
 * Returns the workbook-level defined name recording the block on `sheetName`: "SR_Block_" then the
 * sheet name with ASCII letters and digits kept and every other character (also "_") written as
 * "_" plus four hex digits of its UTF-16 code, e.g. "Region 1" → "SR_Block_Region_00201". The
 * escape is injective, so distinct sheet names give distinct names; the result is a valid Excel
 * name (letters, digits, "_"; starts with a letter; at most 9 + 5·31 = 164 characters).
 */
export function blockNameFor(sheetName: string): string {
  return BLOCK_NAME_PREFIX + escapeForName(sheetName);
}

/**
 * Returns a sheet name as the tail of a defined name: ASCII letters and digits kept, every other
 * character (also "_") as "_" plus four hex digits of its UTF-16 code; injective.
 */
export function escapeForName(sheetName: string): string {
  let escaped = "";
  for (let index = 0; index < sheetName.length; index += 1) {
    const char = sheetName.charAt(index);
    escaped += /[A-Za-z0-9]/.test(char)
      ? char
      : `_${sheetName.charCodeAt(index).toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return escaped;
}

/** Returns the A1 range a block covers from A1, e.g. {rows: 20, columns: 9} → "A1:I20". */
export function blockRange(extent: BlockExtent): string {
  return toA1Range({ row: 0, column: 0 }, { row: extent.rows - 1, column: extent.columns - 1 });
}

/**
 * Returns the extent of a block range read back from its defined name ("A1:I20", "$A$1:$I$20",
 * with or without a sheet prefix), or undefined when it is not a block starting at A1.
 */
export function parseBlockRange(range: string): BlockExtent | undefined {
  const match = /^(?:.*!)?\$?A\$?1(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?$/.exec(range.trim());
  if (match === null) return undefined;
  if (match[1] === undefined || match[2] === undefined) return { rows: 1, columns: 1 };
  let columns = 0;
  for (const letter of match[1].toUpperCase()) columns = columns * 26 + (letter.charCodeAt(0) - 64);
  const rows = Number(match[2]);
  return rows >= 1 ? { rows, columns } : undefined;
}

/**
 * Returns the sheet a defined name's reference points at ("='Region 1'!$A$1:$I$16" → "Region 1"),
 * or undefined when it names no sheet.
 */
export function sheetOfReference(reference: string): string | undefined {
  const text = reference.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const raw = text.slice(0, bang);
  return raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2
    ? raw.slice(1, -1).replace(/''/g, "'")
    : raw;
}

/**
 * Returns the sheets of `sheetNames` that one of the workbook-level `names` with the add-in's
 * prefix points at (recorded or not), in the order of `sheetNames`; sheet names compare as
 * Excel compares them (case, Unicode form).
 */
export function blockSheetsOf(
  names: readonly { readonly name: string; readonly reference: string }[],
  sheetNames: readonly string[]
): string[] {
  const key = (sheet: string) => sheet.normalize("NFC").toLowerCase();
  const targets = new Set(
    names
      .filter((entry) => entry.name.toUpperCase().startsWith(BLOCK_NAME_PREFIX.toUpperCase()))
      .map((entry) => key(sheetOfReference(entry.reference) ?? ""))
  );
  return sheetNames.filter((sheet) => targets.has(key(sheet)));
}

/** The add-in setting that records the blocks the add-in wrote (their fingerprints, by name). */
export const BLOCK_RECORD_SETTING = "sozialraumbudget.blocks";

/**
 * How many fingerprints per block name the record keeps: the latest block and the ones before
 * it, so a block that "Rückgängig" put back is still known as the add-in's own.
 */
export const RECORDED_FINGERPRINTS = 20;

/** The saved record: block name → fingerprints of the blocks the add-in wrote, newest first. */
export interface BlockRecord {
  readonly version: 1;
  readonly blocks: Readonly<Record<string, readonly string[]>>;
}

/** An empty record (a workbook the add-in never filled). */
export const EMPTY_BLOCK_RECORD: BlockRecord = { version: 1, blocks: {} };

/**
 * Returns the fingerprint of a block the add-in wrote: its name, its sheet (composed Unicode,
 * lower case, as Excel compares sheet names) and its range, hashed. A defined name a user made or
 * moved to other cells does not match it, so its cells stay the user's.
 */
export function blockFingerprint(sheet: string, extent: BlockExtent): string {
  return sha256Hex(
    `${blockNameFor(sheet)}|${sheet.normalize("NFC").toLowerCase()}|${blockRange(extent)}`
  ).slice(0, 16);
}

/** Reads a saved record (the setting's value, or its JSON text); anything else is empty. */
export function parseBlockRecord(value: unknown): BlockRecord {
  const parsed: unknown = typeof value === "string" ? safeJson(value) : value;
  if (typeof parsed !== "object" || parsed === null) return EMPTY_BLOCK_RECORD;
  const blocks = (parsed as { blocks?: unknown }).blocks;
  if (typeof blocks !== "object" || blocks === null) return EMPTY_BLOCK_RECORD;
  const entries = Object.entries(blocks).map(([name, prints]): [string, string[]] => [
    name,
    Array.isArray(prints)
      ? prints.filter((print): print is string => typeof print === "string")
      : [],
  ]);
  return { version: 1, blocks: Object.fromEntries(entries) };
}

/** Merges two records: each name keeps the fingerprints of both, `first`'s first. */
export function mergeBlockRecords(first: BlockRecord, second: BlockRecord): BlockRecord {
  const blocks: Record<string, string[]> = {};
  for (const record of [first, second]) {
    for (const [name, prints] of Object.entries(record.blocks)) {
      blocks[name] = [...new Set([...(blocks[name] ?? []), ...prints])];
    }
  }
  return { version: 1, blocks };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Returns the block the defined name of `sheet` describes (`range` is the name's A1 range on
 * that sheet) when the add-in recorded exactly that block; undefined for a block it did not write.
 */
export function trustedBlock(
  record: BlockRecord,
  sheet: string,
  range: string
): BlockExtent | undefined {
  const extent = parseBlockRange(range);
  if (extent === undefined) return undefined;
  const recorded = record.blocks[blockNameFor(sheet)] ?? [];
  return recorded.includes(blockFingerprint(sheet, extent)) ? extent : undefined;
}

/** Returns the record with the block of `sheet` at `extent` added as the newest one. */
export function withBlock(record: BlockRecord, sheet: string, extent: BlockExtent): BlockRecord {
  if (extent.rows <= 0 || extent.columns <= 0) return record;
  const name = blockNameFor(sheet);
  const print = blockFingerprint(sheet, extent);
  const prints = [print, ...(record.blocks[name] ?? []).filter((entry) => entry !== print)];
  return {
    version: 1,
    blocks: { ...record.blocks, [name]: prints.slice(0, RECORDED_FINGERPRINTS) },
  };
}
