import fc from "fast-check";
import { computeQuotas, Dec, roundSharesToSum } from "../../src/core";
import { d, ds, expectInputError, plain, sum } from "./helpers";

describe("computeQuotas", () => {
  describe("when the inputs are valid", () => {
    it.each([
      // P·LF = 1, 1, 2; Σ = 4.
      [
        ["1", "1", "2"],
        ["1", "1", "1"],
        ["0.25", "0.25", "0.5"],
      ],
      // P·LF = 150, 150: a burdened small and an unburdened large municipality share equally.
      [
        ["100", "200"],
        ["1.5", "0.75"],
        ["0.5", "0.5"],
      ],
      // P·LF = 0, 5: a municipality with P·LF = 0 gets quota 0.
      [
        ["0", "5"],
        ["1.2", "0.8"],
        ["0", "1"],
      ],
    ])("computes q for P = %j, LF = %j", (population, loadFactors, expected) => {
      expect(plain(computeQuotas(ds(population), ds(loadFactors)))).toEqual(expected);
    });

    it("matches an independent 60-digit computation to 38 significant digits", () => {
      // P·LF = 912·1.25 = 1140, 1878·0.5 = 939, 1221·1.7 = 2075.7; Σ = 4154.7. The quotients
      // below are Python decimal (60 digits) rounded to 38 digits; the engine multiplies by 1/Σ,
      // which keeps 39 digits.
      const quotas = computeQuotas(ds(["912", "1878", "1221"]), ds(["1.25", "0.5", "1.7"]));
      expect(plain(quotas.map((q) => q.toSignificantDigits(38)))).toEqual([
        "0.27438804245793920138638168820853491227",
        "0.22600909812982886851036175897176691458",
        "0.49960285941223193010325655281969817315",
      ]);
    });
  });

  describe("when the input is invalid", () => {
    it.each([
      ["no municipalities", () => computeQuotas([], []), { code: "EMPTY_INPUT" }],
      [
        "load factors of another length",
        () => computeQuotas(ds(["1", "2"]), ds(["1"])),
        { code: "SIZE_MISMATCH" },
      ],
      [
        "a negative population",
        () => computeQuotas(ds(["1", "-2"]), ds(["1", "1"])),
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
      [
        "a negative load factor",
        () => computeQuotas(ds(["1", "2"]), ds(["-1", "1"])),
        { code: "NEGATIVE_VALUE", row: 0 },
      ],
      [
        "P·LF = 0 for all",
        () => computeQuotas(ds(["0", "2"]), ds(["1", "0"])),
        { code: "ZERO_WEIGHT_SUM", message: ["Quote"] },
      ],
    ] as const)("rejects %s", (_case, action, expected) => {
      expectInputError(action, expected);
    });
  });

  it("gives quotas that sum to 1 up to the 38th digit and match P·LF/Σ P·LF", () => {
    const value = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Dec(n).div(1000));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 30 }), (rows) => {
        const population = rows.map(([p]) => p);
        const loadFactors = rows.map(([, lf]) => lf);
        const weights = rows.map(([p, lf]) => p.times(lf));
        fc.pre(weights.some((w) => !w.isZero()));
        const quotas = computeQuotas(population, loadFactors);
        expect(sum(quotas).minus(1).abs().lte("1e-38")).toBe(true);
        quotas.forEach((q, i) => {
          const exact = (weights[i] as Dec).div(sum(weights));
          expect(q.minus(exact).abs().lte("1e-39")).toBe(true);
        });
      })
    );
  });
});

describe("roundSharesToSum", () => {
  describe("when the shares are valid", () => {
    it.each([
      // .333… ×3: floors .33 ×3 = .99, one unit left; all remainders and shares tie → row 0.
      [["1/3", "1/3", "1/3"], 2, ["0.34", "0.33", "0.33"]],
      // Floors .12, .37, .50 = .99; remainders .005, .005, 0 tie → the larger share (row 1).
      [["0.125", "0.375", "0.5"], 2, ["0.12", "0.38", "0.5"]],
      [["0.2", "0.3", "0.5"], 1, ["0.2", "0.3", "0.5"]],
      // Σ = .228 rounds to .23: floors .11 + .11 = .22, one unit to the earlier of two ties.
      [["0.114", "0.114"], 2, ["0.12", "0.11"]],
      // No decimals: floors 0, 0; Σ = 1; the unit goes to the larger remainder .6.
      [["0.6", "0.4"], 0, ["1", "0"]],
      [["0", "1"], 4, ["0", "1"]],
    ])("rounds %j to %i decimals as %j", (shares, digits, expected) => {
      const values = shares.map((share) => (share === "1/3" ? new Dec(1).div(3) : new Dec(share)));
      expect(plain(roundSharesToSum(values, digits))).toEqual(expected);
    });
  });

  describe("when the input is invalid", () => {
    it.each([
      ["negative digits", () => roundSharesToSum(ds(["1"]), -1), { code: "INVALID_UNIT" }],
      ["fractional digits", () => roundSharesToSum(ds(["1"]), 1.5), { code: "INVALID_UNIT" }],
      ["too many digits", () => roundSharesToSum(ds(["1"]), 31), { code: "INVALID_UNIT" }],
      [
        "a negative share",
        () => roundSharesToSum(ds(["0.5", "-0.5"]), 2),
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
      ["no shares", () => roundSharesToSum([], 2), { code: "EMPTY_INPUT" }],
    ] as const)("rejects %s", (_case, action, expected) => {
      expectInputError(action, expected);
    });
  });

  it("rounds quotas so they sum to exactly 1, each within one unit of its share", () => {
    const weight = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Dec(n));
    fc.assert(
      fc.property(
        fc.array(weight, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 8 }),
        (weights, digits) => {
          fc.pre(weights.some((w) => !w.isZero()));
          const quotas = computeQuotas(
            weights,
            weights.map(() => new Dec(1))
          );
          const rounded = roundSharesToSum(quotas, digits);
          expect(sum(rounded).toFixed()).toBe("1");
          const unit = new Dec(10).pow(-digits);
          rounded.forEach((share, i) => {
            expect(
              share
                .minus(quotas[i] as Dec)
                .abs()
                .lt(unit)
            ).toBe(true);
            expect(share.isNegative()).toBe(false);
          });
        }
      )
    );
  });
});

describe("computeQuotas and roundSharesToSum together", () => {
  it("turn 1:1:1 into the displayed quotas 0.3334, 0.3333, 0.3333", () => {
    expect(
      plain(roundSharesToSum(computeQuotas(ds(["5", "5", "5"]), ds(["1", "1", "1"])), 4))
    ).toEqual(["0.3334", "0.3333", "0.3333"]);
  });

  it("keeps a single municipality at 1", () => {
    expect(plain(roundSharesToSum(computeQuotas([d("7")], [d("0.3")]), 4))).toEqual(["1"]);
  });
});
