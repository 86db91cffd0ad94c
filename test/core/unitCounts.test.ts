import fc from "fast-check";
import { Dec } from "../../src/core";
import { allocateUnits, allocateUnitsExactly } from "../../src/core/unitCounts";
import { ds, sum } from "./helpers";

/** The whole counts as plain strings. */
const counts = (units: readonly Dec[]): string[] => units.map((unit) => unit.toFixed());

describe("allocateUnits", () => {
  describe("when the counts are worked by hand", () => {
    it.each([
      // 10 units by 1:1:1 → 3.33 each; the unit left goes to the earliest of the tied rows.
      ["10", ["1", "1", "1"], ["4", "3", "3"]],
      // 3 units by 1:1:1:3 → .5, .5, .5, 1.5; two left: the larger weight, then the earliest row.
      ["3", ["1", "1", "1", "3"], ["1", "0", "0", "2"]],
      // Exact quotients 100, 200, 300 (fraction 0, within the margin): split by numerators.
      ["600", ["1", "2", "3"], ["100", "200", "300"]],
      // 7 by 1:2:4: 1, 2, 4 exactly; nothing left over.
      ["7", ["1", "2", "4"], ["1", "2", "4"]],
      // 2 by 0:1:1:0 → 1, 1; zero weights get nothing.
      ["2", ["0", "1", "1", "0"], ["0", "1", "1", "0"]],
      // 0 units: everybody 0.
      ["0", ["1", "2"], ["0", "0"]],
      // 5 by 2:2:2:1 → 10/7 ×3 (.428…) and 5/7 (.714…): floors 1,1,1,0 → 2 left: row 3 (.714)
      // first, then the earliest of the three tied rows.
      ["5", ["2", "2", "2", "1"], ["2", "1", "1", "1"]],
    ])("splits %s units by %j into %j", (total, weights, expected) => {
      const ws = ds(weights);
      expect(counts(allocateUnits(new Dec(total), ws, sum(ws)))).toEqual(expected);
    });
  });

  describe("when a quotient rounds onto a whole number it does not reach", () => {
    it("splits 20 units by 1/3 : 1/3 : 2 into 3, 2, 15", () => {
      // v = 0.333…3 (40 digits), Σv = 2.666…667 (rounded up), T/Σv = 7.499…9. Row 2's
      // q = 2·7.499…9 = 14.999…98 rounds to 15, fraction 0: its numerator 20·2 − 15·Σv = −5e-39
      // says floor 14, remainder just under Σv. Rows 0 and 1: q = 2.499…9, floor 2. Floors
      // 2 + 2 + 14 = 18, two units left: row 2 (remainder ≈ 1) and, of the tied rows 0 and 1
      // (equal numerators and weights), the earlier one.
      const third = new Dec(1).div(3);
      const ws = [third, third, new Dec(2)];
      expect(counts(allocateUnits(new Dec(20), ws, sum(ws)))).toEqual(["3", "2", "15"]);
    });
  });

  describe("when the total is beyond a float's 16 digits", () => {
    it("splits 1e20 + 1 units by 1:1 with the odd unit to the earlier row", () => {
      const total = new Dec("1e20").plus(1);
      expect(counts(allocateUnits(total, ds(["1", "1"]), new Dec(2)))).toEqual([
        "50000000000000000001",
        "50000000000000000000",
      ]);
    });

    it("splits 2^53 + 1 units by 1:2 as 3002399751580331 and 6004799503160662", () => {
      // 2^53 + 1 = 9007199254740993 = 3·3002399751580331: both quotients are whole (fraction 0,
      // confirmed by numerators), nothing is left over.
      const total = new Dec(2).pow(53).plus(1);
      expect(counts(allocateUnits(total, ds(["1", "2"]), new Dec(3)))).toEqual([
        "3002399751580331",
        "6004799503160662",
      ]);
    });
  });

  describe("when weights differ only beyond a float's 16 digits", () => {
    it("gives the unit to the weight larger by 1e-25", () => {
      // 1 unit by 1 : 1 + 1e-25: the second quotient is larger, so its remainder is larger.
      const ws = [new Dec(1), new Dec(1).plus("1e-25")];
      expect(counts(allocateUnits(new Dec(1), ws, sum(ws)))).toEqual(["0", "1"]);
    });
  });

  describe("when the weight sum was rounded below the true sum", () => {
    it("still hands out exactly the total, as the reference does", () => {
      // Σv given as 2 for 1:1:1 (as if rounded): quotients 1, 1, 1 exceed T = 2 by one unit;
      // the reference takes it back from the last-ranked row.
      const ws = ds(["1", "1", "1"]);
      const units = allocateUnits(new Dec(2), ws, new Dec(2));
      expect(counts(units)).toEqual(counts(allocateUnitsExactly(new Dec(2), ws, new Dec(2))));
      expect(sum(units).toFixed()).toBe("2");
    });
  });

  describe("for any total and weights, including many ties and near-ties", () => {
    // Few distinct weights make ties; quotients by 7 and 9 make 40-digit weights; offsets of
    // 1e-25 make weights whose first 16 digits agree; up to 300 rows make the band wide.
    const weight = fc.oneof(
      fc.constantFrom("0", "1", "2", "3", "0.5").map((w) => new Dec(w)),
      fc.integer({ min: 0, max: 1_000 }).map((n) => new Dec(n).div(7)),
      fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => new Dec(n).div(9)),
      fc.integer({ min: 1, max: 100 }).map((n) => new Dec(n).times("1e-30")),
      fc
        .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 5 }))
        .map(([base, offset]) => new Dec(base).plus(new Dec(offset).times("1e-25")))
    );
    const weights = fc
      .array(weight, { minLength: 1, maxLength: 300 })
      .filter((list) => list.some((w) => !w.isZero()));
    const total = fc.oneof(
      fc.integer({ min: 0, max: 1_000 }).map((n) => new Dec(n)),
      fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => new Dec(n)),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map((n) => new Dec(n.toString())),
      fc.constantFrom("9007199254740992", "9007199254740994").map((n) => new Dec(n))
    );

    it("gives the same counts as the reference, which forms every remainder numerator", () => {
      fc.assert(
        fc.property(total, weights, (units, list) => {
          const weightSum = sum(list);
          expect(counts(allocateUnits(units, list, weightSum))).toEqual(
            counts(allocateUnitsExactly(units, list, weightSum))
          );
        }),
        { numRuns: 300 }
      );
    });

    it("gives the same parts in cents as the reference's counts times 0.01", () => {
      fc.assert(
        fc.property(total, weights, (units, list) => {
          const weightSum = sum(list);
          const inCents = allocateUnits(units.times("0.01"), list, weightSum, 2);
          const reference = allocateUnitsExactly(units, list, weightSum);
          expect(counts(inCents)).toEqual(counts(reference.map((count) => count.times("0.01"))));
        }),
        { numRuns: 200 }
      );
    });

    it("hands out exactly the total, a zero weight getting 0", () => {
      fc.assert(
        fc.property(total, weights, (units, list) => {
          const result = allocateUnits(units, list, sum(list));
          expect(sum(result).eq(units)).toBe(true);
          result.forEach((count, row) => {
            expect(count.isInteger() && !count.isNegative()).toBe(true);
            if (list[row]!.isZero()) expect(count.isZero()).toBe(true);
          });
        }),
        { numRuns: 200 }
      );
    });
  });
});
