/**
 * "Anlage zur Vorlage": builds the annex to the committee paper as a Word document and offers it
 * for saving; where the host does not let add-ins save files it says so instead of offering a
 * button that silently does nothing. Render only; the logic is in useAnnex.
 */
import {
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { IssueList } from "../components/IssueList";
import { countIssues } from "../components/issueGroups";
import { usePaneLanguage } from "../PaneContext";
import type { AnnexPanelProps } from "./AnnexPanel.types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground3 },
  options: { display: "flex", flexDirection: "column" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Renders the annex section. */
export function AnnexPanel(props: AnnexPanelProps) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const [withComparison, setWithComparison] = useState(false);
  const [withPlan, setWithPlan] = useState(false);
  const { support, state } = props;
  const unsupported = !support.supported;
  const reason = support.supported
    ? ""
    : {
        mac: texts.annexUnsupportedMac,
        ipad: texts.annexUnsupportedIpad,
        other: texts.annexUnsupportedOther,
      }[support.reason];
  return (
    <section className={styles.root} aria-labelledby="sr-annex-heading">
      <Subtitle2 as="h2" id="sr-annex-heading" className={styles.heading}>
        {texts.annexHeading}
      </Subtitle2>
      <Caption1 className={styles.intro}>{texts.annexIntro}</Caption1>
      {unsupported ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{texts.annexUnsupportedTitle}</MessageBarTitle>
            <div>{reason}</div>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={styles.options}>
            <Checkbox
              label={texts.annexWithComparison}
              checked={withComparison}
              onChange={(_, data) => setWithComparison(data.checked === true)}
            />
            <Checkbox
              label={texts.annexWithPlan}
              checked={withPlan}
              onChange={(_, data) => setWithPlan(data.checked === true)}
            />
          </div>
          <div className={styles.actions}>
            <Button
              disabled={props.busy}
              onClick={() => props.onCreate({ withComparison, withPlan })}
            >
              {texts.annexButton}
            </Button>
          </div>
        </>
      )}
      <div role="status" aria-live="polite">
        {state.phase === "running" && <Spinner size="tiny" label={texts.annexRunning} />}
        {state.phase === "done" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{texts.annexDone(state.fileName)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.phase === "invalid" && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{texts.annexNotMadeTitle}</MessageBarTitle>
              <div>{texts.annexNotMadeBody(countIssues(state.issues).errors)}</div>
            </MessageBarBody>
          </MessageBar>
          <IssueList
            issues={state.issues.filter((issue) => issue.severity === "error")}
            busy={props.busy}
            onSelect={props.onSelect}
            onFix={props.onFix}
          />
        </>
      )}
    </section>
  );
}
