/**
 * The parts of an output sheet's layout a fill changes besides its cells: the widths of the
 * planned columns and the frozen panes. They are read with the output state (no extra round
 * trip), kept in the undo index and put back by undo. Neither is part of a range, so the block
 * snapshot on the undo sheet cannot carry them.
 */

/** Excel's grid limits: a frozen-pane location this wide or high spans whole rows or columns. */
const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** Rows frozen at the top and columns frozen at the left; 0 and 0 when nothing is frozen. */
export interface FrozenPanes {
  readonly rows: number;
  readonly columns: number;
}

/**
 * A sheet's layout as the fill found it: column widths in points from column A, null for a
 * column at the sheet's standard width (so it follows that width again after undo), and the
 * frozen panes.
 */
export interface SheetLayout {
  readonly widths: readonly (number | null)[];
  readonly frozen: FrozenPanes;
}

/** The queued reads of one sheet's layout, delivered by the next sync. */
export interface LayoutRead {
  readonly widths: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  readonly frozen: Excel.Range;
}

/** Queues reading the widths of the first `columns` columns and the frozen panes (no sync). */
export function queueLayoutRead(sheet: Excel.Worksheet, columns: number): LayoutRead {
  return {
    widths: sheet
      .getRangeByIndexes(0, 0, 1, columns)
      .getColumnProperties({ format: { columnWidth: true, useStandardWidth: true } }),
    frozen: sheet.freezePanes.getLocationOrNullObject().load("rowCount, columnCount"),
  };
}

/** The layout of a synced read of an existing sheet. */
export function layoutOf(read: LayoutRead): SheetLayout {
  const widths = read.widths.value.map(({ format }) =>
    format?.useStandardWidth === true ? null : (format?.columnWidth ?? null)
  );
  if (read.frozen.isNullObject) return { widths, frozen: { rows: 0, columns: 0 } };
  // Frozen rows alone are reported as whole rows, frozen columns alone as whole columns.
  const { rowCount, columnCount } = read.frozen;
  return {
    widths,
    frozen: {
      rows: rowCount >= MAX_ROWS ? 0 : rowCount,
      columns: columnCount >= MAX_COLUMNS ? 0 : columnCount,
    },
  };
}

/**
 * Queues putting a recorded layout back (no sync). Unfreezing first makes the result the same
 * whether freezeRows and freezeColumns replace each other's panes or keep them.
 */
export function queueLayoutRestore(sheet: Excel.Worksheet, layout: SheetLayout): void {
  layout.widths.forEach((points, column) => {
    const format = sheet.getRangeByIndexes(0, column, 1, 1).format;
    if (points === null) format.useStandardWidth = true;
    else format.columnWidth = points;
  });
  const { rows, columns } = layout.frozen;
  sheet.freezePanes.unfreeze();
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/** True when a stored value is a SheetLayout (the undo index is read back from a setting). */
export function isSheetLayout(value: unknown): value is SheetLayout {
  const v = value as Partial<SheetLayout> | null;
  if (typeof v !== "object" || v === null || !Array.isArray(v.widths)) return false;
  const widthsOk = v.widths.every((w: unknown) => w === null || typeof w === "number");
  const frozen = v.frozen as Partial<FrozenPanes> | undefined;
  return (
    widthsOk &&
    typeof frozen === "object" &&
    frozen !== null &&
    Number.isInteger(frozen.rows) &&
    Number.isInteger(frozen.columns)
  );
}
