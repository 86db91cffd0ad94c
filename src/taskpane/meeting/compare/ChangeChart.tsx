/**
 * A grouped bar chart of the change against last year's budget, drawn with Fluent UI charts: one
 * group per municipality, one bar per financing model, losses below the zero line, gains above.
 * It takes the width of the pane (320–450 px) and redraws when the pane is resized; the exact
 * figures are in the table below it, the chart is for seeing the pattern at once.
 */
import {
  DataVizPalette,
  GroupedVerticalBarChart,
  ResponsiveContainer,
  getColorFromToken,
} from "@fluentui/react-charts";
import type { GroupedVerticalBarChartData } from "@fluentui/react-charts";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Dec, ZERO } from "../../../core/decimal";
import type { FinancingModel } from "../../../core/types";
import type { Texts } from "../../i18n";
import { formatSignedMoney, formatWholeMoney } from "../../format";
import { usePaneLanguage } from "../../PaneContext";

/** One model's changes, in the order of the chart's municipalities. */
export interface ChartSeries {
  readonly model: FinancingModel;
  readonly changes: readonly Dec[];
}

/** What the chart shows. */
export interface ChangeChartProps {
  readonly title: string;
  readonly municipalities: readonly string[];
  readonly series: readonly ChartSeries[];
}

/**
 * Each model keeps its colour across the chart, the legend and reruns. Concrete colours from the
 * Fluent data-visualisation palette, because the chart writes them into SVG `fill` attributes,
 * where CSS variables (Fluent's tokens) are not resolved.
 */
export const MODEL_COLORS: Readonly<Record<FinancingModel, string>> = {
  EINWOHNER: getColorFromToken(DataVizPalette.color1),
  BELASTUNG: getColorFromToken(DataVizPalette.color3),
  SOCKEL: getColorFromToken(DataVizPalette.color7),
  KORRIDOR: getColorFromToken(DataVizPalette.color2),
};

/** Height of the chart with its axes and legend; the width is the pane's. */
const CHART_HEIGHT = 420;

/**
 * Room for the euro ticks to the left. The chart reserves the rotated municipality names' height
 * by itself but shifts them down and right of their bars, so the bottom and right margins take
 * that overhang.
 */
const MARGINS = { top: 16, right: 40, bottom: 28, left: 72 };

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
});

/** Returns the chart's data: per municipality one bar per model, named for screen readers. */
function chartData(
  municipalities: readonly string[],
  series: readonly ChartSeries[],
  texts: Texts,
  locale: string
): GroupedVerticalBarChartData[] {
  return municipalities.map((name, row) => ({
    name,
    series: series.map((entry) => {
      const change = entry.changes[row] ?? ZERO;
      const amount = formatSignedMoney(change, locale);
      return {
        key: entry.model,
        legend: entry.model,
        color: MODEL_COLORS[entry.model],
        // Display geometry only: the exact amounts are in the table and in the labels below.
        data: change.toNumber(),
        xAxisCalloutData: name,
        yAxisCalloutData: amount,
        callOutAccessibilityData: { ariaLabel: texts.chartBar(name, entry.model, amount) },
      };
    }),
  }));
}

/** Renders the chart as one image with `title` as its accessible name, and its legend. */
export function ChangeChart({ title, municipalities, series }: ChangeChartProps) {
  const styles = useStyles();
  const { texts, locale } = usePaneLanguage();
  const tick = (value: number) => formatWholeMoney(new Dec(value), locale);
  return (
    <div className={styles.root}>
      <Text weight="semibold">{title}</Text>
      <ResponsiveContainer height={CHART_HEIGHT}>
        <GroupedVerticalBarChart
          data={chartData(municipalities, series, texts, locale)}
          chartTitle={title}
          culture={locale}
          margins={MARGINS}
          yAxisTickFormat={tick}
          yAxisTickCount={5}
          roundedTicks
          rotateXAxisLables
          hideLabels
          barWidth="auto"
          enabledLegendsWrapLines
          // The library's "+2 more" button, should the legend ever not wrap (it does here).
          legendsOverflowText={texts.chartMoreLegends}
          // One image named by the title, as before, instead of the library's English description;
          // the exact figures are in the table below, the legend stays a list of its own.
          svgProps={{ role: "img", "aria-label": title }}
        />
      </ResponsiveContainer>
    </div>
  );
}
