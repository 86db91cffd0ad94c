/**
 * Building blocks of the output plan: typed cells (values, not formulas, so co-authors without the
 * add-in see the figures), the provenance line, and padding rows to the block's width.
 */
import type { Dec } from "../core/decimal";
import type { BudgetInputs } from "../core/types";
import { formatBerlinDateTime } from "./format";
import type { CellStyle, PlannedCell, PlannedSheet } from "./types";

/** What a fill records about itself on every sheet. */
export interface PlanMeta {
  readonly filledAt: Date;
  readonly productVersion: string;
  /** inputChecksum of the inputs (64 hex digits; the first 16 are shown). */
  readonly checksum: string;
  /** Header of the population column as in tblGemeinden; default "Einwohner unter 21". */
  readonly populationBasis?: string;
  /** Who filled, for the Protokoll; empty there when null or absent. */
  readonly userName?: string | null;
}

/** A row of planned cells; `null` is an empty cell. */
export type PlannedRow = (PlannedCell | null)[];

/** A text cell. */
export function textCell(value: string, style?: CellStyle): PlannedCell {
  return style === undefined ? { value, format: "text" } : { value, format: "text", style };
}

/** An amount in EUR. */
export function eurCell(value: Dec, style?: CellStyle): PlannedCell {
  return style === undefined
    ? { value: value.toNumber(), format: "eur" }
    : { value: value.toNumber(), format: "eur", style };
}

/** A share shown as a percentage (quota, region key). */
export function percentCell(value: Dec, style?: CellStyle): PlannedCell {
  return style === undefined
    ? { value: value.toNumber(), format: "percent" }
    : { value: value.toNumber(), format: "percent", style };
}

/** A load factor (four decimals shown, six stored). */
export function factorCell(value: Dec): PlannedCell {
  return { value: value.toNumber(), format: "decimal4" };
}

/** A head count. */
export function integerCell(value: Dec, style?: CellStyle): PlannedCell {
  return style === undefined
    ? { value: value.toNumber(), format: "integer" }
    : { value: value.toNumber(), format: "integer", style };
}

/** A check formula the spreadsheet recomputes, with the result it has now as the cached value. */
export function checkCell(formula: string, holds: boolean): PlannedCell {
  return { formula, value: holds ? "stimmt" : "Abweichung", format: "text", style: "check" };
}

/** The sheet title, "Sozialraumbudget 2027 – Region 1". */
export function sheetTitle(year: number, subject: string): string {
  return `Sozialraumbudget ${year} – ${subject}`;
}

/**
 * Returns the provenance line: "Haushaltsjahr 2027 · Modell BELASTUNG · berechnet am 22.11.2026,
 * 14:03 · Prüfsumme 0123456789abcdef · Sozialraumbudget 1.0.0" (time in Europe/Berlin).
 */
export function provenanceLine(inputs: BudgetInputs, meta: PlanMeta): string {
  return [
    `Haushaltsjahr ${inputs.parameters.year}`,
    `Modell ${inputs.parameters.model}`,
    `berechnet am ${formatBerlinDateTime(meta.filledAt)}`,
    `Prüfsumme ${meta.checksum.slice(0, 16)}`,
    `Sozialraumbudget ${meta.productVersion}`,
  ].join(" · ");
}

/** Returns column widths: at least `minimum`, and wide enough for the header plus a margin. */
export function columnWidths(headers: readonly string[], minimum: readonly number[]): number[] {
  return headers.map((header, index) => Math.max(minimum[index] ?? 14, header.length + 2));
}

/** Returns a sheet whose rows are padded with empty cells to the widest row. */
export function toPlannedSheet(
  name: string,
  rows: readonly PlannedRow[],
  columnWidths: readonly number[],
  freezeRows: number
): PlannedSheet {
  const columns = Math.max(columnWidths.length, ...rows.map((row) => row.length));
  const cells = rows.map((row) => [...row, ...Array<null>(columns - row.length).fill(null)]);
  return { name, cells, extent: { rows: rows.length, columns }, columnWidths, freezeRows };
}
