/**
 * The undo index is read back from a document setting that co-authors' add-ins (of this or an
 * earlier version) wrote: parseUndoIndex accepts what it can restore and nothing else.
 */
import { parseUndoIndex } from "../../../src/adapters/officejs/undo-index";

const ENTRY = { sheet: "Region 1", extent: { rows: 16, columns: 9 } };
const LAYOUT = { widths: [150.75, null, 108.75], frozen: { rows: 2, columns: 0 } };

function index(entry: object): unknown {
  return { version: 2, fillId: "abc-123", sheets: [entry], created: [] };
}

describe("parseUndoIndex", () => {
  it.each([
    ["an entry without layout (an index saved before layouts were recorded)", ENTRY],
    ["an entry with widths, standard widths and frozen panes", { ...ENTRY, layout: LAYOUT }],
    [
      "an entry with a previous block and new charts",
      {
        ...ENTRY,
        previous: { extent: { rows: 15, columns: 9 }, row: 0 },
        charts: ["SR_Modellvergleich"],
      },
    ],
  ])("accepts %s", (_what, entry) => {
    const value = index(entry);
    expect(parseUndoIndex(value)).toBe(value);
  });

  it.each([
    ["widths that are not numbers", { ...LAYOUT, widths: ["150"] }],
    ["frozen panes without columns", { ...LAYOUT, frozen: { rows: 2 } }],
    ["no frozen panes", { widths: [] }],
    ["widths that are no list", { ...LAYOUT, widths: 150 }],
  ])("refuses a layout with %s", (_what, layout) => {
    expect(parseUndoIndex(index({ ...ENTRY, layout }))).toBeUndefined();
  });

  it("refuses an index of version 1, whose snapshot does not name its fill", () => {
    expect(parseUndoIndex({ version: 1, fillId: "abc-123", sheets: [ENTRY], created: [] })).toBe(
      undefined
    );
  });
});
