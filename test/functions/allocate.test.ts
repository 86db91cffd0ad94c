import fc from "fast-check";
import { Dec } from "../../src/core";
import { ALLOCATE } from "../../src/functions/definitions";
import { HOST_CONVENTIONS, column } from "./support";

describe.each(HOST_CONVENTIONS)("SR.ALLOCATE in Excel $name", ({ messageOf, spill, name }) => {
  describe("when the default unit of one cent applies", () => {
    it.each([
      // 100 / 3 = 33.33|33…: 99.99 by floors, the last cent to the earliest equal remainder.
      [100, column(1, 1, 1), column(33.34, 33.33, 33.33)],
      // 0.05 / 2: 0.02 each, the leftover cent to the earlier row (equal weights).
      [0.05, column(1, 1), column(0.03, 0.02)],
      // 1000 by (3, 1): 750 and 250 exactly.
      [1000, column(3, 1), column(750, 250)],
      // A weight of 0 gets nothing.
      [10, column(0, 1), column(0, 10)],
    ])("splits %p exactly by the weights", (total, weights, expected) => {
      expect(spill(ALLOCATE, [total, weights])).toEqual(expected);
    });

    it("reads a SUMME() total with binary noise as the value Excel shows", () => {
      // 0.1 + 0.2 = 0.30000000000000004 as a double; as 0.3 it splits 1:2 into 0.10 and 0.20.
      expect(spill(ALLOCATE, [0.1 + 0.2, column(1, 2)])).toEqual(column(0.1, 0.2));
    });

    it("keeps the parts summing to exactly the total", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10_000_000 }),
          fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
          (cents, weights) => {
            fc.pre(weights.some((w) => w > 0));
            const total = new Dec(cents).div(100);
            // A trailing weight of 0 is no data row: its (zero) part spills as "".
            const parts = spill(ALLOCATE, [total.toNumber(), column(...weights)]).map(
              ([v]) => new Dec(v === "" ? 0 : String(v))
            );
            expect(parts.reduce((sum, part) => sum.plus(part), new Dec(0)).toString()).toBe(
              total.toString()
            );
          }
        )
      );
    });
  });

  describe("when a unit is given", () => {
    it("allocates whole units", () => {
      // 10 by (1, 2) in whole euros: 3.33 → 3, 6.67 → 6; the euro left goes to row 2 (remainder 0.67).
      expect(spill(ALLOCATE, [10, column(1, 2), 1])).toEqual(column(3, 7));
    });

    it.each([
      ["0", 0],
      ["an empty cell", [[null]]],
    ])("takes a unit of %s for the default cent", (_case, unit) => {
      expect(spill(ALLOCATE, [100, column(1, 2), unit])).toEqual(column(33.33, 66.67));
    });
  });

  describe("when a whole table column is selected", () => {
    it("gives blank results for the trailing blank rows", () => {
      expect(spill(ALLOCATE, [100, column(1, 3, "", null)])).toEqual(column(25, 75, "", ""));
    });

    it("gives blank results for trailing weights of 0, as for empty cells on the desktop", () => {
      expect(spill(ALLOCATE, [100, column(1, 3, 0, 0)])).toEqual(column(25, 75, "", ""));
    });
  });

  describe("when one weight inside the data is empty", () => {
    it("is refused on the web and counts as a weight of 0 on the desktop", () => {
      const args = [100, column(1, null, 3)];
      if (name === "web") {
        expect(messageOf(ALLOCATE, args)).toBe(
          "Gewichte (weights), Zeile 2: Die Zelle ist leer. Leere Zeilen sind nur am Ende des Bereichs erlaubt."
        );
      } else {
        expect(spill(ALLOCATE, args)).toEqual(column(25, 0, 75));
      }
    });
  });

  describe("when the input cannot be allocated", () => {
    it.each<[string, unknown[], string]>([
      ["a negative total", [-1, column(1)], "Betrag (total): Der Wert darf nicht negativ sein."],
      ["a missing total", [null, column(1)], "Betrag (total): Dieses Argument fehlt."],
      [
        "weights that are all 0",
        [100, column(0, 0)],
        "Gewichte (weights): Der Bereich enthält keine Werte (nur leere Zellen oder Nullen).",
      ],
      [
        "a negative weight",
        [100, column(1, -1)],
        "Gewichte (weights), Zeile 2: Der Wert darf nicht negativ sein.",
      ],
      [
        "an error among the weights",
        [100, column(1, { code: "#DIV/0!" })],
        "Gewichte (weights), Zeile 2: Die Zelle enthält den Fehler #DIV/0!; bitte zuerst diesen Fehler beheben.",
      ],
      [
        "weights in a row",
        [100, [[1, 2]]],
        "Gewichte (weights): Der Bereich muss genau eine Spalte haben, hat aber 2.",
      ],
    ])("reports %s", (_case, args, message) => {
      expect(messageOf(ALLOCATE, args)).toBe(message);
    });

    it.each<[string, unknown[], string]>([
      [
        "a total that is not a multiple of the unit",
        [100.005, column(1, 1)],
        "kein ganzzahliges Vielfaches der Rundungseinheit",
      ],
      ["a negative unit", [100, column(1, 1), -1], "Rundungseinheit muss größer als 0 sein"],
    ])("passes on the engine's message for %s", (_case, args, fragment) => {
      expect(messageOf(ALLOCATE, args)).toContain(fragment);
    });
  });
});
