/**
 * Shared set-up for the Office.js adapter tests: an in-memory Excel host installed as the
 * globals for the duration of one test, seeded with the sample layout.
 */
import {
  ExcelHost,
  type ExcelHostOptions,
  type InstallOptions,
  type SampleData,
  installExcelHost,
  seedWorkbook,
} from "../../support/excel-host";
import { fillWorkbook, type FillOutcome, type WorkbookPort } from "../../../src/workbook";

/** The clock and version every fill in these tests uses. */
export const RUN = { now: new Date("2026-11-22T13:03:00Z"), productVersion: "1.0.0" } as const;

let uninstall: (() => void) | undefined;

// Every test that installed a host gets the previous globals back, whatever it asserted.
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/**
 * Creates a host (seeded with `data`, the sample by default, or empty for null), installs it as
 * the Excel globals until the end of the test, and returns it.
 */
export function useHost(
  data?: SampleData | null,
  options?: ExcelHostOptions,
  install?: InstallOptions
): ExcelHost {
  const host = new ExcelHost(options);
  if (data !== null) seedWorkbook(host, data);
  uninstall?.();
  uninstall = installExcelHost(globalThis, host, install);
  return host;
}

/** Runs the workbook layer's validate-and-fill through a port. */
export function fill(port: WorkbookPort): Promise<FillOutcome> {
  return fillWorkbook(port, RUN);
}

/** Awaits a promise that must reject and returns the rejection. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}
