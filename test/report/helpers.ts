import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import {
  annexWorkbook,
  type AnnexDocument,
  type AnnexOptions,
  type AnnexTable,
} from "../../src/report";
import type { ValidationOutcome } from "../../src/workbook";

/** The committed sample workbook. */
export const SAMPLE_PATH = join(__dirname, "../../assets/Sozialraumbudget-Beispiel.xlsx");

/** The moment of the calculation: 22.11.2026, 14:03 in Europe/Berlin. */
export const FIXED_NOW = new Date(Date.UTC(2026, 10, 22, 13, 3, 0));

/** Builds the annex of the bundled sample with the given optional parts. */
export async function sampleAnnex(
  parts: AnnexOptions = { withComparison: false, withPlan: false }
): Promise<{ annex: AnnexDocument; outcome: ValidationOutcome }> {
  const port = await XlsxWorkbook.fromFile(SAMPLE_PATH);
  const { annex, outcome } = await annexWorkbook(
    port,
    { now: FIXED_NOW, productVersion: "0.1.0" },
    parts
  );
  if (annex === undefined) throw new Error("the sample must give an annex");
  return { annex, outcome };
}

/** Every table of the annex, in reading order. */
export function tablesOf(annex: AnnexDocument): AnnexTable[] {
  return annex.parts.flatMap((part) =>
    part.blocks.flatMap((block) => (block.kind === "table" ? [block.table] : []))
  );
}

/** The table whose caption starts with `prefix`. */
export function tableNamed(annex: AnnexDocument, prefix: string): AnnexTable {
  const table = tablesOf(annex).find((candidate) => candidate.caption.startsWith(prefix));
  if (table === undefined) throw new Error(`no table ${prefix}`);
  return table;
}

/** Every text of the method part, paragraphs and formulas, joined by newlines. */
export function methodText(annex: AnnexDocument): string {
  return (annex.parts[0]?.blocks ?? [])
    .map((block) => (block.kind === "table" ? "" : block.text))
    .join("\n");
}
