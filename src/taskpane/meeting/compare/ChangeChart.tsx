/**
 * A grouped bar chart of the change against last year's budget, drawn with Fluent UI charts: one
 * group per municipality, one bar per financing model, losses below the zero line, gains above.
 * It takes the width of the pane (320–450 px) and redraws when the pane is resized.
 *
 * Accessibility (WCAG 1.1.1, 1.4.1, 3.1.2): the drawing is one image named by the German title;
 * its insides are inert, because the library labels its bar groups and legend in English
 * ("category 1 of 10, with 3 bars", "Legends") and makes every bar a tab stop. The legend is
 * ours (German, model names as text beside each colour), and "Als Tabelle anzeigen" shows the
 * same figures as a table, signed (+ gain, - loss), so no figure depends on colour or sight.
 */
import {
  DataVizPalette,
  GroupedVerticalBarChart,
  ResponsiveContainer,
  getColorFromToken,
} from "@fluentui/react-charts";
import type { GroupedVerticalBarChartData } from "@fluentui/react-charts";
import {
  Button,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { Dec, ZERO } from "../../../core/decimal";
import type { FinancingModel } from "../../../core/types";
import { FigureTable, NumberCell, useFigureStyles } from "../../components/FigureTable";
import type { Texts } from "../../i18n";
import { formatSignedAmount, formatSignedMoney, formatWholeMoney } from "../../format";
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

/** Height of the chart with its axes; the width is the pane's. */
const CHART_HEIGHT = 380;

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
    margin: 0,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  legendItem: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  // The swatch shows the bars' colour, also in forced-colours mode (the name stands beside it).
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    boxSizing: "border-box",
    forcedColorAdjust: "none",
  },
  toggle: { alignSelf: "flex-start" },
  loss: { color: tokens.colorPaletteRedForeground1 },
});

/** Returns the chart's data: per municipality one bar per model. */
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
        // Display geometry only: the exact amounts are in the table.
        data: change.toNumber(),
        xAxisCalloutData: name,
        yAxisCalloutData: amount,
        callOutAccessibilityData: { ariaLabel: texts.chartBar(name, entry.model, amount) },
      };
    }),
  }));
}

/** The same figures as the chart: a row per municipality, a column per model, signed euros. */
function ChangeTable({ title, municipalities, series }: ChangeChartProps) {
  const { texts, locale } = usePaneLanguage();
  const styles = { ...useFigureStyles(), ...useStyles() };
  return (
    <FigureTable
      scrollable
      caption={texts.chartTableCaption(title)}
      columns={[
        { label: texts.municipalityColumn },
        ...series.map((entry) => ({ label: entry.model, numeric: true })),
      ]}
    >
      {municipalities.map((name, row) => (
        <TableRow key={name}>
          <TableCell className={styles.name}>{name}</TableCell>
          {series.map((entry) => {
            const change = entry.changes[row] ?? ZERO;
            return (
              <NumberCell key={entry.model}>
                <span className={change.isNegative() ? styles.loss : undefined}>
                  {formatSignedAmount(change, locale)}
                </span>
              </NumberCell>
            );
          })}
        </TableRow>
      ))}
    </FigureTable>
  );
}

/** Makes an element inert (no focus, no pointer, out of the accessibility tree). */
function useInert() {
  // React 18 does not know the attribute yet; set it on the element.
  return useCallback((element: HTMLDivElement | null) => element?.setAttribute("inert", ""), []);
}

/** Renders the chart with its title, a German legend and the table toggle. */
export function ChangeChart(props: ChangeChartProps) {
  const { title, municipalities, series } = props;
  const styles = useStyles();
  const { texts, locale } = usePaneLanguage();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId("sr-chart-title");
  const tableId = useId("sr-chart-table");
  const inert = useInert();
  const tick = (value: number) => formatWholeMoney(new Dec(value), locale);
  return (
    <figure className={styles.root} aria-labelledby={titleId}>
      <Text as="h2" id={titleId} weight="semibold" size={300}>
        {title}
      </Text>
      <div role="img" aria-label={title}>
        <div ref={inert}>
          <ResponsiveContainer height={CHART_HEIGHT}>
            <GroupedVerticalBarChart
              data={chartData(municipalities, series, texts, locale)}
              culture={locale}
              margins={MARGINS}
              yAxisTickFormat={tick}
              yAxisTickCount={5}
              roundedTicks
              rotateXAxisLables
              hideLabels
              hideLegend
              barWidth="auto"
            />
          </ResponsiveContainer>
        </div>
      </div>
      <ul className={styles.legend} aria-label={texts.chartLegend}>
        {series.map((entry) => (
          <li key={entry.model} className={styles.legendItem}>
            <span
              aria-hidden="true"
              className={styles.swatch}
              style={{ border: `6px solid ${MODEL_COLORS[entry.model]}` }}
            />
            {entry.model}
          </li>
        ))}
      </ul>
      <Button
        size="small"
        className={styles.toggle}
        aria-expanded={showTable}
        aria-controls={showTable ? tableId : undefined}
        onClick={() => setShowTable((shown) => !shown)}
      >
        {showTable ? texts.chartHideTable : texts.chartShowTable}
      </Button>
      {showTable && (
        <div id={tableId}>
          <ChangeTable {...props} />
        </div>
      )}
    </figure>
  );
}
