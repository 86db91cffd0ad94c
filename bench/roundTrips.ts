import { OfficeWorkbook } from "../src/adapters/officejs";
import { fillWorkbook } from "../src/workbook";
import {
  ExcelHost,
  generateSampleData,
  installExcelHost,
  seedWorkbook,
} from "../test/support/excel-host";

/** Round trips (context.sync calls) of one validate-and-fill inside Excel. */
export interface RoundTripFigure {
  readonly municipalities: number;
  readonly syncs: number;
  readonly written: boolean;
}

/** Target from the task-pane issue: at most 3 round trips, whatever the district's size. */
export const ROUND_TRIP_TARGET = 3;

/**
 * Counts the context.sync() calls of a whole validate-and-fill through the Office.js adapter,
 * against the in-memory Excel host (the same one the adapter tests use), for each size.
 */
export async function benchRoundTrips(
  sizes: readonly number[] = [10, 1_000]
): Promise<RoundTripFigure[]> {
  const figures: RoundTripFigure[] = [];
  for (const n of sizes) {
    const host = new ExcelHost();
    seedWorkbook(host, generateSampleData(n));
    const uninstall = installExcelHost(globalThis, host);
    try {
      const before = host.syncCount;
      const outcome = await fillWorkbook(new OfficeWorkbook(), {
        now: new Date("2026-11-22T12:00:00Z"),
        productVersion: "bench",
      });
      figures.push({ municipalities: n, syncs: host.syncCount - before, written: outcome.written });
    } finally {
      uninstall();
    }
  }
  return figures;
}
