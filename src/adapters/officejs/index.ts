/** The Office.js adapter: WorkbookPort and the task pane's host over Excel. */
export { OfficeWorkbook } from "./OfficeWorkbook";
export type { OfficeWorkbookOptions } from "./OfficeWorkbook";
export { HostError } from "./errors";
export type { HostErrorCode } from "./errors";
export { toColumnPoints } from "./styles";
export { UNDO_SHEET, UNDO_SETTING_PREFIX } from "./undo-index";
export type { ExcelRunFunction } from "./run";
export { OfficeTaskpaneHost } from "./OfficeTaskpaneHost";
export type { OfficeTaskpaneHostOptions } from "./OfficeTaskpaneHost";
