/**
 * The pane's logic: the saved mapping, the workbook operations, live mode and the message bar,
 * wired together. The inputs are checked as soon as the mapping is known, again whenever it
 * changes, and after every burst of edits to the inputs.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { InputMapping } from "../workbook/index";
import { serializeMapping } from "../workbook/index";
import type { AppProps, AppState, PaneTab } from "./App.types";
import { useAnnex } from "./annex/useAnnex";
import { formatList } from "./format";
import type { MeetingRuns } from "./meeting/useMeetingRuns";
import { meetingRuns } from "./meeting/useMeetingRuns";
import { paneLanguage } from "./PaneContext";
import type { Notice } from "./state/notice";
import { browserDownloads } from "./state/download";
import { errorNotice } from "./state/notice";
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
  const [notice, setNotice] = useState<Notice>();
  const [autoRefill, setAutoRefill] = useState(false);
  const [inputsGeneration, setInputsGeneration] = useState(0);

  const reportError = useCallback(
    (error: unknown) => setNotice(errorNotice(error, texts)),
    [texts]
  );
  const reportMessage = (message: RunMessage): void => {
    if (message.kind === "fixApplied") {
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

  const fresh = (action: () => Promise<void>): void => {
    setNotice(undefined);
    void action();
  };

  const saveMapping = async (next: InputMapping): Promise<void> => {
    setNotice(undefined);
    try {
      await mapping.save(next);
      setNotice({ intent: "success", text: texts.mappingSaved });
    } catch (error) {
      reportError(error);
    }
  };

  const inputSheetsCreated = (): void => {
    setInputsGeneration((generation) => generation + 1);
    void runs.validate();
  };

  // Like the other actions, a meeting operation replaces the last message when it starts.
  const meetingOps = meetingRuns(host, runs, texts, setNotice);
  const meeting: MeetingRuns = {
    adopt: (changes, done) => {
      setNotice(undefined);
      return meetingOps.adopt(changes, done);
    },
    writeComparisonSheet: () => {
      setNotice(undefined);
      return meetingOps.writeComparisonSheet();
    },
    writePhaseOutSheet: () => {
      setNotice(undefined);
      return meetingOps.writePhaseOutSheet();
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

  const issues = useMemo(
    () => [...mapping.issues, ...(runs.check.outcome?.issues ?? [])],
    [mapping.issues, runs.check.outcome]
  );

  return {
    language: paneLang,
    tab,
    selectTab,
    notice,
    dismissNotice: () => setNotice(undefined),
    runs,
    actions: {
      // A new attempt replaces the last message: an old error must not outlive its cause.
      validate: () => fresh(runs.validate),
      fill: () => fresh(runs.fill),
      applyFix: (fix) => fresh(() => runs.applyFix(fix)),
      undo: () => fresh(runs.undo),
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
