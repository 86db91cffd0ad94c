/**
 * Inputs kept as plain ranges (no Excel table): where on its sheet an input's header is. A sheet
 * may hold several header blocks side by side (the indicators and, after an empty column, the
 * weights), and its header need not be in row 1 (a title above it). Each input is the block whose
 * headers contain its key columns, searched in the first rows; pure, so both adapters agree.
 */
import { cellText, isBlank, normalizeHeader } from "./cells";
import {
  BOUND_SHARE_COLUMNS,
  INDICATOR_NAME_COLUMN,
  MUNICIPALITY_COLUMNS,
  USAGE_COLUMNS,
  WEIGHT_COLUMNS,
} from "./columns";
import { PARAMETER_COLUMNS } from "./parameter-rows";
import type { CellValue, InputKey } from "./types";

/** How many rows from the top are searched for an input's header row. */
export const HEADER_SEARCH_ROWS = 20;

/** The headers that identify each input's block. */
const KEY_HEADERS: Readonly<Record<InputKey, readonly string[]>> = {
  municipalities: [MUNICIPALITY_COLUMNS.name, MUNICIPALITY_COLUMNS.region],
  indicators: [INDICATOR_NAME_COLUMN],
  weights: [WEIGHT_COLUMNS.indicator, WEIGHT_COLUMNS.weight],
  usage: [USAGE_COLUMNS.name],
  boundShares: [BOUND_SHARE_COLUMNS.category, BOUND_SHARE_COLUMNS.share],
  parameters: [PARAMETER_COLUMNS.name, PARAMETER_COLUMNS.value],
};

/** One header block: its 0-based row, first column and width (a run of non-blank cells). */
export interface HeaderBlock {
  readonly row: number;
  readonly left: number;
  readonly width: number;
}

/** The runs of non-blank cells of one row, left to right. */
export function headerBlocksOf(row: number, cells: readonly CellValue[]): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  let start = -1;
  for (let column = 0; column <= cells.length; column++) {
    const filled = column < cells.length && !isBlank(cells[column]);
    if (filled && start < 0) start = column;
    if (!filled && start >= 0) {
      blocks.push({ row, left: start, width: column - start });
      start = -1;
    }
  }
  return blocks;
}

function holdsKeyHeaders(key: InputKey, block: HeaderBlock, cells: readonly CellValue[]): boolean {
  const headers = new Set(
    cells.slice(block.left, block.left + block.width).map((cell) => normalizeHeader(cellText(cell)))
  );
  return KEY_HEADERS[key].every((header) => headers.has(normalizeHeader(header)));
}

/**
 * Returns the header block of input `key` among the top rows of its sheet (`topRows[r]` is row r):
 * the first block holding the key's headers, searched in `headerRow` (0-based) when the mapping
 * names one, else in the first HEADER_SEARCH_ROWS rows. Without such a block: the first block of
 * that row (or of row 1), so the validator names the missing columns there; undefined when the
 * row is empty.
 */
export function locateHeaderBlock(
  key: InputKey,
  topRows: readonly (readonly CellValue[])[],
  headerRow?: number
): HeaderBlock | undefined {
  const rows = headerRow === undefined ? topRows.slice(0, HEADER_SEARCH_ROWS).keys() : [headerRow];
  for (const row of rows) {
    const cells = topRows[row] ?? [];
    const found = headerBlocksOf(row, cells).find((block) => holdsKeyHeaders(key, block, cells));
    if (found !== undefined) return found;
  }
  const fallbackRow = headerRow ?? 0;
  return headerBlocksOf(fallbackRow, topRows[fallbackRow] ?? [])[0];
}
