/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * "Beraten → Modelle": the four financing models of the sample side by side, the chart, the
 * infeasible KORRIDOR with its German message, Übernehmen and writing the Modellvergleich sheet.
 */
import { MODEL_COLORS } from "../../../src/taskpane/meeting/compare/ChangeChart";
import { firstCheck, renderPane, sampleWorkbook, screen, waitFor, within } from "../helpers";

/** The sample's Finanzierungsmodell cell (tblParameter's third row, column Wert). */
const MODEL_CELL = "B4";

async function openCompare(user: ReturnType<typeof renderPane>["user"]): Promise<void> {
  await firstCheck();
  await user.click(screen.getByRole("tab", { name: "Beraten" }));
  await screen.findByRole("table", { name: "Modelle im Überblick" });
}

/** The rows of a table as texts with plain spaces. */
function rowTexts(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole("row")
    .map((row) => (row.textContent ?? "").replace(/\s/g, " "));
}

describe("when the inputs are valid", () => {
  it("can show the four models with their compensation and KORRIDOR as not feasible", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openCompare(user);

    const overview = screen.getByRole("table", { name: "Modelle im Überblick" });
    // Compensation totals from the engine for the sample (year index 1 of 4 → 3/4 of the loss):
    // BELASTUNG (6852.74 + 14730.96 + 12524.46) = 34108.16, the golden report's total.
    expect(rowTexts(overview)).toEqual([
      "ModellAusgleich",
      "EINWOHNERnach BevölkerungÜbernehmen35.334,29 €",
      "BELASTUNGaktuellnach Bevölkerung × BelastungsfaktorÜbernehmen34.108,16 €",
      "SOCKELSockelbetrag je Gemeinde, Rest nach QuoteÜbernehmen86.881,04 €",
      "KORRIDORnach Quote, Veränderung begrenztÜbernehmennicht möglich",
      // The engine's German message, in a row of its own.
      expect.stringMatching(/^Mit einem Korridor von ±5 % .* nicht erreichbar; möglich ist/),
    ]);
    expect(screen.getByRole("button", { name: "Modell BELASTUNG übernehmen" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Modell KORRIDOR übernehmen" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Modell SOCKEL übernehmen" })).toBeEnabled();
  });

  it("can draw the chart of the changes with an accessible name and a legend of three models", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openCompare(user);

    const chart = screen.getByRole("img", {
      name: "Veränderung gegenüber Vorjahr je Gemeinde und Modell",
    });
    // Ten municipalities × three feasible models (KORRIDOR is not feasible) = 30 bars.
    const bars = Array.from(chart.querySelectorAll<SVGRectElement>('rect[role="option"]'));
    expect(bars).toHaveLength(30);
    // The pane's German legend: one entry per feasible model, in the overview's order.
    const legend = screen.getByRole("list", { name: "Legende: Farbe je Modell" });
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((entry) => entry.textContent)
    ).toEqual(["EINWOHNER", "BELASTUNG", "SOCKEL"]);
    // The euro axis in German whole euros, through zero.
    const ticks = Array.from(chart.querySelectorAll("text"), (text) =>
      (text.textContent ?? "").replace(/\s/g, " ")
    );
    expect(ticks).toContain("0 €");
    expect(ticks.filter((tick) => tick.endsWith("€"))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^-\d{1,3}(\.\d{3})* €$/)])
    );
  });

  it("can keep the chart library's English labels and tab stops out of reach (inert)", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openCompare(user);

    const chart = screen.getByRole("img", {
      name: "Veränderung gegenüber Vorjahr je Gemeinde und Modell",
    });
    const english = Array.from(document.querySelectorAll("[aria-label]")).filter((element) =>
      /category|Legends|bars|chart/i.test(element.getAttribute("aria-label") ?? "")
    );
    // The library names its bar groups "…, category 1 of 10, with 3 bars".
    expect(english.length).toBeGreaterThanOrEqual(10);
    expect(english.every((element) => element.closest("[inert]") !== null)).toBe(true);
    const focusableBars = chart.querySelectorAll('[tabindex="0"]');
    expect(Array.from(focusableBars).every((element) => element.closest("[inert]") !== null)).toBe(
      true
    );
    expect(screen.queryByRole("listbox", { name: "Legends" })).not.toBeInTheDocument();
  });

  it("can show the chart's figures as a table, gains and losses by sign", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openCompare(user);
    const toggle = screen.getByRole("button", { name: "Als Tabelle anzeigen" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");

    await user.click(toggle);

    const table = screen.getByRole("table", {
      name: "Veränderung gegenüber Vorjahr je Gemeinde und Modell (Euro)",
    });
    const rows = rowTexts(table);
    expect(rows[0]).toBe("GemeindeEINWOHNERBELASTUNGSOCKEL");
    // The same figures as the bars (see the next test): −24,757.79 / +8,463.10 / +53,172.86.
    expect(rows[1]).toBe("Gemeinde Amt Neuhaus-24.757,79+8.463,10+53.172,86");
    expect(rows).toHaveLength(11);
    // It scrolls in its own region, which Tab reaches and which is named by the caption.
    const region = screen.getByRole("region", {
      name: "Veränderung gegenüber Vorjahr je Gemeinde und Modell (Euro)",
    });
    expect(region).toHaveAttribute("tabindex", "0");
    const hide = screen.getByRole("button", { name: "Tabelle ausblenden" });
    expect(hide).toHaveAttribute("aria-expanded", "true");
    expect(hide).toHaveAttribute("aria-controls", table.parentElement?.parentElement?.id);

    await user.click(hide);

    expect(
      screen.queryByRole("table", {
        name: "Veränderung gegenüber Vorjahr je Gemeinde und Modell (Euro)",
      })
    ).not.toBeInTheDocument();
  });

  it("can draw each bar in its model's colour, named with the German amount, losses below zero", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openCompare(user);

    const chart = screen.getByRole("img", {
      name: "Veränderung gegenüber Vorjahr je Gemeinde und Modell",
    });
    const bar = (label: string) =>
      Array.from(chart.querySelectorAll<SVGRectElement>('rect[role="option"]')).find((rect) =>
        (rect.getAttribute("aria-label") ?? "").replace(/\s/g, " ").startsWith(label)
      );
    const loss = bar("SG Bardowick, SOCKEL");
    const largest = bar("Stadt Bleckede, BELASTUNG");
    expect(loss?.getAttribute("aria-label")?.replace(/\s/g, " ")).toBe(
      "SG Bardowick, SOCKEL: -56.837,30 €"
    );
    expect(largest?.getAttribute("aria-label")?.replace(/\s/g, " ")).toBe(
      "Stadt Bleckede, BELASTUNG: +93.356,75 €"
    );
    expect(loss?.getAttribute("fill")).toBe(MODEL_COLORS.SOCKEL);
    expect(largest?.getAttribute("fill")).toBe(MODEL_COLORS.BELASTUNG);
    const top = (rect: SVGRectElement | undefined) => Number(rect?.getAttribute("y"));
    const height = (rect: SVGRectElement | undefined) => Number(rect?.getAttribute("height"));
    // The gain ends at the zero line where the loss begins.
    expect(top(loss)).toBeCloseTo(top(largest) + height(largest), 0);
    // Bar lengths in proportion: 56,837.30 / 93,356.75 = 0.6088.
    expect(height(loss) / height(largest)).toBeCloseTo(0.6088, 3);
  });

  it.each([
    // Change share = change / previous budget: 8463.10 / 115000 = 7.36 %, −19641.28 / 326000.
    ["BELASTUNG", "Gemeinde Amt Neuhaus123.463,10+8.463,10 · +7,4 %0,00"],
    ["EINWOHNER", "Gemeinde Amt Neuhaus90.242,21-24.757,79 · -21,5 %18.568,34"],
    ["SOCKEL", "Gemeinde Amt Neuhaus168.172,86+53.172,86 · +46,2 %0,00"],
  ])("can show %s per municipality with amount, change and compensation", async (model, row) => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openCompare(user);

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Je Gemeinde für Modell" }),
      model
    );

    const table = screen.getByRole("table", { name: `Modell ${model} je Gemeinde (Euro)` });
    const rows = rowTexts(table);
    expect(rows[0]).toBe("GemeindeBetrag, VeränderungAusgleich");
    expect(rows[1]).toBe(row);
    // Every model distributes exactly B = 2,233,000.00; the previous budgets sum to 2,030,000.
    expect(rows.at(-1)).toMatch(/^Summe2\.233\.000,00\+203\.000,00/);
  });

  it("can adopt a model: the model cell changes and the inputs are checked again", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openCompare(user);

    await user.click(screen.getByRole("button", { name: "Modell SOCKEL übernehmen" }));

    await screen.findByText(
      "Modell SOCKEL in die Parameter übernommen; die Eingaben wurden neu geprüft."
    );
    expect(excel.getValues("Parameter", MODEL_CELL)).toEqual([["SOCKEL"]]);
    const overview = screen.getByRole("table", { name: "Modelle im Überblick" });
    await waitFor(() =>
      expect(within(overview).getByRole("row", { name: /^SOCKEL/ }).textContent).toContain(
        "aktuell"
      )
    );
    expect(screen.getByRole("button", { name: "Modell SOCKEL übernehmen" })).toBeDisabled();
  });

  it("can write the Modellvergleich sheet with its chart", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openCompare(user);

    await user.click(screen.getByRole("button", { name: "In Arbeitsmappe schreiben" }));

    await screen.findByText("Blatt »Modellvergleich« geschrieben.");
    expect(excel.sheetNames).toContain("Modellvergleich");
    expect(excel.getCharts("Modellvergleich").map((chart) => chart.title)).toEqual([
      "Veränderung gegenüber Vorjahr je Gemeinde und Modell",
    ]);
  });
});

describe("when the inputs have an error", () => {
  it("can say that the comparison needs valid inputs", async () => {
    const { excel, host } = sampleWorkbook();
    excel.setValues("Parameter", "B3", [["viel"]]);
    const { user } = renderPane(host);
    await firstCheck();

    await user.click(screen.getByRole("tab", { name: "Beraten" }));

    expect(
      screen.getByText(
        "Dafür müssen die Eingaben gültig sein. Beheben Sie zuerst die Fehler unter »Prüfen«."
      )
    ).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});
