/**
 * Types for the two ExcelJS modules the adapter loads directly (see excel.ts): the same classes
 * and enums that the package's main entry re-exports.
 */
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export = WorkbookClass;
}

declare module "exceljs/lib/doc/enums" {
  import type { ValueType as ValueTypeEnum } from "exceljs";
  export const ValueType: typeof ValueTypeEnum;
}
