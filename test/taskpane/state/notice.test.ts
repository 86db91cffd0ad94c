/**
 * errorNotice: errors that carry German advice (Excel's, the workbook layer's) are shown as they
 * are; anything else is an unexpected error of the add-in.
 */
import { HostError } from "../../../src/adapters/officejs/errors";
import { textsFor } from "../../../src/taskpane/i18n";
import { errorNotice } from "../../../src/taskpane/state/notice";
import { InputEditError } from "../../../src/workbook/index";

const MISSING = "Die Tabelle »tblParameter« (Blatt »Parameter«) fehlt; nichts wurde übernommen.";

describe("errorNotice", () => {
  it.each([
    ["de-DE", "Nicht übernommen"],
    ["en-US", "Not adopted"],
  ])("shows an InputEditError's German message as an error (%s)", (language, title) => {
    const error = new InputEditError("MISSING_TABLE", MISSING);
    expect(errorNotice(error, textsFor(language))).toEqual({
      intent: "error",
      title,
      text: MISSING,
      textLang: "de",
    });
  });

  it("shows a HostError's German advice under Excel's title", () => {
    const error = new HostError("CONNECTION_LOST", "Die Verbindung zu Excel ist unterbrochen.");
    expect(errorNotice(error, textsFor("de-DE"))).toEqual({
      intent: "error",
      title: "Excel hat den Vorgang nicht ausgeführt",
      text: "Die Verbindung zu Excel ist unterbrochen.",
      textLang: "de",
    });
  });

  it("calls any other error unexpected and logs it for the developer", () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const error = new Error(MISSING);
      const notice = errorNotice(error, textsFor("de-DE"));
      expect(notice.title).toBe("Unerwarteter Fehler im Add-in");
      expect(notice.text).toMatch(/^Die Tabelle »tblParameter« .* übernommen\. Bitte schließen/);
      expect(log).toHaveBeenCalledWith(error);
    } finally {
      log.mockRestore();
    }
  });
});
