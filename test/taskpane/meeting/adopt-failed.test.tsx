/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * "Beraten → Modelle", Übernehmen when the input table has gone since the last check (a
 * co-author deleted the Parameter sheet): the pane says so in its message bar as an ordinary
 * error, not as an unexpected error of the add-in, and writes nothing.
 */
import { firstCheck, renderPane, sampleWorkbook, screen } from "../helpers";

describe("when tblParameter is gone before a model is adopted", () => {
  it("can say that the table is missing and nothing was adopted", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    await firstCheck();
    await user.click(screen.getByRole("tab", { name: "Beraten" }));
    await screen.findByRole("table", { name: "Modelle im Überblick" });
    // Without the sheet the reader has no fallback either: the table is missing outright.
    await excel.run(async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Parameter").delete();
      await context.sync();
    });
    const before = excel.dump();

    await user.click(screen.getByRole("button", { name: "Modell SOCKEL übernehmen" }));

    const message = await screen.findByText(
      "Die Tabelle »tblParameter« (Blatt »Parameter«) fehlt; nichts wurde übernommen."
    );
    // The message bar holds the title and the workbook layer's German text, nothing else.
    expect(message.closest(".fui-MessageBarBody")?.textContent).toBe(
      "Nicht übernommen Die Tabelle »tblParameter« (Blatt »Parameter«) fehlt; nichts wurde übernommen."
    );
    expect(screen.queryByText("Unerwarteter Fehler im Add-in")).not.toBeInTheDocument();
    expect(excel.dump()).toEqual(before);
  });
});
