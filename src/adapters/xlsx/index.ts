/** The .xlsx adapter: the WorkbookPort over a file, for the CLI and the sample builder. */
export {
  XlsxOpenError,
  XlsxWorkbook,
  type CheckedBytes,
  type SavedMapping,
  type XlsxOpenFailure,
} from "./XlsxWorkbook";
export { PART_CATEGORIES, type LostParts, type PartCategory } from "./partLoss";
// The sample builder (src/cli) takes the format codes from here; they are the workbook layer's.
export { newWorkbook } from "./XlsxWorkbook";
export { UNCALCULATED_FORMULA_ERROR, toCellValue, toExcelSerial } from "./cellValue";
