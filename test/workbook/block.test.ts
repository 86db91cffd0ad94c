import * as fc from "fast-check";
import { blockNameFor, blockRange, parseBlockRange } from "../../src/workbook/block";

describe("blockNameFor", () => {
  it.each([
    ["Region 1", "SR_Block_Region_00201"],
    ["Übersicht", "SR_Block__00DCbersicht"],
    ["Region_1", "SR_Block_Region_005F1"],
    ["Nord-Ost", "SR_Block_Nord_002DOst"],
  ])("names the block on %j %j", (sheet, name) => {
    expect(blockNameFor(sheet)).toBe(name);
  });

  it("always gives a valid Excel name, distinct for distinct sheet names", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 31 }),
        fc.string({ minLength: 1, maxLength: 31 }),
        (a, b) => {
          const name = blockNameFor(a);
          const valid = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name.length <= 255;
          return valid && (a === b) === (name === blockNameFor(b));
        }
      )
    );
  });
});

describe("block ranges", () => {
  it.each([
    [{ rows: 20, columns: 9 }, "A1:I20"],
    [{ rows: 1, columns: 1 }, "A1"],
    [{ rows: 3, columns: 28 }, "A1:AB3"],
  ])("writes %j as %s and reads it back", (extent, range) => {
    expect(blockRange(extent)).toBe(range);
    expect(parseBlockRange(range)).toEqual(extent);
  });

  it.each([
    ["'Region 1'!$A$1:$I$20", { rows: 20, columns: 9 }],
    ["Übersicht!A1:H18", { rows: 18, columns: 8 }],
  ])("reads a defined name's reference %j", (reference, extent) => {
    expect(parseBlockRange(reference)).toEqual(extent);
  });

  it.each([["B2:C3"], ["A2:C3"], ["#BEZUG!"]])(
    "rejects %j, which does not start at A1",
    (reference) => {
      expect(parseBlockRange(reference)).toBeUndefined();
    }
  );
});
