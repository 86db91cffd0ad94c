/** The .xlsx adapter: the WorkbookPort over a file, for the CLI and the sample builder. */
export {
  XlsxOpenError,
  XlsxWorkbook,
  type SavedMapping,
  type XlsxOpenFailure,
} from "./XlsxWorkbook";
export { UNCALCULATED_FORMULA_ERROR } from "./sheetCells";
