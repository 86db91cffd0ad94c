import fc from "fast-check";
import { Dec } from "../../src/core";
import { byKeyThenWeight, selectFirst, settleLeftover } from "../../src/core/remainders";
import { ds, plain } from "./helpers";

describe("selectFirst", () => {
  /** Returns the first `count` rows chosen by selectFirst, sorted for comparison. */
  const chosen = (keys: readonly number[], count: number): number[] => {
    const rows = keys.map((_, row) => row);
    selectFirst(rows, count, (a, b) => keys[b]! - keys[a]! || a - b);
    return rows.slice(0, count).sort((a, b) => a - b);
  };

  it.each([
    // Keys 5, 1, 4, 2, 3: the two largest are rows 0 (5) and 2 (4).
    [[5, 1, 4, 2, 3], 2, [0, 2]],
    // All keys tie: the earliest rows win.
    [[7, 7, 7, 7], 3, [0, 1, 2]],
    // Sorted ascending and descending inputs.
    [[1, 2, 3, 4, 5, 6], 4, [2, 3, 4, 5]],
    [[6, 5, 4, 3, 2, 1], 1, [0]],
  ])("picks from keys %j the %i first rows %j", (keys, count, expected) => {
    expect(chosen(keys, count)).toEqual(expected);
  });

  it("picks the same rows as a full sort, for any keys with ties", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 400 }),
        fc.nat(),
        (keys, seed) => {
          const count = 1 + (seed % (keys.length - 1));
          const order = (a: number, b: number): number => keys[b]! - keys[a]! || a - b;
          const sorted = keys.map((_, row) => row).sort(order);
          expect(chosen(keys, count)).toEqual(sorted.slice(0, count).sort((a, b) => a - b));
        }
      )
    );
  });

  it("stays exact on an input ordered against its pivots (organ pipe of 5,000 rows)", () => {
    // Rising then falling keys defeat naive pivots; the bounded rounds fall back to sorting.
    const keys = Array.from({ length: 5_000 }, (_, row) => Math.min(row, 5_000 - row));
    const order = (a: number, b: number): number => keys[b]! - keys[a]! || a - b;
    const sorted = keys.map((_, row) => row).sort(order);
    expect(chosen(keys, 1_234)).toEqual(sorted.slice(0, 1_234).sort((a, b) => a - b));
  });
});

describe("byKeyThenWeight", () => {
  it("orders by larger key, then larger weight, then earlier row", () => {
    const order = byKeyThenWeight(ds(["0.5", "0.5", "0.7", "0.5"]), ds(["1", "2", "1", "2"]));
    expect([0, 1, 2, 3].sort(order)).toEqual([2, 1, 3, 0]);
  });
});

describe("settleLeftover", () => {
  it.each([
    // Remainders .3, .9, .6 (weights 1): two units to rows 1 and 2.
    [["1", "1", "1"], ["0.3", "0.9", "0.6"], ["1", "1", "1"], 2, ["1", "2", "2"]],
    // A row without weight never gets a unit, whatever its remainder.
    [["0", "0"], ["0.9", "0.1"], ["0", "1"], 1, ["0", "1"]],
    // More units than rows (only after 40-digit rounding): round-robin in rank order.
    [["0", "0"], ["0.1", "0.2"], ["1", "1"], 3, ["1", "2"]],
    // A negative leftover takes units back from the worst-ranked row that has one.
    [["1", "0", "1"], ["0.5", "0.9", "0.1"], ["1", "1", "1"], -1, ["1", "0", "0"]],
  ])(
    "gives units %j with remainders %j and weights %j a leftover of %i: %j",
    (units, remainders, weights, leftover, expected) => {
      const parts = ds(units);
      settleLeftover(parts, ds(remainders), ds(weights), leftover);
      expect(plain(parts)).toEqual(expected);
    }
  );

  it("adds units of another size, here cents", () => {
    const parts = ds(["0.33", "0.33", "0.33"]);
    settleLeftover(parts, ds(["0.3", "0.3", "0.3"]), ds(["1", "1", "1"]), 1, new Dec("0.01"));
    expect(plain(parts)).toEqual(["0.34", "0.33", "0.33"]);
  });
});
