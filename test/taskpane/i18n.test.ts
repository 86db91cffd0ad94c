import { isGerman, localeFor, textsFor } from "../../src/taskpane/i18n";

describe("when the display language is chosen", () => {
  it.each([
    ["de-DE", true],
    ["de-AT", true],
    ["DE-ch", true],
    ["en-US", false],
    ["fr-FR", false],
    ["", false],
  ])("can tell whether %j is German (%s)", (language, german) => {
    expect(isGerman(language)).toBe(german);
    expect(textsFor(language).tabCheck).toBe(german ? "Prüfen" : "Check");
  });

  it.each([
    ["de-DE", "de-DE"],
    ["de-CH", "de-DE"],
    ["en-US", "en-US"],
    ["en-GB", "en-GB"],
    ["", "en-GB"],
    ["not a tag", "en-GB"],
  ])("can pick the number locale for %j: %s", (language, locale) => {
    expect(localeFor(language)).toBe(locale);
  });
});

describe("when both languages are compared", () => {
  it("can find every German text in English too, with the same kind", () => {
    const de = textsFor("de-DE");
    const en = textsFor("en-US");
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect([key, typeof en[key]]).toEqual([key, typeof de[key]]);
    }
  });

  it.each([
    [0, 1, "1 Warnung", "1 warning"],
    [2, 0, "2 Fehler", "2 errors"],
    [1, 3, "1 Fehler, 3 Warnungen", "1 error, 3 warnings"],
  ])("can count %i errors and %i warnings", (errors, warnings, german, english) => {
    expect(textsFor("de").issueSummary(errors, warnings)).toBe(german);
    expect(textsFor("en").issueSummary(errors, warnings)).toBe(english);
  });

  it.each([
    [3, 1, "Prüfung: 3 Fehler, 1 Warnung", "Check: 3 errors, 1 warning"],
    [1, 0, "Prüfung: 1 Fehler", "Check: 1 error"],
    [0, 2, "Prüfung: 2 Warnungen", "Check: 2 warnings"],
    [0, 0, "Prüfung: keine Probleme gefunden", "Check: no problems found"],
  ])("can announce a check with %i errors and %i warnings", (errors, warnings, german, english) => {
    expect(textsFor("de").checkAnnouncement(errors, warnings)).toBe(german);
    expect(textsFor("en").checkAnnouncement(errors, warnings)).toBe(english);
  });

  it.each([
    [0, "Regionsblätter gefüllt", "Region sheets filled"],
    [1, "Regionsblätter gefüllt, 1 Warnung", "Region sheets filled, 1 warning"],
    [2, "Regionsblätter gefüllt, 2 Warnungen", "Region sheets filled, 2 warnings"],
  ])("can announce a fill with %i warnings", (warnings, german, english) => {
    expect(textsFor("de").filledAnnouncement(warnings)).toBe(german);
    expect(textsFor("en").filledAnnouncement(warnings)).toBe(english);
  });
});
