import fc from "fast-check";
import { allocateLargestRemainder, CENT, Dec } from "../../src/core";
import { cents, d, ds, expectInputError, sum } from "./helpers";

describe("allocateLargestRemainder", () => {
  describe("when splitting to the cent", () => {
    it.each([
      // 10000 cents / 3 = 3333.33… each: floors 3333 ×3 = 9999, one cent left; the remainders and
      // weights tie, so the earliest row gets it.
      ["100.00", ["1", "1", "1"], ["33.34", "33.33", "33.33"]],
      // 10000·1/6 = 1666.67 (rem .67), ·2/6 = 3333.33 (rem .33), ·3/6 = 5000 (rem 0): the
      // left-over cent goes to the largest remainder, row 0.
      ["100.00", ["1", "2", "3"], ["16.67", "33.33", "50.00"]],
      // 2 cents by 1:3 = 0.5 and 1.5 cents: floors 0 and 1, remainders tie at .5, so the larger
      // weight (row 1) gets the last cent.
      ["0.02", ["1", "3"], ["0.00", "0.02"]],
      // 3 cents by 1:1:1:3 = .5, .5, .5, 1.5: floors 0,0,0,1; two cents left, all remainders .5:
      // first the larger weight (row 3), then the earliest row (row 0).
      ["0.03", ["1", "1", "1", "3"], ["0.01", "0.00", "0.00", "0.02"]],
      // A zero weight gets nothing, even when a cent is left over: 1 cent by 0:1:1 → .5, .5.
      ["0.01", ["0", "1", "1"], ["0.00", "0.01", "0.00"]],
      // Decimal weights that divide evenly: 1000 cents · 0.2, 0.3, 0.5.
      ["10.00", ["0.2", "0.3", "0.5"], ["2.00", "3.00", "5.00"]],
      ["0", ["1", "2"], ["0.00", "0.00"]],
      ["12.34", ["5"], ["12.34"]],
    ])("splits %s by %j into %j", (total, weights, expected) => {
      expect(cents(allocateLargestRemainder(d(total), ds(weights)))).toEqual(expected);
    });
  });

  describe("when another unit is given", () => {
    it.each([
      // 10 EUR in whole euros by 1:1:1: 3.33 each, floors 3, one euro to row 0.
      ["10", "1", ["1", "1", "1"], ["4.00", "3.00", "3.00"]],
      // 1.00 in units of 0.05 = 20 units / 3 = 6.67: floors 6 ×3 = 18, two units to rows 0, 1.
      ["1.00", "0.05", ["1", "1", "1"], ["0.35", "0.35", "0.30"]],
    ])("splits %s in units of %s by %j into %j", (total, unit, weights, expected) => {
      expect(cents(allocateLargestRemainder(d(total), ds(weights), d(unit)))).toEqual(expected);
    });
  });

  describe("when the input is invalid", () => {
    it.each([
      [
        "unit 0",
        () => allocateLargestRemainder(d("1"), ds(["1"]), d("0")),
        { code: "INVALID_UNIT" },
      ],
      [
        "negative unit",
        () => allocateLargestRemainder(d("1"), ds(["1"]), d("-0.01")),
        { code: "INVALID_UNIT" },
      ],
      [
        "a total with a fraction of a cent",
        () => allocateLargestRemainder(d("1.005"), ds(["1"])),
        { code: "TOTAL_NOT_MULTIPLE_OF_UNIT", message: ["1,005", "0,01"] },
      ],
      [
        "a total that is no multiple of the unit",
        () => allocateLargestRemainder(d("1"), ds(["1"]), d("0.3")),
        { code: "TOTAL_NOT_MULTIPLE_OF_UNIT" },
      ],
      [
        "a negative total",
        () => allocateLargestRemainder(d("-1"), ds(["1"])),
        { code: "NEGATIVE_VALUE" },
      ],
      [
        "a negative weight",
        () => allocateLargestRemainder(d("1"), ds(["1", "-2"])),
        { code: "NEGATIVE_VALUE", row: 1, message: ["Zeile 2"] },
      ],
      [
        "weights that are all zero",
        () => allocateLargestRemainder(d("1"), ds(["0", "0"])),
        { code: "ZERO_WEIGHT_SUM" },
      ],
      ["no weights", () => allocateLargestRemainder(d("1"), []), { code: "EMPTY_INPUT" }],
    ] as const)("rejects %s", (_case, action, expected) => {
      expectInputError(action, expected);
    });
  });

  describe("for any total and weights", () => {
    const totalCents = fc.integer({ min: 0, max: 1_000_000_000 });
    const weight = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Dec(n).div(1000));
    // Quotients by 7 have 40 significant digits, like the P·LF weights of the pipeline.
    const longWeight = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Dec(n).div(7));
    const weightList = fc
      .array(fc.oneof(weight, longWeight), { minLength: 1, maxLength: 40 })
      .filter((weights) => weights.some((w) => !w.isZero()));
    const toTotal = (n: number): Dec => new Dec(n).times(CENT);

    it("returns parts that sum exactly to the total, none negative, all whole cents", () => {
      fc.assert(
        fc.property(totalCents, weightList, (n, weights) => {
          const parts = allocateLargestRemainder(toTotal(n), weights);
          expect(sum(parts).eq(toTotal(n))).toBe(true);
          for (const part of parts) {
            expect(part.isNegative() && !part.isZero()).toBe(false);
            expect(part.div(CENT).isInteger()).toBe(true);
          }
        })
      );
    });

    it("keeps every part within one cent of its exact share", () => {
      fc.assert(
        fc.property(totalCents, weightList, (n, weights) => {
          const total = toTotal(n);
          const weightSum = sum(weights);
          allocateLargestRemainder(total, weights).forEach((part, i) => {
            const exact = total.times(weights[i] as Dec).div(weightSum);
            expect(part.minus(exact).abs().lt(CENT)).toBe(true);
          });
        })
      );
    });

    it("gives equal weights amounts that differ by at most one cent", () => {
      fc.assert(
        fc.property(totalCents, fc.integer({ min: 1, max: 50 }), (n, count) => {
          const parts = allocateLargestRemainder(toTotal(n), ds(Array(count).fill("7")));
          const sorted = [...parts].sort((a, b) => a.cmp(b));
          const spread = (sorted[sorted.length - 1] as Dec).minus(sorted[0] as Dec);
          expect(spread.lte(CENT)).toBe(true);
        })
      );
    });

    it("permutes the results with the rows (rows of equal weight are interchangeable)", () => {
      const rows = fc.array(fc.tuple(weight, fc.double({ noNaN: true })), {
        minLength: 1,
        maxLength: 30,
      });
      fc.assert(
        fc.property(totalCents, rows, (n, pairs) => {
          const weights = pairs.map(([w]) => w);
          fc.pre(weights.some((w) => !w.isZero()));
          const order = pairs.map((_, i) => i).sort((a, b) => pairs[a]![1] - pairs[b]![1]);
          const original = allocateLargestRemainder(toTotal(n), weights);
          const permuted = allocateLargestRemainder(
            toTotal(n),
            order.map((i) => weights[i] as Dec)
          );
          const pairsOf = (ws: readonly Dec[], parts: readonly Dec[]): string[] =>
            ws.map((w, i) => `${w.toFixed()}:${(parts[i] as Dec).toFixed(2)}`).sort();
          expect(
            pairsOf(
              order.map((i) => weights[i] as Dec),
              permuted
            )
          ).toEqual(pairsOf(weights, original));
        })
      );
    });

    it("ignores a common scale of the weights", () => {
      fc.assert(
        fc.property(
          totalCents,
          weightList,
          fc.constantFrom("0.001", "0.5", "3", "7", "1000"),
          (n, weights, factor) => {
            const scaled = weights.map((w) => w.times(factor));
            expect(cents(allocateLargestRemainder(toTotal(n), scaled))).toEqual(
              cents(allocateLargestRemainder(toTotal(n), weights))
            );
          }
        )
      );
    });
  });
});
