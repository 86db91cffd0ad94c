import fc from "fast-check";
import { CENT, Dec, parseSplitBasis, splitBoundRegional, type SplitBasis } from "../../src/core";
import { cents, d, ds, expectInputError, plain } from "./helpers";

describe("parseSplitBasis", () => {
  it.each([
    ["GEMEINDE", "GEMEINDE"],
    [" gemeinde ", "GEMEINDE"],
    ["Kreis", "KREIS"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseSplitBasis(text)).toBe(expected);
  });

  it("rejects an unknown basis, listing the valid ones", () => {
    expectInputError(() => parseSplitBasis("Land"), {
      code: "UNKNOWN_BASIS",
      message: ["„Land“", "GEMEINDE, KREIS"],
    });
  });
});

const defaultShares = ds(["1", "1", "1", "0"]);
const amounts = ds(["1000", "333.33", "100.01"]);
const usage = [ds(["60", "20", "10", "10"]), ds(["1", "1", "0", "1"]), ds(["1", "0", "0", "1"])];

describe("splitBoundRegional", () => {
  describe("when the basis is GEMEINDE", () => {
    // g = 90/100 = .9, 2/3, 1/2. bound = 1000·.9 = 900; 333.33·2/3 = 222.22; 100.01/2 = 50.005
    // → 50.01 (half-up). regional1 = A − bound.
    const result = splitBoundRegional(amounts, usage, defaultShares, "GEMEINDE");

    it("uses each municipality's own share", () => {
      expect(plain(result.boundShares)).toEqual(["0.9", `0.${"6".repeat(39)}7`, "0.5"]);
    });

    it("rounds the bound budget half-up to the cent", () => {
      expect(cents(result.bound)).toEqual(["900.00", "222.22", "50.01"]);
    });

    it("leaves the rest as regional budget 1", () => {
      expect(cents(result.regional1)).toEqual(["100.00", "111.11", "50.00"]);
    });
  });

  it("rounds a tie up even where A·g (g to 40 digits) lies just below it", () => {
    // g = 7/12 = 0.58333…3 (rounded down at the 40th digit): 1.62·g = 0.9449999…9, but the
    // exact bound 1.62·7/12 = 0.945 is a tie → 0.95; g = 1 (nothing unbound) keeps A whole.
    const tie = splitBoundRegional(
      ds(["1.62", "5.55"]),
      [ds(["7", "0", "0", "5"]), ds(["3", "2", "1", "0"])],
      defaultShares,
      "GEMEINDE"
    );
    expect(cents(tie.bound)).toEqual(["0.95", "5.55"]);
    expect(cents(tie.regional1)).toEqual(["0.67", "0.00"]);
    expect(plain(tie.boundShares)).toEqual([`0.58${"3".repeat(38)}`, "1"]);
  });

  describe("when the basis is KREIS", () => {
    // G = (90 + 2 + 1)/(100 + 3 + 2) = 93/105 = .885714…; bound = 1000·93/105 = 885.714… →
    // 885.71; 333.33·93/105 = 295.235… → 295.24; 100.01·93/105 = 88.580… → 88.58.
    const result = splitBoundRegional(amounts, usage, defaultShares, "KREIS");

    it("uses one district share for everybody", () => {
      const share = "0.8857142857142857142857142857142857142857";
      expect(plain(result.boundShares)).toEqual([share, share, share]);
    });

    it("splits each amount by the district share", () => {
      expect(cents(result.bound)).toEqual(["885.71", "295.24", "88.58"]);
      expect(cents(result.regional1)).toEqual(["114.29", "38.09", "11.43"]);
    });

    it("accepts a municipality without any usage", () => {
      const withEmptyRow = [...usage.slice(0, 2), ds(["0", "0", "0", "0"])];
      // G = (90 + 2)/(100 + 3) = 92/103; 100.01·92/103 = 89.329… → 89.33.
      const { bound } = splitBoundRegional(amounts, withEmptyRow, defaultShares, "KREIS");
      expect(bound[2]!.toFixed(2)).toBe("89.33");
    });
  });

  it("weights partly bound categories by their share", () => {
    // a = 1, .5, 0, 0: g = (50 + .5·30)/100 = .65; bound = 200·.65 = 130.
    const result = splitBoundRegional(
      [d("200")],
      [ds(["50", "30", "10", "10"])],
      ds(["1", "0.5", "0", "0"]),
      "GEMEINDE"
    );
    expect(plain(result.boundShares)).toEqual(["0.65"]);
    expect(cents(result.bound)).toEqual(["130.00"]);
    expect(cents(result.regional1)).toEqual(["70.00"]);
  });

  describe("when the input is invalid", () => {
    const split = (basis: SplitBasis, changes: { a?: Dec[]; u?: Dec[][]; s?: Dec[] }) => () =>
      splitBoundRegional(
        changes.a ?? amounts,
        changes.u ?? usage,
        changes.s ?? defaultShares,
        basis
      );
    it.each([
      [
        "three bound shares",
        split("GEMEINDE", { s: ds(["1", "1", "1"]) }),
        { code: "SIZE_MISMATCH" },
      ],
      [
        "a bound share above 1",
        split("GEMEINDE", { s: ds(["1", "1.5", "1", "0"]) }),
        { code: "SHARE_OUT_OF_RANGE", row: 1, message: ["1,5"] },
      ],
      [
        "a negative bound share",
        split("GEMEINDE", { s: ds(["1", "1", "1", "-0.1"]) }),
        { code: "SHARE_OUT_OF_RANGE", row: 3 },
      ],
      ["a missing usage row", split("GEMEINDE", { u: usage.slice(1) }), { code: "SIZE_MISMATCH" }],
      [
        "a usage row with three categories",
        split("GEMEINDE", { u: [usage[0]!, ds(["1", "1", "1"]), usage[2]!] }),
        { code: "SIZE_MISMATCH", row: 1 },
      ],
      [
        "negative usage",
        split("GEMEINDE", { u: [usage[0]!, usage[1]!, ds(["1", "-1", "0", "1"])] }),
        { code: "NEGATIVE_VALUE", row: 2 },
      ],
      [
        "a municipality without usage (GEMEINDE)",
        split("GEMEINDE", { u: [usage[0]!, ds(["0", "0", "0", "0"]), usage[2]!] }),
        { code: "ZERO_WEIGHT_SUM", row: 1, message: ["Zeile 2", "KREIS"] },
      ],
      [
        "no usage in the whole district (KREIS)",
        split("KREIS", { u: usage.map(() => ds(["0", "0", "0", "0"])) }),
        { code: "ZERO_WEIGHT_SUM" },
      ],
      [
        "a negative amount",
        split("GEMEINDE", { a: ds(["1", "-1", "1"]) }),
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
    ] as const)("rejects %s", (_case, action, expected) => {
      expectInputError(action, expected);
    });
  });

  it("always splits an amount into bound + regional1, both between 0 and the amount", () => {
    const money = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => new Dec(n).times(CENT));
    const share = fc.integer({ min: 0, max: 100 }).map((n) => new Dec(n).div(100));
    const row = fc.tuple(money, fc.array(money, { minLength: 4, maxLength: 4 }));
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 20 }),
        fc.array(share, { minLength: 4, maxLength: 4 }),
        fc.constantFrom<SplitBasis>("GEMEINDE", "KREIS"),
        (rows, shares, basis) => {
          fc.pre(rows.every(([, u]) => u.some((value) => !value.isZero())));
          const a = rows.map(([amount]) => amount);
          const result = splitBoundRegional(
            a,
            rows.map(([, u]) => u),
            shares,
            basis
          );
          a.forEach((amount, i) => {
            const bound = result.bound[i]!;
            expect(bound.plus(result.regional1[i]!).eq(amount)).toBe(true);
            expect(bound.gte(0) && bound.lte(amount)).toBe(true);
            // Half-up to the cent: at most half a cent from A·g.
            expect(bound.minus(amount.times(result.boundShares[i]!)).abs().lte("0.005")).toBe(true);
          });
        }
      )
    );
  });
});
