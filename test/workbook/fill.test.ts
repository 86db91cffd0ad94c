/**
 * The orchestration: at most three port calls, nothing written on any error (inputs, engine or
 * output collision), engine errors placed on the parameter that causes them.
 */
import { DEFAULT_MAPPING } from "../../src/workbook/mapping";
import { evaluateSnapshot, fillWorkbook, validateWorkbook } from "../../src/workbook/fill";
import type { RunOptions } from "../../src/workbook/fill";
import type { InputMapping, OutputState } from "../../src/workbook/types";
import { RecordingPort } from "./recordingPort";
import { sampleSnapshot, withCell, withoutRow, withParameter } from "./fixtures";

const OPTIONS: RunOptions = { now: new Date("2026-11-22T13:03:00Z"), productVersion: "1.0.0" };

describe("fillWorkbook", () => {
  describe("when the sample is valid", () => {
    it("reads the inputs, reads the output sheets and writes the plan, once each", async () => {
      const port = new RecordingPort(sampleSnapshot());
      const outcome = await fillWorkbook(port, OPTIONS);
      expect(port.calls).toEqual(["readInputs", "readOutputState", "writePlan"]);
      expect(port.mappings).toEqual([DEFAULT_MAPPING]);
      expect(port.sheetRequests).toEqual([
        ["Region 1", "Region 2", "Region 3", "Übersicht", "Protokoll"],
      ]);
      expect(outcome.written).toBe(true);
      expect(outcome.ok).toBe(true);
      expect(port.written).toEqual([outcome.plan]);
      expect(outcome.report.ok).toBe(true);
    });

    it("writes despite warnings and keeps them in the outcome", async () => {
      const port = new RecordingPort(withCell(sampleSnapshot(), "parameters", "A15", "Bemerkung"));
      const outcome = await fillWorkbook(port, OPTIONS);
      expect(outcome.written).toBe(true);
      expect(outcome.issues.map((issue) => issue.code)).toEqual(["UNKNOWN_PARAMETER"]);
    });
  });

  describe("when something is wrong", () => {
    it("writes nothing and does not even read the output sheets on an input error", async () => {
      const port = new RecordingPort(withCell(sampleSnapshot(), "usage", "C4", "15.015,60"));
      const outcome = await fillWorkbook(port, OPTIONS);
      expect(port.calls).toEqual(["readInputs"]);
      expect([outcome.ok, outcome.written, outcome.report.ok]).toEqual([false, false, false]);
    });

    it("writes nothing when the plan would cover a user's cell", async () => {
      const state: OutputState = new Map([
        ["Übersicht", { name: "Übersicht", values: [["Meine Notizen"]] }],
      ]);
      const port = new RecordingPort(sampleSnapshot(), state);
      const outcome = await fillWorkbook(port, OPTIONS);
      expect(port.calls).toEqual(["readInputs", "readOutputState"]);
      expect([outcome.ok, outcome.written, outcome.plan, outcome.result]).toEqual([
        false,
        false,
        undefined,
        undefined,
      ]);
      expect(outcome.report).toEqual(
        expect.objectContaining({
          ok: false,
          totals: null,
          issues: [
            expect.objectContaining({ code: "OUTPUT_COLLISION", sheet: "Übersicht", cell: "A1" }),
          ],
        })
      );
    });

    it("writes nothing when the engine finds the model infeasible", async () => {
      // SOCKEL: 10 municipalities · 300,000 = 3,000,000 > B = 2,233,000.
      const snapshot = withParameter(
        withParameter(sampleSnapshot(), "Finanzierungsmodell", "SOCKEL"),
        "Sockelbetrag",
        300000
      );
      const port = new RecordingPort(snapshot);
      const outcome = await fillWorkbook(port, OPTIONS);
      expect(port.calls).toEqual(["readInputs"]);
      expect(outcome.written).toBe(false);
      expect(outcome.issues).toEqual([
        expect.objectContaining({ code: "INFEASIBLE_MODEL", sheet: "Parameter", cell: "B6" }),
      ]);
    });
  });
});

describe("evaluateSnapshot", () => {
  it.each([
    // SOCKEL: 10 · 300,000 = 3,000,000 > B = 2,233,000 → on Sockelbetrag.
    [
      "SOCKEL with too large a base",
      withParameter(
        withParameter(sampleSnapshot(), "Finanzierungsmodell", "SOCKEL"),
        "Sockelbetrag",
        300000
      ),
      "B6",
    ],
    // KORRIDOR: Σ Budget Vorjahr = 2,030,000; ±5 % reaches at most 2,131,500 < 2,233,000 → on Korridor.
    [
      "KORRIDOR with too narrow a corridor",
      withParameter(sampleSnapshot(), "Finanzierungsmodell", "KORRIDOR"),
      "B7",
    ],
  ])("places the engine's complaint on the parameter: %s", (_name, snapshot, cell) => {
    const outcome = evaluateSnapshot(snapshot);
    expect(outcome.ok).toBe(false);
    expect(outcome.result).toBeUndefined();
    expect(outcome.inputs).toBeDefined();
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        code: "INFEASIBLE_MODEL",
        severity: "error",
        sheet: "Parameter",
        cell,
      }),
    ]);
    expect(outcome.report).toEqual(
      expect.objectContaining({ ok: false, year: 2027, municipalities: [], totals: null })
    );
  });

  it("falls back to the Finanzierungsmodell cell when the Korridor has no row", () => {
    // Without its row the default corridor 0.05 applies, which is infeasible as above.
    const snapshot = withoutRow(
      withParameter(sampleSnapshot(), "Finanzierungsmodell", "KORRIDOR"),
      "parameters",
      "Korridor"
    );
    expect(evaluateSnapshot(snapshot).issues).toEqual([
      expect.objectContaining({ code: "INFEASIBLE_MODEL", cell: "B4" }),
    ]);
  });

  it("lets a model override change the distribution", () => {
    const outcome = evaluateSnapshot(sampleSnapshot(), { model: "EINWOHNER" });
    // EINWOHNER: by P only. Amt Neuhaus 2,233,000 · 912 / 22567 = 90242.2121 → floor 90242.21;
    // its remainder .21 ct is too small for one of the leftover cents.
    expect(outcome.report.municipalities[0]?.amount).toBe(90242.21);
    expect(outcome.report.model).toBe("EINWOHNER");
  });
});

describe("validateWorkbook", () => {
  it("reads the inputs once with the given mapping and writes nothing", async () => {
    const mapping: InputMapping = {
      ...DEFAULT_MAPPING,
      usage: { table: "tblVerwendung", sheet: "Verwendung", headerRow: 1 },
    };
    const port = new RecordingPort(sampleSnapshot());
    const outcome = await validateWorkbook(port, { ...OPTIONS, mapping });
    expect(port.calls).toEqual(["readInputs"]);
    expect(port.mappings).toEqual([mapping]);
    expect(outcome.ok).toBe(true);
    expect(outcome.snapshot).toBe(await port.readInputs(mapping));
  });
});
