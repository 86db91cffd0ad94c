import fc from "fast-check";
import {
  CENT,
  Dec,
  distributeByModel,
  FINANCING_MODELS,
  type FinancingModel,
  type ModelInput,
  parseFinancingModel,
} from "../../src/core";
import { cents, d, ds, expectInputError, sum } from "./helpers";

describe("parseFinancingModel", () => {
  it.each([
    ["BELASTUNG", "BELASTUNG"],
    [" belastung ", "BELASTUNG"],
    ["Einwohner", "EINWOHNER"],
    ["sockel", "SOCKEL"],
    ["Korri dor", "KORRIDOR"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseFinancingModel(text)).toBe(expected);
  });

  it.each([["Gießkanne"], [""], ["BELASTUNGX"]])("rejects %p, listing the four models", (text) => {
    expectInputError(() => parseFinancingModel(text), {
      code: "UNKNOWN_MODEL",
      message: [`„${text}“`, "EINWOHNER, BELASTUNG, SOCKEL, KORRIDOR"],
    });
  });
});

/** Three municipalities: P = 100, 200, 700 and LF = 2, 1, 0.5, so P·LF = 200, 200, 350. */
const three = (total: string, extra: Partial<ModelInput> = {}): ModelInput => ({
  total: d(total),
  population: ds(["100", "200", "700"]),
  loadFactors: ds(["2", "1", "0.5"]),
  ...extra,
});

describe("distributeByModel", () => {
  describe("when the model is EINWOHNER, BELASTUNG or SOCKEL", () => {
    it.each([
      // By P alone: 1000 · 100/1000, 200/1000, 700/1000.
      ["EINWOHNER", three("1000"), ["100.00", "200.00", "700.00"]],
      // 10000 cents by 1:1:1 → one cent left for row 0.
      [
        "EINWOHNER",
        { ...three("100"), population: ds(["1", "1", "1"]) },
        ["33.34", "33.33", "33.33"],
      ],
      // By P·LF = 200, 200, 350 (Σ 750): 100000 cents · 200/750 = 26666.67 (twice) and
      // · 350/750 = 46666.67; floors 26666 + 26666 + 46666 = 99998, two cents left; the
      // remainders all tie at .67, so first the larger weight (row 2), then the earlier row 0.
      ["BELASTUNG", three("1000"), ["266.67", "266.66", "466.67"]],
      // S = 100 each, rest 1000 − 3·100 = 700 by 200:200:350: 70000 cents · 200/750 = 18666.67
      // (twice), · 350/750 = 32666.67; two cents left → rows 2, 0. Then + 100 each.
      ["SOCKEL", three("1000", { baseAmount: d("100") }), ["286.67", "286.66", "426.67"]],
      // B = n·S exactly: nothing left to distribute by the quota.
      ["SOCKEL", three("300", { baseAmount: d("100") }), ["100.00", "100.00", "100.00"]],
      // Without a base amount SOCKEL is BELASTUNG.
      ["SOCKEL", three("1000"), ["266.67", "266.66", "466.67"]],
    ] as const)("distributes by %s", (model, input, expected) => {
      expect(cents(distributeByModel(model, input))).toEqual(expected);
    });
  });

  describe("when the input is invalid", () => {
    it.each([
      [
        "a total with a fraction of a cent",
        "BELASTUNG",
        three("1000.001"),
        { code: "TOTAL_NOT_MULTIPLE_OF_UNIT" },
      ],
      ["a negative total", "EINWOHNER", three("-1"), { code: "NEGATIVE_VALUE" }],
      [
        "load factors of another length",
        "BELASTUNG",
        { ...three("1000"), loadFactors: ds(["1"]) },
        { code: "SIZE_MISMATCH" },
      ],
      [
        "no municipalities",
        "BELASTUNG",
        { total: d("1"), population: [], loadFactors: [] },
        { code: "EMPTY_INPUT" },
      ],
      [
        "a negative population",
        "EINWOHNER",
        { ...three("1000"), population: ds(["1", "-1", "1"]) },
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
      [
        "P·LF = 0 for all",
        "BELASTUNG",
        { ...three("1000"), loadFactors: ds(["0", "0", "0"]) },
        { code: "ZERO_WEIGHT_SUM" },
      ],
      [
        "a population of 0 for all",
        "EINWOHNER",
        { ...three("1000"), population: ds(["0", "0", "0"]) },
        { code: "ZERO_WEIGHT_SUM" },
      ],
      [
        "a base amount larger than B/n",
        "SOCKEL",
        three("250", { baseAmount: d("100") }),
        {
          code: "INFEASIBLE_BASE_AMOUNT",
          message: ["100,00 €", "3 Gemeinden", "300,00 €", "250,00 €"],
        },
      ],
      [
        "a base amount with a fraction of a cent",
        "SOCKEL",
        three("1000", { baseAmount: d("0.005") }),
        { code: "TOTAL_NOT_MULTIPLE_OF_UNIT" },
      ],
      [
        "a negative base amount",
        "SOCKEL",
        three("1000", { baseAmount: d("-1") }),
        { code: "NEGATIVE_VALUE" },
      ],
    ] as const)("rejects %s (%s)", (_case, model: FinancingModel, input: ModelInput, expected) => {
      expectInputError(() => distributeByModel(model, input), expected);
    });
  });

  describe("for any district", () => {
    const amountCents = fc.integer({ min: 0, max: 500_000_000 });
    const row = fc.tuple(
      fc.integer({ min: 0, max: 50_000 }).map((n) => new Dec(n)),
      fc.integer({ min: 0, max: 3_000 }).map((n) => new Dec(n).div(1000))
    );
    const rows = fc
      .array(row, { minLength: 1, maxLength: 30 })
      .filter((list) => list.some(([p, lf]) => !p.times(lf).isZero()));
    const models = fc.constantFrom<FinancingModel>("EINWOHNER", "BELASTUNG", "SOCKEL");

    it("gives amounts in whole cents, none negative, that sum exactly to B (SOCKEL: each ≥ S)", () => {
      fc.assert(
        fc.property(
          models,
          amountCents,
          rows,
          fc.integer({ min: 0, max: 1000 }),
          (model, n, list, s) => {
            const total = new Dec(n).times(CENT);
            const base = Dec.min(new Dec(s), total.div(list.length).floor());
            const amounts = distributeByModel(model, {
              total,
              population: list.map(([p]) => p),
              loadFactors: list.map(([, lf]) => lf),
              baseAmount: base,
            });
            expect(sum(amounts).eq(total)).toBe(true);
            for (const amount of amounts) {
              expect(amount.div(CENT).isInteger()).toBe(true);
              expect(amount.gte(model === "SOCKEL" ? base : 0)).toBe(true);
            }
          }
        )
      );
    });

    it("returns the same amounts when the rows are reversed, reversed", () => {
      fc.assert(
        fc.property(models, amountCents, rows, (model, n, list) => {
          // Pairwise distinct weights (P for EINWOHNER, P·LF otherwise) make the tie rule
          // (earlier row) irrelevant; 1000·P + i keeps the populations apart, the
          // precondition the products. Equal weights would rightly favour the earlier row.
          const distinct = list.map(([p, lf], i): [Dec, Dec] => [
            p.times(1000).plus(i),
            lf.plus("0.001"),
          ]);
          const weights = distinct.map(([p, lf]) => (model === "EINWOHNER" ? p : p.times(lf)));
          fc.pre(new Set(weights.map(String)).size === weights.length);
          const input = (order: readonly (readonly [Dec, Dec])[]): ModelInput => ({
            total: new Dec(n).times(CENT),
            population: order.map(([p]) => p),
            loadFactors: order.map(([, lf]) => lf),
          });
          const forward = cents(distributeByModel(model, input(distinct)));
          const backward = cents(distributeByModel(model, input([...distinct].reverse())));
          expect(backward.reverse()).toEqual(forward);
        })
      );
    });

    it("is unchanged when all load factors are scaled by the same factor", () => {
      fc.assert(
        fc.property(amountCents, rows, fc.constantFrom("2", "0.5", "10"), (n, list, factor) => {
          const input = (scale: string): ModelInput => ({
            total: new Dec(n).times(CENT),
            population: list.map(([p]) => p),
            loadFactors: list.map(([, lf]) => lf.times(scale)),
          });
          expect(cents(distributeByModel("BELASTUNG", input(factor)))).toEqual(
            cents(distributeByModel("BELASTUNG", input("1")))
          );
        })
      );
    });
  });

  it("knows exactly the four models of DOMAIN.md", () => {
    expect(FINANCING_MODELS.map((model) => parseFinancingModel(model.toLowerCase()))).toEqual([
      "EINWOHNER",
      "BELASTUNG",
      "SOCKEL",
      "KORRIDOR",
    ]);
  });
});
