/** Renders a planned sheet as readable text lines for golden files: one line per non-empty cell. */
import { toA1 } from "../../src/workbook/cells";
import type { PlannedSheet } from "../../src/workbook/types";

/** Returns "A1 "text" [text, title]" lines, row by row, plus the sheet's extent and layout. */
export function renderSheet(sheet: PlannedSheet): string {
  const lines = [
    `sheet ${sheet.name}: ${sheet.extent.rows} rows × ${sheet.extent.columns} columns, freeze ${sheet.freezeRows}`,
    `widths ${sheet.columnWidths.join(" ")}`,
  ];
  sheet.cells.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      if (cell === null) return;
      const shown =
        cell.formula === undefined
          ? JSON.stringify(cell.value)
          : `${cell.formula} (${JSON.stringify(cell.value)})`;
      const tags = [cell.format, cell.style].filter((tag) => tag !== undefined).join(", ");
      lines.push(`${toA1({ row: rowIndex, column })} ${shown} [${tags}]`);
    });
  });
  return `${lines.join("\n")}\n`;
}
