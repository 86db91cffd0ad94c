import {
  checkArguments,
  type CheckResult,
  type ParameterSpec,
} from "../../src/functions/arguments";

const ALIGNED = [
  { kind: "column", name: "population", label: "Einwohner (population)", nonNegative: true },
  { kind: "table", name: "usage", label: "Verwendung (usage)", columns: 2 },
  { kind: "number", name: "total", label: "Betrag (total)", optional: true, nonNegative: true },
] as const satisfies readonly ParameterSpec[];

const LISTED = [
  { kind: "table", name: "indicators", label: "Indikatoren (indicators)" },
  {
    kind: "list",
    name: "weights",
    label: "Gewichte (weights)",
    length: { columnsOf: "indicators" },
    nonNegative: true,
  },
  { kind: "integer", name: "digits", label: "Stellen (digits)", optional: true, min: 0, max: 30 },
  { kind: "integer", name: "years", label: "Jahre (years)", optional: true, min: 0 },
  { kind: "text", name: "model", label: "Modell (model)", optional: true, example: "BELASTUNG" },
] as const satisfies readonly ParameterSpec[];

const PAIRED = [
  { kind: "table", name: "budget", label: "Regionalbudget (budget)" },
  { kind: "table", name: "actual", label: "Ausgaben (actual)" },
] as const satisfies readonly ParameterSpec[];

/** The checked arguments of a successful check; fails the test with the message otherwise. */
function accepted<P extends readonly ParameterSpec[]>(result: CheckResult<P>) {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result;
}

/** The message of a failed check. */
function rejected<P extends readonly ParameterSpec[]>(result: CheckResult<P>): string {
  if (result.ok) throw new Error("expected a message, got checked arguments");
  return result.message;
}

const USAGE_2x2 = [
  [1, 2],
  [3, 4],
];

describe("checkArguments", () => {
  describe("when row-aligned ranges hold numbers", () => {
    it("converts them to Dec, row by row", () => {
      const result = accepted(checkArguments(ALIGNED, [[[1], [2.5]], USAGE_2x2, 10]));
      expect(result.args.population.map(String)).toEqual(["1", "2.5"]);
      expect(result.args.usage.map((row) => row.map(String))).toEqual([
        ["1", "2"],
        ["3", "4"],
      ]);
      expect(String(result.args.total)).toBe("10");
      expect([result.rows, result.rangeRows]).toEqual([2, 2]);
    });

    it("cuts trailing blank rows and remembers the range's full height", () => {
      const result = accepted(
        checkArguments(ALIGNED, [
          [[1], [null], [""]],
          [
            [1, 2],
            [null, null],
            ["", " "],
          ],
        ])
      );
      expect(result.args.population.map(String)).toEqual(["1"]);
      expect([result.rows, result.rangeRows]).toEqual([1, 3]);
    });

    it("cuts trailing rows of zeros like empty rows, because the desktop passes empty as 0", () => {
      const result = accepted(
        checkArguments(ALIGNED, [
          [[1], [0], [null]],
          [
            [1, 2],
            [0, null],
            [0, 0],
          ],
        ])
      );
      expect(result.args.population.map(String)).toEqual(["1"]);
      expect([result.rows, result.rangeRows]).toEqual([1, 3]);
    });

    it("keeps a row of zeros between data rows unless the function refuses such rows", () => {
      const population = [[1], [0], [2]];
      const usage = [
        [1, 2],
        [0, 0],
        [3, 4],
      ];
      const kept = accepted(checkArguments(ALIGNED, [population, usage]));
      expect(kept.args.population.map(String)).toEqual(["1", "0", "2"]);
      expect(rejected(checkArguments(ALIGNED, [population, usage], "refuse"))).toBe(
        "Zeile 2 (Einwohner (population), Verwendung (usage)) ist leer oder enthält nur Nullen " +
          "und ist damit keine Zeile mit Daten. Leere Zeilen sind nur am Ende des Bereichs " +
          "erlaubt (Excel am Desktop übergibt leere Zellen als 0)."
      );
    });

    it("rounds binary noise to the 15 digits Excel shows", () => {
      // 0.1 + 0.2 is 0.30000000000000004 as a double; Excel shows and means 0.3.
      const result = accepted(checkArguments(ALIGNED, [[[0.1 + 0.2]], [[1, 2]], 1 / 3]));
      expect(String(result.args.population[0])).toBe("0.3");
      expect(String(result.args.total)).toBe("0.333333333333333");
    });
  });

  describe("when a cell of a range is not a usable number", () => {
    it.each<[string, unknown[][], unknown[][], string]>([
      [
        "a blank row in the middle",
        [[1], [null], [3]],
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "Einwohner (population), Zeile 2: Die Zelle ist leer. Leere Zeilen sind nur am Ende des Bereichs erlaubt.",
      ],
      [
        "a row blank in one range only",
        [[1], [2]],
        [
          [1, 2],
          [3, null],
        ],
        "Verwendung (usage), Zeile 2, Spalte 2: Die Zelle ist leer. Leere Zeilen sind nur am Ende des Bereichs erlaubt.",
      ],
      [
        "text",
        [[1], ["Bleckede"]],
        USAGE_2x2,
        "Einwohner (population), Zeile 2: „Bleckede“ ist Text, hier wird eine Zahl erwartet.",
      ],
      [
        "a German number stored as text",
        [["1.234,56"], [2]],
        USAGE_2x2,
        "Einwohner (population), Zeile 1: „1.234,56“ ist als Text gespeichert, nicht als Zahl. " +
          "Bitte die Zelle als Zahl eingeben (ohne Anführungszeichen, ohne Tausenderpunkte).",
      ],
      [
        "an Excel error",
        [[1], [2]],
        [
          [1, { code: "#N/A" }],
          [3, 4],
        ],
        "Verwendung (usage), Zeile 1, Spalte 2: Die Zelle enthält den Fehler #N/A; bitte zuerst diesen Fehler beheben.",
      ],
      [
        "a boolean",
        [[true], [2]],
        USAGE_2x2,
        "Einwohner (population), Zeile 1: WAHR/FALSCH ist keine Zahl; hier wird eine Zahl erwartet.",
      ],
      [
        "a rich value",
        [[1], [{ type: "Entity", text: "x" }]],
        USAGE_2x2,
        "Einwohner (population), Zeile 2: Dieser Zellwert (z. B. ein Datentyp) ist keine Zahl.",
      ],
      [
        "a negative value",
        [[1], [-2]],
        USAGE_2x2,
        "Einwohner (population), Zeile 2: Der Wert darf nicht negativ sein.",
      ],
      [
        "a very long text, shortened",
        [["Diese Zelle enthält einen sehr langen Kommentar"], [2]],
        USAGE_2x2,
        "Einwohner (population), Zeile 1: „Diese Zelle enthält einen sehr…“ ist Text, hier wird eine Zahl erwartet.",
      ],
    ])("names the row and column of %s", (_case, population, usage, message) => {
      expect(rejected(checkArguments(ALIGNED, [population, usage]))).toBe(message);
    });
  });

  describe("when the shapes of the ranges do not fit", () => {
    it.each<[string, unknown, unknown, string]>([
      [
        "different row counts",
        [[1], [2]],
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        "Verwendung (usage) hat 3 Zeilen, Einwohner (population) aber 2. Die Bereiche müssen gleich viele Zeilen haben.",
      ],
      [
        "a column with two columns",
        [[1, 2]],
        [[1, 2]],
        "Einwohner (population): Der Bereich muss genau eine Spalte haben, hat aber 2.",
      ],
      [
        "a table of the wrong width",
        [[1]],
        [[1, 2, 3]],
        "Verwendung (usage): Der Bereich muss genau 2 Spalten haben, hat aber 3.",
      ],
      [
        "only blank rows",
        [[null], [""]],
        [
          [null, null],
          [null, null],
        ],
        "Einwohner (population): Der Bereich enthält keine Werte (nur leere Zellen oder Nullen).",
      ],
      ["a missing range", [[1]], undefined, "Verwendung (usage): Dieses Argument fehlt."],
    ])("reports %s", (_case, population, usage, message) => {
      expect(rejected(checkArguments(ALIGNED, [population, usage]))).toBe(message);
    });

    it("reports tables of different widths that must match", () => {
      expect(
        rejected(
          checkArguments(PAIRED, [
            [[1], [2]],
            [
              [1, 2],
              [3, 4],
            ],
          ])
        )
      ).toBe(
        "Ausgaben (actual) hat 2 Spalten, Regionalbudget (budget) aber 1. " +
          "Die Bereiche müssen gleich viele Spalten haben."
      );
    });

    it("takes single values for 1×1 tables", () => {
      const result = accepted(checkArguments(PAIRED, [1000, 800]));
      expect(result.args.actual.map((row) => row.map(String))).toEqual([["800"]]);
    });
  });

  describe("when a scalar argument is checked", () => {
    it.each<[string, unknown, string | undefined]>([
      ["a number", 5, "5"],
      ["a 1×1 range", [[5]], "5"],
      ["an omitted optional value", undefined, undefined],
      ["null", null, undefined],
      ["an empty cell", [[""]], undefined],
    ])("accepts %s", (_case, total, expected) => {
      const result = accepted(checkArguments(ALIGNED, [[[1]], [[1, 2]], total]));
      expect(result.args.total === undefined ? undefined : String(result.args.total)).toBe(
        expected
      );
    });

    it("keeps an optional 0 as 0 unless the parameter declares 0 as omitted", () => {
      const zeroOmitted = [
        { ...ALIGNED[0] },
        { ...ALIGNED[1] },
        { ...ALIGNED[2], zero: "omitted" },
      ] as const satisfies readonly ParameterSpec[];
      expect(String(accepted(checkArguments(ALIGNED, [[[1]], [[1, 2]], 0])).args.total)).toBe("0");
      expect(
        accepted(checkArguments(zeroOmitted, [[[1]], [[1, 2]], 0])).args.total
      ).toBeUndefined();
    });

    it.each<[string, unknown, string]>([
      [
        "a range",
        [[1], [2]],
        "Betrag (total): Hier wird ein einzelner Wert erwartet, kein Bereich.",
      ],
      ["text", "viel", "Betrag (total): „viel“ ist Text, hier wird eine Zahl erwartet."],
      ["a negative number", -1, "Betrag (total): Der Wert darf nicht negativ sein."],
      [
        "an error",
        { code: "#DIV/0!" },
        "Betrag (total): Die Zelle enthält den Fehler #DIV/0!; bitte zuerst diesen Fehler beheben.",
      ],
    ])("rejects %s", (_case, total, message) => {
      expect(rejected(checkArguments(ALIGNED, [[[1]], [[1, 2]], total]))).toBe(message);
    });
  });

  describe("when a list may be a row or a column", () => {
    it.each([
      ["a row", [[1, 3]]],
      ["a column", [[1], [3]]],
    ])("reads %s the same way", (_case, weights) => {
      const result = accepted(checkArguments(LISTED, [USAGE_2x2, weights]));
      expect(result.args.weights.map(String)).toEqual(["1", "3"]);
    });

    it.each<[string, unknown, string]>([
      [
        "a list of the wrong length",
        [[1, 2, 3]],
        "Gewichte (weights): Erwartet werden genau 2 Werte, der Bereich hat aber 3.",
      ],
      [
        "a block instead of a list",
        USAGE_2x2,
        "Gewichte (weights): Der Bereich muss eine einzelne Zeile oder eine einzelne Spalte sein.",
      ],
      [
        "text in a row list, by column",
        [[1, "x"]],
        "Gewichte (weights), Spalte 2: „x“ ist Text, hier wird eine Zahl erwartet.",
      ],
      [
        "a blank in a column list, by row",
        [[1], [null]],
        "Gewichte (weights), Zeile 2: Die Zelle ist leer. Leere Zeilen sind nur am Ende des Bereichs erlaubt.",
      ],
    ])("reports %s", (_case, weights, message) => {
      expect(rejected(checkArguments(LISTED, [USAGE_2x2, weights]))).toBe(message);
    });
  });

  describe("when whole numbers and texts are checked", () => {
    it("takes 0 for an omitted optional text (the desktop's empty cell)", () => {
      expect(accepted(checkArguments(LISTED, [USAGE_2x2, [[1, 1]], 2, 0, 0])).args.model).toBe(
        undefined
      );
    });

    it("passes whole numbers on as numbers and texts trimmed", () => {
      const result = accepted(checkArguments(LISTED, [USAGE_2x2, [[1, 1]], 2, 0, " belastung "]));
      expect([result.args.digits, result.args.years, result.args.model]).toEqual([
        2,
        0,
        "belastung",
      ]);
    });

    it.each<[string, unknown[], string]>([
      ["a fraction", [2.5], "Stellen (digits): Hier wird eine ganze Zahl erwartet."],
      [
        "a number other than 0 for a name",
        [undefined, undefined, 7],
        "Modell (model): Hier wird ein Text erwartet, z. B. „BELASTUNG“.",
      ],
      ["too many digits", [31], "Stellen (digits): Der Wert muss zwischen 0 und 30 liegen."],
      ["negative years", [undefined, -1], "Jahre (years): Der Wert muss mindestens 0 sein."],
      [
        "a number for a name",
        [undefined, undefined, 5],
        "Modell (model): Hier wird ein Text erwartet, z. B. „BELASTUNG“.",
      ],
    ])("rejects %s", (_case, rest, message) => {
      expect(rejected(checkArguments(LISTED, [USAGE_2x2, [[1, 1]], ...rest]))).toBe(message);
    });
  });
});
