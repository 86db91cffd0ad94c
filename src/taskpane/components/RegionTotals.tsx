/**
 * The result of a fill at a glance: each region's total budget and the district's, as written to
 * the sheets (bound + regional budget 1 and 2 + compensation, DOMAIN.md 7–8).
 */
import { TableCell, TableRow } from "@fluentui/react-components";
import type { BudgetResult } from "../../core/types";
import { formatMoney } from "../format";
import { usePaneLanguage } from "../PaneContext";
import { FigureTable, NumberCell, useFigureStyles } from "./FigureTable";

/** Renders a table of the regions' totals with the district total as its last row. */
export function RegionTotals({ result }: { readonly result: BudgetResult }) {
  const styles = useFigureStyles();
  const { texts, locale } = usePaneLanguage();
  return (
    // Two columns only: the fill panel has room for the regular size.
    <FigureTable
      size="small"
      caption={texts.totalsCaption}
      columns={[{ label: texts.regionColumn }, { label: texts.totalColumn, numeric: true }]}
    >
      {result.regions.map((region) => (
        <TableRow key={region.name}>
          <TableCell>{region.name}</TableCell>
          <NumberCell>{formatMoney(region.total, locale)}</NumberCell>
        </TableRow>
      ))}
      <TableRow className={styles.total}>
        <TableCell>{texts.districtTotal}</TableCell>
        <NumberCell>{formatMoney(result.totals.total, locale)}</NumberCell>
      </TableRow>
    </FigureTable>
  );
}
