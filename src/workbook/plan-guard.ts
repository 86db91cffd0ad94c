/**
 * The rule every output sheet obeys: a block may only cover cells the add-in wrote last time (its
 * recorded extent) or empty cells; otherwise nothing is written and OUTPUT_COLLISION names the
 * user's cells. A refill clears the previous block when it was larger than the new one.
 */
import { blockRange } from "./block";
import { cellText, isBlank, toA1, toA1Range } from "./cells";
import { makeIssue } from "./issues";
import { withPageOwnership } from "./page-setup";
import { MESSAGES } from "./messages";
import type {
  BlockExtent,
  OutputPlan,
  OutputSheetState,
  OutputState,
  PlannedSheet,
  ValidationIssue,
} from "./types";

function inside(extent: BlockExtent | undefined, row: number, column: number): boolean {
  return extent !== undefined && row < extent.rows && column < extent.columns;
}

/** Returns the OUTPUT_COLLISION issue when the new block would cover a user's own cells. */
export function findCollision(
  sheet: PlannedSheet,
  state: OutputSheetState | undefined
): ValidationIssue | undefined {
  if (state === undefined) return undefined;
  const hits: { row: number; column: number }[] = [];
  state.values.forEach((values, row) => {
    values.forEach((value, column) => {
      const covered = row < sheet.extent.rows && column < sheet.extent.columns;
      if (covered && !inside(state.block, row, column) && !isBlank(value))
        hits.push({ row, column });
    });
  });
  const firstHit = hits[0];
  if (firstHit === undefined) return undefined;
  // Reduce, not Math.min(...spread): a used range can hold more cells than a call has arguments.
  const corner = (pick: (a: number, b: number) => number): { row: number; column: number } =>
    hits.reduce(
      (acc, hit) => ({ row: pick(acc.row, hit.row), column: pick(acc.column, hit.column) }),
      firstHit
    );
  const range = toA1Range(corner(Math.min), corner(Math.max));
  const first = toA1(firstHit);
  const shown = cellText(state.values[firstHit.row]?.[firstHit.column] ?? null);
  const message = MESSAGES.outputCollision(
    sheet.name,
    blockRange(sheet.extent),
    range,
    first,
    shown
  );
  return makeIssue("OUTPUT_COLLISION", "error", { sheet: sheet.name, cell: first }, message);
}

/** Adds `clear` when the previous block reaches beyond the new one in any direction. */
export function withClear(sheet: PlannedSheet, state: OutputSheetState | undefined): PlannedSheet {
  const previous = state?.block;
  if (previous === undefined) return sheet;
  const larger = previous.rows > sheet.extent.rows || previous.columns > sheet.extent.columns;
  return larger ? { ...sheet, clear: previous } : sheet;
}

/**
 * Returns the plan of `sheets` against their current state: with any collision only the issues
 * (no plan), else every sheet with the clear it needs and, on a sheet a user created, without
 * the add-in's page setup.
 */
export function guardedPlan(
  sheets: readonly PlannedSheet[],
  state: OutputState
): { plan?: OutputPlan; issues: ValidationIssue[] } {
  const issues = sheets.flatMap((sheet) => findCollision(sheet, state.get(sheet.name)) ?? []);
  if (issues.length > 0) return { issues };
  return {
    plan: {
      sheets: sheets.map((sheet) =>
        withPageOwnership(withClear(sheet, state.get(sheet.name)), state.get(sheet.name))
      ),
    },
    issues,
  };
}
