/**
 * "Mehrjahresplan": the compensation per municipality and the freed amounts per region for every
 * year of the phase-out, with the totals per year, and writing the Mehrjahresplan sheet. The
 * table scrolls sideways with the names fixed, since the years can outnumber a narrow pane.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  TableCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Dec } from "../../../core/decimal";
import { FigureTable, NumberCell, useFigureStyles } from "../../components/FigureTable";
import { formatAmount } from "../../format";
import { usePaneLanguage } from "../../PaneContext";
import type { PhaseOutPanelProps, PlanRow } from "./PhaseOutPanel.types";
import { usePhaseOutPanel } from "./usePhaseOutPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
  first: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: "96px",
    maxWidth: "140px",
  },
  write: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** One table of the plan: a row per entry and a total row, one column per year. */
function YearTable(props: {
  caption: string;
  firstColumn: string;
  years: readonly number[];
  rows: readonly PlanRow[];
  totalLabel: string;
  totals: readonly Dec[];
}) {
  const styles = { ...useFigureStyles(), ...useStyles() };
  const { locale } = usePaneLanguage();
  const amountCells = (amounts: readonly Dec[]) =>
    amounts.map((amount, index) => (
      <NumberCell key={props.years[index]}>{formatAmount(amount, locale)}</NumberCell>
    ));
  return (
    <FigureTable
      scrollable
      caption={props.caption}
      columns={[
        { label: props.firstColumn, className: styles.first },
        ...props.years.map((year) => ({ label: year, numeric: true })),
      ]}
    >
      {props.rows.map((row) => (
        <TableRow key={row.label}>
          <TableCell className={mergeClasses(styles.first, styles.name)}>{row.label}</TableCell>
          {amountCells(row.amounts)}
        </TableRow>
      ))}
      <TableRow className={styles.total}>
        <TableCell className={styles.first}>{props.totalLabel}</TableCell>
        {amountCells(props.totals)}
      </TableRow>
    </FigureTable>
  );
}

/** Renders the multi-year plan. */
export function PhaseOutPanel(props: PhaseOutPanelProps) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const state = usePhaseOutPanel(props);
  return (
    <div className={styles.root}>
      <Caption1 className={styles.muted}>{texts.planIntro}</Caption1>
      {state.error !== undefined && (
        <MessageBar intent="error" layout="multiline">
          {/* The engine's messages are German in either pane. */}
          <MessageBarBody lang="de">{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.plan !== undefined && state.compensated.length === 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{texts.planNoCompensation}</MessageBarBody>
        </MessageBar>
      )}
      {state.compensated.length > 0 && (
        <div>
          <YearTable
            caption={texts.planCaption}
            firstColumn={texts.municipalityColumn}
            years={state.years}
            rows={state.compensated}
            totalLabel={texts.compensationTotal}
            totals={state.compensationTotals}
          />
          {state.withoutCompensation > 0 && (
            <Caption1 className={styles.muted}>
              {texts.withoutCompensation(state.withoutCompensation)}
            </Caption1>
          )}
        </div>
      )}
      {state.compensated.length > 0 && (
        <YearTable
          caption={texts.freedCaption}
          firstColumn={texts.regionColumn}
          years={state.years}
          rows={state.freed}
          totalLabel={texts.freedTotal}
          totals={state.freedTotals}
        />
      )}
      <div className={styles.write}>
        <Button
          appearance="primary"
          disabled={props.busy || state.plan === undefined}
          disabledFocusable={props.busy && state.plan !== undefined}
          onClick={props.onWrite}
        >
          {texts.writePlan}
        </Button>
        <Caption1 className={styles.muted}>{texts.writePlanHint}</Caption1>
      </div>
    </div>
  );
}
