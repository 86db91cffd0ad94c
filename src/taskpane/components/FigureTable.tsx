/**
 * The pane's tables of figures share one shape: a caption above (the table's accessible name), a
 * header row whose number columns are right-aligned, and number cells in tabular digits so the
 * amounts line up. Compact ("extra-small") tables, the meeting tools' default, also narrow the
 * header and number cells so several columns of euros fit a 320 px pane. A table that can be
 * wider than the pane scrolls inside its own region, which Tab reaches (so the arrow keys can
 * scroll it, WCAG 2.1.1) and which is named by the caption; the pane itself never scrolls sideways.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
  useTableContext,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

/** A column of the header row; a `numeric` one is right-aligned like its cells. */
export interface FigureColumn {
  readonly label: ReactNode;
  readonly numeric?: boolean;
  /** Extra classes for the header cell, e.g. a sticky first column. */
  readonly className?: string;
}

/** What a figure table shows: caption, header row and the body rows as children. */
export interface FigureTableProps {
  readonly caption: string;
  readonly columns: readonly FigureColumn[];
  /** "extra-small" (default) for the compact meeting tables, "small" for roomier ones. */
  readonly size?: "small" | "extra-small";
  /** True for a table that may be wider than the pane: it scrolls in its own region. */
  readonly scrollable?: boolean;
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  // Columns as wide as their figures need, not split evenly (Fluent's default is fixed).
  table: { tableLayout: "auto" },
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  caption: {
    captionSide: "top",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  compact: {
    fontSize: tokens.fontSizeBase200,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  numberHeader: { justifyContent: "flex-end", textAlign: "end", paddingInline: 0 },
});

/** Classes for what the figure tables' rows share. */
export const useFigureStyles = makeStyles({
  /** An amount with its change below it, both right-aligned. */
  stacked: { display: "flex", flexDirection: "column", alignItems: "flex-end" },
  /** A long municipality name wraps (with hyphens) instead of widening the table. */
  name: { overflowWrap: "break-word", hyphens: "auto", paddingTop: "2px", paddingBottom: "2px" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** Renders a table with `caption`, a header row of `columns` and `children` as its body rows. */
export function FigureTable({
  caption,
  columns,
  size = "extra-small",
  scrollable = false,
  children,
}: FigureTableProps) {
  const styles = useStyles();
  const captionId = useId("sr-caption");
  const compact = size === "extra-small";
  const table = (
    <Table size={size} className={styles.table}>
      <caption id={captionId} className={styles.caption}>
        {caption}
      </caption>
      <TableHeader>
        <TableRow>
          {columns.map((column, index) => (
            <TableHeaderCell
              // The columns are fixed per table and have no identity beyond their position.
              key={index}
              className={mergeClasses(compact && styles.compact, column.className)}
              button={column.numeric === true ? { className: styles.numberHeader } : undefined}
            >
              {column.label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
  if (!scrollable) return table;
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={styles.scroll}>
      {table}
    </div>
  );
}

/** Renders a body cell holding a figure: right-aligned, tabular digits, never wrapped. */
export function NumberCell({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  // The table's size, so a cell is as compact as the header above it.
  const { size } = useTableContext();
  return (
    <TableCell className={mergeClasses(styles.number, size === "extra-small" && styles.compact)}>
      {children}
    </TableCell>
  );
}
