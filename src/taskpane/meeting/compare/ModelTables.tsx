/**
 * The comparison's two tables: the models at a glance (compensation total, adopt) and one
 * model's figures per municipality (amount, change in EUR and percent, compensation).
 */
import {
  Badge,
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ModelComparison } from "../../../core/compare";
import type { Dec } from "../../../core/decimal";
import type { FinancingModel } from "../../../core/types";
import { formatAmount, formatMoney, formatPercent, formatSignedAmount } from "../../format";
import { usePaneLanguage } from "../../PaneContext";

/** Table styles shared by the meeting section's compact tables. */
export const useTableStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  caption: {
    captionSide: "top",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  number: {
    fontSize: tokens.fontSizeBase200,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  numberHeader: { justifyContent: "flex-end", textAlign: "end", paddingInline: 0 },
  /** Header cells as compact as the numbers below them. */
  header: {
    fontSize: tokens.fontSizeBase200,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  stacked: { display: "flex", flexDirection: "column", alignItems: "flex-end" },
  name: { overflowWrap: "break-word", hyphens: "auto", paddingTop: "2px", paddingBottom: "2px" },
  total: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  loss: { color: tokens.colorPaletteRedForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

const useStyles = makeStyles({
  model: { display: "flex", flexDirection: "column", rowGap: "2px", paddingBlock: "4px" },
  modelName: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  adopt: { alignSelf: "flex-start", marginTop: "2px" },
});

/** What the overview table shows and does. */
export interface ModelOverviewProps {
  readonly comparisons: readonly ModelComparison[];
  readonly currentModel: FinancingModel;
  readonly busy: boolean;
  onAdopt(model: FinancingModel): void;
}

/** Renders one row per model: name, what it does, its compensation total, Übernehmen. */
export function ModelOverview({ comparisons, currentModel, busy, onAdopt }: ModelOverviewProps) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const { texts, locale } = usePaneLanguage();
  return (
    <Table size="extra-small" className={styles.table}>
      <caption className={styles.caption}>{texts.modelsCaption}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.header}>{texts.modelColumn}</TableHeaderCell>
          <TableHeaderCell className={styles.header} button={{ className: styles.numberHeader }}>
            {texts.compensationSumColumn}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {comparisons.map((comparison) => [
          <TableRow key={comparison.model}>
            <TableCell>
              <div className={styles.model}>
                <span className={styles.modelName}>
                  <strong>{comparison.model}</strong>
                  {comparison.model === currentModel && (
                    <Badge size="small" appearance="tint" color="brand">
                      {texts.currentModel}
                    </Badge>
                  )}
                </span>
                <Caption1 className={styles.muted}>{texts.modelHint(comparison.model)}</Caption1>
                <Button
                  size="small"
                  className={styles.adopt}
                  aria-label={texts.adoptModelLabel(comparison.model)}
                  disabled={busy || !comparison.feasible || comparison.model === currentModel}
                  onClick={() => onAdopt(comparison.model)}
                >
                  {texts.adoptModel}
                </Button>
              </div>
            </TableCell>
            <TableCell className={styles.number}>
              {comparison.totals === null
                ? texts.infeasible
                : formatMoney(comparison.totals.compensation, locale)}
            </TableCell>
          </TableRow>,
          // An infeasible model's reason is a sentence: it gets the table's whole width.
          comparison.message !== undefined && (
            <TableRow key={`${comparison.model}-message`}>
              <TableCell colSpan={2}>
                <Caption1 className={styles.error}>{comparison.message}</Caption1>
              </TableCell>
            </TableRow>
          ),
        ])}
      </TableBody>
    </Table>
  );
}

/** The change under an amount: "+8.463,10 · +7,4 %" (no percentage without a previous budget). */
function ChangeLine({ change, share }: { change: Dec; share: Dec | null }) {
  const styles = useTableStyles();
  const { locale } = usePaneLanguage();
  const percent = share === null ? "" : ` · ${formatPercent(share, locale, 1, true)}`;
  return (
    <Caption1 className={change.isNegative() ? styles.loss : styles.muted}>
      {formatSignedAmount(change, locale)}
      {percent}
    </Caption1>
  );
}

/**
 * Renders a feasible model's figures per municipality with a total row. The change sits under
 * the amount, so the table fits a 320 px pane without scrolling.
 */
export function ModelDetail({ comparison }: { readonly comparison: ModelComparison }) {
  const styles = useTableStyles();
  const { texts, locale } = usePaneLanguage();
  const { totals } = comparison;
  return (
    <Table size="extra-small" className={styles.table}>
      <caption className={styles.caption}>{texts.detailCaption(comparison.model)}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.header}>{texts.municipalityColumn}</TableHeaderCell>
          <TableHeaderCell className={styles.header} button={{ className: styles.numberHeader }}>
            {texts.amountChangeColumn}
          </TableHeaderCell>
          <TableHeaderCell className={styles.header} button={{ className: styles.numberHeader }}>
            {texts.compensationColumn}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {comparison.municipalities.map((row) => (
          <TableRow key={row.name}>
            <TableCell className={styles.name}>{row.name}</TableCell>
            <TableCell className={styles.number}>
              <span className={styles.stacked}>
                <span>{formatAmount(row.amount, locale)}</span>
                <ChangeLine change={row.change} share={row.changeShare} />
              </span>
            </TableCell>
            <TableCell className={styles.number}>
              {formatAmount(row.compensation, locale)}
            </TableCell>
          </TableRow>
        ))}
        {totals !== null && (
          <TableRow className={styles.total}>
            <TableCell>{texts.sumRow}</TableCell>
            <TableCell className={styles.number}>
              <span className={styles.stacked}>
                <span>{formatAmount(totals.amount, locale)}</span>
                <ChangeLine change={totals.change} share={null} />
              </span>
            </TableCell>
            <TableCell className={styles.number}>
              {formatAmount(totals.compensation, locale)}
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
