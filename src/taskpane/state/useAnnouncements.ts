/**
 * What a screen reader hears without moving focus (WCAG 4.1.3): the outcome of every check
 * ("Prüfung: 3 Fehler, 1 Warnung") and the end of every fill, through Fluent UI's
 * announcer (AriaLiveAnnouncer in App). A check the pane ran by itself (live mode) is announced
 * only when its outcome differs from the last one announced, so a co-author's typing does not
 * talk over the user's work.
 */
import { useAnnounce } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Texts } from "../i18n";
import { countIssues } from "../components/issueGroups";
import type { ValidationIssue } from "../../workbook/index";
import type { WorkbookRuns } from "./useWorkbookRuns";

/** What the announcements follow. */
export interface AnnouncedState {
  readonly runs: Pick<WorkbookRuns, "check" | "filling">;
  /** The issues listed (the saved mapping's warnings included). */
  readonly issues: readonly ValidationIssue[];
  readonly texts: Texts;
}

/**
 * Announces checks and fills; returns `checkRequested`, to be called when the user starts a check
 * (its outcome is then announced even when unchanged).
 */
export function useAnnouncements({ runs, issues, texts }: AnnouncedState): () => void {
  const { announce } = useAnnounce();
  const lastCheck = useRef<string>();
  const requested = useRef(false);
  const { outcome } = runs.check;
  const { filling } = runs;

  useEffect(() => {
    if (outcome === undefined) return;
    // A fill's own check is part of the fill's announcement.
    if (filling.phase === "done" && filling.outcome === outcome) return;
    const { errors, warnings } = countIssues(issues);
    const message = texts.checkAnnouncement(errors, warnings);
    if (requested.current || message !== lastCheck.current) {
      announce(message, { polite: true });
    }
    requested.current = false;
    lastCheck.current = message;
    // Once per finished check: `issues` follows `outcome`.
  }, [outcome]);

  // The start of a fill is announced when it starts (useApp): it may never be drawn.
  const fillPhase = filling.phase;
  useEffect(() => {
    if (filling.phase === "done") {
      const { errors, warnings } = countIssues(filling.outcome.issues);
      const message = filling.outcome.written
        ? texts.filledAnnouncement(warnings)
        : texts.notWrittenAnnouncement(errors);
      announce(message, { polite: true });
      lastCheck.current = texts.checkAnnouncement(errors, warnings);
    }
    // Only the end: the steps in between are on the progress bar.
  }, [fillPhase, fillPhase === "done" ? filling.outcome : undefined]);

  return () => {
    requested.current = true;
  };
}
