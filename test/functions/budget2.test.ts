import { BUDGET2 } from "../../src/functions/definitions";
import { HOST_CONVENTIONS, column } from "./support";

describe.each(HOST_CONVENTIONS)("SR.BUDGET2 in Excel $name", ({ messageOf, spill }) => {
  it.each([
    // R2 = 1,000,000 · 0.1 = 100,000; thirds: 33,333.33|33… each, the last cent to region 1.
    [column(1, 1, 1), column(33333.34, 33333.33, 33333.33)],
    // By (2, 1, 1): 50,000, 25,000, 25,000.
    [column(2, 1, 1), column(50000, 25000, 25000)],
  ])("allocates 10 %% of 1,000,000 by the key %p", (regionKey, expected) => {
    expect(spill(BUDGET2, [1_000_000, 0.1, regionKey])).toEqual(expected);
  });

  it("rounds R2 = H2·p to the cent before allocating", () => {
    // 1000.05 · 0.5 = 500.025 → 500.03 half-up; all to the single region.
    expect(spill(BUDGET2, [1000.05, 0.5, column(1)])).toEqual(column(500.03));
  });

  it("gives blank results for trailing blank rows of the key", () => {
    expect(spill(BUDGET2, [1000, 1, column(1, 3, null)])).toEqual(column(250, 750, ""));
  });

  it.each<[string, unknown[], string]>([
    [
      "a share above 1",
      [1000, 1.5, column(1)],
      "Anteil Regionalbudget 2 (share): Ein Anteil muss zwischen 0 und 1 liegen (z. B. 0,3 für 30 %).",
    ],
    [
      "a share written as percent text",
      [1000, "10 %", column(1)],
      "Anteil Regionalbudget 2 (share): „10 %“ ist Text, hier wird eine Zahl erwartet.",
    ],
    [
      "a negative budget",
      [-1000, 0.1, column(1)],
      "Budget ambulante Hilfen (ambulantBudget): Der Wert darf nicht negativ sein.",
    ],
    [
      "a key with text",
      [1000, 0.1, column(1, "Region 2")],
      "Regionsschlüssel (regionKey), Zeile 2: „Region 2“ ist Text, hier wird eine Zahl erwartet.",
    ],
  ])("reports %s", (_case, args, message) => {
    expect(messageOf(BUDGET2, args)).toBe(message);
  });

  it("refuses a key of zeros or empty cells", () => {
    expect(messageOf(BUDGET2, [1000, 0.1, column(0, null)])).toBe(
      "Regionsschlüssel (regionKey): Der Bereich enthält keine Werte (nur leere Zellen oder Nullen)."
    );
  });
});
