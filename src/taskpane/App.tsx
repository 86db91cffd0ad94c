/**
 * The task pane: a header with the title and the live status, the message bar, and four sections
 * in tabs — Prüfen, Füllen (with the annex to the committee paper), Beraten, Einstellungen — laid
 * out for a pane 320–450 px wide, and a footer with the version. Render only; the logic is in useApp. Fluent's AriaLiveAnnouncer
 * around it lets message bars and the pane's own announcements reach screen readers.
 */
import {
  AriaLiveAnnouncer,
  Caption1,
  CounterBadge,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useEffect } from "react";
import type { AppProps, PaneTab } from "./App.types";
import { AnnexPanel } from "./annex/AnnexPanel";
import { useA11yStyles } from "./components/a11yStyles";
import { CheckPanel } from "./components/CheckPanel";
import { FillPanel } from "./components/FillPanel";
import { LiveStatus } from "./components/LiveStatus";
import { MeetingPanel } from "./meeting/MeetingPanel";
import { NoticeBar } from "./components/NoticeBar";
import { countIssues } from "./components/issueGroups";
import { FocusRequestContext, useFocusTarget } from "./focus";
import { PaneLanguageContext, usePaneLanguage } from "./PaneContext";
import { SettingsPanel } from "./settings/SettingsPanel";
import { useApp } from "./useApp";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
    maxWidth: "560px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0, ...typographyStyles.subtitle1 },
  badge: { marginLeft: tokens.spacingHorizontalXS, verticalAlign: "text-top" },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalMNudge})`, flexWrap: "wrap" },
  // Four tabs do not fit the narrowest pane (320 px): there Einstellungen shows only its gear;
  // the text stays in the tab for screen readers.
  narrowHidden: {
    "@media (max-width: 359px)": {
      position: "absolute",
      width: "1px",
      height: "1px",
      overflow: "hidden",
      clip: "rect(0 0 0 0)",
      whiteSpace: "nowrap",
    },
  },
  footer: { color: tokens.colorNeutralForeground4, paddingTop: tokens.spacingVerticalS, margin: 0 },
});

const TAB_IDS: Record<PaneTab, string> = {
  check: "sr-tab-check",
  fill: "sr-tab-fill",
  meeting: "sr-tab-meeting",
  settings: "sr-tab-settings",
};

/** The pane's title; focus goes here when the message bar is closed. */
function PaneHeading() {
  const styles = useStyles();
  const a11y = useA11yStyles();
  const { texts } = usePaneLanguage();
  const ref = useFocusTarget<HTMLHeadingElement>("heading");
  return (
    <h1 ref={ref} tabIndex={-1} className={mergeClasses(styles.title, a11y.focusTarget)}>
      {texts.appTitle}
    </h1>
  );
}

/** The task pane's root component. */
export function App(props: AppProps) {
  return (
    <AriaLiveAnnouncer>
      <Pane {...props} />
    </AriaLiveAnnouncer>
  );
}

function Pane(props: AppProps) {
  const styles = useStyles();
  const a11y = useA11yStyles();
  const state = useApp(props);
  const { texts, lang } = state.language;
  const { runs, actions } = state;
  const errors = countIssues(state.issues).errors;
  // Screen readers pick their voice by the page's language (WCAG 3.1.1).
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <PaneLanguageContext.Provider value={state.language}>
      <FocusRequestContext.Provider value={state.focusRequest}>
        <div className={styles.root}>
          <header className={styles.header}>
            <PaneHeading />
            <LiveStatus
              status={state.live.status}
              checking={runs.check.running}
              checkedAt={runs.check.checkedAt}
            />
          </header>
          <main className={styles.main}>
            {state.notice && (
              <NoticeBar
                // A new message is a new bar, so the announcer reads it even when it replaces one.
                key={`${state.notice.intent}:${state.notice.title ?? ""}:${state.notice.text}:${state.notice.reason ?? ""}`}
                notice={state.notice}
                onDismiss={state.dismissNotice}
              />
            )}
            <TabList
              className={styles.tabs}
              size="small"
              aria-label={texts.tabsLabel}
              selectedValue={state.tab}
              onTabSelect={(_, data) => state.selectTab(data.value as PaneTab)}
            >
              <Tab id={TAB_IDS.check} value="check">
                {texts.tabCheck}
                {errors > 0 && (
                  // The badge is a bare red number; screen readers hear what it counts instead.
                  // (Text, not aria-label: the visible label must stay part of the name.)
                  <>
                    <CounterBadge
                      aria-hidden="true"
                      className={styles.badge}
                      count={errors}
                      color="danger"
                      size="small"
                    />
                    <span className={a11y.visuallyHidden}>({texts.errorsInTab(errors)})</span>
                  </>
                )}
              </Tab>
              <Tab id={TAB_IDS.fill} value="fill">
                {texts.tabFill}
              </Tab>
              <Tab id={TAB_IDS.meeting} value="meeting">
                {texts.tabMeeting}
              </Tab>
              <Tab
                id={TAB_IDS.settings}
                value="settings"
                icon={<span aria-hidden="true">⚙</span>}
                title={texts.tabSettings}
              >
                <span className={styles.narrowHidden}>{texts.tabSettings}</span>
              </Tab>
            </TabList>
            <div role="tabpanel" aria-labelledby={TAB_IDS[state.tab]}>
              {state.tab === "check" && (
                <CheckPanel
                  check={runs.check}
                  issues={state.issues}
                  busy={runs.busy}
                  onValidate={actions.validate}
                  onSelect={actions.selectCell}
                  onFix={actions.applyFix}
                />
              )}
              {state.tab === "fill" && (
                <FillPanel
                  fill={runs.filling}
                  hasUndo={runs.hasUndo}
                  busy={runs.busy}
                  autoRefill={state.autoRefill}
                  onFill={actions.fill}
                  userName={props.host.getUserName()}
                  onUndo={actions.undo}
                  onAutoRefillChange={state.setAutoRefill}
                  onSelect={actions.selectCell}
                  onFix={actions.applyFix}
                />
              )}
              {state.tab === "fill" && (
                <AnnexPanel
                  support={state.annex.downloads.support}
                  state={state.annex.state}
                  busy={runs.busy}
                  onCreate={(parts) => void state.annex.create(parts)}
                  onSelect={actions.selectCell}
                  onFix={actions.applyFix}
                />
              )}
              {state.tab === "meeting" && (
                <MeetingPanel
                  {...(runs.check.outcome?.inputs ? { inputs: runs.check.outcome.inputs } : {})}
                  checked={runs.check.outcome !== undefined}
                  busy={runs.busy}
                  runs={state.meeting}
                />
              )}
              {state.tab === "settings" && (
                <SettingsPanel
                  host={props.host}
                  mapping={state.mapping.mapping}
                  sheetNames={runs.check.outcome?.snapshot.sheetNames ?? []}
                  onSave={state.saveMapping}
                  onInputSheetsCreated={state.inputSheetsCreated}
                  onError={state.reportError}
                />
              )}
            </div>
          </main>
          <footer>
            <Caption1 as="p" className={styles.footer}>
              {texts.about(props.productVersion, props.buildHash)}
            </Caption1>
          </footer>
        </div>
      </FocusRequestContext.Provider>
    </PaneLanguageContext.Provider>
  );
}
