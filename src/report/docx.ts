/**
 * Renders the annex's document model to a .docx file with the `docx` library, which runs the same
 * in Node (CLI) and in the browser (task pane). Layout only: every text and figure comes from the
 * model. A4, the method in portrait and the tables in landscape, the running head and "Seite X
 * von Y" on every page, table header rows repeated when a table breaks across pages.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import type { AnnexBlock, AnnexDocument, AnnexPart, AnnexRow, AnnexTable } from "./annex-model";

/** A4 in twentieths of a point (twips), portrait. */
const A4 = { width: 11906, height: 16838 } as const;
/** Margins: 2 cm in portrait, 1.5 cm in landscape (where the wide tables need the room). */
const MARGIN = { portrait: 1134, landscape: 850 } as const;
/** Font sizes in half points: body 11 pt, tables 7.5 pt, notes and running head 8 pt. */
const SIZE = { body: 22, table: 15, note: 16, small: 16 } as const;
const FONT = "Arial";
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "7F7F7F" } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const HEADER_FILL = "DDEBF7";

function text(value: string, options: { bold?: boolean; italic?: boolean; size?: number } = {}) {
  return new TextRun({ text: value, font: FONT, size: options.size ?? SIZE.body, ...options });
}

function paragraph(block: Exclude<AnnexBlock, { kind: "table" }>): Paragraph {
  switch (block.kind) {
    case "heading":
      return new Paragraph({
        heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        spacing: { before: block.level === 1 ? 240 : 200, after: 80 },
        keepNext: true,
        children: [text(block.text, { bold: true, size: block.level === 1 ? 28 : 24 })],
      });
    case "paragraph":
      return new Paragraph({ spacing: { after: 120 }, children: [text(block.text)] });
    case "formula":
      return new Paragraph({
        indent: { left: 567 },
        spacing: { after: 120 },
        children: [text(block.text, { italic: true })],
      });
  }
}

function cellBorders(total: boolean, header: boolean) {
  return {
    top: total ? RULE : NONE,
    bottom: header ? RULE : NONE,
    left: NONE,
    right: NONE,
  };
}

function tableRow(table: AnnexTable, row: AnnexRow, widths: readonly number[]): TableRow {
  return new TableRow({
    cantSplit: true,
    children: row.cells.map(
      (cell, index) =>
        new TableCell({
          width: { size: widths[index] ?? 0, type: WidthType.DXA },
          borders: cellBorders(row.total === true, false),
          children: [
            new Paragraph({
              alignment:
                table.columns[index]?.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [text(cell.text, { size: SIZE.table, bold: row.total === true })],
            }),
          ],
        })
    ),
  });
}

function headerRow(table: AnnexTable, widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index] ?? 0, type: WidthType.DXA },
          borders: cellBorders(false, true),
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: "auto" },
          children: [
            new Paragraph({
              alignment: column.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [text(column.header, { size: SIZE.table, bold: true })],
            }),
          ],
        })
    ),
  });
}

/** Width of one character of table text (7.5 pt Arial, digits 0.556 em) and a cell's padding, in twips. */
const CHAR_TWIPS = 84;
const CELL_PADDING_TWIPS = 230;

/**
 * Column widths in twips over `usable`: each column as wide as its longest cell or longest header
 * word needs, scaled to the usable width, so figures do not wrap when the page has room for them.
 */
function columnWidths(table: AnnexTable, usable: number): number[] {
  // Bold text (headers, sum rows) runs wider than regular text.
  const needs = table.columns.map((column, index) => {
    const words = column.header.split(/\s+/).map((word) => word.length * 1.1);
    const cells = table.rows.map(
      (row) => (row.cells[index]?.text.length ?? 0) * (row.total === true ? 1.1 : 1)
    );
    return Math.max(...words, ...cells, 4) * CHAR_TWIPS + CELL_PADDING_TWIPS;
  });
  const total = needs.reduce((a, b) => a + b, 0);
  return needs.map((need) => Math.floor((usable * need) / total));
}

function tableBlocks(table: AnnexTable, usable: number): (Paragraph | Table)[] {
  const widths = columnWidths(table, usable);
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 240, after: 80 },
      children: [text(table.caption, { bold: true })],
    }),
    new Table({
      width: { size: usable, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [headerRow(table, widths), ...table.rows.map((row) => tableRow(table, row, widths))],
    }),
    ...(table.notes ?? []).map(
      (note) =>
        new Paragraph({
          spacing: { before: 60 },
          children: [text(note, { size: SIZE.note, italic: true })],
        })
    ),
  ];
}

/** The width between the margins of a part's pages, in twips. */
function usableWidth(part: AnnexPart): number {
  return (part.orientation === "landscape" ? A4.height : A4.width) - 2 * MARGIN[part.orientation];
}

function blocksOf(part: AnnexPart): (Paragraph | Table)[] {
  return part.blocks.flatMap((block) =>
    block.kind === "table" ? tableBlocks(block.table, usableWidth(part)) : [paragraph(block)]
  );
}

function pageHeader(annex: AnnexDocument): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [text(annex.pageHeader, { size: SIZE.small })],
      }),
    ],
  });
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            font: FONT,
            size: SIZE.small,
            children: ["Seite ", PageNumber.CURRENT, " von ", PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

function titleBlocks(annex: AnnexDocument): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { after: 120 },
      children: [text(annex.title, { bold: true, size: 32 })],
    }),
    new Paragraph({ spacing: { after: 60 }, children: [text(annex.subtitle)] }),
    new Paragraph({ spacing: { after: 240 }, children: [text(annex.date)] }),
  ];
}

function provenanceBlocks(annex: AnnexDocument): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 360, after: 60 },
      keepNext: true,
      children: [text("Herkunft der Zahlen", { bold: true })],
    }),
    ...annex.provenance.map(
      (line) => new Paragraph({ children: [text(line, { size: SIZE.note })] })
    ),
  ];
}

function section(
  annex: AnnexDocument,
  part: AnnexPart,
  children: (Paragraph | Table)[]
): ISectionOptions {
  const landscape = part.orientation === "landscape";
  return {
    properties: {
      page: {
        // The library takes the portrait size and swaps width and height for landscape itself.
        size: {
          ...A4,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: MARGIN.portrait,
          bottom: MARGIN.portrait,
          left: MARGIN[part.orientation],
          right: MARGIN[part.orientation],
        },
      },
    },
    headers: { default: pageHeader(annex) },
    footers: { default: pageFooter() },
    children,
  };
}

/** Returns the annex as the bytes of a .docx file (German, A4). */
export async function renderAnnexDocx(annex: AnnexDocument): Promise<Uint8Array<ArrayBuffer>> {
  const parts = annex.parts;
  const sections = parts.map((part, index) => {
    const first = index === 0 ? titleBlocks(annex) : [];
    const last = index === parts.length - 1 ? provenanceBlocks(annex) : [];
    return section(annex, part, [...first, ...blocksOf(part), ...last]);
  });
  const document = new Document({
    creator: "Sozialraumbudget",
    title: annex.title,
    styles: {
      default: { document: { run: { font: FONT, size: SIZE.body, language: { value: "de-DE" } } } },
    },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
