/**
 * The workbook of the e2e page: the sample (assets/beispiel/Beispielwerte.json) with one fixable
 * problem injected. Shared by the harness (in the browser) and the e2e test (in Node), so the
 * test can compute what the page must show.
 */
import { ExcelHost, seedWorkbook } from "../support/excel-host";

/** Where the harness exposes the host to the test (page.evaluate). */
export const HOST_GLOBAL = "__excelHost";

/**
 * The injected problem: SG Dahlenburg's Sachkosten (15015.6) typed as German text, which the
 * check reports with the fix "Als Zahl 15015,6 übernehmen".
 */
export const TEXT_NUMBER_CELL = { sheet: "Verwendung", cell: "C4", text: "15.015,60" } as const;

/** Returns the sample workbook with the one fixable problem. */
export function createHarnessHost(): ExcelHost {
  const host = new ExcelHost();
  seedWorkbook(host);
  const { sheet, cell, text } = TEXT_NUMBER_CELL;
  // A text-formatted cell keeps what was typed as text, as in Excel.
  host.setNumberFormats(sheet, cell, [["@"]]);
  host.setValues(sheet, cell, [[text]]);
  return host;
}
