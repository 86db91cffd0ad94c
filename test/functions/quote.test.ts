import fc from "fast-check";
import { Dec } from "../../src/core";
import { QUOTE } from "../../src/functions/definitions";
import { HOST_CONVENTIONS, column } from "./support";

// P = (1000, 2000, 1000), LF = (1.5, 1, 0.5): P·LF = (1500, 2000, 500), Σ = 4000.
const POPULATION = column(1000, 2000, 1000);
const LOAD_FACTOR = column(1.5, 1, 0.5);

describe.each(HOST_CONVENTIONS)("SR.QUOTE in Excel $name", ({ messageOf, spill, name }) => {
  describe("when no digits are given", () => {
    it("returns the exact quotas P·LF / Σ P·LF", () => {
      expect(spill(QUOTE, [POPULATION, LOAD_FACTOR])).toEqual(column(0.375, 0.5, 0.125));
    });
  });

  describe("when digits are given", () => {
    it.each([
      // 0.3|75, 0.5|0, 0.1|25: floors sum to 0.9, the one unit left goes to the largest remainder.
      [1, column(0.4, 0.5, 0.1)],
      // 0.37|5, 0.50|0, 0.12|5: a tie of remainders goes to the larger share (row 1).
      [2, column(0.38, 0.5, 0.12)],
      [3, column(0.375, 0.5, 0.125)],
    ])("rounds to %p digits by largest remainder", (digits, expected) => {
      expect(spill(QUOTE, [POPULATION, LOAD_FACTOR, digits])).toEqual(expected);
    });

    it.each([
      ["0", 0],
      ["an empty cell", [[null]]],
    ])("leaves the quotas unrounded for digits of %s", (_case, digits) => {
      // Rounding quotas to whole numbers (one 1, the rest 0) is never meant; on the desktop an
      // empty digits cell arrives as 0.
      expect(spill(QUOTE, [POPULATION, LOAD_FACTOR, digits])).toEqual(column(0.375, 0.5, 0.125));
    });

    it("gives an equal tie to the earlier row", () => {
      // Thirds: 0.33 each, one unit of 0.01 left for the first row.
      expect(spill(QUOTE, [column(1, 1, 1), column(1, 1, 1), 2])).toEqual(column(0.34, 0.33, 0.33));
    });

    it("keeps the rounded quotas summing to exactly 1", () => {
      const row = fc.tuple(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 300 }));
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 12 }),
          fc.integer({ min: 1, max: 6 }),
          (rows, digits) => {
            const population = rows.map(([p]) => [p]);
            const loadFactor = rows.map(([, lf]) => [lf / 100]);
            const quotas = spill(QUOTE, [population, loadFactor, digits]).map(
              ([q]) => new Dec(String(q))
            );
            expect(quotas.reduce((sum, q) => sum.plus(q), new Dec(0)).toString()).toBe("1");
          }
        )
      );
    });
  });

  describe("when a whole table column is selected", () => {
    it("gives blank results for the trailing blank rows", () => {
      expect(spill(QUOTE, [column(1000, 3000, null), column(1, 1, null), 2])).toEqual(
        column(0.25, 0.75, "")
      );
    });

    it("treats trailing rows of zeros as the desktop's empty rows", () => {
      expect(spill(QUOTE, [column(1000, 3000, 0, null), column(1, 1, 0, 0), 2])).toEqual(
        column(0.25, 0.75, "", "")
      );
    });
  });

  describe("when one population cell inside the data is empty", () => {
    it("is refused on the web and counts as 0 inhabitants on the desktop", () => {
      const args = [column(1000, null, 1000), LOAD_FACTOR];
      if (name === "web") {
        expect(messageOf(QUOTE, args)).toBe(
          "Einwohner (population), Zeile 2: Die Zelle ist leer. Leere Zeilen sind nur am Ende des Bereichs erlaubt."
        );
      } else {
        // P·LF = (1500, 0, 500).
        expect(spill(QUOTE, args)).toEqual(column(0.75, 0, 0.25));
      }
    });
  });

  describe("when the input cannot give quotas", () => {
    it.each<[string, unknown[], string]>([
      [
        "columns of different heights",
        [POPULATION, column(1, 1)],
        "Belastungsfaktor (loadFactor) hat 2 Zeilen, Einwohner (population) aber 3. " +
          "Die Bereiche müssen gleich viele Zeilen haben.",
      ],
      [
        "a negative population",
        [column(1000, -1), column(1, 1)],
        "Einwohner (population), Zeile 2: Der Wert darf nicht negativ sein.",
      ],
      [
        "fractional digits",
        [POPULATION, LOAD_FACTOR, 1.5],
        "Nachkommastellen (digits): Hier wird eine ganze Zahl erwartet.",
      ],
      [
        "too many digits",
        [POPULATION, LOAD_FACTOR, 31],
        "Nachkommastellen (digits): Der Wert muss zwischen 0 und 30 liegen.",
      ],
      [
        "an empty row in the middle",
        [column(1000, null, 1000), column(1, null, 1)],
        "Zeile 2 (Einwohner (population), Belastungsfaktor (loadFactor)) ist leer oder enthält " +
          "nur Nullen und ist damit keine Zeile mit Daten. Leere Zeilen sind nur am Ende des " +
          "Bereichs erlaubt (Excel am Desktop übergibt leere Zellen als 0).",
      ],
      [
        "a row of zeros in the middle",
        [column(1000, 0, 1000), column(1, 0, 1)],
        "Zeile 2 (Einwohner (population), Belastungsfaktor (loadFactor)) ist leer oder enthält " +
          "nur Nullen und ist damit keine Zeile mit Daten. Leere Zeilen sind nur am Ende des " +
          "Bereichs erlaubt (Excel am Desktop übergibt leere Zellen als 0).",
      ],
    ])("reports %s", (_case, args, message) => {
      expect(messageOf(QUOTE, args)).toBe(message);
    });

    it("passes on the engine's message when every P·LF is 0", () => {
      expect(messageOf(QUOTE, [column(0, 0), column(1, 2)])).toContain(
        "Quote ist nicht bestimmbar"
      );
    });
  });
});
