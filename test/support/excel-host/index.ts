/**
 * The in-memory Excel host for tests and the e2e page (Node and browser):
 *
 *   const host = new ExcelHost();          // options: payloadLimitBytes, failedSync, calculator
 *
 * Stricter than a convenient fake where real Excel is strict or undocumented: a failed sync
 * keeps the commands before the failing one (failedSync "partial", the default), numbers written
 * into "@" cells stay text, date-like text becomes a date, and any use of an object derived from
 * a null object throws NullObjectDerivedError.
 *   seedWorkbook(host);                    // the sample layout from Beispielwerte.json
 *   const uninstall = installExcelHost(globalThis, host);   // sets Excel, OfficeExtension, Office
 *   … run the add-in code …; host.syncCount, host.requests, host.getValues(…), host.editCell(…),
 *   host.getCharts(sheet), host.tableRowAdds
 *   uninstall();
 */
export { ExcelHost, DEFAULT_PAYLOAD_LIMIT_BYTES } from "./host";
export type { ExcelHostOptions, SyncRecord, Fault, CellFormatReport, ChartReport } from "./host";
export { installExcelHost, createExcelNamespace } from "./install";
export type { InstallOptions } from "./install";
export { ExcelHostError } from "./errors";
export { NullObjectDerivedError } from "./proxy";
export type { ExcelHostErrorCode } from "./errors";
export type { ChangedEventArgs } from "./events";
export { hyperFormulaCalculator } from "./calc";
export type { Calculator } from "./calc";
export { seedWorkbook, generateSampleData, SAMPLE_DATA } from "./seed";
export type { SampleData } from "./seed";
