/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * What screen-reader and keyboard users get from the pane (issue 12): the announcements made
 * through Fluent's AriaLiveAnnouncer (which speaks through document.ariaNotify where the browser
 * has it, as Chromium does; here a recording stand-in), where focus goes after an action, and
 * the page's language. The real browser, the keyboard walk and axe are in test/integration/e2e.
 */
import {
  firstCheck,
  renderPane,
  sampleWithTextNumber,
  sampleWithThreeProblems,
  sampleWorkbook,
  screen,
  verdict,
  waitFor,
  within,
} from "./helpers";

/** The check's German message for tblParameter's Gesamtbudget typed as a word. */
const REASON =
  "Parameter!B3: Der Parameter »Gesamtbudget« muss eine Zahl sein, die Zelle enthält »viel«.";

type Notify = jest.Mock<void, [string, { priority?: string }?]>;
let notify: Notify;

beforeEach(() => {
  notify = jest.fn();
  Object.defineProperty(document, "ariaNotify", { value: notify, configurable: true });
});

afterEach(() => {
  delete (document as { ariaNotify?: unknown }).ariaNotify;
  document.documentElement.lang = "";
});

/** Everything announced so far, in order. */
function announced(): string[] {
  return notify.mock.calls.map(([message]) => message);
}

describe("when the user checks the inputs", () => {
  it("can announce the count of errors and warnings once and move focus to the verdict", async () => {
    const { user } = renderPane(sampleWithThreeProblems().host);
    await firstCheck();
    await waitFor(() => expect(announced()).toEqual(["Prüfung: 3 Fehler, 1 Warnung"]));

    await user.click(screen.getByRole("button", { name: "Prüfen" }));

    // Asked for, the same outcome is announced again; the verdict bar itself stays silent.
    await waitFor(() =>
      expect(announced()).toEqual(["Prüfung: 3 Fehler, 1 Warnung", "Prüfung: 3 Fehler, 1 Warnung"])
    );
    await waitFor(() => expect(within(verdict()).getByRole("group")).toHaveFocus());
    expect(verdict()).toHaveTextContent("3 Fehler, 1 Warnung");
  });

  it("can announce a clean check as such", async () => {
    renderPane(sampleWorkbook().host);
    await firstCheck();

    await waitFor(() => expect(announced()).toEqual(["Prüfung: keine Probleme gefunden"]));
  });

  it("can announce a fix through the message bar, and the check after it", async () => {
    const { user } = renderPane(sampleWithTextNumber().host);
    await firstCheck();
    await waitFor(() => expect(announced()).toEqual(["Prüfung: 1 Fehler"]));

    await user.click(screen.getByRole("button", { name: "Als Zahl 15015,6 übernehmen" }));

    await screen.findByText("Korrektur in Verwendung!C4 übernommen.");
    await waitFor(() =>
      expect(announced()).toEqual([
        "Prüfung: 1 Fehler",
        "Korrektur in Verwendung!C4 übernommen.",
        "Prüfung: keine Probleme gefunden",
      ])
    );
    // The message has the focus: the fix button that had it is gone.
    expect(
      screen.getByText("Korrektur in Verwendung!C4 übernommen.").closest("[tabindex]")
    ).toHaveFocus();
  });

  it("can name the error count in the Prüfen tab, not only show a red number", async () => {
    renderPane(sampleWithThreeProblems().host);
    await firstCheck();

    expect(screen.getByRole("tab", { name: "Prüfen (3 Fehler)" })).toBeInTheDocument();
  });
});

describe("when the user fills the region sheets", () => {
  it("can announce the start and the end, and move focus to the result", async () => {
    const { user } = renderPane(sampleWorkbook().host);
    await firstCheck();
    await user.click(screen.getByRole("tab", { name: "Füllen" }));
    notify.mockClear();

    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));

    await screen.findByRole("table", { name: "Budget je Region" });
    await waitFor(() =>
      expect(announced()).toEqual(["Regionsblätter werden gefüllt …", "Regionsblätter gefüllt"])
    );
    await waitFor(() =>
      expect(screen.getByRole("group", { name: /^Regionsblätter gefüllt um/ })).toHaveFocus()
    );
  });

  it("can announce a refused fill with the number of errors", async () => {
    const { user } = renderPane(sampleWithThreeProblems().host);
    await firstCheck();
    await user.click(screen.getByRole("tab", { name: /^Füllen/ }));
    notify.mockClear();

    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));

    await screen.findByText("Nichts geschrieben");
    await waitFor(() =>
      expect(announced()).toEqual([
        "Regionsblätter werden gefüllt …",
        "Nichts geschrieben: 3 Fehler",
      ])
    );
  });

  it("can undo and close the message with Escape, focus going to the pane's heading", async () => {
    const { user } = renderPane(sampleWorkbook().host);
    await firstCheck();
    await user.click(screen.getByRole("tab", { name: "Füllen" }));
    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));
    await screen.findByRole("table", { name: "Budget je Region" });
    await waitFor(() => expect(screen.getByRole("button", { name: "Rückgängig" })).toBeEnabled());

    await user.click(screen.getByRole("button", { name: "Rückgängig" }));
    const message = await screen.findByText(/^Die letzte Füllung ist rückgängig gemacht/);
    await waitFor(() => expect(message.closest("[tabindex]")).toHaveFocus());
    await user.keyboard("{Escape}");

    expect(screen.queryByText(/rückgängig gemacht/)).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Sozialraumbudget" })).toHaveFocus();
  });
});

describe("when the pane opens", () => {
  it.each([
    ["de-DE", "de"],
    ["de-AT", "de"],
    ["en-US", "en"],
    // French Office gets the English texts, so the page says English.
    ["fr-FR", "en"],
  ])("can set <html lang> for display language %s to %s", async (language, lang) => {
    renderPane(sampleWorkbook().host, { language });

    await waitFor(() => expect(document.documentElement.lang).toBe(lang));
  });

  it("can mark the workbook's German messages as German in the English pane", async () => {
    renderPane(sampleWithTextNumber().host, { language: "en-US" });
    await screen.findByText("Last checked at 02:03:12 PM");

    expect(document.documentElement.lang).toBe("en");
    const message = screen.getByText(/ist als Text »15\.015,60« gespeichert/);
    expect(message).toHaveAttribute("lang", "de");
    expect(screen.getByText("Als Zahl 15015,6 übernehmen")).toHaveAttribute("lang", "de");
  });

  it("can mark only the German reason of an unwritten sheet as German in the English pane", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host, { language: "en-US" });
    await screen.findByText("Last checked at 02:03:12 PM");
    await user.click(screen.getByRole("tab", { name: "Discuss" }));
    await screen.findByRole("button", { name: "Write to workbook" });
    // A co-author's edit the pane has not heard of yet: the write reads it and refuses.
    excel.setValues("Parameter", "B3", [["viel"]]);

    await user.click(screen.getByRole("button", { name: "Write to workbook" }));

    const reason = await screen.findByText(REASON);
    expect(reason).toHaveAttribute("lang", "de");
    const line = reason.parentElement as HTMLElement;
    expect(line.textContent).toBe(`Sheet “Modellvergleich” not written: ${REASON}`);
    expect(line).not.toHaveAttribute("lang");
    expect(excel.sheetNames).not.toContain("Modellvergleich");
  });

  it("can offer German landmarks: banner with the heading, main with the tabs, footer", async () => {
    renderPane(sampleWorkbook().host);
    await firstCheck();

    const banner = screen.getByRole("banner");
    expect(within(banner).getByRole("heading", { level: 1 })).toHaveTextContent("Sozialraumbudget");
    expect(within(screen.getByRole("main")).getByRole("tablist")).toHaveAccessibleName(
      "Bereiche des Add-ins"
    );
    expect(screen.getByRole("contentinfo")).toHaveTextContent("Über: Version 1.2.3");
    expect(verdict()).toBeInTheDocument();
  });
});

/** Fluent's built-in English labels that must not reach a German screen reader. */
const ENGLISH =
  /\b(increment|decrement|value|close|dismiss|clear|selection|legends?|more|category|bars?|chart)\b/i;

/** The aria-labels and titles in the pane that a screen reader can reach (not inert). */
function spokenLabels(): string[] {
  return Array.from(document.querySelectorAll("[aria-label], [title]"))
    .filter((element) => element.closest("[inert]") === null)
    .flatMap((element) => [element.getAttribute("aria-label"), element.getAttribute("title")])
    .filter((label): label is string => label !== null);
}

describe("when a screen reader reads the controls", () => {
  it("can find a German name on every button in every section, Fluent's own ones too", async () => {
    const { user } = renderPane(sampleWithTextNumber().host);
    await firstCheck();
    const seen: string[] = [];
    const look = () => {
      for (const button of screen.getAllByRole("button")) {
        expect(button).toHaveAccessibleName();
      }
      seen.push(...spokenLabels());
    };
    look();
    await user.click(screen.getByRole("button", { name: "Als Zahl 15015,6 übernehmen" }));
    await screen.findByRole("button", { name: "Meldung schließen" });
    look();
    for (const tab of ["Füllen", "Beraten", "Einstellungen"]) {
      await user.click(screen.getByRole("tab", { name: tab }));
      look();
    }
    await user.click(screen.getByRole("tab", { name: "Beraten" }));
    for (const tool of ["Gewichte", "Mehrjahresplan"]) {
      await user.click(screen.getByRole("tab", { name: tool }));
      look();
    }
    await user.click(screen.getByRole("tab", { name: "Gewichte" }));

    expect(seen).toEqual(
      expect.arrayContaining(["Meldung schließen", "Wert erhöhen", "Wert verringern"])
    );
    expect(seen.filter((label) => ENGLISH.test(label))).toEqual([]);
  });
});
