/**
 * A WorkbookPort over a fixed input snapshot that records every call, for the workbook layer's
 * specs (fill, compare): which round trips ran in which order, and what was planned.
 */
import type {
  InputMapping,
  InputSnapshot,
  OutputPlan,
  OutputState,
  WorkbookPort,
} from "../../src/workbook/types";

/** Records the calls, the mappings read with, the sheets asked for and the plans written. */
export class RecordingPort implements WorkbookPort {
  readonly calls: string[] = [];
  readonly mappings: InputMapping[] = [];
  readonly sheetRequests: (readonly string[])[] = [];
  readonly written: OutputPlan[] = [];

  constructor(
    private readonly snapshot: InputSnapshot,
    private readonly state: OutputState = new Map()
  ) {}

  readInputs(mapping: InputMapping): Promise<InputSnapshot> {
    this.calls.push("readInputs");
    this.mappings.push(mapping);
    return Promise.resolve(this.snapshot);
  }

  readOutputState(sheetNames: readonly string[]): Promise<OutputState> {
    this.calls.push("readOutputState");
    this.sheetRequests.push(sheetNames);
    return Promise.resolve(this.state);
  }

  writePlan(plan: OutputPlan): Promise<void> {
    this.calls.push("writePlan");
    this.written.push(plan);
    return Promise.resolve();
  }
}
