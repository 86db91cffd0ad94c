/**
 * The what-if preview runs the engine as a fill does: with the workbook's own weights and any
 * model its figures equal the fill's report; trials replace exactly what they name.
 */
import fc from "fast-check";
import { Dec, ZERO } from "../../src/core/decimal";
import { FINANCING_MODELS } from "../../src/core/types";
import type { BudgetInputs } from "../../src/core/types";
import { evaluateSnapshot } from "../../src/workbook/fill";
import { applyTrial, previewTrial } from "../../src/workbook/whatIf";
import { sampleSnapshot, withParameter } from "./fixtures";

/** The sample with a ±30 % corridor, so that all four models are feasible. */
const wide = withParameter(sampleSnapshot(), "Korridor", 0.3);
const inputs = evaluateSnapshot(wide).inputs as BudgetInputs;

describe("previewTrial", () => {
  describe.each(FINANCING_MODELS.map((model) => [model]))("when trying model %s", (model) => {
    it("shows the load factors, quotas and amounts of a fill with --model", () => {
      const report = evaluateSnapshot(wide, { model }).report;
      const preview = previewTrial(inputs, { weights: inputs.weights, model });
      expect(
        preview.municipalities.map((m) => ({
          name: m.name,
          region: m.region,
          loadFactor: m.loadFactor.toNumber(),
          quota: m.quota.toNumber(),
          amount: m.amount.toNumber(),
        }))
      ).toEqual(
        report.municipalities.map((m) => ({
          name: m.name,
          region: m.region,
          loadFactor: m.loadFactor,
          quota: m.quota,
          amount: m.amount,
        }))
      );
      expect(preview.totals.amount.toNumber()).toBe(report.totals?.amount);
      expect(preview.totals.compensation.toNumber()).toBe(report.totals?.compensation);
    });
  });

  it("gives each change as amount minus previous budget", () => {
    // Gemeinde Amt Neuhaus under BELASTUNG: 123.463,10 € − 115.000,00 € = 8.463,10 €;
    // the district: 2.233.000 € − 2.030.000 € = 203.000 €.
    const preview = previewTrial(inputs, { model: "BELASTUNG" });
    expect(preview.municipalities[0]?.change.toString()).toBe("8463.1");
    expect(preview.totals.change.toString()).toBe("203000");
  });

  it("keeps the amounts summing to B for any weights that are not all zero", () => {
    const weight = fc.integer({ min: 0, max: 1000 }).map((n) => new Dec(n).div(100));
    fc.assert(
      fc.property(
        fc.tuple(weight, weight, weight).filter((ws) => ws.some((w) => !w.isZero())),
        (weights) => {
          const preview = previewTrial(inputs, { weights, model: "BELASTUNG" });
          const sum = preview.municipalities.reduce((total, m) => total.plus(m.amount), ZERO);
          return sum.eq(inputs.parameters.total);
        }
      ),
      { numRuns: 40 }
    );
  });

  it("throws the engine's German message when all weights are zero", () => {
    expect(() => previewTrial(inputs, { weights: [ZERO, ZERO, ZERO] })).toThrow(/Gewicht/);
  });
});

describe("applyTrial", () => {
  const clamped = applyTrial(inputs, { floor: new Dec("0.8"), cap: new Dec("1.2") });

  it.each([
    ["sets a floor", clamped.parameters.loadFactorFloor?.toString(), "0.8"],
    ["sets a cap", clamped.parameters.loadFactorCap?.toString(), "1.2"],
    ["keeps the model", clamped.parameters.model, "BELASTUNG"],
    [
      "removes a bound given as null",
      "loadFactorFloor" in applyTrial(clamped, { floor: null }).parameters,
      false,
    ],
    [
      "keeps a bound that is absent",
      applyTrial(clamped, { model: "SOCKEL" }).parameters.loadFactorCap?.toString(),
      "1.2",
    ],
  ])("%s", (_claim, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("leaves the workbook's inputs as they were", () => {
    expect("loadFactorFloor" in inputs.parameters).toBe(false);
    expect(inputs.weights.map(String)).toEqual(["0.4", "0.3", "0.3"]);
  });
});
