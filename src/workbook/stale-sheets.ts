/**
 * Output sheets left over from an earlier fill: a sheet that carries the add-in's block name but
 * belongs to no region of the current inputs (the region was renamed or its municipalities
 * moved). Its figures are last year's; the add-in never deletes a sheet by itself, so it warns.
 */
import type { BudgetInputs } from "../core/types";
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import { OVERVIEW_SHEET } from "./municipalities";
import { EXTRA_OUTPUT_SHEETS } from "./sheet-names";
import type { InputSnapshot, ValidationIssue } from "./types";

function key(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** Returns a STALE_OUTPUT_SHEET warning per block sheet that no current output sheet explains. */
export function staleSheetIssues(snapshot: InputSnapshot, inputs: BudgetInputs): ValidationIssue[] {
  const current = new Set(
    [
      ...inputs.municipalities.map((municipality) => municipality.region),
      OVERVIEW_SHEET,
      ...EXTRA_OUTPUT_SHEETS,
    ].map(key)
  );
  return (snapshot.blockSheets ?? [])
    .filter((sheet) => !current.has(key(sheet)))
    .map((sheet) =>
      makeIssue(
        "STALE_OUTPUT_SHEET",
        "warning",
        { sheet, cell: "" },
        MESSAGES.staleOutputSheet(sheet)
      )
    );
}
