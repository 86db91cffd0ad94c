/**
 * Compare, plan and preview use the engine exactly as a fill does: for each model the comparison's
 * figures equal a fill with --model, every year of the phase-out plan equals a fill with --year,
 * and the orchestrations stay within three port calls and write nothing on errors.
 */
import { FINANCING_MODELS } from "../../src/core/types";
import type { FinancingModel } from "../../src/core/types";
import {
  compareWorkbook,
  phaseOutWorkbook,
  writeComparison,
  writePhaseOutPlan,
} from "../../src/workbook/compare";
import { comparisonReport, phaseOutReport } from "../../src/workbook/compare-report";
import { fillWorkbook } from "../../src/workbook/fill";
import type { RunOptions } from "../../src/workbook/fill";
import type { OutputState } from "../../src/workbook/types";
import { RecordingPort } from "./recordingPort";
import { sampleSnapshot, withCell, withParameter } from "./fixtures";

const OPTIONS: RunOptions = { now: new Date("2026-11-22T13:03:00Z"), productVersion: "1.0.0" };

/** The sample with a corridor of ±30 %, wide enough that all four models are feasible. */
const WIDE = withParameter(sampleSnapshot(), "Korridor", 0.3);

async function fillReport(overrides: RunOptions["overrides"], snapshot = sampleSnapshot()) {
  const outcome = await fillWorkbook(new RecordingPort(snapshot), { ...OPTIONS, overrides });
  expect(outcome.ok).toBe(true);
  return outcome.report;
}

describe("compareWorkbook", () => {
  describe.each(FINANCING_MODELS.map((model) => [model]))("when comparing model %s", (model) => {
    it("shows the same amounts and compensation as a fill with --model", async () => {
      const { comparisons } = await compareWorkbook(new RecordingPort(WIDE), OPTIONS);
      const compared = comparisonReport(comparisons ?? []).models.find((m) => m.model === model);
      const report = await fillReport({ model }, WIDE);
      expect(compared?.municipalities).toEqual(
        report.municipalities.map((m) => ({
          name: m.name,
          amount: m.amount,
          change: expect.any(Number) as number,
          compensation: m.compensation,
        }))
      );
      expect(compared?.totals).toEqual({
        amount: report.totals?.amount,
        compensation: report.totals?.compensation,
      });
    });
  });

  it("shows KORRIDOR as infeasible with the message a fill with --model KORRIDOR reports", async () => {
    // The sample's ±5 % corridor around the previous budgets cannot reach B = 2.233.000 €.
    const { comparisons } = await compareWorkbook(new RecordingPort(sampleSnapshot()), OPTIONS);
    const korridor = comparisonReport(comparisons ?? []).models[3];
    const fill = await fillWorkbook(new RecordingPort(sampleSnapshot()), {
      ...OPTIONS,
      overrides: { model: "KORRIDOR" },
    });
    expect(korridor?.model).toBe("KORRIDOR");
    expect(korridor?.totals).toBeNull();
    expect(fill.issues.map((issue) => issue.code)).toEqual(["INFEASIBLE_MODEL"]);
    expect(fill.issues[0]?.message).toContain(korridor?.error ?? "no message");
  });

  it("reads the inputs once and writes nothing", async () => {
    const port = new RecordingPort(sampleSnapshot());
    const { outcome, comparisons } = await compareWorkbook(port, OPTIONS);
    expect(port.calls).toEqual(["readInputs"]);
    expect(outcome.ok).toBe(true);
    expect(comparisons?.map((comparison) => comparison.model)).toEqual([...FINANCING_MODELS]);
  });

  it("gives no comparison when an input is invalid", async () => {
    const port = new RecordingPort(withCell(sampleSnapshot(), "usage", "C4", "15.015,60"));
    const { outcome, comparisons } = await compareWorkbook(port, OPTIONS);
    expect([outcome.ok, comparisons]).toEqual([false, undefined]);
  });

  describe("when the chosen SOCKEL is infeasible (Sockelbetrag 300.000 € × 10 > B)", () => {
    const snapshot = withParameter(
      withParameter(WIDE, "Finanzierungsmodell", "SOCKEL"),
      "Sockelbetrag",
      300000
    );

    it("still compares: SOCKEL carries its German message, the others their figures", async () => {
      const { outcome, comparisons } = await compareWorkbook(new RecordingPort(snapshot), OPTIONS);
      expect(outcome.issues.map((issue) => issue.code)).toEqual(["INFEASIBLE_MODEL"]);
      const report = comparisonReport(comparisons ?? []);
      const sockel = report.models.find((m) => m.model === "SOCKEL");
      expect(sockel).toEqual({
        model: "SOCKEL",
        municipalities: [],
        totals: null,
        error: expect.stringMatching(/Sockel/) as string,
      });
      const others = report.models.filter((m) => m.model !== "SOCKEL");
      expect(others.map((m) => m.totals?.amount)).toEqual([2233000, 2233000, 2233000]);
      expect(others.every((m) => m.error === undefined && m.municipalities.length === 10)).toBe(
        true
      );
    });
  });
});

describe("writeComparison", () => {
  it("reads, reads the Modellvergleich sheet and writes it: three port calls", async () => {
    const port = new RecordingPort(sampleSnapshot());
    const written = await writeComparison(port, OPTIONS);
    expect(port.calls).toEqual(["readInputs", "readOutputState", "writePlan"]);
    expect(port.sheetRequests).toEqual([["Modellvergleich"]]);
    expect(written.written).toBe(true);
    expect(port.written[0]?.sheets.map((sheet) => sheet.name)).toEqual(["Modellvergleich"]);
  });

  it("writes nothing and reports OUTPUT_COLLISION when a user's cell is in the way", async () => {
    const state: OutputState = new Map([
      ["Modellvergleich", { name: "Modellvergleich", values: [[null, "Eigene Notiz"]] }],
    ]);
    const port = new RecordingPort(sampleSnapshot(), state);
    const written = await writeComparison(port, OPTIONS);
    expect(port.calls).toEqual(["readInputs", "readOutputState"]);
    expect(written.written).toBe(false);
    expect(written.outcome.ok).toBe(false);
    expect(written.outcome.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["OUTPUT_COLLISION", "B1"],
    ]);
  });

  it("writes nothing on an input error and reads no output sheet", async () => {
    const port = new RecordingPort(withCell(sampleSnapshot(), "usage", "C4", "15.015,60"));
    const written = await writeComparison(port, OPTIONS);
    expect(port.calls).toEqual(["readInputs"]);
    expect(written.written).toBe(false);
  });
});

describe("phaseOutWorkbook", () => {
  // The sample: Startjahr Quote 2026, Abschmelzjahre 4, so the plan runs 2026 … 2030.
  const years = [2026, 2027, 2028, 2029, 2030];

  it("plans the years from the start of the quota through the last phase-out year", async () => {
    const { phaseOut } = await phaseOutWorkbook(new RecordingPort(sampleSnapshot()), OPTIONS);
    expect(phaseOut?.years.map((year) => year.year)).toEqual(years);
  });

  it.each(years.map((year) => [year]))(
    "shows for %i the compensation and freed amounts of a fill with --year",
    async (year) => {
      const { phaseOut } = await phaseOutWorkbook(new RecordingPort(sampleSnapshot()), OPTIONS);
      const planned = phaseOutReport(
        phaseOut ?? { municipalities: [], regions: [], years: [] }
      ).years.find((entry) => entry.year === year);
      const report = await fillReport({ year });
      expect(planned?.compensation).toEqual(
        Object.fromEntries(report.municipalities.map((m) => [m.name, m.compensation]))
      );
      expect(planned?.freed).toEqual(
        Object.fromEntries(report.regions.map((r) => [r.name, r.freed]))
      );
      expect(planned?.totals).toEqual({
        compensation: report.totals?.compensation,
        freed: report.totals?.freed,
      });
    }
  );
});

describe("writePhaseOutPlan", () => {
  it("writes the Mehrjahresplan in three port calls", async () => {
    const port = new RecordingPort(sampleSnapshot());
    const written = await writePhaseOutPlan(port, OPTIONS);
    expect(port.calls).toEqual(["readInputs", "readOutputState", "writePlan"]);
    expect(port.sheetRequests).toEqual([["Mehrjahresplan"]]);
    expect(written.written).toBe(true);
    expect(port.written[0]?.sheets.map((sheet) => sheet.name)).toEqual(["Mehrjahresplan"]);
  });

  it.each<[string, FinancingModel]>([["SOCKEL infeasible", "SOCKEL"]])(
    "writes nothing when the chosen model is infeasible (%s)",
    async (_label, model) => {
      const snapshot = withParameter(
        withParameter(sampleSnapshot(), "Finanzierungsmodell", model),
        "Sockelbetrag",
        300000
      );
      const port = new RecordingPort(snapshot);
      const written = await writePhaseOutPlan(port, OPTIONS);
      expect(port.calls).toEqual(["readInputs"]);
      expect([written.written, written.outcome.ok, written.phaseOut]).toEqual([
        false,
        false,
        undefined,
      ]);
    }
  );
});
