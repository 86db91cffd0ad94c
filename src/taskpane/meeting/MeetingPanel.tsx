/**
 * The "Beraten" section: the working group's tools for the meeting — compare the financing
 * models, try weights, see the multi-year plan — each on the inputs of the last check, so they
 * follow every edit (also a co-author's) without reading the workbook again.
 */
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { BudgetInputs } from "../../core/types";
import { usePaneLanguage } from "../PaneContext";
import { ComparePanel } from "./compare/ComparePanel";
import { PhaseOutPanel } from "./plan/PhaseOutPanel";
import type { MeetingRuns } from "./useMeetingRuns";
import { WeightsPanel } from "./weights/WeightsPanel";

/** The meeting tools. */
export type MeetingTool = "compare" | "weights" | "plan";

/** What App gives the meeting section. */
export interface MeetingPanelProps {
  /** The validated inputs of the last check; undefined before it or when they have errors. */
  readonly inputs?: BudgetInputs;
  /** True once a check has finished. */
  readonly checked: boolean;
  readonly busy: boolean;
  readonly runs: MeetingRuns;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalSNudge})` },
  // Three tabs must fit the narrowest pane (320 px): less padding there.
  tab: {
    "@media (max-width: 359px)": {
      paddingLeft: tokens.spacingHorizontalXS,
      paddingRight: tokens.spacingHorizontalXS,
    },
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const TOOL_IDS: Record<MeetingTool, string> = {
  compare: "sr-meeting-compare",
  weights: "sr-meeting-weights",
  plan: "sr-meeting-plan",
};

/** Renders the meeting section. */
export function MeetingPanel({ inputs, checked, busy, runs }: MeetingPanelProps) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const [tool, selectTool] = useState<MeetingTool>("compare");
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        appearance="subtle"
        aria-label={texts.meetingSectionsLabel}
        selectedValue={tool}
        onTabSelect={(_, data) => selectTool(data.value as MeetingTool)}
      >
        <Tab id={TOOL_IDS.compare} value="compare" className={styles.tab}>
          {texts.tabCompare}
        </Tab>
        <Tab id={TOOL_IDS.weights} value="weights" className={styles.tab}>
          {texts.tabWeights}
        </Tab>
        <Tab id={TOOL_IDS.plan} value="plan" className={styles.tab}>
          {texts.tabPlan}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={TOOL_IDS[tool]}>
        {inputs === undefined ? (
          checked ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{texts.needsValidInputs}</MessageBarBody>
            </MessageBar>
          ) : (
            <Caption1 className={styles.muted}>{texts.notCheckedMeeting}</Caption1>
          )
        ) : (
          <>
            {tool === "compare" && (
              <ComparePanel
                inputs={inputs}
                busy={busy}
                onAdopt={(model) => void runs.adopt({ model }, texts.modelAdopted(model))}
                onWrite={() => void runs.writeComparisonSheet()}
              />
            )}
            {tool === "weights" && (
              <WeightsPanel
                inputs={inputs}
                busy={busy}
                onAdopt={(changes) => void runs.adopt(changes, texts.trialAdopted)}
              />
            )}
            {tool === "plan" && (
              <PhaseOutPanel
                inputs={inputs}
                busy={busy}
                onWrite={() => void runs.writePhaseOutSheet()}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
