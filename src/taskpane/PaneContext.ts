/**
 * The pane's language for every component below App: the text table and the locale for numbers
 * and times, both derived once from Office's display language.
 */
import { createContext, useContext } from "react";
import type { Texts } from "./i18n";
import { isGerman, localeFor, textsFor } from "./i18n";

/** What components need to render text. */
export interface PaneLanguage {
  readonly texts: Texts;
  /** BCP 47 locale for Intl, e.g. "de-DE". */
  readonly locale: string;
  /** The language of the texts for `<html lang>`: "de", or "en" for the English table. */
  readonly lang: "de" | "en";
}

/** Returns the texts and locale for an Office display language such as "de-DE" or "en-US". */
export function paneLanguage(language: string): PaneLanguage {
  return {
    texts: textsFor(language),
    locale: localeFor(language),
    lang: isGerman(language) ? "de" : "en",
  };
}

/** The language in effect; German unless App provides another. */
export const PaneLanguageContext = createContext<PaneLanguage>(paneLanguage("de-DE"));

/** Returns the language in effect. */
export function usePaneLanguage(): PaneLanguage {
  return useContext(PaneLanguageContext);
}
