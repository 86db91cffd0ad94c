/**
 * ExcelJS without its streaming reader and writer. `import "exceljs"` also loads unzipper and
 * archiver, which this adapter never uses and which cost the CLI about half its start-up time; the
 * workbook class and the enums below are the very modules the package's main entry re-exports
 * (exceljs is pinned to 4.4.0, so these paths are fixed).
 */
import WorkbookClass from "exceljs/lib/doc/workbook";
import { ValueType as ValueTypeEnum } from "exceljs/lib/doc/enums";

/** ExcelJS' Workbook class. */
export const Workbook = WorkbookClass;

/** ExcelJS' cell value types (`ValueType.Formula` = 6). */
export const ValueType = ValueTypeEnum;
