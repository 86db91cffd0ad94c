import fc from "fast-check";
import sample from "../../assets/beispiel/Beispielwerte.json";
import {
  type BudgetInputs,
  type BudgetParameters,
  compareModels,
  computeBudget,
  FINANCING_MODELS,
  type FinancingModel,
  type ModelComparison,
} from "../../src/core";
import { cents, d, ds, sum } from "./helpers";
import { sampleInputs as sampleInputsWith } from "./sample";

/**
 * The sample workbook's data (assets/beispiel/Beispielwerte.json) as in pipeline.sample.test.ts:
 * population basis "Einwohner unter 21", weights 0.4/0.3/0.3, B = 2 233 000, year 2027 with the
 * quota starting 2026 and N = 4 (t = 1, factor 3/4), S = 100 000 and a corridor of ±15 % (with the
 * workbook's ±5 % KORRIDOR cannot reach B = 1.1·ΣH, see below).
 */
function sampleInputs(changes: Partial<BudgetParameters> = {}): BudgetInputs {
  return sampleInputsWith({ baseAmount: d("100000"), corridor: d("0.15"), ...changes });
}

/** Returns the comparison of `model` (there is exactly one per model). */
function byModel(comparisons: readonly ModelComparison[], model: FinancingModel): ModelComparison {
  const found = comparisons.find((comparison) => comparison.model === model);
  if (found === undefined) throw new Error(`no comparison for ${model}`);
  return found;
}

/** A, A − H, (A − H)/H to 40 significant digits, comp(1): one row per municipality. */
function rowsOf(comparison: ModelComparison): string[][] {
  return comparison.municipalities.map((row) => [
    row.amount.toFixed(2),
    row.change.toFixed(2),
    row.changeShare?.toFixed() ?? "null",
    row.compensation.toFixed(2),
  ]);
}

// Expected rows, in the sample's order (Amt Neuhaus, Bleckede, Dahlenburg, Ostheide, Scharnebeck,
// Bardowick, Adendorf, Gellersen, Ilmenau, Amelinghausen), computed independently with Python's
// decimal module (80 digits; the quotient to 40 significant digits half-up, as Dec does) from
// DOMAIN.md 3–5, not with this engine.
// Worked example, EINWOHNER, Amt Neuhaus: ΣP = 22 567, 2 233 000·912/22 567 = 90 242.207…
// → 90 242.21 (it gets a leftover cent); change 90 242.21 − 115 000 = −24 757.79; share
// −24 757.79/115 000 = −0.21528513043478…; comp(1) = 24 757.79·3/4 = 18 568.3425 → 18 568.34.
// BELASTUNG, Bleckede: 293 356.75 − 200 000 = 93 356.75, share 0.46678375 exactly.
// SOCKEL, Dahlenburg: 100 000 + its quota share of 2 233 000 − 10·100 000 = 180 320.07;
// share 51 320.07/129 000 = 0.39783 exactly.
// KORRIDOR: λ·B·q exceeds H·1.15 for 7 municipalities, e.g. Amt Neuhaus 115 000·1.15 = 132 250.
const expectedRows: Record<FinancingModel, string[][]> = {
  EINWOHNER: [
    ["90242.21", "-24757.79", "-0.2152851304347826086956521739130434782609", "18568.34"],
    ["185827.71", "-14172.29", "-0.07086145", "10629.22"],
    ["120817.70", "-8182.30", "-0.06342868217054263565891472868217054263566", "6136.73"],
    ["219173.79", "34173.79", "0.1847231891891891891891891891891891891892", "0.00"],
    ["335439.80", "36939.80", "0.1237514237855946398659966499162479061977", "0.00"],
    ["382144.11", "56144.11", "0.1722211963190184049079754601226993865031", "0.00"],
    ["208190.37", "12190.37", "0.06219576530612244897959183673469387755102", "0.00"],
    ["301994.77", "53994.77", "0.2177208467741935483870967741935483870968", "0.00"],
    ["220756.99", "33256.99", "0.1773706133333333333333333333333333333333", "0.00"],
    ["168412.55", "23412.55", "0.1614658620689655172413793103448275862069", "0.00"],
  ],
  BELASTUNG: [
    ["123463.10", "8463.10", "0.07359217391304347826086956521739130434783", "0.00"],
    ["293356.75", "93356.75", "0.46678375", "0.00"],
    ["145462.05", "16462.05", "0.1276127906976744186046511627906976744186", "0.00"],
    ["216163.62", "31163.62", "0.168452", "0.00"],
    ["289363.02", "-9136.98", "-0.03060964824120603015075376884422110552764", "6852.74"],
    ["306358.72", "-19641.28", "-0.06024932515337423312883435582822085889571", "14730.96"],
    ["232509.28", "36509.28", "0.1862718367346938775510204081632653061224", "0.00"],
    ["231300.72", "-16699.28", "-0.06733580645161290322580645161290322580645", "12524.46"],
    ["205102.46", "17602.46", "0.09387978666666666666666666666666666666667", "0.00"],
    ["189920.28", "44920.28", "0.3097950344827586206896551724137931034483", "0.00"],
  ],
  SOCKEL: [
    ["168172.86", "53172.86", "0.4623726956521739130434782608695652173913", "0.00"],
    ["261983.37", "61983.37", "0.30991685", "0.00"],
    ["180320.07", "51320.07", "0.39783", "0.00"],
    ["219359.49", "34359.49", "0.185726972972972972972972972972972972973", "0.00"],
    ["259778.15", "-38721.85", "-0.1297214405360134003350083752093802345059", "29041.39"],
    ["269162.70", "-56837.30", "-0.1743475460122699386503067484662576687117", "42627.98"],
    ["228385.10", "32385.10", "0.1652301020408163265306122448979591836735", "0.00"],
    ["227717.77", "-20282.23", "-0.08178318548387096774193548387096774193548", "15211.67"],
    ["213251.83", "25751.83", "0.1373430933333333333333333333333333333333", "0.00"],
    ["204868.66", "59868.66", "0.4128873103448275862068965517241379310345", "0.00"],
  ],
  KORRIDOR: [
    ["132250.00", "17250.00", "0.15", "0.00"],
    ["230000.00", "30000.00", "0.15", "0.00"],
    ["148350.00", "19350.00", "0.15", "0.00"],
    ["212750.00", "27750.00", "0.15", "0.00"],
    ["315552.83", "17052.83", "0.05712840871021775544388609715242881072027", "0.00"],
    ["334086.78", "8086.78", "0.02480607361963190184049079754601226993865", "0.00"],
    ["225400.00", "29400.00", "0.15", "0.00"],
    ["252235.39", "4235.39", "0.01707818548387096774193548387096774193548", "0.00"],
    ["215625.00", "28125.00", "0.15", "0.00"],
    ["166750.00", "21750.00", "0.15", "0.00"],
  ],
};

describe("compareModels", () => {
  describe("when all four models are feasible for the sample data", () => {
    const comparisons = compareModels(sampleInputs());

    it("lists the four models in FINANCING_MODELS order, all feasible, without a message", () => {
      expect(comparisons.map((c) => [c.model, c.feasible, c.message])).toEqual(
        FINANCING_MODELS.map((model) => [model, true, undefined])
      );
    });

    it("names every model's municipalities, regions and previous budgets in input order", () => {
      const expected = sample.gemeinden.map((g) => [
        g.Gemeinde,
        g.Region,
        `${g["Budget Vorjahr"]}`,
      ]);
      for (const comparison of comparisons) {
        expect(
          comparison.municipalities.map((row) => [
            row.name,
            row.region,
            row.previousBudget.toFixed(),
          ])
        ).toEqual(expected);
      }
    });

    it.each(FINANCING_MODELS.map((model) => [model]))(
      "reports exact amounts, changes, change shares and compensation under %s",
      (model) => {
        expect(rowsOf(byModel(comparisons, model))).toEqual(expectedRows[model]);
      }
    );

    it.each([
      // Σ A = B = 2 233 000 for every model, so Σ change = B − ΣH = 2 233 000 − 2 030 000.
      // Σ comp(1): EINWOHNER 18 568.34 + 10 629.22 + 6 136.73; BELASTUNG 6 852.74 + 14 730.96 +
      // 12 524.46; SOCKEL 29 041.39 + 42 627.98 + 15 211.67; KORRIDOR nobody loses.
      ["EINWOHNER", ["2233000.00", "203000.00", "35334.29"]],
      ["BELASTUNG", ["2233000.00", "203000.00", "34108.16"]],
      ["SOCKEL", ["2233000.00", "203000.00", "86881.04"]],
      ["KORRIDOR", ["2233000.00", "203000.00", "0.00"]],
    ] as const)("sums amount, change and compensation under %s", (model, expected) => {
      const totals = byModel(comparisons, model).totals;
      expect(totals && cents([totals.amount, totals.change, totals.compensation])).toEqual(
        expected
      );
    });

    it.each(FINANCING_MODELS.map((model) => [model]))(
      "equals computeBudget with the model %s to the cent",
      (model) => {
        const result = computeBudget({
          ...sampleInputs(),
          parameters: { ...sampleInputs().parameters, model },
        });
        const rows = byModel(comparisons, model).municipalities;
        expect(cents(rows.map((row) => row.amount))).toEqual(
          cents(result.municipalities.map((m) => m.amount))
        );
        expect(cents(rows.map((row) => row.compensation))).toEqual(
          cents(result.municipalities.map((m) => m.compensation))
        );
      }
    );
  });

  describe("when one model's parameters are infeasible", () => {
    it.each([
      [
        // 10·250 000 = 2 500 000 > B = 2 233 000.
        "SOCKEL",
        { baseAmount: d("250000") },
        "Der Sockelbetrag von 250.000,00 € für 10 Gemeinden (zusammen 2.500.000,00 €) übersteigt " +
          "das Gesamtbudget von 2.233.000,00 €.",
      ],
      [
        // The workbook's ±5 %: ΣH·0.95 = 1 928 500 and ΣH·1.05 = 2 131 500 < B = 2 233 000.
        "KORRIDOR",
        { corridor: d("0.05") },
        "Mit einem Korridor von ±5 % um die Vorjahresbudgets ist das Gesamtbudget von " +
          "2.233.000,00 € nicht erreichbar; möglich ist ein Gesamtbudget zwischen 1.928.500,00 € " +
          "und 2.131.500,00 €.",
      ],
    ] as const)(
      "reports %s as infeasible in German and keeps the others",
      (model, change, text) => {
        const comparisons = compareModels(sampleInputs(change));
        const infeasible = byModel(comparisons, model);
        expect([infeasible.feasible, infeasible.message, infeasible.totals]).toEqual([
          false,
          text,
          null,
        ]);
        expect(infeasible.municipalities).toEqual([]);
        const others = comparisons.filter((c) => c.model !== model);
        expect(others.map((c) => [c.feasible, rowsOf(c)])).toEqual(
          others.map((c) => [true, expectedRows[c.model]])
        );
      }
    );
  });

  describe("when the inputs are wrong for every model", () => {
    it("reports all four as infeasible with the engine's message", () => {
      const comparisons = compareModels({ ...sampleInputs(), weights: ds(["0", "0", "0"]) });
      expect(comparisons.map((c) => [c.feasible, c.message])).toEqual(
        FINANCING_MODELS.map(() => [
          false,
          "Die Gewichte der Indikatoren ergeben zusammen 0; mindestens ein Gewicht muss größer " +
            "als 0 sein.",
        ])
      );
    });

    it("rethrows an error that is not a BudgetInputError", () => {
      const [first, ...rest] = sampleInputs().municipalities;
      // A defect, not a data problem: a row without indicator values makes the engine fail.
      const broken = { ...first, indicators: undefined } as unknown as typeof first;
      expect(() =>
        compareModels({ ...sampleInputs(), municipalities: [broken, ...rest] as typeof rest })
      ).toThrow(TypeError);
    });
  });

  describe("when a municipality had no previous budget", () => {
    it("gives it no change share, and its change is its whole amount", () => {
      // EINWOHNER splits 1 000 by P = 1 : 3 → 250 and 750; H = 0 and 500.
      const inputs: BudgetInputs = {
        ...sampleInputs({ total: d("1000"), baseAmount: d("0") }),
        municipalities: [
          { ...sampleInputs().municipalities[0]!, population: d("1"), previousBudget: d("0") },
          { ...sampleInputs().municipalities[1]!, population: d("3"), previousBudget: d("500") },
        ],
      };
      const einwohner = byModel(compareModels(inputs), "EINWOHNER");
      expect(
        einwohner.municipalities.map((row) => [row.change.toFixed(2), row.changeShare?.toFixed()])
      ).toEqual([
        ["250.00", undefined],
        ["250.00", "0.5"],
      ]);
      expect(einwohner.municipalities[0]?.changeShare).toBeNull();
    });
  });

  describe("when the pipeline rejects the inputs and one model fails in its own step first", () => {
    it("reports for each model the problem that computeBudget meets first", () => {
      // Row 1 has no usage (basis GEMEINDE): every model fails at the split, except SOCKEL, whose
      // base amount (10·250 000 > B) already fails in the model step before the split.
      const [first, ...rest] = sampleInputs({ baseAmount: d("250000") }).municipalities;
      const noUsage = { ...first!, usage: ds(["0", "0", "0", "0"]) };
      const comparisons = compareModels({
        ...sampleInputs({ baseAmount: d("250000") }),
        municipalities: [noUsage, ...rest],
      });
      const usageMessage =
        "Die Verwendung in Zeile 1 ergibt zusammen 0; mit der Aufteilungsbasis GEMEINDE ist der " +
        "gebundene Anteil nicht bestimmbar. Tragen Sie die Verwendung ein oder wählen Sie KREIS.";
      expect(comparisons.map((c) => [c.model, c.feasible, c.message?.slice(0, 20)])).toEqual([
        ["EINWOHNER", false, usageMessage.slice(0, 20)],
        ["BELASTUNG", false, usageMessage.slice(0, 20)],
        ["SOCKEL", false, "Der Sockelbetrag von"],
        ["KORRIDOR", false, usageMessage.slice(0, 20)],
      ]);
      expect(byModel(comparisons, "BELASTUNG").message).toBe(usageMessage);
    });
  });

  describe("for any small district and parameters", () => {
    it("equals computeBudget per model, with Σ A = B and exact changes for a feasible one", () => {
      fc.assert(fc.property(districtArbitrary(), checkAgainstPipeline), { numRuns: 80 });
    });
  });
});

/** The property: each model is computeBudget with that model, or infeasible with its message. */
function checkAgainstPipeline(inputs: BudgetInputs): void {
  const comparisons = compareModels(inputs);
  expect(comparisons.map((c) => c.model)).toEqual(FINANCING_MODELS);
  const previousTotal = sum(inputs.municipalities.map((m) => m.previousBudget));
  for (const comparison of comparisons) {
    let expected: string[][] | string;
    try {
      const result = computeBudget({
        ...inputs,
        parameters: { ...inputs.parameters, model: comparison.model },
      });
      expected = result.municipalities.map((m) => cents([m.amount, m.compensation]));
    } catch (error) {
      expected = (error as Error).message;
    }
    if (!comparison.feasible) {
      expect(comparison.message).toBe(expected);
      continue;
    }
    const amounts = comparison.municipalities.map((row) => row.amount);
    expect(comparison.municipalities.map((row) => cents([row.amount, row.compensation]))).toEqual(
      expected
    );
    expect(sum(amounts).eq(inputs.parameters.total)).toBe(true);
    expect(comparison.totals?.change.eq(sum(amounts).minus(previousTotal))).toBe(true);
    for (const row of comparison.municipalities) {
      expect(row.change.eq(row.amount.minus(row.previousBudget))).toBe(true);
    }
  }
}

/**
 * Random districts of 1–8 municipalities in up to 3 regions with one indicator, any budget year of
 * an N = 0–4 phase-out, and base amounts and corridors that make SOCKEL and KORRIDOR feasible or
 * not. An indicator that is 0 everywhere or a row without usage makes the pipeline reject the
 * inputs for every model (each with the message computeBudget gives for it).
 */
function districtArbitrary(): fc.Arbitrary<BudgetInputs> {
  const rarely = fc.oneof(
    { arbitrary: fc.constant(false), weight: 9 },
    { arbitrary: fc.constant(true), weight: 1 }
  );
  const row = fc.record({
    region: fc.constantFrom("Nord", "Mitte", "Süd"),
    population: fc.integer({ min: 1, max: 20_000 }),
    indicator: fc.integer({ min: 1, max: 500 }),
    previousCents: fc.integer({ min: 0, max: 50_000_000 }),
  });
  const template = sampleInputs().municipalities[0]!;
  return fc
    .record({
      rows: fc.array(row, { minLength: 1, maxLength: 8 }),
      // B relative to ΣH and S relative to B/n, so that both SOCKEL and KORRIDOR are often
      // feasible and often not.
      totalPercent: fc.integer({ min: 70, max: 130 }),
      basePercent: fc.integer({ min: 0, max: 120 }),
      corridorPercent: fc.integer({ min: 0, max: 40 }),
      phaseOutYears: fc.integer({ min: 0, max: 4 }),
      yearIndex: fc.integer({ min: 0, max: 5 }),
      withoutIndicator: rarely,
      withoutUsage: rarely,
    })
    .map((draw) => {
      const previous = draw.rows.map((r) => d(r.previousCents).div(100));
      const total = sum(previous).times(draw.totalPercent).div(100).toDecimalPlaces(2);
      const base = total.div(draw.rows.length).times(draw.basePercent).div(100).toDecimalPlaces(2);
      return {
        ...sampleInputs({
          total,
          baseAmount: base,
          corridor: d(draw.corridorPercent).div(100),
          phaseOutYears: draw.phaseOutYears,
          year: 2026 + draw.yearIndex,
        }),
        indicatorNames: ["Indikator"],
        weights: ds(["1"]),
        municipalities: draw.rows.map((r, i) => ({
          ...template,
          name: `G${i}`,
          region: r.region,
          population: d(r.population),
          // An indicator that is 0 everywhere has reference 0: every model rejects the inputs.
          indicators: [draw.withoutIndicator ? d(0) : d(r.indicator)],
          previousBudget: previous[i]!,
          // A first row without usage cannot be split (basis GEMEINDE): rejected for every model.
          ...(draw.withoutUsage && i === 0 ? { usage: ds(["0", "0", "0", "0"]) } : {}),
        })),
      };
    });
}
