import { LOADFACTOR } from "../../src/functions/definitions";
import { HOST_CONVENTIONS, column } from "./support";

// Three municipalities, two indicators. Simple means: m1 = (2+1+3)/3 = 2, m2 = (1+3+2)/3 = 2.
const INDICATORS = [
  [2, 1],
  [1, 3],
  [3, 2],
];

describe.each(HOST_CONVENTIONS)("SR.LOADFACTOR in Excel $name", ({ messageOf, spill }) => {
  describe("when weights are given as a row or a column", () => {
    // w = (0.5, 0.5): LF1 = 0.5·2/2 + 0.5·1/2 = 0.75, LF2 = 0.25 + 0.75 = 1, LF3 = 0.75 + 0.5 = 1.25.
    it.each([
      ["a row (1×k)", [[1, 1]]],
      ["a column (k×1)", column(1, 1)],
    ])("reads weights given as %s", (_case, weights) => {
      expect(spill(LOADFACTOR, [INDICATORS, weights])).toEqual(column(0.75, 1, 1.25));
    });

    it("normalises unequal weights to sum 1", () => {
      // w = (0.75, 0.25): LF1 = 0.75·1 + 0.25·0.5 = 0.875, LF2 = 0.375 + 0.375 = 0.75,
      // LF3 = 0.75·1.5 + 0.25·1 = 1.375.
      expect(spill(LOADFACTOR, [INDICATORS, [[3, 1]]])).toEqual(column(0.875, 0.75, 1.375));
    });
  });

  describe("when the optional arguments are given", () => {
    // One indicator x = (1, 2, 4), population P = (2, 1, 1): m = (2 + 2 + 4)/4 = 2.
    const x = column(1, 2, 4);
    const population = column(2, 1, 1);

    it("weights the district mean by population", () => {
      expect(spill(LOADFACTOR, [x, [[1]], population])).toEqual(column(0.5, 1, 2));
    });

    it("clamps to floor and cap without renormalising", () => {
      expect(spill(LOADFACTOR, [x, [[1]], population, 0.8, 1.5])).toEqual(column(0.8, 1, 1.5));
    });

    it("uses the simple mean when population is omitted", () => {
      // m = 7/3: LF = 3/7, 6/7, 12/7 (nearest doubles of the exact quotients).
      expect(spill(LOADFACTOR, [x, [[1]], null, null, null])).toEqual(column(3 / 7, 6 / 7, 12 / 7));
    });
  });

  describe("when a whole table column is selected", () => {
    it("gives blank results for the trailing blank rows", () => {
      const indicators = [...INDICATORS, [null, null], [null, null]];
      expect(spill(LOADFACTOR, [indicators, [[1, 1]]])).toEqual(column(0.75, 1, 1.25, "", ""));
    });

    // Issue 14: over a table column with two empty rows the desktop used to give
    // 0.83 / 2.08 / 2.08 / 0 / 0, because the zero rows entered the district mean.
    it("keeps trailing rows of zeros out of the district mean", () => {
      const indicators = [...INDICATORS, [0, 0], [0, null]];
      expect(spill(LOADFACTOR, [indicators, [[1, 1]]])).toEqual(column(0.75, 1, 1.25, "", ""));
    });

    it("gives the issue's example the web's numbers on every host", () => {
      // =SR.LOADFACTOR(B2:C6;E2:F2) over (2; 2), (5; 5), (5; 5) and two empty rows: mean 4 on
      // the web (0.5 / 1.25 / 1.25); with the empty rows as zeros the mean was 2.4 on the
      // desktop (0.83 / 2.08 / 2.08 / 0 / 0).
      const indicators = [
        [2, 2],
        [5, 5],
        [5, 5],
        [null, null],
        [null, null],
      ];
      expect(spill(LOADFACTOR, [indicators, [[1, 1]]])).toEqual(column(0.5, 1.25, 1.25, "", ""));
    });

    it("keeps trailing rows with population 0 and indicators 0 out as well", () => {
      const x = [[1], [2], [4], [0], [null]];
      const population = column(2, 1, 1, 0, null);
      expect(spill(LOADFACTOR, [x, [[1]], population])).toEqual(column(0.5, 1, 2, "", ""));
    });
  });

  describe("when floor or cap is 0 or an empty cell", () => {
    // One indicator x = (1, 2, 4), population P = (2, 1, 1): m = 2, LF = (0.5, 1, 2).
    const x = column(1, 2, 4);
    const population = column(2, 1, 1);

    it.each([
      ["a cap of 0", [null, 0]],
      ["an empty cap cell", [null, [[null]]]],
      ["a floor of 0", [0, null]],
      ["an empty floor cell", [[[null]], null]],
    ])("takes %s as not given", (_case, [floor, cap]) => {
      expect(spill(LOADFACTOR, [x, [[1]], population, floor, cap])).toEqual(column(0.5, 1, 2));
    });
  });

  describe("when a row between data rows is empty or all 0", () => {
    it.each([
      ["empty", [null, null]],
      ["all 0", [0, 0]],
    ])("refuses a row that is %s", (_case, middle) => {
      const indicators = [INDICATORS[0], middle, INDICATORS[1]];
      expect(messageOf(LOADFACTOR, [indicators, [[1, 1]]])).toBe(
        "Zeile 2 (Indikatoren (indicators)) ist leer oder enthält nur Nullen und ist damit " +
          "keine Zeile mit Daten. Leere Zeilen sind nur am Ende des Bereichs erlaubt " +
          "(Excel am Desktop übergibt leere Zellen als 0)."
      );
    });

    it("keeps a municipality with indicators 0 but inhabitants", () => {
      // x = (1, 0, 3), P = (1, 1, 2): m = (1 + 0 + 6)/4 = 1.75.
      const x = column(1, 0, 3);
      expect(spill(LOADFACTOR, [x, [[1]], column(1, 1, 2)])).toEqual(column(1 / 1.75, 0, 3 / 1.75));
    });
  });

  describe("when the input cannot give a load factor", () => {
    it.each<[string, unknown[], string]>([
      [
        "more weights than indicators",
        [INDICATORS, [[1, 1, 1]]],
        "Gewichte (weights): Erwartet werden genau 2 Werte, der Bereich hat aber 3.",
      ],
      [
        "a population of another height",
        [INDICATORS, [[1, 1]], column(1, 2)],
        "Einwohner (population) hat 2 Zeilen, Indikatoren (indicators) aber 3. " +
          "Die Bereiche müssen gleich viele Zeilen haben.",
      ],
      [
        "a negative indicator",
        [
          [
            [2, 1],
            [1, -3],
          ],
          [[1, 1]],
        ],
        "Indikatoren (indicators), Zeile 2, Spalte 2: Der Wert darf nicht negativ sein.",
      ],
      [
        "a German number as text",
        [
          [
            [2, 1],
            ["1,5", 3],
          ],
          [[1, 1]],
        ],
        "Indikatoren (indicators), Zeile 2, Spalte 1: „1,5“ ist als Text gespeichert, nicht als Zahl. " +
          "Bitte die Zelle als Zahl eingeben (ohne Anführungszeichen, ohne Tausenderpunkte).",
      ],
    ])("reports %s", (_case, args, message) => {
      expect(messageOf(LOADFACTOR, args)).toBe(message);
    });

    it.each<[string, unknown[], string]>([
      ["weights summing to 0", [INDICATORS, [[0, 0]]], "Gewichte"],
      [
        "an indicator that is 0 everywhere",
        [
          [
            [0, 1],
            [0, 2],
          ],
          [[1, 1]],
        ],
        "Indikator 1",
      ],
    ])("passes on the engine's message for %s", (_case, args, fragment) => {
      expect(messageOf(LOADFACTOR, args)).toContain(fragment);
    });
  });
});
