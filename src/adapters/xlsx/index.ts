/** The .xlsx adapter: the WorkbookPort over a file, for the CLI and the sample builder. */
export { XlsxOpenError, XlsxWorkbook, type XlsxOpenFailure } from "./XlsxWorkbook";
export { NUMBER_FORMAT_CODES } from "./cellStyle";
export { newWorkbook } from "./XlsxWorkbook";
export { UNCALCULATED_FORMULA_ERROR, toCellValue, toExcelSerial } from "./cellValue";
