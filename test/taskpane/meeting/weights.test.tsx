/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * "Beraten → Gewichte": moving a weight slider changes the preview at once and writes nothing;
 * Zurücksetzen returns to the workbook (Übernehmen: weights-adopt.test.tsx).
 */
import { fireEvent } from "@testing-library/react";
import { renderPane, sampleWorkbook, screen, waitFor } from "../helpers";
import { FIRST_INDICATOR, openWeights, previewRow } from "./weightsHelpers";

describe("when a weight slider is moved", () => {
  it("can preview the new figures at once and write nothing", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    const table = await openWeights(user);
    // The golden report: load factor 1.36813, quota 5.529 %, amount 123,463.10 €.
    expect(previewRow(table, "Gemeinde Amt Neuhaus")).toBe(
      "Gemeinde Amt Neuhaus1,3685,53 %123.463,10"
    );
    const before = excel.dump();

    fireEvent.change(screen.getByRole("slider", { name: FIRST_INDICATOR }), {
      target: { value: "0.6" },
    });

    // Weights 0.6 / 0.3 / 0.3 (shares 50 / 25 / 25 %): amount 125,160.02 €, i.e.
    // 125,160.02 − 123,463.10 = +1,696.92 € against the workbook.
    await waitFor(() =>
      expect(previewRow(table, "Gemeinde Amt Neuhaus")).toBe(
        "Gemeinde Amt Neuhaus1,3875,61 %125.160,02+1.696,92"
      )
    );
    expect(screen.getByText("Anteil 50,0 %")).toBeInTheDocument();
    expect(
      screen.getByText("10 Gemeinden anders als in der Arbeitsmappe (hervorgehoben).")
    ).toBeInTheDocument();
    expect(
      screen.getByRole("spinbutton", { name: `${FIRST_INDICATOR}, genauer Wert` })
    ).toHaveValue("0,60");
    expect(excel.dump()).toEqual(before);
  });

  it("can reset to the workbook's values", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    const table = await openWeights(user);
    const slider = screen.getByRole("slider", { name: FIRST_INDICATOR });
    fireEvent.change(slider, { target: { value: "0.6" } });
    await waitFor(() => expect(previewRow(table, "Gemeinde Amt Neuhaus")).toContain("125.160,02"));

    await user.click(screen.getByRole("button", { name: "Zurücksetzen" }));

    await waitFor(() =>
      expect(previewRow(table, "Gemeinde Amt Neuhaus")).toBe(
        "Gemeinde Amt Neuhaus1,3685,53 %123.463,10"
      )
    );
    expect(slider).toHaveValue("0.4");
    expect(screen.getByRole("button", { name: "Zurücksetzen" })).toBeDisabled();
  });

  it("can show the engine's German message when every weight is 0", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openWeights(user);

    for (const slider of screen.getAllByRole("slider")) {
      fireEvent.change(slider, { target: { value: "0" } });
    }

    expect(await screen.findByText("So nicht berechenbar")).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Vorschau je Gemeinde" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Übernehmen" })).toBeDisabled();
  });
});
