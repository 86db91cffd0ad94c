import { INCENTIVE } from "../../src/functions/definitions";
import { HOST_CONVENTIONS, column } from "./support";

// Three regions with budget 1000 each: one saves 200, one spends exactly, one overspends 200.
const BUDGET = column(1000, 1000, 1000);
const ACTUAL = column(800, 1000, 1200);

describe.each(HOST_CONVENTIONS)("SR.INCENTIVE in Excel $name", ({ messageOf, spill, name }) => {
  describe("when the shares vary", () => {
    it.each<[string, unknown[], unknown[][]]>([
      // ρ = 0.5: bonus 0.5·200 = 100; no malus by default.
      ["only a retained share", [0.5], column(100, 0, 0)],
      // μ = 0.25: malus −0.25·200 = −50.
      ["a malus share", [0.5, null, 0.25], column(100, 0, -50)],
      // κ = 0.05: the bonus is capped at 0.05·1000 = 50.
      ["a cap share", [0.5, 0.05, 0.25], column(50, 0, -50)],
    ])("computes bonus and malus with %s", (_case, shares, expected) => {
      expect(spill(INCENTIVE, [BUDGET, ACTUAL, ...shares])).toEqual(expected);
    });

    it.each([
      ["0", 0],
      ["an empty cell", [[null]]],
    ])("takes a cap share of %s for no cap", (_case, capShare) => {
      // A cap of 0 is never meant (retainShare 0 says "no bonus"); on the desktop an empty cap
      // cell arrives as 0 and would otherwise wipe out every bonus.
      expect(spill(INCENTIVE, [BUDGET, ACTUAL, 0.5, capShare, 0.25])).toEqual(column(100, 0, -50));
    });
  });

  describe("when budgets come in other shapes", () => {
    it("keeps a row of regions a row", () => {
      expect(
        spill(INCENTIVE, [[[1000, 1000, 1000]], [[800, 1000, 1200]], 0.5, null, 0.25])
      ).toEqual([[100, 0, -50]]);
    });

    it("takes single cells", () => {
      // 0.3·(1234.56 − 1000) = 70.368 → 70.37 half-up.
      expect(spill(INCENTIVE, [1234.56, 1000, 0.3])).toEqual([[70.37]]);
    });

    it("gives blank results for trailing blank rows", () => {
      expect(spill(INCENTIVE, [column(1000, null), column(800, null), 0.5])).toEqual(
        column(100, "")
      );
    });
  });

  describe("when the input does not fit", () => {
    it.each<[string, unknown[], string]>([
      [
        "a column against a row",
        [BUDGET, [[800, 1000, 1200]], 0.5],
        "Ausgaben (actual) hat 3 Spalten, Regionalbudget (budget) aber 1. Die Bereiche müssen gleich viele Spalten haben.",
      ],
      [
        "a retained share above 1",
        [BUDGET, ACTUAL, 1.5],
        "Anteil Einsparung (retainShare): Ein Anteil muss zwischen 0 und 1 liegen (z. B. 0,3 für 30 %).",
      ],
      [
        "a negative cap share",
        [BUDGET, ACTUAL, 0.5, -0.1],
        "Deckelanteil (capShare): Ein Anteil muss zwischen 0 und 1 liegen (z. B. 0,3 für 30 %).",
      ],
      [
        "a missing retained share",
        [BUDGET, ACTUAL, null],
        "Anteil Einsparung (retainShare): Dieses Argument fehlt.",
      ],
    ])("reports %s", (_case, args, message) => {
      expect(messageOf(INCENTIVE, args)).toBe(message);
    });

    it("refuses spending left empty in the middle on the web; the desktop reads it as 0", () => {
      const args = [BUDGET, column(800, null, 1200), 0.5];
      if (name === "web") {
        expect(messageOf(INCENTIVE, args)).toBe(
          "Ausgaben (actual), Zeile 2, Spalte 1: Die Zelle ist leer. Leere Zeilen sind nur am Ende des Bereichs erlaubt."
        );
      } else {
        // Spending 0 of 1000 saves 1000: bonus 0.5·1000 = 500.
        expect(spill(INCENTIVE, args)).toEqual(column(100, 500, 0));
      }
    });
  });
});
