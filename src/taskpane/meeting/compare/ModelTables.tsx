/**
 * The comparison's two tables: the models at a glance (compensation total, adopt) and one
 * model's figures per municipality (amount, change in EUR and percent, compensation).
 */
import {
  Badge,
  Button,
  Caption1,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ModelComparison } from "../../../core/compare";
import type { Dec } from "../../../core/decimal";
import type { FinancingModel } from "../../../core/types";
import { FigureTable, NumberCell, useFigureStyles } from "../../components/FigureTable";
import { formatAmount, formatMoney, formatPercent, formatSignedAmount } from "../../format";
import { usePaneLanguage } from "../../PaneContext";

const useStyles = makeStyles({
  model: { display: "flex", flexDirection: "column", rowGap: "2px", paddingBlock: "4px" },
  modelName: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  adopt: { alignSelf: "flex-start", marginTop: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
  loss: { color: tokens.colorPaletteRedForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
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
  const styles = useStyles();
  const { texts, locale } = usePaneLanguage();
  return (
    <FigureTable
      caption={texts.modelsCaption}
      columns={[
        { label: texts.modelColumn },
        { label: texts.compensationSumColumn, numeric: true },
      ]}
    >
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
                // Focusable while busy, so pressing it does not drop focus to the page.
                disabledFocusable={busy && comparison.feasible && comparison.model !== currentModel}
                onClick={() => onAdopt(comparison.model)}
              >
                {texts.adoptModel}
              </Button>
            </div>
          </TableCell>
          <NumberCell>
            {comparison.totals === null
              ? texts.infeasible
              : formatMoney(comparison.totals.compensation, locale)}
          </NumberCell>
        </TableRow>,
        // An infeasible model's reason is a sentence: it gets the table's whole width.
        comparison.message !== undefined && (
          <TableRow key={`${comparison.model}-message`}>
            <TableCell colSpan={2}>
              {/* The engine's messages are German in either pane. */}
              <Caption1 lang="de" className={styles.error}>
                {comparison.message}
              </Caption1>
            </TableCell>
          </TableRow>
        ),
      ])}
    </FigureTable>
  );
}

/** The change under an amount: "+8.463,10 · +7,4 %" (no percentage without a previous budget). */
function ChangeLine({ change, share }: { change: Dec; share: Dec | null }) {
  const styles = useStyles();
  const { locale } = usePaneLanguage();
  const percent = share === null ? "" : ` · ${formatPercent(share, locale, 1, true)}`;
  return (
    <Caption1 className={change.isNegative() ? styles.loss : styles.muted}>
      {formatSignedAmount(change, locale)}
      {percent}
    </Caption1>
  );
}

/** An amount with its change below it, so the table fits a 320 px pane without scrolling. */
function AmountWithChange({
  amount,
  change,
  share,
}: {
  amount: Dec;
  change: Dec;
  share: Dec | null;
}) {
  const styles = useFigureStyles();
  const { locale } = usePaneLanguage();
  return (
    <NumberCell>
      <span className={styles.stacked}>
        <span>{formatAmount(amount, locale)}</span>
        <ChangeLine change={change} share={share} />
      </span>
    </NumberCell>
  );
}

/** Renders a feasible model's figures per municipality with a total row. */
export function ModelDetail({ comparison }: { readonly comparison: ModelComparison }) {
  const styles = useFigureStyles();
  const { texts, locale } = usePaneLanguage();
  const { totals } = comparison;
  return (
    <FigureTable
      caption={texts.detailCaption(comparison.model)}
      columns={[
        { label: texts.municipalityColumn },
        { label: texts.amountChangeColumn, numeric: true },
        { label: texts.compensationColumn, numeric: true },
      ]}
    >
      {comparison.municipalities.map((row) => (
        <TableRow key={row.name}>
          <TableCell className={styles.name}>{row.name}</TableCell>
          <AmountWithChange amount={row.amount} change={row.change} share={row.changeShare} />
          <NumberCell>{formatAmount(row.compensation, locale)}</NumberCell>
        </TableRow>
      ))}
      {totals !== null && (
        <TableRow className={styles.total}>
          <TableCell>{texts.sumRow}</TableCell>
          <AmountWithChange amount={totals.amount} change={totals.change} share={null} />
          <NumberCell>{formatAmount(totals.compensation, locale)}</NumberCell>
        </TableRow>
      )}
    </FigureTable>
  );
}
