/**
 * The pane's logic: the saved mapping, the workbook operations, live mode and the message bar,
 * wired together. The inputs are checked as soon as the mapping is known, again whenever it
 * changes, and after every burst of edits to the inputs. After an action the user started, focus
 * moves to its result (focus.ts); checks and fills are announced (state/useAnnouncements.ts).
 */
import { useAnnounce } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { InputMapping } from "../workbook/index";
import { serializeMapping } from "../workbook/index";
import type { AppProps, AppState, PaneTab } from "./App.types";
import { useAnnex } from "./annex/useAnnex";
import type { FocusRequest, FocusTarget } from "./focus";
import { formatList } from "./format";
import type { MeetingRuns } from "./meeting/useMeetingRuns";
import { meetingRuns } from "./meeting/useMeetingRuns";
import { paneLanguage } from "./PaneContext";
import type { Notice } from "./state/notice";
import { browserDownloads } from "./state/download";
import { errorNotice } from "./state/notice";
import { useAnnouncements } from "./state/useAnnouncements";
import { useLiveUpdates } from "./state/useLiveUpdates";
import { useMappingSetting } from "./state/useMappingSetting";
import type { RunMessage } from "./state/useWorkbookRuns";
import { useWorkbookRuns } from "./state/useWorkbookRuns";

const systemClock = (): Date => new Date();

/** Returns the pane's state and actions for the given props. */
export function useApp({
  host,
  language,
  productVersion,
  clock = systemClock,
  downloads: givenDownloads,
}: AppProps): AppState {
  const paneLang = useMemo(() => paneLanguage(language), [language]);
  const { texts, locale } = paneLang;
  const [tab, selectTab] = useState<PaneTab>("check");
  const [notice, setNoticeState] = useState<Notice>();
  // The notice as of now, for deciding where focus goes when an action ends.
  const noticeNow = useRef<Notice>();
  const setNotice = useCallback((next: Notice | undefined) => {
    noticeNow.current = next;
    setNoticeState(next);
  }, []);
  const [focusRequest, setFocusRequest] = useState<FocusRequest>();
  // A request is for the render right after it: a target rendered later must not steal focus.
  useEffect(() => {
    if (focusRequest !== undefined) setFocusRequest(undefined);
  }, [focusRequest]);
  const focusNext = useRef(0);
  const requestFocus = useCallback((target: FocusTarget) => {
    focusNext.current += 1;
    setFocusRequest({ target, serial: focusNext.current });
  }, []);
  const [autoRefill, setAutoRefill] = useState(false);
  const [inputsGeneration, setInputsGeneration] = useState(0);

  const reportError = useCallback(
    (error: unknown) => setNotice(errorNotice(error, texts)),
    [texts, setNotice]
  );
  const { announce } = useAnnounce();
  const reportMessage = (message: RunMessage): void => {
    if (message.kind === "fillStarted") {
      // The progress bar is visual; its start is announced (its end by useAnnouncements).
      announce(texts.fillStarted, { polite: true });
    } else if (message.kind === "fixApplied") {
      const { sheet, cell } = message.fix;
      setNotice({ intent: "success", text: texts.fixApplied(sheet, cell) });
    } else if (message.kind === "undone") {
      setNotice({ intent: "success", text: texts.undone(formatList(message.sheets, locale)) });
    } else if (message.kind === "filled") {
      // A fill that wrote (also an automatic one) makes any earlier message obsolete.
      setNotice(undefined);
    } else {
      setNotice({ intent: "info", text: texts.nothingToUndo });
    }
  };

  const mapping = useMappingSetting(host, reportError);
  const mappingKey = serializeMapping(mapping.mapping);
  const runs = useWorkbookRuns(
    host,
    { mapping: mapping.mapping, productVersion, clock },
    reportError,
    reportMessage
  );

  // The live task reads the switch when it runs, not when the subscription was made.
  const autoRefillNow = useRef(autoRefill);
  autoRefillNow.current = autoRefill;
  const live = useLiveUpdates(
    host,
    mapping.loaded,
    `${mappingKey}#${inputsGeneration}`,
    () => runs.refresh(autoRefillNow.current),
    reportError
  );

  // Check at once when the pane opens and whenever the mapping changes.
  const { validate } = runs;
  const validateRef = useRef(validate);
  validateRef.current = validate;
  useEffect(() => {
    if (mapping.loaded) void validateRef.current();
  }, [mapping.loaded, mappingKey]);

  const issues = useMemo(
    () => [...mapping.issues, ...(runs.check.outcome?.issues ?? [])],
    [mapping.issues, runs.check.outcome]
  );
  const checkRequested = useAnnouncements({ runs, issues, texts });

  /**
   * Runs an action the user started; when it ends, focus goes to the message bar if it says
   * something, else to `result` (actions never reject: failures become notices).
   */
  const userAction = (result: FocusTarget, action: () => Promise<void>): Promise<void> =>
    action().then(() => requestFocus(noticeNow.current === undefined ? result : "notice"));

  const fresh = (result: FocusTarget, action: () => Promise<void>): void => {
    setNotice(undefined);
    void userAction(result, action);
  };

  const saveMapping = async (next: InputMapping): Promise<void> => {
    setNotice(undefined);
    try {
      await mapping.save(next);
      setNotice({ intent: "success", text: texts.mappingSaved });
    } catch (error) {
      reportError(error);
    }
    requestFocus("notice");
  };

  const inputSheetsCreated = (): void => {
    setInputsGeneration((generation) => generation + 1);
    void runs.validate();
  };

  // Like the other actions, a meeting operation replaces the last message when it starts.
  const meetingOps = meetingRuns(host, runs, texts, setNotice);
  // Each ends in a notice (done, or why not), which then has the focus.
  const meeting: MeetingRuns = {
    adopt: (changes, done) => {
      setNotice(undefined);
      return userAction("notice", () => meetingOps.adopt(changes, done));
    },
    writeComparisonSheet: () => {
      setNotice(undefined);
      return userAction("notice", meetingOps.writeComparisonSheet);
    },
    writePhaseOutSheet: () => {
      setNotice(undefined);
      return userAction("notice", meetingOps.writePhaseOutSheet);
    },
  };

  const downloads = useMemo(() => givenDownloads ?? browserDownloads(undefined), [givenDownloads]);
  const annexRun = useAnnex(runs, host, downloads);
  const annex = {
    downloads,
    state: annexRun.state,
    create: (parts: { withComparison: boolean; withPlan: boolean }) => {
      setNotice(undefined);
      return annexRun.create(parts);
    },
  };

  return {
    language: paneLang,
    tab,
    selectTab,
    notice,
    // The close button goes with the message: focus goes to the pane's heading.
    dismissNotice: () => {
      setNotice(undefined);
      requestFocus("heading");
    },
    focusRequest,
    runs,
    actions: {
      // A new attempt replaces the last message: an old error must not outlive its cause.
      validate: () => {
        checkRequested();
        fresh("check", runs.validate);
      },
      fill: () => fresh("fill", runs.fill),
      applyFix: (fix) => {
        checkRequested();
        fresh("check", () => runs.applyFix(fix));
      },
      undo: () => fresh("notice", runs.undo),
      selectCell: (sheet, cell) => void runs.selectCell(sheet, cell),
    },
    meeting,
    annex,
    issues,
    live,
    autoRefill,
    setAutoRefill,
    mapping,
    saveMapping,
    inputSheetsCreated,
    reportError,
  };
}
