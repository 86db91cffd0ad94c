/**
 * The adapter's only door to Excel: `Excel.run` (injectable, so the same code runs against real
 * Excel and the in-memory host) and a wrapper that turns Office errors into HostErrors.
 */
import { toHostError } from "./errors";

/** The signature of Excel.run with all its overloads. */
export type ExcelRunFunction = typeof Excel.run;

/** The global Excel.run, looked up on each call (Office.js may load after this bundle). */
export const globalExcelRun: ExcelRunFunction = ((...args: Parameters<typeof Excel.run>) =>
  (Excel.run as (...a: unknown[]) => Promise<unknown>)(...args)) as ExcelRunFunction;

/** Runs a batch on a fresh context; an Office error becomes a HostError with a German message. */
export function runMapped<T>(
  run: ExcelRunFunction,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  return mapErrors(() => run(batch));
}

/** Awaits `work`; an Office error becomes a HostError, any other error propagates unchanged. */
export async function mapErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error);
  }
}
