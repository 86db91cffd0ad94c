/**
 * The in-memory Excel host for tests and the e2e page (Node and browser):
 *
 *   const host = new ExcelHost();          // options: payloadLimitBytes, failedSync, calculator
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
export type { ExcelHostErrorCode } from "./errors";
export type { ChangedEventArgs } from "./events";
export { hyperFormulaCalculator } from "./calc";
export type { Calculator } from "./calc";
export { seedWorkbook, generateSampleData, SAMPLE_DATA } from "./seed";
export type { SampleData } from "./seed";
