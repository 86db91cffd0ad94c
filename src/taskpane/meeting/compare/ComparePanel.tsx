/**
 * "Modelle vergleichen": the four financing models for the current inputs — the overview with
 * Übernehmen, the chart of the changes, one model's figures per municipality — and writing the
 * Modellvergleich sheet. Render only; the logic is in useComparePanel.
 */
import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { FinancingModel } from "../../../core/types";
import { usePaneLanguage } from "../../PaneContext";
import { ChangeChart } from "./ChangeChart";
import type { ComparePanelProps } from "./ComparePanel.types";
import { ModelDetail, ModelOverview } from "./ModelTables";
import { useComparePanel } from "./useComparePanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground3 },
  write: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Renders the model comparison. */
export function ComparePanel(props: ComparePanelProps) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const state = useComparePanel(props);
  const feasible = state.comparisons.filter((comparison) => comparison.feasible);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.intro}>{texts.compareIntro}</Caption1>
      <ModelOverview
        comparisons={state.comparisons}
        currentModel={state.currentModel}
        busy={props.busy}
        onAdopt={props.onAdopt}
      />
      {state.series.length > 0 && (
        <ChangeChart
          title={texts.chartTitle}
          municipalities={state.municipalities}
          series={state.series}
        />
      )}
      {state.detail !== undefined && (
        <>
          <Field label={texts.detailModel}>
            <Select
              value={state.detail.model}
              onChange={(_, data) => state.selectDetail(data.value as FinancingModel)}
            >
              {feasible.map((comparison) => (
                <option key={comparison.model} value={comparison.model}>
                  {comparison.model}
                </option>
              ))}
            </Select>
          </Field>
          <ModelDetail comparison={state.detail} />
        </>
      )}
      <div className={styles.write}>
        <Button
          appearance="primary"
          disabled={props.busy}
          disabledFocusable={props.busy}
          onClick={props.onWrite}
        >
          {texts.writeComparison}
        </Button>
        <Caption1 className={styles.intro}>{texts.writeComparisonHint}</Caption1>
      </div>
    </div>
  );
}
