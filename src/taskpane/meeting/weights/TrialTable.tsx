/**
 * The weight trial's preview: per municipality load factor, quota and amount as the trial would
 * make them; rows that differ from the workbook's figures are highlighted with the difference.
 */
import {
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
import {
  formatAmount,
  formatDecimal,
  formatPercent,
  formatSignedAmount,
  formatSignedMoney,
} from "../../format";
import { usePaneLanguage } from "../../PaneContext";
import { useTableStyles } from "../compare/ModelTables";
import type { PreviewRow } from "./WeightsPanel.types";

const useStyles = makeStyles({
  changed: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  delta: { color: tokens.colorNeutralForeground2 },
});

/** Renders the preview rows. */
export function TrialTable({ rows }: { readonly rows: readonly PreviewRow[] }) {
  const styles = { ...useTableStyles(), ...useStyles() };
  const { texts, locale } = usePaneLanguage();
  return (
    <Table size="extra-small" className={styles.table}>
      <caption className={styles.caption}>{texts.previewCaption}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.header}>{texts.municipalityColumn}</TableHeaderCell>
          <TableHeaderCell className={styles.header} button={{ className: styles.numberHeader }}>
            {texts.factorColumn}
          </TableHeaderCell>
          <TableHeaderCell className={styles.header} button={{ className: styles.numberHeader }}>
            {texts.quotaColumn}
          </TableHeaderCell>
          <TableHeaderCell className={styles.header} button={{ className: styles.numberHeader }}>
            {texts.amountColumn}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name} className={row.changed ? styles.changed : undefined}>
            <TableCell className={styles.name}>{row.name}</TableCell>
            <TableCell className={styles.number}>
              {formatDecimal(row.loadFactor, locale, 3)}
            </TableCell>
            <TableCell className={styles.number}>{formatPercent(row.quota, locale, 2)}</TableCell>
            <TableCell className={styles.number}>
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
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
