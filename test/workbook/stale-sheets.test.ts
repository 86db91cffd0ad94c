import { evaluateSnapshot } from "../../src/workbook/fill";
import { sampleSnapshot, withCell } from "./fixtures";

/** The warnings of STALE_OUTPUT_SHEET for a sample whose workbook has these block sheets. */
function staleWarnings(blockSheets: readonly string[], change = sampleSnapshot()): object[] {
  const outcome = evaluateSnapshot({ ...change, blockSheets });
  return outcome.issues
    .filter((issue) => issue.code === "STALE_OUTPUT_SHEET")
    .map(({ severity, sheet, cell, message }) => ({ severity, sheet, cell, message }));
}

describe("staleSheetIssues (via evaluateSnapshot)", () => {
  it("warns about a block sheet whose region no longer exists, naming the sheet", () => {
    expect(staleWarnings(["Region 1", "Region 4", "Übersicht"])).toEqual([
      {
        severity: "warning",
        sheet: "Region 4",
        cell: "",
        message:
          "Das Blatt »Region 4« stammt aus einer früheren Füllung, aber keine Gemeinde gehört mehr zur Region »Region 4«; es zeigt veraltete Zahlen und wird nicht mehr aktualisiert. Bitte das Blatt löschen, wenn es nicht mehr gebraucht wird.",
      },
    ]);
  });

  it.each([
    [
      "the regions, Übersicht and the meeting sheets",
      ["Region 2", "Übersicht", "Protokoll", "Modellvergleich", "Mehrjahresplan"],
    ],
    ["a region in another case", ["region 3"]],
    ["a region in decomposed Unicode", ["Region 1".normalize("NFD")]],
  ])("stays silent for %s", (_label, sheets) => {
    expect(staleWarnings(sheets)).toEqual([]);
  });

  it("warns when the municipalities of a region moved to another", () => {
    const moved = ["B9", "B10", "B11"].reduce(
      (snapshot, cell) => withCell(snapshot, "municipalities", cell, "Region 2"),
      sampleSnapshot()
    );
    expect(
      staleWarnings(["Region 3"], moved).map((issue) => ("sheet" in issue ? issue.sheet : ""))
    ).toEqual(["Region 3"]);
  });

  it("stays silent while the inputs have errors (the regions are not known then)", () => {
    const broken = withCell(sampleSnapshot(), "municipalities", "B3", "History");
    expect(staleWarnings(["Region 4"], broken)).toEqual([]);
  });
});
