/**
 * "Create input sheets": adds the template's sheets (src/workbook/input-template.ts) with their
 * tables in one round trip after one read. A sheet that exists is never touched, nor one whose
 * table name is taken elsewhere in the workbook (Excel table names are unique per workbook); both
 * are reported as skipped.
 */
import { INPUT_TEMPLATE, type TemplateSheet } from "../../workbook";
import type { CreatedInputSheets } from "../../workbook/host";
import { toColumnPoints } from "./styles";
import { toScalarInput } from "./values";

/** Creates the missing input sheets (two syncs: read what exists, then create). */
export async function createInputSheets(
  context: Excel.RequestContext
): Promise<CreatedInputSheets> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const created: string[] = [];
  const skipped: string[] = [];
  for (const sheet of INPUT_TEMPLATE) {
    const taken =
      sheetNames.has(sheet.name.toLowerCase()) ||
      sheet.tables.some((t) => tableNames.has(t.name.toLowerCase()));
    if (taken) {
      skipped.push(sheet.name);
      continue;
    }
    queueSheet(context, sheet);
    created.push(sheet.name);
  }
  if (created.length > 0) await context.sync();
  return { created, skipped };
}

function queueSheet(context: Excel.RequestContext, sheet: TemplateSheet): void {
  const worksheet = context.workbook.worksheets.add(sheet.name);
  for (const table of sheet.tables) {
    const grid = [
      table.headers.map((h) => toScalarInput(h)),
      ...table.rows.map((row) => row.map(toScalarInput)),
    ];
    const range = worksheet.getRangeByIndexes(0, table.column, grid.length, table.headers.length);
    range.values = grid;
    worksheet.tables.add(range, true).name = table.name;
    table.widths.forEach((width, i) => {
      worksheet.getRangeByIndexes(0, table.column + i, 1, 1).format.columnWidth =
        toColumnPoints(width);
    });
  }
}
