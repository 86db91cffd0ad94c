/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * The pane's language follows Office's display language: German for "de…", English otherwise,
 * with numbers and times in that locale.
 */
import { firstCheck, renderPane, sampleWorkbook, screen, verdict, within } from "./helpers";

describe("when Office's display language is English", () => {
  it("can show English texts and English number formats", async () => {
    const { user } = renderPane(sampleWorkbook().host, { language: "en-US" });
    await screen.findByText("Last checked at 02:03:12 PM");

    expect(verdict()).toHaveTextContent("No problems found");
    for (const name of ["Check", "Fill", "Settings"]) {
      expect(screen.getByRole("tab", { name })).toBeInTheDocument();
    }
    await user.click(screen.getByRole("tab", { name: "Fill" }));
    await user.click(screen.getByRole("button", { name: "Fill region sheets" }));

    const table = await screen.findByRole("table", { name: "Budget per region" });
    expect(within(table).getByRole("row", { name: /^Region 1/ })).toHaveTextContent(
      "Region 1€1,009,005.32"
    );
    expect(within(table).getByRole("row", { name: /^District total/ })).toHaveTextContent(
      "District total€2,928,477.54"
    );
  });
});

describe("when Office's display language is German", () => {
  it.each(["de-DE", "de-AT", "de-CH"])("can show German texts for %s", async (language) => {
    renderPane(sampleWorkbook().host, { language });
    await firstCheck();

    expect(verdict()).toHaveTextContent("Keine Probleme gefunden");
    expect(screen.getByRole("tab", { name: "Einstellungen" })).toBeInTheDocument();
  });
});
