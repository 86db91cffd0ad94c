/**
 * The "Füllen" section: fill the region sheets, watch the steps, see the totals (and that the fill
 * was logged in the Protokoll) or why nothing was written, undo the last fill, and switch
 * automatic refills in live mode on or off. After a fill the user started, focus moves to its
 * result; the pane announces the start and the end (state/useAnnouncements.ts).
 */
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IssueFix } from "../../workbook/index";
import { PROTOCOL_SHEET } from "../../workbook/index";
import { useFocusTarget } from "../focus";
import { formatTime } from "../format";
import { usePaneLanguage } from "../PaneContext";
import type { FillStep } from "../state/progressPort";
import { FILL_STEPS } from "../state/progressPort";
import type { FillState } from "../state/useWorkbookRuns";
import { useA11yStyles } from "./a11yStyles";
import { IssueList } from "./IssueList";
import { countIssues } from "./issueGroups";
import { RegionTotals } from "./RegionTotals";
import { SilentAnnouncements } from "./SilentAnnouncements";

/** What the fill section shows and does. */
export interface FillPanelProps {
  readonly fill: FillState;
  readonly hasUndo: boolean;
  readonly busy: boolean;
  readonly autoRefill: boolean;
  /** Who the Protokoll row names, as the host knows the user; null when it does not. */
  readonly userName: string | null;
  onFill(): void;
  onUndo(): void;
  onAutoRefillChange(on: boolean): void;
  onSelect(sheet: string, cell: string): void;
  onFix(fix: IssueFix): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  intro: { color: tokens.colorNeutralForeground3 },
});

function Progress({ step }: { step: FillStep }) {
  const { texts } = usePaneLanguage();
  const names: Record<FillStep, string> = {
    read: texts.stepRead,
    check: texts.stepCheck,
    write: texts.stepWrite,
  };
  const index = FILL_STEPS.indexOf(step) + 1;
  return (
    <Field label={texts.stepProgress(index, FILL_STEPS.length, names[step])}>
      <ProgressBar value={index / FILL_STEPS.length} thickness="large" />
    </Field>
  );
}

function Result(props: FillPanelProps & { fill: Extract<FillState, { phase: "done" }> }) {
  const styles = useStyles();
  const a11y = useA11yStyles();
  const { texts, locale } = usePaneLanguage();
  const ref = useFocusTarget<HTMLDivElement>("fill");
  const focus = { ref, tabIndex: -1, className: a11y.focusTarget };
  const { outcome, filledAt } = props.fill;
  const { errors, warnings } = countIssues(outcome.issues);
  // The workbook layer appends the Protokoll row as part of the same written plan.
  const logged = outcome.plan?.sheets.some((sheet) => sheet.name === PROTOCOL_SHEET) ?? false;
  if (!outcome.written || outcome.result === undefined) {
    return (
      <>
        <MessageBar {...focus} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{texts.notWrittenTitle}</MessageBarTitle>
            <div>{texts.notWrittenBody(errors)}</div>
          </MessageBarBody>
        </MessageBar>
        <IssueList
          issues={outcome.issues.filter((issue) => issue.severity === "error")}
          busy={props.busy}
          onSelect={props.onSelect}
          onFix={props.onFix}
        />
      </>
    );
  }
  return (
    <>
      <MessageBar {...focus} intent={warnings > 0 ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{texts.filledTitle(formatTime(filledAt, locale))}</MessageBarTitle>
          {warnings > 0 && <div>{texts.filledWithWarnings(warnings)}</div>}
        </MessageBarBody>
      </MessageBar>
      <RegionTotals result={outcome.result} />
      {logged && (
        <Caption1 className={styles.intro}>
          {props.userName === null || props.userName === ""
            ? texts.protocolNoted(PROTOCOL_SHEET)
            : texts.protocolNotedBy(PROTOCOL_SHEET, props.userName)}
        </Caption1>
      )}
      {outcome.inputs && (
        <Caption1 className={styles.intro}>
          {texts.fillContext(outcome.inputs.parameters.year, outcome.inputs.parameters.model)}
        </Caption1>
      )}
    </>
  );
}

/** Renders the fill section. */
export function FillPanel(props: FillPanelProps) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const { fill } = props;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        {/* Focusable while busy, so pressing them does not drop focus to the page. */}
        <Button
          appearance="primary"
          disabled={props.busy}
          disabledFocusable={props.busy}
          onClick={props.onFill}
        >
          {texts.fillButton}
        </Button>
        <Button
          disabled={props.busy || !props.hasUndo}
          disabledFocusable={props.busy}
          title={texts.undoHint}
          onClick={props.onUndo}
        >
          {texts.undoButton}
        </Button>
      </div>
      <Caption1 className={styles.intro}>{texts.fillIntro}</Caption1>
      <Field hint={texts.autoRefillHint}>
        <Switch
          label={texts.autoRefillLabel}
          checked={props.autoRefill}
          onChange={(_, data) => props.onAutoRefillChange(data.checked)}
        />
      </Field>
      {fill.phase === "running" && <Progress step={fill.step} />}
      {fill.phase === "done" && (
        <SilentAnnouncements>
          <Result {...props} fill={fill} />
        </SilentAnnouncements>
      )}
    </div>
  );
}
