import type { FillStep } from "../../../src/taskpane/state/progressPort";
import { withProgress } from "../../../src/taskpane/state/progressPort";
import type { InputSnapshot, OutputPlan, WorkbookPort } from "../../../src/workbook/index";
import { DEFAULT_MAPPING } from "../../../src/workbook/index";

const SNAPSHOT: InputSnapshot = { tables: {}, sheetNames: ["Tabelle1"], tableNames: [] };
const PLAN: OutputPlan = { sheets: [] };

describe("when a fill calls the port", () => {
  it("can report read, check and write at the right calls and forward every call", async () => {
    const log: string[] = [];
    const port: WorkbookPort = {
      readInputs: async (mapping) => {
        log.push(`readInputs ${mapping.municipalities.table}`);
        return SNAPSHOT;
      },
      readOutputState: async (names) => {
        log.push(`readOutputState ${names.join(",")}`);
        return new Map();
      },
      writePlan: async (plan) => {
        log.push(`writePlan ${plan.sheets.length}`);
      },
    };
    const watched = withProgress(port, (step: FillStep) => log.push(`step ${step}`));

    expect(await watched.readInputs(DEFAULT_MAPPING)).toBe(SNAPSHOT);
    expect(await watched.readOutputState(["Region 1"])).toEqual(new Map());
    await watched.writePlan(PLAN);

    expect(log).toEqual([
      "step read",
      "readInputs tblGemeinden",
      "step check",
      "readOutputState Region 1",
      "step write",
      "writePlan 0",
    ]);
  });

  it("can pass a failure of the port on unchanged", async () => {
    const error = new Error("weg");
    const port: WorkbookPort = {
      readInputs: () => Promise.reject(error),
      readOutputState: () => Promise.reject(error),
      writePlan: () => Promise.reject(error),
    };
    const steps: FillStep[] = [];
    const watched = withProgress(port, (step) => steps.push(step));

    await expect(watched.readInputs(DEFAULT_MAPPING)).rejects.toBe(error);
    await expect(watched.writePlan(PLAN)).rejects.toBe(error);
    expect(steps).toEqual(["read", "write"]);
  });
});
