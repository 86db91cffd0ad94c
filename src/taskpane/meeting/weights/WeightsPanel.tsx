/**
 * "Gewichte ausprobieren": sliders for each indicator weight and the load-factor limits, a
 * preview that follows every move, Übernehmen and Zurücksetzen. Render only; the logic is in
 * useWeightsPanel.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatPercent } from "../../format";
import { usePaneLanguage } from "../../PaneContext";
import { NumberControl } from "./NumberControl";
import { LIMIT_SCALE } from "./trial";
import { TrialTable } from "./TrialTable";
import { useWeightsPanel } from "./useWeightsPanel";
import type { LimitControl, WeightsPanelProps, WeightsPanelState } from "./WeightsPanel.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  sticky: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** One clamp bound: a switch, and its controls while it is on. */
function Limit({ limit, state }: { limit: LimitControl; state: WeightsPanelState }) {
  const { texts } = usePaneLanguage();
  const label = limit.kind === "floor" ? texts.floorLabel : texts.capLabel;
  return (
    <div>
      <Switch
        label={texts.limitSwitch(label)}
        checked={limit.value !== null}
        onChange={(_, data) => state.setLimitEnabled(limit.kind, data.checked)}
      />
      {limit.value !== null && (
        <NumberControl
          label={label}
          showLabel={false}
          value={limit.value}
          min={LIMIT_SCALE.min}
          max={LIMIT_SCALE.max}
          step={LIMIT_SCALE.step}
          digits={LIMIT_SCALE.digits}
          changed={limit.changed}
          onChange={(value) => state.setLimit(limit.kind, value)}
        />
      )}
    </div>
  );
}

/** Renders the weight trial. */
export function WeightsPanel(props: WeightsPanelProps) {
  const styles = useStyles();
  const { texts, locale } = usePaneLanguage();
  const state = useWeightsPanel(props);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{texts.weightsIntro}</Caption1>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Text weight="semibold">{texts.weightsGroup}</Text>
        </legend>
        {state.weights.map((weight, index) => (
          <div key={weight.indicator}>
            <NumberControl
              label={weight.indicator}
              showLabel
              value={weight.weight}
              min={0}
              max={state.scale.max}
              step={state.scale.step}
              digits={state.scale.digits}
              changed={weight.changed}
              onChange={(value) => state.setWeight(index, value)}
            />
            <Caption1 className={styles.muted}>
              {texts.weightShare(formatPercent(weight.share, locale, 1))}
            </Caption1>
          </div>
        ))}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Text weight="semibold">{texts.limitsGroup}</Text>
        </legend>
        {state.limits.map((limit) => (
          <Limit key={limit.kind} limit={limit} state={state} />
        ))}
      </fieldset>
      <div className={styles.sticky}>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={props.busy || !state.dirty || state.error !== undefined}
            disabledFocusable={props.busy && state.dirty && state.error === undefined}
            onClick={state.adopt}
          >
            {texts.adoptTrial}
          </Button>
          <Button disabled={!state.dirty} onClick={state.reset}>
            {texts.resetTrial}
          </Button>
        </div>
        <Caption1 role="status" aria-live="polite" className={styles.muted}>
          {state.error === undefined ? texts.changedAgainstWorkbook(state.changedCount) : ""}
        </Caption1>
      </div>
      {state.error !== undefined && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{texts.trialInfeasibleTitle}</MessageBarTitle>
            {/* The engine's messages are German in either pane. */}
            <div lang="de">{state.error}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.rows.length > 0 && <TrialTable rows={state.rows} />}
    </div>
  );
}
