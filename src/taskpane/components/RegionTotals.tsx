/**
 * The result of a fill at a glance: each region's total budget and the district's, as written to
 * the sheets (bound + regional budget 1 and 2 + compensation, DOMAIN.md 7–8).
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BudgetResult } from "../../core/types";
import { formatMoney } from "../format";
import { usePaneLanguage } from "../PaneContext";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  caption: {
    captionSide: "top",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  amount: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  amountHeader: { justifyContent: "flex-end" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** Renders a table of the regions' totals with the district total as its last row. */
export function RegionTotals({ result }: { readonly result: BudgetResult }) {
  const styles = useStyles();
  const { texts, locale } = usePaneLanguage();
  return (
    <Table size="small" className={styles.table}>
      <caption className={styles.caption}>{texts.totalsCaption}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{texts.regionColumn}</TableHeaderCell>
          <TableHeaderCell button={{ className: styles.amountHeader }}>
            {texts.totalColumn}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.regions.map((region) => (
          <TableRow key={region.name}>
            <TableCell>{region.name}</TableCell>
            <TableCell className={styles.amount}>{formatMoney(region.total, locale)}</TableCell>
          </TableRow>
        ))}
        <TableRow className={styles.total}>
          <TableCell>{texts.districtTotal}</TableCell>
          <TableCell className={styles.amount}>
            {formatMoney(result.totals.total, locale)}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
