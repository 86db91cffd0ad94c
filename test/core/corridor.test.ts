import fc from "fast-check";
import { CENT, Dec, distributeByModel, type ModelInput } from "../../src/core";
import { cents, d, ds, expectInputError, sum } from "./helpers";

/** KORRIDOR input with LF = 1, so the quota weights P·LF are the populations. */
function corridorInput(
  total: string,
  weights: readonly string[],
  previous: readonly string[],
  corridor?: string
): ModelInput {
  return {
    total: d(total),
    population: ds(weights),
    loadFactors: weights.map(() => d("1")),
    previous: ds(previous),
    ...(corridor === undefined ? {} : { corridor: d(corridor) }),
  };
}

describe("distributeByModel with KORRIDOR", () => {
  describe("when the total can be met inside the corridor", () => {
    it.each([
      // q = .1, .3, .6, B = 300 → t = 30, 90, 180; bounds H(1 ∓ .2) = [80, 120] each.
      // λ = 10/9: A = clamp(33.3, 80, 120) = 80 (at its floor), 90·10/9 = 100 (inside),
      // clamp(200, 80, 120) = 120 (at its cap); Σ = 300.
      ["300", ["1", "3", "6"], ["100", "100", "100"], "0.2", ["80.00", "100.00", "120.00"]],
      // Same with B = 301: 80 + 90λ + 120 = 301 → λ = 101/90, the middle one gets 101.
      ["301", ["1", "3", "6"], ["100", "100", "100"], "0.2", ["80.00", "101.00", "120.00"]],
      // q = .25, .25, .5, B = 300 → t = 75, 75, 150; bounds [90, 110]. Row 2 is capped at 110
      // (λ ≥ 11/15); 75λ + 75λ + 110 = 300 → λ = 19/15, A = 95, 95, 110.
      ["300", ["1", "1", "2"], ["100", "100", "100"], "0.1", ["95.00", "95.00", "110.00"]],
      // q = 1/8, 1/8, 1/8, 5/8, B = 400 → t = 50, 50, 50, 250; bounds [90, 110]. Row 3 is
      // capped; 3·50λ + 110 = 400 → λ = 29/15, A = 96.666…, ×3, 110. To the cent by largest
      // remainder: 9666 ×3 + 11000 = 39998 cents, two cents to the tied rows 0 and 1.
      [
        "400",
        ["1", "1", "1", "5"],
        ["100", "100", "100", "100"],
        "0.1",
        ["96.67", "96.67", "96.66", "110.00"],
      ],
      // c = 0 pins every amount to H; B = Σ H is the only feasible total.
      ["300", ["1", "1"], ["100", "200"], "0", ["100.00", "200.00"]],
      // A municipality with P·LF = 0 stays at its floor 90; the other can rise to 110.
      ["200", ["0", "1"], ["100", "100"], "0.1", ["90.00", "110.00"]],
      // Without a previous budget the bounds are [0, 0].
      ["100", ["1", "1"], ["0", "100"], "0.1", ["0.00", "100.00"]],
      ["0", ["1", "1"], ["0", "0"], "0.1", ["0.00", "0.00"]],
      // B at the very top of the range: everybody at the cap.
      ["330", ["1", "2", "3"], ["100", "100", "100"], "0.1", ["110.00", "110.00", "110.00"]],
      // B at the very bottom: everybody at the floor.
      ["270", ["1", "2", "3"], ["100", "100", "100"], "0.1", ["90.00", "90.00", "90.00"]],
    ])(
      "splits %s by P·LF %j around H = %j with c = %s into %j",
      (total, weights, previous, corridor, expected) => {
        expect(
          cents(distributeByModel("KORRIDOR", corridorInput(total, weights, previous, corridor)))
        ).toEqual(expected);
      }
    );

    it("uses c = 0.05 when no corridor is given", () => {
      // Bounds [95, 105]: row 1 (q = .75) is capped at 105, row 0 gets the rest 95 (its floor).
      expect(
        cents(distributeByModel("KORRIDOR", corridorInput("200", ["1", "3"], ["100", "100"])))
      ).toEqual(["95.00", "105.00"]);
    });
  });

  describe("when the input is invalid", () => {
    it.each([
      [
        "a total above the reachable maximum",
        corridorInput("400", ["1", "2", "3"], ["100", "100", "100"], "0.2"),
        { code: "INFEASIBLE_CORRIDOR", message: ["400,00 €", "240,00 € und 360,00 €"] },
      ],
      [
        "a total below the minimum",
        corridorInput("200", ["1", "2", "3"], ["100", "100", "100"], "0.2"),
        { code: "INFEASIBLE_CORRIDOR", message: ["240,00 € und 360,00 €"] },
      ],
      [
        // Row 0 has no weight and stays at 90, so at most 90 + 110 = 200 is reachable.
        "a total only reachable by a municipality without weight",
        corridorInput("201", ["0", "1"], ["100", "100"], "0.1"),
        { code: "INFEASIBLE_CORRIDOR", message: ["180,00 € und 200,00 €"] },
      ],
      [
        "missing previous budgets",
        { ...corridorInput("300", ["1"], ["1"]), previous: undefined },
        { code: "EMPTY_INPUT", message: ["KORRIDOR", "Vorjahr"] },
      ],
      [
        "previous budgets of another length",
        corridorInput("300", ["1", "1"], ["100"], "0.1"),
        { code: "SIZE_MISMATCH" },
      ],
      [
        "a negative previous budget",
        corridorInput("300", ["1", "1"], ["100", "-1"], "0.1"),
        { code: "NEGATIVE_VALUE", row: 1 },
      ],
      [
        "a corridor of 1",
        corridorInput("200", ["1", "1"], ["100", "100"], "1"),
        { code: "SHARE_OUT_OF_RANGE" },
      ],
      [
        "a negative corridor",
        corridorInput("200", ["1", "1"], ["100", "100"], "-0.1"),
        { code: "SHARE_OUT_OF_RANGE" },
      ],
      [
        "P·LF = 0 for all",
        corridorInput("200", ["0", "0"], ["100", "100"], "0.1"),
        { code: "ZERO_WEIGHT_SUM" },
      ],
    ] as const)("rejects %s", (_case, input: ModelInput, expected) => {
      expectInputError(() => distributeByModel("KORRIDOR", input), expected);
    });
  });

  describe("for any district and feasible total", () => {
    const district = fc
      .array(
        fc.tuple(
          fc.integer({ min: 0, max: 20_000 }),
          fc.integer({ min: 0, max: 30_000_000 }),
          fc.integer({ min: 0, max: 2_000 })
        ),
        { minLength: 1, maxLength: 30 }
      )
      .filter((rows) => rows.some(([p, , lf]) => p > 0 && lf > 0));
    const corridor = fc.constantFrom("0", "0.05", "0.1", "0.3", "0.99");

    it("meets B exactly with every amount inside its corridor ±1 cent", () => {
      fc.assert(
        fc.property(
          district,
          corridor,
          fc.double({ min: 0, max: 1, noNaN: true }),
          (rows, c, position) => {
            const population = rows.map(([p]) => new Dec(p));
            const loadFactors = rows.map(([, , lf]) => new Dec(lf).div(1000));
            const previous = rows.map(([, h]) => new Dec(h).times(CENT));
            const lower = previous.map((h) => h.times(new Dec(1).minus(c)));
            const upper = previous.map((h, i) =>
              population[i]!.times(loadFactors[i]!).isZero()
                ? lower[i]!
                : h.times(new Dec(1).plus(c))
            );
            const lowCents = sum(lower).div(CENT).ceil();
            const highCents = sum(upper).div(CENT).floor();
            fc.pre(lowCents.lte(highCents));
            const total = lowCents
              .plus(highCents.minus(lowCents).times(position.toFixed(6)).floor())
              .times(CENT);
            const amounts = distributeByModel("KORRIDOR", {
              total,
              population,
              loadFactors,
              previous,
              corridor: new Dec(c),
            });
            expect(sum(amounts).eq(total)).toBe(true);
            amounts.forEach((amount, i) => {
              expect(amount.gte(lower[i]!.minus(CENT))).toBe(true);
              expect(amount.lte(upper[i]!.plus(CENT))).toBe(true);
            });
          }
        )
      );
    });
  });
});
