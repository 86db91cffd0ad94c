/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * The "Prüfen" section over the real OfficeTaskpaneHost and the in-memory Excel host: grouped
 * issues, selecting an issue's cell, applying a fix, the empty result, host errors.
 */
import {
  CHECK_TIME,
  firstCheck,
  issueSection,
  renderPane,
  sampleWithTextNumber,
  sampleWithThreeProblems,
  sampleWorkbook,
  screen,
  verdict,
  waitFor,
  within,
} from "./helpers";

describe("when the inputs have errors and warnings", () => {
  it("can list them grouped by severity, then by sheet, each with its cell and message", async () => {
    renderPane(sampleWithThreeProblems().host);
    await firstCheck();

    expect(verdict()).toHaveTextContent("3 Fehler, 1 Warnung");
    const errors = issueSection(/^Fehler \(3\)$/);
    expect(within(errors).getByRole("heading", { level: 3 })).toHaveTextContent("Verwendung");
    // Sorted by position on the sheet: C4 (row 4) before A10 and A12.
    const cells = within(errors)
      .getAllByRole("listitem")
      .map((item) => item.querySelector("span")?.textContent);
    expect(cells).toEqual(["C4", "A10", "A12"]);
    expect(
      within(errors).getByRole("button", { name: /^C4 »Sachkosten« von »SG Dahlenburg«/ })
    ).toHaveTextContent("ist als Text »15.015,60« gespeichert statt als Zahl 15015,6.");

    const warnings = issueSection(/^Warnungen \(1\)$/);
    expect(within(warnings).getByRole("heading", { level: 3 })).toHaveTextContent("Parameter");
    expect(
      within(warnings).getByRole("button", { name: /^A6 Den Parameter »Sockelbetrg«/ })
    ).toBeInTheDocument();
    expect(
      within(warnings).getByRole("button", { name: "Meinten Sie »Sockelbetrag«?" })
    ).toBeEnabled();
  });

  it("can select an issue's cell in Excel by clicking the issue", async () => {
    const { excel, host } = sampleWithThreeProblems();
    const { user } = renderPane(host);
    await firstCheck();

    await user.click(screen.getByRole("button", { name: /^A10 Die Gemeinde »SG Ilmenua«/ }));

    await waitFor(() => expect(excel.selection).toBe("Verwendung!A10"));
  });

  it("can apply a fix, which writes the cell and checks again", async () => {
    const { excel, host } = sampleWithThreeProblems();
    const { user } = renderPane(host);
    await firstCheck();

    await user.click(screen.getByRole("button", { name: "Als Zahl 15015,6 übernehmen" }));

    await waitFor(() => expect(issueSection(/^Fehler \(2\)$/)).toBeInTheDocument());
    expect(excel.getValues("Verwendung", "C4")).toEqual([[15015.6]]);
    expect(excel.getValueTypes("Verwendung", "C4")).toEqual([["Double"]]);
    expect(screen.queryByRole("button", { name: /^C4 / })).not.toBeInTheDocument();
    expect(screen.getByText("Korrektur in Verwendung!C4 übernommen.")).toBeInTheDocument();
  });
});

describe("when the inputs are valid", () => {
  it("can say clearly that no problems were found", async () => {
    renderPane(sampleWorkbook().host);
    await firstCheck();

    expect(verdict()).toHaveTextContent(
      "Keine Probleme gefundenAlle Eingaben sind vollständig und gültig."
    );
    expect(screen.queryByRole("region", { name: /^(Fehler|Warnungen)/ })).not.toBeInTheDocument();
  });

  it("can check again on request and show the time of the check", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host, { clock: () => CHECK_TIME });
    await firstCheck();
    excel.setValues("Verwendung", "A10", [["SG Ilmenua"]]);

    await user.click(screen.getByRole("button", { name: "Prüfen" }));

    await waitFor(() => expect(verdict()).toHaveTextContent("2 Fehler"));
    expect(screen.getByText("Zuletzt geprüft um 14:03:12")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Prüfen (2 Fehler)" })).toBeInTheDocument();
  });
});

describe("when the workbook has no input tables", () => {
  it("can point to the settings to create them", async () => {
    renderPane(sampleWorkbook("empty").host);
    await firstCheck();

    expect(screen.getByText(/enthält noch keine Eingabetabellen/)).toBeInTheDocument();
  });
});

describe("when Excel refuses an operation", () => {
  it("can show the host's German message and leave the workbook as it was", async () => {
    const { excel, host } = sampleWithTextNumber();
    const { user } = renderPane(host);
    await firstCheck();
    const before = excel.dump();
    excel.failNextSync({ code: "ConnectionFailure" });

    await user.click(screen.getByRole("button", { name: "Als Zahl 15015,6 übernehmen" }));

    const alert = await screen.findByText(/Die Verbindung zu Excel ist unterbrochen/);
    expect(alert).toHaveTextContent("die Arbeitsmappe wurde nicht verändert");
    expect(screen.getByText("Excel hat den Vorgang nicht ausgeführt")).toBeInTheDocument();
    expect(excel.dump()).toEqual(before);
  });
});
