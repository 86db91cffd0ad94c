/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * "Beraten → Gewichte", Übernehmen: tried weights and a typed load-factor floor written into
 * the input tables. Apart from weights.test.tsx: in one file, the tests after an adopting test
 * ran several times slower in jsdom (cause not pinned down), close to jest's timeout.
 */
import { fireEvent } from "@testing-library/react";
import { renderPane, sampleWorkbook, screen, waitFor } from "../helpers";
import { FIRST_INDICATOR, openWeights, previewRow } from "./weightsHelpers";

/** tblGewichte sits at Indikatoren!F1; the first indicator's Gewicht is G2. */
const FIRST_WEIGHT_CELL = "G2";
/** tblParameter's row "Belastungsfaktor Untergrenze" (the seventh parameter), column Wert. */
const FLOOR_CELL = "B8";

describe("when tried weights are adopted", () => {
  it("can adopt the tried weights: the Gewicht cell changes and the inputs are checked again", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    const table = await openWeights(user);
    fireEvent.change(screen.getByRole("slider", { name: FIRST_INDICATOR }), {
      target: { value: "0.6" },
    });

    await user.click(screen.getByRole("button", { name: "Übernehmen" }));

    await screen.findByText(
      "Gewichte und Grenzen in die Arbeitsmappe übernommen; die Eingaben wurden neu geprüft."
    );
    expect(excel.getValues("Indikatoren", FIRST_WEIGHT_CELL)).toEqual([[0.6]]);
    // The workbook now holds the tried weights: nothing differs any more.
    await screen.findByText("Noch keine Änderung gegenüber der Arbeitsmappe.");
    expect(previewRow(table, "Gemeinde Amt Neuhaus")).toBe(
      "Gemeinde Amt Neuhaus1,3875,61 %125.160,02"
    );
    expect(screen.getByRole("button", { name: "Übernehmen" })).toBeDisabled();
  });
});

describe("when a load-factor floor is tried", () => {
  it("can raise the low factors to the typed floor and adopt it into the empty parameter", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    const table = await openWeights(user);

    await user.click(screen.getByRole("switch", { name: "Untergrenze verwenden" }));
    const exact = screen.getByRole("spinbutton", { name: "Untergrenze, genauer Wert" });
    // Switched on at the default 0.8; 0.9 typed the German way.
    expect(exact).toHaveValue("0,80");
    await user.clear(exact);
    await user.type(exact, "0,9{Enter}");

    // SG Gellersen's 0.76591 is raised to 0.9: amount 261,197.85 € instead of 231,300.72 €.
    await waitFor(() =>
      expect(previewRow(table, "SG Gellersen")).toBe("SG Gellersen0,90011,70 %261.197,85+29.897,13")
    );
    // An empty cell reads as "" (as in Excel).
    expect(excel.getValues("Parameter", FLOOR_CELL)).toEqual([[""]]);

    await user.click(screen.getByRole("button", { name: "Übernehmen" }));

    await waitFor(() => expect(excel.getValues("Parameter", FLOOR_CELL)).toEqual([[0.9]]));
    await screen.findByText("Noch keine Änderung gegenüber der Arbeitsmappe.");
  });
});
