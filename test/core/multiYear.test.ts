import fc from "fast-check";
import {
  type BudgetInputs,
  type BudgetParameters,
  computeBudget,
  type MunicipalityInput,
  type PhaseOutPlan,
  planPhaseOut,
} from "../../src/core";
import { cents, d, ds, expectInputError, sum } from "./helpers";

/** A municipality with one indicator value `x` and a usage row that is never all zero. */
function town(name: string, region: string, p: string, x: string, h: string): MunicipalityInput {
  return {
    name,
    region,
    provider: `Träger ${name}`,
    population: d(p),
    previousBudget: d(h),
    indicators: [d(x)],
    usage: ds(["1", "1", "1", "1"]),
  };
}

const parameters: BudgetParameters = {
  year: 2027,
  total: d("1100"),
  model: "BELASTUNG",
  baseAmount: d("0"),
  corridor: d("0.05"),
  splitBasis: "GEMEINDE",
  ambulantBudget: d("1000"),
  regional2Share: d("0.1"),
  quotaStartYear: 2026,
  phaseOutYears: 4,
};

/**
 * Four municipalities in two regions (Nord: M1, M3; Süd: M2, M4), one indicator.
 * m = (100·2 + 100·1 + 200·1 + 100·0.5)/500 = 1.1, so P·LF = P·x/1.1 ∝ 200, 100, 200, 50 and
 * A = 1100 · P·x/550 = 400, 200, 400, 100. The losers are M1 (H 450.10, loss 50.10) and
 * M4 (H 133.33, loss 33.33); the region key is Nord 400 : Süd 150 = 8 : 3.
 */
const inputs: BudgetInputs = {
  municipalities: [
    town("M1", "Nord", "100", "2", "450.10"),
    town("M2", "Süd", "100", "1", "200"),
    town("M3", "Nord", "200", "1", "380"),
    town("M4", "Süd", "100", "0.5", "133.33"),
  ],
  indicatorNames: ["Indikator"],
  weights: ds(["1"]),
  boundShares: ds(["1", "1", "1", "0"]),
  parameters,
};

const withParameters = (changes: Partial<BudgetParameters>): BudgetInputs => ({
  ...inputs,
  parameters: { ...parameters, ...changes },
});

/**
 * Each year as [year, t, comp per municipality, freed per region, Σ comp, F(t)]; the amounts in
 * cents, separated by spaces, in the order of plan.municipalities and plan.regions.
 */
function yearsOf(plan: PhaseOutPlan): unknown[][] {
  return plan.years.map((y) => [
    y.year,
    y.yearIndex,
    cents(y.compensation).join(" "),
    cents(y.freedByRegion.map((part) => part.freed)).join(" "),
    y.totals.compensation.toFixed(2),
    y.totals.freed.toFixed(2),
  ]);
}

describe("planPhaseOut", () => {
  describe("when N = 4 phases the compensation out from 2026", () => {
    const plan = planPhaseOut(inputs);

    it("names the municipalities in input order and the regions in order of appearance", () => {
      expect([plan.municipalities, plan.regions]).toEqual([
        ["M1", "M2", "M3", "M4"],
        ["Nord", "Süd"],
      ]);
      for (const year of plan.years) {
        expect(year.freedByRegion.map((part) => part.region)).toEqual(["Nord", "Süd"]);
      }
    });

    it.each([
      // comp = loss·(4 − t)/4 half-up. M1: 50.10, 37.575 → 37.58, 25.05, 12.525 → 12.53, 0.
      // M4: 33.33, 24.9975 → 25.00, 16.665 → 16.67, 8.3325 → 8.33, 0.
      // F(t) = 83.43 − Σ comp(t), split 8 : 3 by largest remainder in cents, e.g. t = 1:
      // 2085·8/11 = 1516.36 and 2085·3/11 = 568.64 → 1516 + 568, the leftover cent to Süd (.64).
      // t = 2: 3033.45 + 1137.55 → Süd; t = 3: 4550.55 + 1706.45 → Nord; t = 4: 6067.64 + 2275.36
      // → Nord.
      [0, [2026, 0, "50.10 0.00 0.00 33.33", "0.00 0.00", "83.43", "0.00"]],
      [1, [2027, 1, "37.58 0.00 0.00 25.00", "15.16 5.69", "62.58", "20.85"]],
      [2, [2028, 2, "25.05 0.00 0.00 16.67", "30.33 11.38", "41.72", "41.71"]],
      [3, [2029, 3, "12.53 0.00 0.00 8.33", "45.51 17.06", "20.86", "62.57"]],
      [4, [2030, 4, "0.00 0.00 0.00 0.00", "60.68 22.75", "0.00", "83.43"]],
    ])("plans year index %i exactly", (yearIndex, expected) => {
      expect(yearsOf(plan)[yearIndex]).toEqual(expected);
    });

    it("plans exactly the years 2026 to 2030", () => {
      expect(plan.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    });

    it("equals computeBudget for every year of the plan", () => {
      for (const year of plan.years) expectSameAsPipeline(inputs, year.year, plan);
    });
  });

  describe("when an explicit region key splits the freed amount", () => {
    it("splits by the key, a tied cent going to the earlier region", () => {
      // Key 1 : 1; t = 1: 20.85 → 1042.5 cents each, the leftover cent to Nord (same weight,
      // earlier row); t = 3: 62.57 → 3128.5 each → Nord 31.29, Süd 31.28.
      const keyed = {
        ...inputs,
        regionKey: new Map([
          ["Nord", d(1)],
          ["Süd", d(1)],
        ]),
      };
      const plan = planPhaseOut(keyed);
      expect(plan.years.map((y) => y.freedByRegion.map((part) => part.freed.toFixed(2)))).toEqual([
        ["0.00", "0.00"],
        ["10.43", "10.42"],
        ["20.86", "20.85"],
        ["31.29", "31.28"],
        ["41.72", "41.71"],
      ]);
      for (const year of plan.years) expectSameAsPipeline(keyed, year.year, plan);
    });
  });

  describe("when N = 0", () => {
    it("plans only the start year, without compensation or freed amount", () => {
      expect(yearsOf(planPhaseOut(withParameters({ phaseOutYears: 0 })))).toEqual([
        [2026, 0, "0.00 0.00 0.00 0.00", "0.00 0.00", "0.00", "0.00"],
      ]);
    });
  });

  it("ignores the budget year of the parameters", () => {
    expect(yearsOf(planPhaseOut(withParameters({ year: 2035 })))).toEqual(
      yearsOf(planPhaseOut(inputs))
    );
  });

  describe("when the input is invalid", () => {
    it.each([
      ["negative phase-out years", { phaseOutYears: -1 }, "INVALID_YEARS"],
      ["fractional phase-out years", { phaseOutYears: 1.5 }, "INVALID_YEARS"],
      ["a fractional start year", { quotaStartYear: 2026.5 }, "INVALID_YEARS"],
      ["an infeasible model", { model: "SOCKEL", baseAmount: d("300") }, "INFEASIBLE_BASE_AMOUNT"],
    ] as const)("throws for %s", (_, changes, code) => {
      expectInputError(() => planPhaseOut(withParameters(changes)), { code });
    });
  });

  describe("for any district, phase-out length and region key", () => {
    it("equals computeBudget in every year, and each year's freed parts sum to F(t)", () => {
      fc.assert(fc.property(districtArbitrary(), checkPlanAgainstPipeline), { numRuns: 60 });
    });
  });
});

/** Asserts that `plan`'s entry for `year` equals computeBudget for that year to the cent. */
function expectSameAsPipeline(budgetInputs: BudgetInputs, year: number, plan: PhaseOutPlan): void {
  const result = computeBudget({
    ...budgetInputs,
    parameters: { ...budgetInputs.parameters, year },
  });
  const planned = plan.years.find((y) => y.year === year);
  expect(planned && yearsOf({ ...plan, years: [planned] })[0]).toEqual([
    year,
    result.yearIndex,
    cents(result.municipalities.map((m) => m.compensation)).join(" "),
    cents(result.regions.map((r) => r.freed)).join(" "),
    result.totals.compensation.toFixed(2),
    result.totals.freed.toFixed(2),
  ]);
  expect(plan.regions).toEqual(result.regions.map((r) => r.name));
}

/** The property: every year equals the pipeline, F(t) = Σcomp(0) − Σcomp(t) = Σ freed parts. */
function checkPlanAgainstPipeline(budgetInputs: BudgetInputs): void {
  const plan = planPhaseOut(budgetInputs);
  const { quotaStartYear, phaseOutYears } = budgetInputs.parameters;
  expect(plan.years.map((y) => y.yearIndex)).toEqual(
    Array.from({ length: phaseOutYears + 1 }, (_, t) => t)
  );
  const firstYear = plan.years[0]?.totals.compensation;
  for (const year of plan.years) {
    expectSameAsPipeline(budgetInputs, year.year, plan);
    expect(year.year - quotaStartYear).toBe(year.yearIndex);
    expect(firstYear?.minus(year.totals.compensation).eq(year.totals.freed)).toBe(true);
    expect(sum(year.freedByRegion.map((part) => part.freed)).eq(year.totals.freed)).toBe(true);
    expect(sum(year.compensation).eq(year.totals.compensation)).toBe(true);
  }
}

/** Random districts of 1–8 municipalities in up to 3 regions, N = 0–6, with or without a key. */
function districtArbitrary(): fc.Arbitrary<BudgetInputs> {
  const row = fc.record({
    region: fc.constantFrom("Nord", "Mitte", "Süd"),
    population: fc.integer({ min: 1, max: 20_000 }),
    indicator: fc.integer({ min: 1, max: 500 }),
    previousCents: fc.integer({ min: 0, max: 50_000_000 }),
  });
  const keyWeight = fc.integer({ min: 1, max: 9 });
  return fc
    .record({
      rows: fc.array(row, { minLength: 1, maxLength: 8 }),
      totalCents: fc.integer({ min: 0, max: 100_000_000 }),
      model: fc.constantFrom("EINWOHNER" as const, "BELASTUNG" as const),
      phaseOutYears: fc.integer({ min: 0, max: 6 }),
      // Positive weights: a key that is 0 for every region present is an input error.
      keyWeights: fc.option(fc.tuple(keyWeight, keyWeight, keyWeight)),
    })
    .map(({ rows, totalCents, model, phaseOutYears, keyWeights }) => ({
      ...inputs,
      municipalities: rows.map((r, i) =>
        town(
          `G${i}`,
          r.region,
          `${r.population}`,
          `${r.indicator}`,
          d(r.previousCents).div(100).toFixed(2)
        )
      ),
      parameters: { ...parameters, total: d(totalCents).div(100), model, phaseOutYears },
      ...(keyWeights === null
        ? {}
        : {
            regionKey: new Map([
              ["Nord", d(keyWeights[0])],
              ["Mitte", d(keyWeights[1])],
              ["Süd", d(keyWeights[2])],
            ]),
          }),
    }));
}
