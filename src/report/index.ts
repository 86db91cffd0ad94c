/**
 * The annex to the committee paper ("Anlage zur Vorlage"): a document model built from one
 * calculation (pure) and its .docx rendering. Surfaces (CLI, task pane) import from here only.
 */
export type {
  AnnexBlock,
  AnnexCell,
  AnnexColumn,
  AnnexDocument,
  AnnexPart,
  AnnexRow,
  AnnexTable,
} from "./annex-model";
export { buildAnnex, CENT_EXACT_STATEMENT, type AnnexSource } from "./annex";
export { AnnexSumError } from "./annex-tables";
export { annexWorkbook, type AnnexOptions, type AnnexOutcome } from "./annex-run";
export { renderAnnexDocx } from "./docx";
