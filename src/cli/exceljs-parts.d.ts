/**
 * Types for the ExcelJS module the sample builder loads directly (see excel.ts): the same classes
 * and enums that the package's main entry re-exports.
 */
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export = WorkbookClass;
}
