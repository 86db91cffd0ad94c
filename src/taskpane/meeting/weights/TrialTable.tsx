/**
 * The weight trial's preview: per municipality load factor, quota and amount as the trial would
 * make them; rows that differ from the workbook's figures are highlighted with the difference.
 */
import { Caption1, TableCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { FigureTable, NumberCell, useFigureStyles } from "../../components/FigureTable";
import {
  formatAmount,
  formatDecimal,
  formatPercent,
  formatSignedAmount,
  formatSignedMoney,
} from "../../format";
import { usePaneLanguage } from "../../PaneContext";
import type { PreviewRow } from "./WeightsPanel.types";

const useStyles = makeStyles({
  changed: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  delta: { color: tokens.colorNeutralForeground2 },
});

/** Renders the preview rows. */
export function TrialTable({ rows }: { readonly rows: readonly PreviewRow[] }) {
  const styles = { ...useFigureStyles(), ...useStyles() };
  const { texts, locale } = usePaneLanguage();
  return (
    <FigureTable
      caption={texts.previewCaption}
      columns={[
        { label: texts.municipalityColumn },
        { label: texts.factorColumn, numeric: true },
        { label: texts.quotaColumn, numeric: true },
        { label: texts.amountColumn, numeric: true },
      ]}
    >
      {rows.map((row) => (
        <TableRow key={row.name} className={row.changed ? styles.changed : undefined}>
          <TableCell className={styles.name}>{row.name}</TableCell>
          <NumberCell>{formatDecimal(row.loadFactor, locale, 3)}</NumberCell>
          <NumberCell>{formatPercent(row.quota, locale, 2)}</NumberCell>
          <NumberCell>
            <span className={styles.stacked}>
              <span>{formatAmount(row.amount, locale)}</span>
              {row.changed && (
                <Caption1
                  className={styles.delta}
                  title={texts.deltaAgainstWorkbook(formatSignedMoney(row.delta, locale))}
                >
                  {formatSignedAmount(row.delta, locale)}
                </Caption1>
              )}
            </span>
          </NumberCell>
        </TableRow>
      ))}
    </FigureTable>
  );
}
