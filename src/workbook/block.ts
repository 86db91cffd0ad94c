/**
 * The add-in's own block on an output sheet starts at A1; its extent is recorded in a
 * workbook-level defined name per sheet, so a refill clears exactly what the last fill wrote and
 * never a user's cells next to it.
 */
import { toA1Range } from "./cells";
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
