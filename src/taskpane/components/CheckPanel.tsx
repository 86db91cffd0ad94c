/**
 * The "Prüfen" section: the check button, a one-line verdict and the issue list. After a check
 * the user started (or a fix), focus moves to the verdict; the pane announces it.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IssueFix, ValidationIssue } from "../../workbook/index";
import { useFocusTarget } from "../focus";
import { usePaneLanguage } from "../PaneContext";
import type { CheckState } from "../state/useWorkbookRuns";
import { useA11yStyles } from "./a11yStyles";
import { IssueList } from "./IssueList";
import { countIssues } from "./issueGroups";
import { SilentAnnouncements } from "./SilentAnnouncements";

/** What the check section shows and does. */
export interface CheckPanelProps {
  readonly check: CheckState;
  /** The issues to list (the saved mapping's warnings included). */
  readonly issues: readonly ValidationIssue[];
  readonly busy: boolean;
  onValidate(): void;
  onSelect(sheet: string, cell: string): void;
  onFix(fix: IssueFix): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  intro: { color: tokens.colorNeutralForeground3 },
});

function Verdict({ issues }: { issues: readonly ValidationIssue[] }) {
  const { texts } = usePaneLanguage();
  const a11y = useA11yStyles();
  const ref = useFocusTarget<HTMLDivElement>("check");
  const { errors, warnings } = countIssues(issues);
  const focus = { ref, tabIndex: -1, className: a11y.focusTarget };
  if (errors === 0 && warnings === 0) {
    return (
      <MessageBar {...focus} intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{texts.noIssuesTitle}</MessageBarTitle>
          <div>{texts.noIssuesBody}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar {...focus} intent={errors > 0 ? "error" : "warning"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{texts.issueSummary(errors, warnings)}</MessageBarTitle>
        <div>{errors > 0 ? texts.errorsBlockFill : texts.warningsOnly}</div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Renders the check section. */
export function CheckPanel(props: CheckPanelProps) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const { outcome, running } = props.check;
  const noInputs = outcome !== undefined && Object.keys(outcome.snapshot.tables).length === 0;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        {/* Focusable while busy, so pressing it does not drop focus to the page. */}
        <Button
          appearance="primary"
          disabled={props.busy}
          disabledFocusable={props.busy}
          onClick={props.onValidate}
        >
          {texts.checkButton}
        </Button>
        {running && <Spinner size="tiny" label={texts.checkingNow} />}
      </div>
      <Caption1 className={styles.intro}>{texts.checkIntro}</Caption1>
      {outcome !== undefined && (
        <section aria-label={texts.checkResultLabel}>
          <SilentAnnouncements>
            <Verdict issues={props.issues} />
          </SilentAnnouncements>
        </section>
      )}
      {noInputs && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{texts.noInputsHint}</MessageBarBody>
        </MessageBar>
      )}
      <IssueList
        issues={props.issues}
        busy={props.busy}
        onSelect={props.onSelect}
        onFix={props.onFix}
      />
    </div>
  );
}
