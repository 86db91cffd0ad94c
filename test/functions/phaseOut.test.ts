import { PHASEOUT } from "../../src/functions/definitions";
import { HOST_CONVENTIONS, column } from "./support";

// Previous budgets H = (500, 300, 200), new amounts A = (400, 350, 200): only row 1 loses, 100.
const PREVIOUS = column(500, 300, 200);
const AMOUNT = column(400, 350, 200);

describe.each(HOST_CONVENTIONS)("SR.PHASEOUT in Excel $name", ({ messageOf, spill }) => {
  describe("when the loss is phased out over four years", () => {
    it.each([
      [0, column(100, 0, 0)],
      [1, column(75, 0, 0)],
      [2, column(50, 0, 0)],
      [3, column(25, 0, 0)],
      [4, column(0, 0, 0)],
      [7, column(0, 0, 0)],
    ])("pays (4 − %p)/4 of the loss", (yearIndex, expected) => {
      expect(spill(PHASEOUT, [PREVIOUS, AMOUNT, 4, yearIndex])).toEqual(expected);
    });
  });

  describe("when the share does not come out in whole cents", () => {
    it.each([
      // Loss 100 over 3 years: 100·2/3 = 66.666… → 66.67, 100·1/3 = 33.333… → 33.33 (half-up).
      [1, column(66.67)],
      [2, column(33.33)],
    ])("rounds year %p half-up to the cent", (yearIndex, expected) => {
      expect(spill(PHASEOUT, [column(100), column(0), 3, yearIndex])).toEqual(expected);
    });
  });

  it("pays nothing with 0 phase-out years", () => {
    expect(spill(PHASEOUT, [PREVIOUS, AMOUNT, 0, 0])).toEqual(column(0, 0, 0));
  });

  it("gives blank results for trailing blank rows", () => {
    expect(spill(PHASEOUT, [column(500, null), column(400, null), 4, 0])).toEqual(column(100, ""));
  });

  describe("when the years are not usable", () => {
    it.each<[string, unknown[], string]>([
      [
        "fractional years",
        [PREVIOUS, AMOUNT, 2.5, 0],
        "Abschmelzjahre (years): Hier wird eine ganze Zahl erwartet.",
      ],
      [
        "negative years",
        [PREVIOUS, AMOUNT, -1, 0],
        "Abschmelzjahre (years): Der Wert muss mindestens 0 sein.",
      ],
      [
        "a negative year index",
        [PREVIOUS, AMOUNT, 4, -1],
        "Jahr seit Quotenstart (yearIndex): Der Wert muss mindestens 0 sein.",
      ],
      [
        "missing years",
        [PREVIOUS, AMOUNT, null, 0],
        "Abschmelzjahre (years): Dieses Argument fehlt.",
      ],
      [
        "amounts of another height",
        [PREVIOUS, column(1, 2), 4, 0],
        "Neuer Betrag (amount) hat 2 Zeilen, Budget Vorjahr (previous) aber 3. Die Bereiche müssen gleich viele Zeilen haben.",
      ],
      [
        "a negative amount",
        [PREVIOUS, column(1, -2, 3), 4, 0],
        "Neuer Betrag (amount), Zeile 2: Der Wert darf nicht negativ sein.",
      ],
    ])("reports %s", (_case, args, message) => {
      expect(messageOf(PHASEOUT, args)).toBe(message);
    });
  });
});
