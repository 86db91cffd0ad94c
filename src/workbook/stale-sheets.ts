/**
 * Output sheets left over from an earlier fill: a sheet that carries the add-in's block name but
 * belongs to no region of the current inputs (the region was renamed or its municipalities
 * moved). Its figures are last year's; the add-in never deletes a sheet by itself, so it warns.
 */
import type { BudgetInputs } from "../core/types";
import { makeIssue } from "./issues";
import { FIX_LABELS, MESSAGES } from "./messages";
import { OVERVIEW_SHEET } from "./municipalities";
import { EXTRA_OUTPUT_SHEETS } from "./sheet-names";
import type { InputSnapshot, IssueFix, ValidationIssue } from "./types";

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
    .map((sheet) => {
      // The task pane offers to delete the sheet; the CLI names the suggestion.
      const fix: IssueFix = {
        label: FIX_LABELS.deleteSheet(sheet),
        sheet,
        cell: "A1",
        value: null,
        deleteSheet: true,
      };
      const message = MESSAGES.staleOutputSheet(sheet);
      return makeIssue("STALE_OUTPUT_SHEET", "warning", { sheet, cell: "" }, message, fix);
    });
}
