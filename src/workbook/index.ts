/**
 * The public API of the workbook layer: raw tables → validated inputs → engine → output plan and
 * JSON report. Adapters and surfaces import from here only.
 */
export * from "./types";
export {
  DEFAULT_MAPPING,
  MAPPING_SETTING_KEY,
  UNDO_SETTING_PREFIX,
  parseMappingSetting,
  type ParsedMappingSetting,
  serializeMapping,
} from "./mapping";
export {
  cellReference,
  cellText,
  columnLetters,
  isBlank,
  normalizeHeader,
  parseA1,
  quoteSheetName,
  toA1,
  toA1Range,
} from "./cells";
export type { CellRef, IssueCode } from "./issues";
export { hasErrors, ISSUE_CODES } from "./issues";
export { parseNumberText } from "./numbers";
export type { TextNumber } from "./numbers";
export { DEFAULT_POPULATION_BASIS } from "./parameters";
export { PARAMETER_NAMES } from "./parameter-rows";
export type { ParameterKey } from "./parameter-rows";
export { OVERVIEW_SHEET } from "./municipalities";
export { validateInputs } from "./validate";
export type { ParameterOverrides, ValidationResult } from "./validate";
export { canonicalJson, inputChecksum, sha256Hex } from "./checksum";
export { BLOCK_NAME_PREFIX, blockNameFor, blockRange, parseBlockRange } from "./block";
export {
  PAGE_NAME_PREFIX,
  pageNameFor,
  pageSetupFor,
  titleRowsReference,
  withPageOwnership,
  withPageSetup,
} from "./page-setup";
export { buildReport } from "./report";
export type {
  BudgetReport,
  ReportIssue,
  ReportMunicipality,
  ReportRegion,
  ReportTotals,
} from "./report";
export { toFigures, SHARE_DIGITS } from "./figures";
export type { BudgetFigures, MunicipalityFigures, RegionFigures } from "./figures";
export { outputSheetNames, planOutput } from "./plan";
export type { PlanMeta } from "./plan";
export { provenanceLine } from "./plan-cells";
export { INPUT_TEMPLATE } from "./input-template";
export type { TemplateSheet, TemplateTable } from "./input-template";
export {
  CELL_LOOKS,
  CELL_STYLES,
  GENERAL_FORMAT,
  NUMBER_FORMAT_CODES,
  RULE_COLOR,
  type CellLook,
} from "./look";
export { formatBerlinDateTime, formatEur, formatGermanNumber } from "./format";
export { evaluateSnapshot, fillWorkbook, validateWorkbook } from "./fill";
export type { FillOutcome, RunOptions, ValidationOutcome } from "./fill";
export * from "./host";
export { planMeta } from "./fill";
export { engineIssue } from "./engine-issues";
export {
  COMPARISON_SHEET,
  EXTRA_OUTPUT_SHEETS,
  PHASE_OUT_SHEET,
  PROTOCOL_SHEET,
} from "./sheet-names";
export { PROTOCOL_HEADERS, parameterSummary, planProtocolSheet } from "./plan-protocol";
export {
  buildComparisonSheet,
  COMPARISON_CHART,
  COMPARISON_CHART_TITLE,
  planComparisonSheet,
} from "./plan-comparison";
export { buildPhaseOutSheet, planPhaseOutSheet } from "./plan-phase-out";
export { findCollision, guardedPlan, withClear } from "./plan-guard";
export { comparisonReport, phaseOutReport } from "./compare-report";
export type {
  ComparisonReport,
  ComparisonReportModel,
  ComparisonReportMunicipality,
  PhaseOutReport,
  PhaseOutReportYear,
} from "./compare-report";
export { compareWorkbook, phaseOutWorkbook, writeComparison, writePhaseOutPlan } from "./compare";
export type { ComparisonOutcome, ComparisonWrite, PhaseOutOutcome, PhaseOutWrite } from "./compare";
export { applyTrial, previewTrial } from "./whatIf";
export type { Trial, TrialMunicipality, TrialPreview } from "./whatIf";
export { planInputEdits } from "./input-edits";
export { InputEditError, type InputEditErrorCode } from "./errors";
export type { InputChanges } from "./input-edits";
export { formatBerlinTimestamp, formatPercent } from "./format";
