import fc from "fast-check";
import { computeLoadFactors, Dec, type LoadFactorOptions } from "../../src/core";
import { d, ds, expectInputError, plain, sum } from "./helpers";

const matrix = (rows: readonly (readonly string[])[]): Dec[][] => rows.map(ds);

describe("computeLoadFactors", () => {
  describe("when the inputs are valid", () => {
    it.each([
      // Simple mean m = (1 + 3)/2 = 2: LF = 1/2, 3/2.
      ["a simple mean", [["1"], ["3"]], ["1"], {}, ["0.5", "1.5"]],
      // Population-weighted mean m = (1·2 + 3·6)/(1 + 3) = 20/4 = 5: LF = 2/5, 6/5.
      [
        "a population-weighted mean",
        [["2"], ["6"]],
        ["1"],
        { population: ds(["1", "3"]) },
        ["0.4", "1.2"],
      ],
      // Weights 3:1 normalise to .75/.25; means m = (2, 2):
      // LF0 = .75·1/2 + .25·4/2 = .875, LF1 = .75·3/2 + .25·0/2 = 1.125.
      [
        "two weighted indicators",
        [
          ["1", "4"],
          ["3", "0"],
        ],
        ["3", "1"],
        {},
        ["0.875", "1.125"],
      ],
      // An indicator with weight 0 is ignored, so its zero mean is no error.
      [
        "an indicator with weight 0",
        [
          ["1", "0"],
          ["3", "0"],
        ],
        ["1", "0"],
        {},
        ["0.5", "1.5"],
      ],
      // m = 1.5: 1/1.5 and 2/1.5, correctly rounded to 40 significant digits.
      [
        "a non-terminating quotient",
        [["1"], ["2"]],
        ["1"],
        {},
        [`0.${"6".repeat(39)}7`, `1.${"3".repeat(39)}`],
      ],
      // Same as "a simple mean", then clamped.
      ["a floor", [["1"], ["3"]], ["1"], { floor: d("0.8") }, ["0.8", "1.5"]],
      ["a cap", [["1"], ["3"]], ["1"], { cap: d("1.2") }, ["0.5", "1.2"]],
      [
        "a floor and a cap",
        [["1"], ["3"]],
        ["1"],
        { floor: d("0.6"), cap: d("1.4") },
        ["0.6", "1.4"],
      ],
    ] as const)(
      "computes LF with %s",
      (_case, rows, weights, options: LoadFactorOptions, expected) => {
        expect(plain(computeLoadFactors(matrix(rows), ds(weights), options))).toEqual(expected);
      }
    );

    it("gives 1 (to 39 digits) to every municipality when all indicators are equal", () => {
      const rows = matrix([
        ["14.2", "21.5", "31"],
        ["14.2", "21.5", "31"],
        ["14.2", "21.5", "31"],
      ]);
      const population = ds(["912", "1878", "1221"]);
      const factors = computeLoadFactors(rows, ds(["0.4", "0.3", "0.3"]), { population });
      // Each coefficient w/(Σw·m) carries 40 digits, so the sum may miss 1 in the last digit.
      for (const factor of factors) expect(factor.minus(1).abs().lte("1e-39")).toBe(true);
    });

    it("normalises the weights: 0.4/0.3/0.3 and 4/3/3 give the same factors", () => {
      const rows = matrix([
        ["14.2", "21.5", "31"],
        ["7.9", "16.1", "19.6"],
        ["9.4", "17.2", "22.8"],
      ]);
      const population = ds(["912", "3390", "2215"]);
      expect(plain(computeLoadFactors(rows, ds(["0.4", "0.3", "0.3"]), { population }))).toEqual(
        plain(computeLoadFactors(rows, ds(["4", "3", "3"]), { population }))
      );
    });
  });

  describe("when the input is invalid", () => {
    it.each([
      ["no municipalities", () => computeLoadFactors([], ds(["1"])), { code: "EMPTY_INPUT" }],
      ["no weights", () => computeLoadFactors(matrix([["1"]]), []), { code: "EMPTY_INPUT" }],
      [
        "a row with too few indicators",
        () => computeLoadFactors(matrix([["1", "2"], ["3"]]), ds(["1", "1"])),
        { code: "SIZE_MISMATCH", row: 1, message: ["Zeile 2", "erwartet 2 Werte"] },
      ],
      [
        "a negative indicator",
        () => computeLoadFactors(matrix([["1"], ["-1"]]), ds(["1"])),
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
      [
        "a negative weight",
        () => computeLoadFactors(matrix([["1", "1"]]), ds(["1", "-1"])),
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
      [
        "weights summing to 0",
        () => computeLoadFactors(matrix([["1", "1"]]), ds(["0", "0"])),
        { code: "ZERO_WEIGHT_SUM" },
      ],
      [
        "an indicator whose mean is 0",
        () =>
          computeLoadFactors(
            matrix([
              ["1", "0"],
              ["2", "0"],
            ]),
            ds(["1", "1"])
          ),
        { code: "ZERO_REFERENCE", message: ["Indikator 2: Der Referenzwert (Mittelwert) ist 0"] },
      ],
      [
        "a population of another length",
        () => computeLoadFactors(matrix([["1"], ["2"]]), ds(["1"]), { population: ds(["1"]) }),
        { code: "SIZE_MISMATCH" },
      ],
      [
        "a negative population",
        () =>
          computeLoadFactors(matrix([["1"], ["2"]]), ds(["1"]), { population: ds(["1", "-1"]) }),
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
      [
        "a population of 0 everywhere",
        () => computeLoadFactors(matrix([["1"], ["2"]]), ds(["1"]), { population: ds(["0", "0"]) }),
        { code: "ZERO_REFERENCE" },
      ],
      [
        "a floor above the cap",
        () => computeLoadFactors(matrix([["1"]]), ds(["1"]), { floor: d("2"), cap: d("1") }),
        { code: "SHARE_OUT_OF_RANGE" },
      ],
      [
        "a negative floor",
        () => computeLoadFactors(matrix([["1"]]), ds(["1"]), { floor: d("-1") }),
        { code: "NEGATIVE_VALUE" },
      ],
    ] as const)("rejects %s", (_case, action, expected) => {
      expectInputError(action, expected);
    });
  });

  describe("for any district", () => {
    const value = fc.integer({ min: 0, max: 100_000 }).map((n) => new Dec(n).div(100));
    const district = fc
      .integer({ min: 1, max: 4 })
      .chain((k) =>
        fc.record({
          rows: fc.array(fc.array(value, { minLength: k, maxLength: k }), {
            minLength: 1,
            maxLength: 25,
          }),
          weights: fc.array(
            fc.integer({ min: 1, max: 10 }).map((n) => new Dec(n)),
            {
              minLength: k,
              maxLength: k,
            }
          ),
        })
      )
      .chain(({ rows, weights }) =>
        fc.record({
          rows: fc.constant(rows),
          weights: fc.constant(weights),
          population: fc.array(
            fc.integer({ min: 1, max: 50_000 }).map((n) => new Dec(n)),
            { minLength: rows.length, maxLength: rows.length }
          ),
        })
      )
      // Every indicator needs a positive mean.
      .filter(({ rows, weights }) =>
        weights.every((_, k) => rows.some((row) => !row[k]!.isZero()))
      );

    it("has a population-weighted mean of 1 (Σ P·LF = Σ P up to the 35th digit)", () => {
      fc.assert(
        fc.property(district, ({ rows, weights, population }) => {
          const factors = computeLoadFactors(rows, weights, { population });
          const weighted = sum(factors.map((lf, i) => lf.times(population[i] as Dec)));
          const people = sum(population);
          expect(weighted.minus(people).abs().lte(people.times("1e-35"))).toBe(true);
        })
      );
    });

    it("permutes the factors with the rows", () => {
      fc.assert(
        fc.property(district, ({ rows, weights, population }) => {
          const order = rows.map((_, i) => rows.length - 1 - i);
          const factors = computeLoadFactors(rows, weights, { population });
          const reversed = computeLoadFactors(
            order.map((i) => rows[i]!),
            weights,
            { population: order.map((i) => population[i]!) }
          );
          expect(plain(reversed)).toEqual(plain(order.map((i) => factors[i]!)));
        })
      );
    });

    it("does not depend on the unit of an indicator or the scale of the weights", () => {
      // Equal up to the 38th significant digit: with four indicators the exact numerators can
      // outgrow the 40 digits of Dec, and then the last digit may differ.
      fc.assert(
        fc.property(district, fc.constantFrom("10", "1000", "0.5"), (input, factor) => {
          const { rows, weights, population } = input;
          const rescaled = rows.map((row) => row.map((x, k) => (k === 0 ? x.times(factor) : x)));
          const scaledWeights = weights.map((w) => w.times(3));
          const original = computeLoadFactors(rows, weights, { population });
          computeLoadFactors(rescaled, scaledWeights, { population }).forEach((lf, i) => {
            const expected = original[i] as Dec;
            expect(lf.minus(expected).abs().lte(expected.times("1e-38"))).toBe(true);
          });
        })
      );
    });
  });
});
