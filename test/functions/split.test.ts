import { SPLIT } from "../../src/functions/definitions";
import { HOST_CONVENTIONS, column } from "./support";

// Two municipalities; usage per category (operating, material, network, projects).
const AMOUNT = column(1000, 2000);
const USAGE = [
  [60, 20, 10, 10],
  [50, 0, 0, 50],
];
const DEFAULT_SHARES = [[1, 1, 1, 0]];

describe.each(HOST_CONVENTIONS)("SR.SPLIT in Excel $name", ({ messageOf, spill }) => {
  describe("when the bound share is taken per municipality (GEMEINDE)", () => {
    // g1 = 90/100 = 0.9 → 900 bound, 100 regional; g2 = 50/100 = 0.5 → 1000 and 1000.
    it.each([
      ["a row (1×4)", DEFAULT_SHARES],
      ["a column (4×1)", column(1, 1, 1, 0)],
    ])("reads bound shares given as %s", (_case, shares) => {
      expect(spill(SPLIT, [AMOUNT, USAGE, shares])).toEqual([
        [900, 100],
        [1000, 1000],
      ]);
    });

    it("rounds the bound part half-up to the cent", () => {
      // g = 2/3: 100·2/3 = 66.666… → 66.67 bound, 33.33 regional.
      expect(spill(SPLIT, [column(100), [[2, 0, 0, 1]], DEFAULT_SHARES, "GEMEINDE"])).toEqual([
        [66.67, 33.33],
      ]);
    });
  });

  describe("when the basis cell is empty", () => {
    it.each([
      ["empty", [[null]]],
      ["0, as the desktop passes an empty cell", 0],
    ])("splits by municipality when the basis is %s", (_case, basis) => {
      expect(spill(SPLIT, [AMOUNT, USAGE, DEFAULT_SHARES, basis])).toEqual(
        spill(SPLIT, [AMOUNT, USAGE, DEFAULT_SHARES, "GEMEINDE"])
      );
    });
  });

  describe("when one share is taken for the district (KREIS)", () => {
    it("splits every amount by G = ΣΣ a·U / ΣΣ U", () => {
      // G = (90 + 50)/(100 + 100) = 0.7: 700/300 and 1400/600.
      expect(spill(SPLIT, [AMOUNT, USAGE, DEFAULT_SHARES, "kreis"])).toEqual([
        [700, 300],
        [1400, 600],
      ]);
    });
  });

  it("gives two blank cells for each trailing blank row", () => {
    const usage = [...USAGE, [null, null, null, null]];
    expect(spill(SPLIT, [column(1000, 2000, null), usage, DEFAULT_SHARES])).toEqual([
      [900, 100],
      [1000, 1000],
      ["", ""],
    ]);
  });

  describe("when the input cannot be split", () => {
    it.each<[string, unknown[], string]>([
      [
        "usage with three columns",
        [
          AMOUNT,
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          DEFAULT_SHARES,
        ],
        "Verwendung (usage): Der Bereich muss genau 4 Spalten haben, hat aber 3.",
      ],
      [
        "three bound shares",
        [AMOUNT, USAGE, [[1, 1, 1]]],
        "Anteile gebunden (boundShares): Erwartet werden genau 4 Werte, der Bereich hat aber 3.",
      ],
      [
        "a bound share above 1",
        [AMOUNT, USAGE, [[1, 1, 1.5, 0]]],
        "Anteile gebunden (boundShares), Spalte 3: Ein Anteil muss zwischen 0 und 1 liegen (z. B. 0,3 für 30 %).",
      ],
      [
        "a negative usage",
        [
          AMOUNT,
          [
            [60, 20, 10, 10],
            [50, -1, 0, 50],
          ],
          DEFAULT_SHARES,
        ],
        "Verwendung (usage), Zeile 2, Spalte 2: Der Wert darf nicht negativ sein.",
      ],
      [
        "a basis that is a number other than 0",
        [AMOUNT, USAGE, DEFAULT_SHARES, 1],
        "Aufteilungsbasis (basis): Hier wird ein Text erwartet, z. B. „GEMEINDE“.",
      ],
    ])("reports %s", (_case, args, message) => {
      expect(messageOf(SPLIT, args)).toBe(message);
    });

    it.each<[string, unknown[], string]>([
      [
        "an unknown basis",
        [AMOUNT, USAGE, DEFAULT_SHARES, "LAND"],
        "Unbekannte Aufteilungsbasis „LAND“",
      ],
      [
        "a usage row of zeros",
        [
          AMOUNT,
          [
            [60, 20, 10, 10],
            [0, 0, 0, 0],
          ],
          DEFAULT_SHARES,
        ],
        "Die Verwendung in Zeile 2 ergibt zusammen 0",
      ],
    ])("passes on the engine's message for %s", (_case, args, fragment) => {
      expect(messageOf(SPLIT, args)).toContain(fragment);
    });
  });
});
