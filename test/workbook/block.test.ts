import * as fc from "fast-check";
import {
  blockNameFor,
  blockRange,
  blockSheetsOf,
  EMPTY_BLOCK_RECORD,
  parseBlockRange,
  parseBlockRecord,
  RECORDED_FINGERPRINTS,
  trustedBlock,
  withBlock,
} from "../../src/workbook/block";

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

describe("the block record", () => {
  const extent = { rows: 16, columns: 9 };
  const record = withBlock(EMPTY_BLOCK_RECORD, "Region 1", extent);

  it("trusts exactly the block it recorded", () => {
    expect(trustedBlock(record, "Region 1", "$A$1:$I$16")).toEqual(extent);
    expect(trustedBlock(record, "Region 1", "$A$1:$Z$100")).toBeUndefined();
    expect(trustedBlock(record, "Region 2", "$A$1:$I$16")).toBeUndefined();
    expect(trustedBlock(EMPTY_BLOCK_RECORD, "Region 1", "$A$1:$I$16")).toBeUndefined();
  });

  it("keeps earlier blocks of a name, so a block put back by undo is still known", () => {
    const refilled = withBlock(record, "Region 1", { rows: 20, columns: 9 });
    expect(trustedBlock(refilled, "Region 1", "A1:I16")).toEqual(extent);
    expect(trustedBlock(refilled, "Region 1", "A1:I20")).toEqual({ rows: 20, columns: 9 });
  });

  it("keeps at most RECORDED_FINGERPRINTS per name", () => {
    let many = EMPTY_BLOCK_RECORD;
    for (let rows = 1; rows <= RECORDED_FINGERPRINTS + 5; rows++)
      many = withBlock(many, "Region 1", { rows, columns: 2 });
    expect(many.blocks[blockNameFor("Region 1")]).toHaveLength(RECORDED_FINGERPRINTS);
    expect(trustedBlock(many, "Region 1", "A1:B1")).toBeUndefined();
  });

  it("reads back what it saved as JSON, and nothing from anything else", () => {
    expect(parseBlockRecord(JSON.stringify(record))).toEqual(record);
    expect(parseBlockRecord(record)).toEqual(record);
    expect(parseBlockRecord("kein JSON")).toEqual(EMPTY_BLOCK_RECORD);
    expect(parseBlockRecord({ blocks: { x: 3 } })).toEqual({ version: 1, blocks: { x: [] } });
  });

  it("names the sheets a block name points at, as Excel compares sheet names", () => {
    const names = [
      { name: "SR_Block_Alt", reference: "='Region 4'!$A$1:$B$2" },
      { name: "Einwohner", reference: "=Stammdaten!$D$2:$D$11" },
      { name: blockNameFor("Süd"), reference: `='${"Süd".normalize("NFD")}'!$A$1` },
    ];
    expect(blockSheetsOf(names, ["Stammdaten", "Süd", "region 4"])).toEqual(["Süd", "region 4"]);
  });
});
