import { MODEL } from "../../src/functions/definitions";
import { HOST_CONVENTIONS, column } from "./support";

// B = 1000, P = (1000, 2000, 1000), LF = (1.5, 1, 0.5): quota q = (0.375, 0.5, 0.125).
const POPULATION = column(1000, 2000, 1000);
const LOAD_FACTOR = column(1.5, 1, 0.5);
const PREVIOUS = column(300, 400, 300);

describe.each(HOST_CONVENTIONS)("SR.MODEL in Excel $name", ({ messageOf, spill, name }) => {
  describe("when each financing model distributes 1000 EUR", () => {
    it.each<[string, unknown[], unknown[][]]>([
      // By P: 1000·(1/4, 1/2, 1/4).
      ["EINWOHNER", [null, null], column(250, 500, 250)],
      // By the quota: 1000·q.
      ["BELASTUNG", [null, null], column(375, 500, 125)],
      // 100 each, the rest 700 by q: 262.5, 350, 87.5.
      ["SOCKEL", [null, 100], column(362.5, 450, 187.5)],
      // Targets 375, 500, 125 within ±10 % of (300, 400, 300): row 3 sits at its floor 270, rows 1
      // and 2 share 730 as λ·(375, 500) with λ = 730/875: 312.857…, 417.142…; by largest
      // remainder to the cent: 312.86, 417.14.
      ["KORRIDOR", [PREVIOUS, 0.1], column(312.86, 417.14, 270)],
    ])("distributes by %s", (model, [previous, parameter], expected) => {
      expect(spill(MODEL, [model, 1000, POPULATION, LOAD_FACTOR, previous, parameter])).toEqual(
        expected
      );
    });

    it("reads the model name regardless of case and spaces", () => {
      expect(spill(MODEL, [" belastung ", 1000, POPULATION, LOAD_FACTOR])).toEqual(
        column(375, 500, 125)
      );
    });

    it("ignores a parameter that the model does not use", () => {
      expect(spill(MODEL, ["BELASTUNG", 1000, POPULATION, LOAD_FACTOR, null, 100])).toEqual(
        column(375, 500, 125)
      );
    });

    it("uses the default corridor of 5 % when none is given", () => {
      // ±5 % of (300, 400, 300): row 3 at its floor 285, rows 1 and 2 at their caps 315 and 420
      // give 1020 > 1000, so λ·(375, 500) = 715: 306.428…, 408.571… → 306.43, 408.57.
      expect(spill(MODEL, ["KORRIDOR", 1000, POPULATION, LOAD_FACTOR, PREVIOUS])).toEqual(
        column(306.43, 408.57, 285)
      );
    });
  });

  describe("when a whole table column is selected", () => {
    it("gives blank results for the trailing blank rows", () => {
      expect(
        spill(MODEL, ["BELASTUNG", 1000, column(1000, 3000, null), column(1, 1, null)])
      ).toEqual(column(250, 750, ""));
    });

    it("gives no base amount to trailing rows of zeros (the desktop's empty rows)", () => {
      // Without the cut, SOCKEL would pay 100 to each of the two zero rows.
      const population = column(1000, 3000, 0, null);
      const loadFactor = column(1, 1, null, 0);
      expect(spill(MODEL, ["SOCKEL", 1000, population, loadFactor, null, 100])).toEqual(
        column(300, 700, "", "")
      );
    });
  });

  describe("when the corridor is 0 or its cell is empty", () => {
    const korridor = (parameter: unknown) => [
      "KORRIDOR",
      1000,
      POPULATION,
      LOAD_FACTOR,
      PREVIOUS,
      parameter,
    ];
    const refusal =
      "Sockelbetrag/Korridor (parameter): Ein Korridor von 0 wird nicht verwendet, weil Excel " +
      "am Desktop eine leere Zelle als 0 übergibt. Für den Standardkorridor 5 % das Argument " +
      "weglassen, sonst einen Korridor über 0 angeben.";

    it("refuses a corridor of 0", () => {
      expect(messageOf(MODEL, korridor(0))).toBe(refusal);
    });

    it("takes an empty cell for the default 5 % on the web and refuses it on the desktop", () => {
      if (name === "web") {
        expect(spill(MODEL, korridor([[null]]))).toEqual(column(306.43, 408.57, 285));
      } else {
        expect(messageOf(MODEL, korridor([[null]]))).toBe(refusal);
      }
    });

    it("keeps a base amount of 0 for SOCKEL, the same as none", () => {
      const args = ["SOCKEL", 1000, POPULATION, LOAD_FACTOR, null];
      expect(spill(MODEL, [...args, 0])).toEqual(spill(MODEL, args));
    });
  });

  describe("when the model cannot be applied", () => {
    it.each<[string, unknown[], string]>([
      [
        "a missing model name",
        ["", 1000, POPULATION, LOAD_FACTOR],
        "Finanzierungsmodell (model): Dieses Argument fehlt.",
      ],
      [
        "previous budgets of another height",
        ["KORRIDOR", 1000, POPULATION, LOAD_FACTOR, column(300, 400)],
        "Budget Vorjahr (previous) hat 2 Zeilen, Einwohner (population) aber 3. Die Bereiche müssen gleich viele Zeilen haben.",
      ],
      [
        "a total as German text",
        ["BELASTUNG", "1.000,00", POPULATION, LOAD_FACTOR],
        "Gesamtbudget (total): „1.000,00“ ist als Text gespeichert, nicht als Zahl. " +
          "Bitte die Zelle als Zahl eingeben (ohne Anführungszeichen, ohne Tausenderpunkte).",
      ],
    ])("reports %s", (_case, args, message) => {
      expect(messageOf(MODEL, args)).toBe(message);
    });

    it.each<[string, unknown[], string]>([
      [
        "an unknown model",
        ["FOO", 1000, POPULATION, LOAD_FACTOR],
        "Unbekanntes Finanzierungsmodell „FOO“",
      ],
      [
        "a base amount above the total",
        ["SOCKEL", 1000, POPULATION, LOAD_FACTOR, null, 400],
        "übersteigt das Gesamtbudget",
      ],
      [
        "KORRIDOR without previous budgets",
        ["KORRIDOR", 1000, POPULATION, LOAD_FACTOR],
        "KORRIDOR werden die Budgets des Vorjahres benötigt",
      ],
      [
        "an unreachable corridor",
        ["KORRIDOR", 1000, POPULATION, LOAD_FACTOR, column(100, 100, 100), 0.1],
        "nicht erreichbar",
      ],
    ])("passes on the engine's message for %s", (_case, args, fragment) => {
      expect(messageOf(MODEL, args)).toContain(fragment);
    });
  });
});
