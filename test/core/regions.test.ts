import fc from "fast-check";
import { allocateRegionalBudget2, CENT, computeRegionKey, Dec, roundToCent } from "../../src/core";
import { cents, d, ds, expectInputError, plain, sum } from "./helpers";

describe("computeRegionKey", () => {
  it("lists the regions in order of first appearance with their share of Σ P·LF", () => {
    // P·LF = 1, 2, 3, 2: R1 = 1 + 3 = 4, R2 = 2, R3 = 2; Σ = 8.
    const { regions, key } = computeRegionKey(
      ["R1", "R2", "R1", "R3"],
      ds(["1", "2", "3", "4"]),
      ds(["1", "1", "1", "0.5"])
    );
    expect(regions).toEqual(["R1", "R2", "R3"]);
    expect(plain(key)).toEqual(["0.5", "0.25", "0.25"]);
  });

  it("divides exactly, without forcing the last share to make up the sum", () => {
    const { key } = computeRegionKey(["A", "B", "C"], ds(["1", "1", "1"]), ds(["1", "1", "1"]));
    const third = `0.${"3".repeat(40)}`;
    expect(plain(key)).toEqual([third, third, third]);
    expect(sum(key).minus(1).abs().lte("1e-39")).toBe(true);
  });

  it("gives a region whose municipalities have P·LF = 0 the key 0", () => {
    const { key } = computeRegionKey(["A", "B"], ds(["0", "5"]), ds(["1", "1"]));
    expect(plain(key)).toEqual(["0", "1"]);
  });

  it.each([
    [
      "region names of another length",
      () => computeRegionKey(["A"], ds(["1", "2"]), ds(["1", "1"])),
      { code: "SIZE_MISMATCH" },
    ],
    [
      "P·LF = 0 for all",
      () => computeRegionKey(["A", "B"], ds(["0", "0"]), ds(["1", "1"])),
      { code: "ZERO_WEIGHT_SUM" },
    ],
    ["no municipalities", () => computeRegionKey([], [], []), { code: "EMPTY_INPUT" }],
  ] as const)("rejects %s", (_case, action, expected) => {
    expectInputError(action, expected);
  });
});

describe("allocateRegionalBudget2", () => {
  it.each([
    // R2 = 6 500 000 · 0.1 = 650 000, split .5 : .25 : .25.
    ["6500000", "0.1", ["0.5", "0.25", "0.25"], ["325000.00", "162500.00", "162500.00"]],
    // R2 = 1000.01 · 0.5 = 500.005 → 500.01 (half-up); 50001 cents / 3 = 16667 each.
    ["1000.01", "0.5", ["1", "1", "1"], ["166.67", "166.67", "166.67"]],
    // R2 = 10: 1000 cents · 1/3 = 333.33, · 2/3 = 666.67; one cent to the larger remainder.
    ["100", "0.1", ["1", "2"], ["3.33", "6.67"]],
    ["100", "0", ["1", "2"], ["0.00", "0.00"]],
  ])("gives %s · %s by key %j as %j", (ambulant, share, key, expected) => {
    expect(cents(allocateRegionalBudget2(d(ambulant), d(share), ds(key)))).toEqual(expected);
  });

  it.each([
    [
      "a share above 1",
      () => allocateRegionalBudget2(d("1"), d("1.1"), ds(["1"])),
      { code: "SHARE_OUT_OF_RANGE" },
    ],
    [
      "a negative budget",
      () => allocateRegionalBudget2(d("-1"), d("0.1"), ds(["1"])),
      { code: "NEGATIVE_VALUE" },
    ],
    [
      "a key of zeros",
      () => allocateRegionalBudget2(d("100"), d("0.1"), ds(["0", "0"])),
      { code: "ZERO_WEIGHT_SUM" },
    ],
    [
      "a negative key",
      () => allocateRegionalBudget2(d("100"), d("0.1"), ds(["1", "-1"])),
      { code: "NEGATIVE_VALUE", row: 1 },
    ],
    [
      "an empty key",
      () => allocateRegionalBudget2(d("100"), d("0.1"), []),
      { code: "EMPTY_INPUT" },
    ],
  ] as const)("rejects %s", (_case, action, expected) => {
    expectInputError(action, expected);
  });

  it("always hands out exactly H2·p rounded to the cent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 12 }),
        (ambulantCents, permille, key) => {
          const ambulant = new Dec(ambulantCents).times(CENT);
          const share = new Dec(permille).div(1000);
          const parts = allocateRegionalBudget2(
            ambulant,
            share,
            key.map((k) => new Dec(k))
          );
          expect(sum(parts).eq(roundToCent(ambulant.times(share)))).toBe(true);
        }
      )
    );
  });
});
