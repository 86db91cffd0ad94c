import fc from "fast-check";
import { CENT, computeCompensation, computeFreedAmount, Dec } from "../../src/core";
import { cents, d, ds, expectInputError, sum } from "./helpers";

// Row 0 loses 100 (H 1000 → A 900), row 1 wins (500 → 600), row 2 loses one cent.
const previous = ds(["1000", "500", "300"]);
const amounts = ds(["900", "600", "299.99"]);

describe("computeCompensation", () => {
  describe("when N = 4 years phase the compensation out", () => {
    it.each([
      // comp = loss · (4 − t)/4: row 0: 100, 75, 50, 25, 0, 0; row 1 never; row 2: 0.01·(4 − t)/4
      // = .01, .0075 → .01, .005 → .01 (half-up), .0025 → .00, then 0.
      [0, ["100.00", "0.00", "0.01"]],
      [1, ["75.00", "0.00", "0.01"]],
      [2, ["50.00", "0.00", "0.01"]],
      [3, ["25.00", "0.00", "0.00"]],
      [4, ["0.00", "0.00", "0.00"]],
      [5, ["0.00", "0.00", "0.00"]],
    ])("pays in year index %i: %j", (yearIndex, expected) => {
      expect(cents(computeCompensation(previous, amounts, 4, yearIndex))).toEqual(expected);
    });
  });

  describe("when (N − t)/N has no finite decimal expansion", () => {
    it.each([
      // 10 · 2/3 = 6.666… → 6.67; 10 · 1/3 = 3.333… → 3.33.
      ["10", 3, 1, "6.67"],
      ["10", 3, 2, "3.33"],
      // 0.03 · 5/6 = 0.025 exactly: half-up gives 0.03 (multiplying by a rounded 5/6 would not).
      ["0.03", 6, 1, "0.03"],
    ])("rounds a loss of %s with N = %i, t = %i to %s", (loss, years, yearIndex, expected) => {
      expect(cents(computeCompensation([d(loss)], [d("0")], years, yearIndex))).toEqual([expected]);
    });
  });

  describe("when (N − t)/N is a finite decimal", () => {
    it.each([
      // 0.07 · 7/8 = 0.06125 → 0.06; 0.04 · 7/8 = 0.035, a tie → 0.04 (half-up).
      ["0.07", 8, 1, "0.06"],
      ["0.04", 8, 1, "0.04"],
      // 0.05 · 4/5 = 0.04 exactly; 0.05 · 3/5 = 0.03; 0.01 · 1/2 = 0.005 → 0.01.
      ["0.05", 5, 1, "0.04"],
      ["0.05", 5, 2, "0.03"],
      ["0.01", 2, 1, "0.01"],
      // 1234.56 · 3/4 = 925.92.
      ["1234.56", 4, 1, "925.92"],
    ])("rounds a loss of %s with N = %i, t = %i to %s", (loss, years, yearIndex, expected) => {
      expect(cents(computeCompensation([d(loss)], [d("0")], years, yearIndex))).toEqual([expected]);
    });
  });

  it("pays (H − A)·(N − t)/N rounded half-up, for terminating and repeating (N − t)/N", () => {
    const money = fc.integer({ min: 1, max: 100_000_000 }).map((n) => new Dec(n).times(CENT));
    fc.assert(
      fc.property(money, fc.integer({ min: 1, max: 40 }), fc.nat(), (loss, years, t) => {
        const yearIndex = 1 + (t % years);
        // 2-decimal losses never make a repeating quotient land on a half cent.
        const exact = loss
          .times(years - yearIndex)
          .div(years)
          .toDecimalPlaces(2, Dec.ROUND_HALF_UP);
        const [paid] = computeCompensation([loss], [new Dec(0)], years, yearIndex);
        expect(paid!.toFixed(2)).toBe(exact.toFixed(2));
      })
    );
  });

  it("pays nothing when N = 0", () => {
    expect(cents(computeCompensation(previous, amounts, 0, 0))).toEqual(["0.00", "0.00", "0.00"]);
  });

  describe("when the input is invalid", () => {
    it.each([
      [
        "negative years",
        () => computeCompensation(previous, amounts, -1, 0),
        { code: "INVALID_YEARS" },
      ],
      [
        "fractional years",
        () => computeCompensation(previous, amounts, 1.5, 0),
        { code: "INVALID_YEARS" },
      ],
      [
        "NaN years",
        () => computeCompensation(previous, amounts, Number.NaN, 0),
        { code: "INVALID_YEARS" },
      ],
      [
        "a year before the new quota",
        () => computeCompensation(previous, amounts, 4, -1),
        { code: "INVALID_YEARS", message: ["Jahresindex"] },
      ],
      [
        "a fractional year index",
        () => computeCompensation(previous, amounts, 4, 0.5),
        { code: "INVALID_YEARS" },
      ],
      [
        "amounts of another length",
        () => computeCompensation(previous, amounts.slice(1), 4, 0),
        { code: "SIZE_MISMATCH" },
      ],
      [
        "a negative previous budget",
        () => computeCompensation(ds(["1", "-1"]), ds(["1", "1"]), 4, 0),
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
      [
        "a negative amount",
        () => computeCompensation(ds(["1", "1"]), ds(["-1", "1"]), 4, 0),
        { code: "NEGATIVE_VALUE", row: 0 },
      ],
    ] as const)("rejects %s", (_case, action, expected) => {
      expectInputError(action, expected);
    });
  });
});

describe("computeFreedAmount", () => {
  it.each([
    // Σ comp(0) = 100.01; F(t) = 100.01 − Σ comp(t) with Σ comp(t) = 100.01, 75.01, 50.01,
    // 25.00, 0, 0 (see computeCompensation above).
    [0, "0.00"],
    [1, "25.00"],
    [2, "50.00"],
    [3, "75.01"],
    [4, "100.01"],
    [5, "100.01"],
  ])("frees in year index %i: %s", (yearIndex, expected) => {
    expect(computeFreedAmount(previous, amounts, 4, yearIndex).toFixed(2)).toBe(expected);
  });

  it("frees nothing when N = 0", () => {
    expect(computeFreedAmount(previous, amounts, 0, 3).toFixed(2)).toBe("0.00");
  });

  it("rejects a year before the new quota", () => {
    expectInputError(() => computeFreedAmount(previous, amounts, 4, -1), { code: "INVALID_YEARS" });
  });
});

describe("compensation over the years", () => {
  const money = fc.integer({ min: 0, max: 100_000_000 }).map((n) => new Dec(n).times(CENT));
  const rows = fc.array(fc.tuple(money, money), { minLength: 1, maxLength: 20 });

  it("shrinks year by year from the full loss to 0, and the freed amount grows accordingly", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 1, max: 8 }), (list, years) => {
        const h = list.map(([value]) => value);
        const a = list.map(([, value]) => value);
        let before = computeCompensation(h, a, years, 0);
        before.forEach((comp, i) => expect(comp.eq(Dec.max(0, h[i]!.minus(a[i]!)))).toBe(true));
        let freedBefore = new Dec(0);
        for (let t = 1; t <= years + 1; t++) {
          const now = computeCompensation(h, a, years, t);
          now.forEach((comp, i) => {
            expect(comp.gte(0) && comp.lte(before[i]!)).toBe(true);
            if (t >= years) expect(comp.isZero()).toBe(true);
          });
          const freed = computeFreedAmount(h, a, years, t);
          expect(freed.eq(sum(computeCompensation(h, a, years, 0)).minus(sum(now)))).toBe(true);
          expect(freed.gte(freedBefore)).toBe(true);
          before = now;
          freedBefore = freed;
        }
      })
    );
  });
});
