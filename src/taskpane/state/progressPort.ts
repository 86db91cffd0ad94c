/**
 * Reports which step a fill is in by watching the port calls fillWorkbook makes in its fixed
 * order (ARCHITECTURE.md: readInputs → validate → readOutputState → plan → writePlan).
 */
import type { WorkbookPort } from "../../workbook/index";

/** The steps a user sees during a fill. */
export type FillStep = "read" | "check" | "write";

/** The steps in their order, for "Schritt 2 von 3". */
export const FILL_STEPS: readonly FillStep[] = ["read", "check", "write"];

/**
 * Returns a port that forwards every call to `port` and calls `report` when a step begins:
 * "read" with readInputs, "check" once the inputs have arrived, "write" with writePlan.
 */
export function withProgress(port: WorkbookPort, report: (step: FillStep) => void): WorkbookPort {
  return {
    async readInputs(mapping) {
      report("read");
      const snapshot = await port.readInputs(mapping);
      report("check");
      return snapshot;
    },
    readOutputState(sheetNames) {
      return port.readOutputState(sheetNames);
    },
    async writePlan(plan) {
      report("write");
      await port.writePlan(plan);
    },
  };
}
