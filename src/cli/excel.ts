/**
 * ExcelJS for building the sample workbook (src/cli/sample.ts) and nothing else: the .xlsx adapter
 * reads and writes packages itself. Loaded without its streaming reader and writer:
 * `import "exceljs"` also loads unzipper and archiver, which are never used here and which cost the CLI about half its start-up time; the
 * workbook class and the enums below are the very modules the package's main entry re-exports
 * (exceljs is pinned to 4.4.0, so these paths are fixed).
 */
import WorkbookClass from "exceljs/lib/doc/workbook";

/** ExcelJS' Workbook class. */
export const Workbook = WorkbookClass;

/** Returns a new, empty ExcelJS workbook. */
export function newWorkbook(): InstanceType<typeof WorkbookClass> {
  return new WorkbookClass();
}
