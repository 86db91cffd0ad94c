/**
 * The invariant of the surgical writer (issue 10): however often a workbook is filled and with
 * whatever figures, every part the add-in does not own stays byte for byte as in the original.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { fillWorkbook, type RunOptions } from "../../../src/workbook";
import { diffPackages, PACKAGE_PARTS_OF_A_FILL, unownedChanges } from "../../support/packageDiff";
import { SAMPLE_PATH } from "./helpers";

const ORIGINALS: readonly (readonly [string, Buffer])[] = [
  ["the sample", readFileSync(SAMPLE_PATH)],
  ["Excel's dialect", readFileSync(join(__dirname, "../../fixtures/dialects/excel-tabellen.xlsx"))],
];
// KORRIDOR is infeasible with the sample's 5 % corridor (a fill then writes nothing).
const MODELS = ["EINWOHNER", "BELASTUNG", "SOCKEL"] as const;
const OWNED = [...PACKAGE_PARTS_OF_A_FILL, /^xl\/worksheets\/sheet\d+\.xml$/];

/** One fill of `bytes` as a later run of the CLI would do it; returns the saved bytes. */
async function fill(bytes: Uint8Array, options: RunOptions): Promise<Buffer> {
  const port = await XlsxWorkbook.fromBuffer(bytes);
  const outcome = await fillWorkbook(port, options);
  if (!outcome.written) throw new Error(JSON.stringify(outcome.issues));
  return port.toBuffer();
}

describe.each(ORIGINALS)("when %s is filled again and again", (_label, original) => {
  it("keeps every part the add-in does not own identical to the original after each fill", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            model: fc.constantFrom(...MODELS),
            year: fc.integer({ min: 2026, max: 2030 }),
          }),
          { minLength: 1, maxLength: 3 }
        ),
        async (runs) => {
          let bytes: Uint8Array = original;
          for (const [index, run] of runs.entries()) {
            bytes = await fill(bytes, {
              overrides: { model: run.model, year: run.year },
              now: new Date(Date.UTC(2026, 10, 22, 13, index)),
              productVersion: "test",
            });
            const diff = await diffPackages(original, bytes);
            expect(unownedChanges(diff, OWNED)).toEqual([]);
            // The originals hold no output sheet, so every sheet part they have is an input.
            expect(diff.changed.filter((part) => part.startsWith("xl/worksheets/"))).toEqual([]);
          }
        }
      ),
      { numRuns: 8 }
    );
  });
});
