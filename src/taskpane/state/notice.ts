/**
 * The one message bar of the pane: what just happened, or what went wrong and what to do. Host
 * errors (src/adapters/officejs/errors.ts) and the workbook layer's errors (src/workbook/errors.ts)
 * carry their own German advice; anything else is a bug in the add-in and says so, instead of
 * leaving the pane silently stuck.
 */
import { HostError } from "../../adapters/officejs/errors";
import { InputEditError } from "../../workbook/index";
import type { Texts } from "../i18n";

/** How a notice looks: Fluent UI MessageBar intents. */
export type NoticeIntent = "error" | "warning" | "success" | "info";

/** A message shown above the pane's sections until dismissed or replaced. */
export interface Notice {
  readonly intent: NoticeIntent;
  readonly title?: string;
  readonly text: string;
  /** "de" when `text` is German whatever the pane's language (messages of Excel's adapter). */
  readonly textLang?: "de";
  /**
   * A German reason that follows `text` (a workbook or engine message, German in either pane),
   * marked lang=de on its own so an English screen reader voice does not read German words.
   */
  readonly reason?: string;
}

/** Returns the notice for a failed operation; the workbook is unchanged in every case. */
export function errorNotice(error: unknown, texts: Texts): Notice {
  if (error instanceof HostError) {
    return { intent: "error", title: texts.hostErrorTitle, text: error.message, textLang: "de" };
  }
  if (error instanceof InputEditError) {
    return { intent: "error", title: texts.adoptFailedTitle, text: error.message, textLang: "de" };
  }
  // A programming error: keep the details for the developer console, tell the user what to do.
  console.error(error);
  const detail = error instanceof Error ? error.message : String(error);
  return {
    intent: "error",
    title: texts.unexpectedErrorTitle,
    text: texts.unexpectedErrorBody(detail),
  };
}
