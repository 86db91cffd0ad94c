/**
 * The document model of the annex to the committee paper ("Anlage zur Vorlage"): what the annex
 * says, as plain data, independent of the file format. A renderer (src/report/docx.ts) only lays
 * it out; the unit tests check texts and figures here, where no file format is in the way.
 */
import type { Dec } from "../core/decimal";

/** A table cell: its German text and, for a figure, the exact value it shows. */
export interface AnnexCell {
  readonly text: string;
  /** The exact figure behind `text` (money to the cent), absent for labels. */
  readonly value?: Dec;
}

/** A column: header text and alignment (figures right, labels left). */
export interface AnnexColumn {
  readonly header: string;
  readonly align: "left" | "right";
}

/** A table row; a `total` row is printed bold with a rule above it. */
export interface AnnexRow {
  readonly cells: readonly AnnexCell[];
  readonly total?: boolean;
}

/** A table with a caption above it and notes below it. */
export interface AnnexTable {
  readonly caption: string;
  readonly columns: readonly AnnexColumn[];
  readonly rows: readonly AnnexRow[];
  readonly notes?: readonly string[];
}

/** One block of the annex's flow, in reading order. */
export type AnnexBlock =
  /** Level 1 for a part's title, 2 for a section in it. */
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  /** A formula on a line of its own, e.g. "Quote = Bevölkerung × Belastungsfaktor / …". */
  | { readonly kind: "formula"; readonly text: string }
  | { readonly kind: "table"; readonly table: AnnexTable };

/**
 * One part of the annex. The method reads best in portrait; the wide tables need landscape, so
 * each part says which orientation its pages have.
 */
export interface AnnexPart {
  readonly orientation: "portrait" | "landscape";
  readonly blocks: readonly AnnexBlock[];
}

/** The whole annex. */
export interface AnnexDocument {
  /** "Anlage zur Vorlage: Sozialraumbudget 2027". */
  readonly title: string;
  /** One line under the title naming what the annex shows. */
  readonly subtitle: string;
  /** "Stand: 22.11.2026" (the calculation's date, Europe/Berlin). */
  readonly date: string;
  /** The running head of every page, "Sozialraumbudget 2027 – Anlage zur Vorlage". */
  readonly pageHeader: string;
  readonly parts: readonly AnnexPart[];
  /** The provenance lines at the end: version, time, checksum, the cent-exactness statement. */
  readonly provenance: readonly string[];
}
