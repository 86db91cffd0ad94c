import fc from "fast-check";
import {
  type BudgetInputs,
  type BudgetParameters,
  CENT,
  computeBudget,
  Dec,
  type FinancingModel,
  type MunicipalityInput,
  roundToCent,
} from "../../src/core";
import { d, ds, expectInputError, plain, sum } from "./helpers";

/** A municipality with one indicator value `x`. */
function town(
  name: string,
  region: string,
  p: string,
  x: string,
  h: string,
  usage: string[]
): MunicipalityInput {
  return {
    name,
    region,
    provider: `Träger ${name}`,
    population: d(p),
    previousBudget: d(h),
    indicators: [d(x)],
    usage: ds(usage),
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
  phaseOutYears: 2,
};

/**
 * Four municipalities in two regions (Nord: M1, M3; Süd: M2, M4), one indicator.
 * m = (100·2 + 100·1 + 200·1 + 100·0.5)/500 = 1.1, so P·LF ∝ P·x = 200, 100, 200, 50 (Σ 550)
 * and A = 1100 · P·x/550 = 400, 200, 400, 100 exactly.
 */
const inputs: BudgetInputs = {
  municipalities: [
    town("M1", "Nord", "100", "2", "450", ["50", "0", "0", "50"]),
    town("M2", "Süd", "100", "1", "200", ["100", "0", "0", "0"]),
    town("M3", "Nord", "200", "1", "400", ["30", "30", "0", "40"]),
    town("M4", "Süd", "100", "0.5", "200", ["1", "1", "1", "1"]),
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

describe("computeBudget", () => {
  describe("when the small district is computed for 2027 (t = 1 of N = 2)", () => {
    const result = computeBudget(inputs);
    const column = (pick: (m: (typeof result.municipalities)[number]) => Dec): string[] =>
      result.municipalities.map((m) => pick(m).toFixed(2));

    it("reports the year index", () => {
      expect(result.yearIndex).toBe(1);
    });

    it("computes load factors x/m and quotas P·x/550", () => {
      expect(result.municipalities.map((m) => m.loadFactor.toFixed(6))).toEqual([
        "1.818182", // 2/1.1
        "0.909091", // 1/1.1
        "0.909091",
        "0.454545", // 0.5/1.1
      ]);
      expect(result.municipalities.map((m) => m.quota.toFixed(6))).toEqual([
        "0.363636", // 200/550
        "0.181818", // 100/550
        "0.363636",
        "0.090909", // 50/550
      ]);
    });

    it("distributes B = 1100 by the quota", () => {
      expect(column((m) => m.amount)).toEqual(["400.00", "200.00", "400.00", "100.00"]);
    });

    it("compensates the losers M1 (450 → 400) and M4 (200 → 100) by half in year 1", () => {
      expect(column((m) => m.compensation)).toEqual(["25.00", "0.00", "0.00", "50.00"]);
    });

    it("splits by each municipality's usage: g = .5, 1, .6, .75", () => {
      expect(plain(result.municipalities.map((m) => m.boundShare))).toEqual([
        "0.5",
        "1",
        "0.6",
        "0.75",
      ]);
      expect(column((m) => m.bound)).toEqual(["200.00", "200.00", "240.00", "75.00"]);
      expect(column((m) => m.regional1)).toEqual(["200.00", "0.00", "160.00", "25.00"]);
    });

    it("lists the regions in order of first appearance with their members", () => {
      expect(result.regions.map((r) => [r.name, r.municipalities])).toEqual([
        ["Nord", ["M1", "M3"]],
        ["Süd", ["M2", "M4"]],
      ]);
    });

    it("computes the region figures", () => {
      // Key 400:150 of Σ P·x. F = (50 + 100) − (25 + 50) = 75: 7500 cents · 400/550 = 5454.55,
      // · 150/550 = 2045.45; the cent left goes to Nord. R2 = 1000 · 0.1 = 100: 7272.73 and
      // 2727.27 cents, the cent left to Nord.
      // Nord: bound 200 + 240, regional1 200 + 160 + 54.55, compensation 25.
      // Süd: bound 200 + 75, regional1 0 + 25 + 20.45, compensation 50.
      const figures = result.regions.map((r) => ({
        key: r.key.toFixed(6),
        bound: r.bound.toFixed(2),
        regional1: r.regional1.toFixed(2),
        freed: r.freed.toFixed(2),
        regional2: r.regional2.toFixed(2),
        compensation: r.compensation.toFixed(2),
        total: r.total.toFixed(2),
      }));
      expect(figures).toEqual([
        {
          key: "0.727273",
          bound: "440.00",
          regional1: "414.55",
          freed: "54.55",
          regional2: "72.73",
          compensation: "25.00",
          total: "952.28",
        },
        {
          key: "0.272727",
          bound: "275.00",
          regional1: "45.45",
          freed: "20.45",
          regional2: "27.27",
          compensation: "50.00",
          total: "397.72",
        },
      ]);
    });

    it("sums the district totals (total = B + compensation + F + R2)", () => {
      const totals = Object.fromEntries(
        Object.entries(result.totals).map(([name, value]) => [name, (value as Dec).toFixed(2)])
      );
      expect(totals).toEqual({
        amount: "1100.00",
        compensation: "75.00",
        bound: "715.00",
        regional1: "460.00",
        freed: "75.00",
        regional2: "100.00",
        total: "1350.00",
      });
    });
  });

  describe("when the year or the phase-out changes", () => {
    it.each([
      // t = 0: full losses 50 and 100, nothing freed yet.
      [{ year: 2026 }, ["50.00", "0.00", "0.00", "100.00"], "0.00"],
      // t = 2 = N: nothing paid, all 150 freed.
      [{ year: 2028 }, ["0.00", "0.00", "0.00", "0.00"], "150.00"],
      [{ year: 2030 }, ["0.00", "0.00", "0.00", "0.00"], "150.00"],
      // N = 0: no compensation at all, so nothing is freed either.
      [{ phaseOutYears: 0 }, ["0.00", "0.00", "0.00", "0.00"], "0.00"],
    ])("with %j pays %j and frees %s", (changes, compensation, freed) => {
      const result = computeBudget(withParameters(changes));
      expect(result.municipalities.map((m) => m.compensation.toFixed(2))).toEqual(compensation);
      expect(result.totals.freed.toFixed(2)).toBe(freed);
    });
  });

  describe("when the model is KORRIDOR", () => {
    it.each([
      // c = 0.5: every target t = B·q = 400, 200, 400, 100 lies inside H(1 ∓ c), so λ = 1.
      ["0.5", ["400.00", "200.00", "400.00", "100.00"]],
      // c = 0.2: M4's target 100 is below its floor 200·0.8 = 160; the others share the rest:
      // λ·(400 + 200 + 400) + 160 = 1100 → λ = 0.94, A = 376, 188, 376, 160.
      ["0.2", ["376.00", "188.00", "376.00", "160.00"]],
    ])("keeps every amount in its corridor with c = %s: %j", (corridor, expected) => {
      const result = computeBudget(withParameters({ model: "KORRIDOR", corridor: d(corridor) }));
      expect(result.municipalities.map((m) => m.amount.toFixed(2))).toEqual(expected);
      expect(result.totals.amount.toFixed(2)).toBe("1100.00");
    });
  });

  describe("when an explicit region key is given", () => {
    const result = computeBudget({
      ...inputs,
      regionKey: new Map([
        ["Süd", d("1")],
        ["Nord", d("1")],
        ["Ost", d("5")],
      ]),
    });

    it("splits the freed amount and R2 by it (other regions' keys are ignored)", () => {
      expect(
        result.regions.map((r) => [r.key.toFixed(), r.freed.toFixed(2), r.regional2.toFixed(2)])
      ).toEqual([
        ["0.5", "37.50", "50.00"],
        ["0.5", "37.50", "50.00"],
      ]);
    });
  });

  describe("when the basis is KREIS", () => {
    it("gives every municipality the district share G = ΣΣ a·U / ΣΣ U = 213/304", () => {
      const result = computeBudget(withParameters({ splitBasis: "KREIS" }));
      // bound = A·213/304: 400 → 280.263… → 280.26; 200 → 140.131… → 140.13; 100 → 70.065… → 70.07.
      expect(result.municipalities.map((m) => m.bound.toFixed(2))).toEqual([
        "280.26",
        "140.13",
        "280.26",
        "70.07",
      ]);
      expect(result.municipalities[0]!.boundShare.toFixed(6)).toBe("0.700658");
    });
  });

  describe("when the input is invalid", () => {
    it.each([
      ["no municipalities", { ...inputs, municipalities: [] }, { code: "EMPTY_INPUT" }],
      [
        "more weights than indicators",
        { ...inputs, weights: ds(["1", "1"]) },
        { code: "SIZE_MISMATCH" },
      ],
      [
        "a municipality without region",
        {
          ...inputs,
          municipalities: [
            inputs.municipalities[0]!,
            { ...inputs.municipalities[1]!, region: " " },
          ],
        },
        { code: "EMPTY_INPUT", row: 1, message: ["Zeile 2", "Region"] },
      ],
      [
        "a budget year before the start of the quota",
        withParameters({ year: 2025 }),
        { code: "INVALID_YEARS", message: ["2025", "2026"] },
      ],
      ["a fractional year", withParameters({ year: 2026.5 }), { code: "INVALID_YEARS" }],
      [
        "negative phase-out years",
        withParameters({ phaseOutYears: -1 }),
        { code: "INVALID_YEARS" },
      ],
      [
        "a region without key",
        { ...inputs, regionKey: new Map([["Nord", d("1")]]) },
        { code: "SIZE_MISMATCH", message: ["„Süd“"] },
      ],
      [
        "an infeasible base amount",
        withParameters({ model: "SOCKEL", baseAmount: d("300") }),
        { code: "INFEASIBLE_BASE_AMOUNT" },
      ],
    ] as const)("rejects %s", (_case, input: BudgetInputs, expected) => {
      expectInputError(() => computeBudget(input), expected);
    });
  });

  describe("for any district", () => {
    const money = (max: number) => fc.integer({ min: 0, max }).map((n) => new Dec(n).times(CENT));
    const row = fc.record({
      region: fc.constantFrom("R1", "R2", "R3", "R4"),
      population: fc.integer({ min: 1, max: 20_000 }).map((n) => new Dec(n)),
      previousBudget: money(50_000_000),
      indicators: fc.array(
        fc.integer({ min: 1, max: 5_000 }).map((n) => new Dec(n).div(100)),
        { minLength: 2, maxLength: 2 }
      ),
      usage: fc
        .array(money(10_000_000), { minLength: 4, maxLength: 4 })
        .filter((u) => u.some((x) => !x.isZero())),
    });
    const district = fc.record({
      rows: fc.array(row, { minLength: 1, maxLength: 25 }),
      total: money(1_000_000_000),
      model: fc.constantFrom<FinancingModel>("EINWOHNER", "BELASTUNG", "SOCKEL"),
      year: fc.integer({ min: 2026, max: 2032 }),
      phaseOutYears: fc.integer({ min: 0, max: 5 }),
      ambulant: money(1_000_000_000),
      share: fc.integer({ min: 0, max: 100 }).map((n) => new Dec(n).div(100)),
    });

    it("keeps every sum exact from the municipalities to the district", () => {
      fc.assert(
        fc.property(district, (input) => {
          const result = computeBudget({
            municipalities: input.rows.map((r, i) => ({ ...r, name: `G${i}`, provider: "T" })),
            indicatorNames: ["a", "b"],
            weights: ds(["0.6", "0.4"]),
            boundShares: ds(["1", "1", "0.5", "0"]),
            parameters: {
              ...parameters,
              total: input.total,
              model: input.model,
              baseAmount: new Dec(0),
              year: input.year,
              phaseOutYears: input.phaseOutYears,
              ambulantBudget: input.ambulant,
              regional2Share: input.share,
            },
          });
          const { municipalities: ms, regions, totals } = result;
          expect(sum(ms.map((m) => m.amount)).eq(input.total)).toBe(true);
          for (const m of ms) expect(m.bound.plus(m.regional1).eq(m.amount)).toBe(true);
          for (const r of regions) {
            const members = ms.filter((m) => m.region === r.name);
            expect(r.bound.eq(sum(members.map((m) => m.bound)))).toBe(true);
            expect(r.regional1.eq(sum(members.map((m) => m.regional1)).plus(r.freed))).toBe(true);
            expect(r.compensation.eq(sum(members.map((m) => m.compensation)))).toBe(true);
            expect(
              r.total.eq(r.bound.plus(r.regional1).plus(r.regional2).plus(r.compensation))
            ).toBe(true);
          }
          expect(sum(regions.map((r) => r.total)).eq(totals.total)).toBe(true);
          expect(
            sum(regions.map((r) => r.key))
              .minus(1)
              .abs()
              .lte("1e-38")
          ).toBe(true);
          expect(totals.regional2.eq(roundToCent(input.ambulant.times(input.share)))).toBe(true);
          // Everything paid out: B, the compensation on top, the freed amount and R2.
          expect(
            totals.total.eq(
              input.total.plus(totals.compensation).plus(totals.freed).plus(totals.regional2)
            )
          ).toBe(true);
        }),
        { numRuns: 60 }
      );
    });
  });
});
