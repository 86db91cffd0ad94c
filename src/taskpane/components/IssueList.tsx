/**
 * The issues of a check, errors first, each under its sheet: the cell and the message select the
 * cell in Excel; an issue with a fix offers it as a button.
 */
import {
  Button,
  Caption1Strong,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useId } from "react";
import type { IssueFix, ValidationIssue } from "../../workbook/index";
import { usePaneLanguage } from "../PaneContext";
import type { SeverityIssues } from "./issueGroups";
import { groupIssues, issueText } from "./issueGroups";

/** What the list shows and what a click does. */
export interface IssueListProps {
  readonly issues: readonly ValidationIssue[];
  /** True while an operation runs: fixes are disabled then. */
  readonly busy: boolean;
  onSelect(sheet: string, cell: string): void;
  onFix(fix: IssueFix): void;
}

/** Wide enough for "AA100" in the monospace font. */
const CELL_COLUMN = "2.75rem";

const useStyles = makeStyles({
  groups: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  errorHeading: { color: tokens.colorPaletteRedForeground1 },
  warningHeading: { color: tokens.colorPaletteDarkOrangeForeground1 },
  sheet: { margin: 0, color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThicker} solid`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
  errorItem: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warningItem: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  select: {
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    width: "100%",
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    columnGap: tokens.spacingHorizontalS,
  },
  static: {
    display: "flex",
    paddingTop: tokens.spacingVerticalSNudge,
    paddingBottom: tokens.spacingVerticalSNudge,
    paddingRight: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    ...typographyStyles.body1,
  },
  // A fixed column for the cell, so messages and fix buttons line up from issue to issue.
  cell: {
    minWidth: CELL_COLUMN,
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
  },
  fix: { marginLeft: `calc(2 * ${tokens.spacingHorizontalS} + ${CELL_COLUMN})` },
});

/** One issue: its cell and message (a button that selects the cell) and its fix, if any. */
function IssueItem(
  props: Omit<IssueListProps, "issues"> & { issue: ValidationIssue; className: string }
) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const { issue } = props;
  const content = (
    <>
      <span className={styles.cell}>{issue.cell === "" ? "–" : issue.cell}</span>
      {/* The workbook layer writes its messages in German only; say so in the English pane. */}
      <span lang="de">{issueText(issue)}</span>
    </>
  );
  return (
    <li className={props.className}>
      {issue.cell === "" || issue.sheet === "" ? (
        // Nothing to select (a whole table, the saved mapping): text, not a dead button.
        <div className={mergeClasses(styles.select, styles.static)}>{content}</div>
      ) : (
        <Button
          appearance="transparent"
          className={styles.select}
          title={texts.selectCell(issue.sheet, issue.cell)}
          onClick={() => props.onSelect(issue.sheet, issue.cell)}
        >
          {content}
        </Button>
      )}
      {issue.fix && (
        <Button
          size="small"
          appearance="primary"
          className={styles.fix}
          disabled={props.busy}
          onClick={() => issue.fix && props.onFix(issue.fix)}
        >
          <span lang="de">{issue.fix.label}</span>
        </Button>
      )}
    </li>
  );
}

function SheetIssueList(props: IssueListProps & { severity: SeverityIssues }) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const itemClass = mergeClasses(
    styles.item,
    props.severity.severity === "error" ? styles.errorItem : styles.warningItem
  );
  return (
    <>
      {props.severity.sheets.map(({ sheet, issues }) => (
        <div key={sheet} className={styles.group}>
          <Caption1Strong as="h3" className={styles.sheet}>
            {sheet === "" ? texts.generalGroup : sheet}
          </Caption1Strong>
          <ul className={styles.list}>
            {issues.map((issue, index) => (
              <IssueItem
                key={`${issue.code}:${issue.cell}:${index}`}
                issue={issue}
                className={itemClass}
                busy={props.busy}
                onSelect={props.onSelect}
                onFix={props.onFix}
              />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** Renders the issues grouped by severity and sheet; renders nothing for no issues. */
export function IssueList(props: IssueListProps) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const baseId = useId();
  return (
    <div className={styles.groups}>
      {groupIssues(props.issues).map((group) => {
        const headingId = `${baseId}-${group.severity}`;
        const error = group.severity === "error";
        return (
          <section key={group.severity} aria-labelledby={headingId} className={styles.group}>
            <Subtitle2
              as="h2"
              id={headingId}
              className={mergeClasses(
                styles.heading,
                error ? styles.errorHeading : styles.warningHeading
              )}
            >
              {error ? texts.errorsHeading(group.count) : texts.warningsHeading(group.count)}
            </Subtitle2>
            <SheetIssueList {...props} severity={group} />
          </section>
        );
      })}
    </div>
  );
}
