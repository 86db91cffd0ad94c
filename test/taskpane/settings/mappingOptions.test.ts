import {
  mappingOptions,
  selectedOption,
  sheetLocation,
} from "../../../src/taskpane/settings/mappingOptions";
import type { TableInfo } from "../../../src/workbook/index";
import { DEFAULT_MAPPING } from "../../../src/workbook/index";

const TABLES: TableInfo[] = [
  { name: "tblGemeinden", sheet: "Stammdaten", headers: ["Gemeinde", "Region"] },
  { name: "tblOrte", sheet: "Orte", headers: ["Gemeinde"] },
];
const SHAPE = { tables: TABLES, sheetNames: ["Stammdaten", "Orte", "Notizen"] };

describe("when the options of an input are listed", () => {
  it("can list the tables first, then every sheet read without a table", () => {
    const options = mappingOptions("municipalities", DEFAULT_MAPPING.municipalities, SHAPE);

    expect(options.map((option) => [option.value, option.location])).toEqual([
      ["table:tblGemeinden", { table: "tblGemeinden", sheet: "Stammdaten" }],
      ["table:tblOrte", { table: "tblOrte", sheet: "Orte" }],
      // tblGemeinden exists, so a sheet choice needs a name no table can have.
      ["sheet:Stammdaten", { table: "tblGemeinden Blatt", sheet: "Stammdaten" }],
      ["sheet:Orte", { table: "tblGemeinden Blatt", sheet: "Orte" }],
      ["sheet:Notizen", { table: "tblGemeinden Blatt", sheet: "Notizen" }],
    ]);
  });

  it("can add the current location as missing when neither its table nor its sheet exists", () => {
    const current = { table: "tblAlt", sheet: "Alt" };
    const options = mappingOptions("usage", current, SHAPE);

    expect(options.at(-1)).toMatchObject({ value: "missing", kind: "missing", location: current });
    expect(selectedOption(current, options).value).toBe("missing");
  });
});

describe("when the current location is matched to an option", () => {
  it.each([
    [{ table: "tblGemeinden", sheet: "Stammdaten" }, "table:tblGemeinden"],
    [{ table: "TBLORTE", sheet: "irgendwo" }, "table:tblOrte"],
    [{ table: "tblFehlt", sheet: "Notizen" }, "sheet:Notizen"],
    [{ table: "tblFehlt", sheet: "notizen" }, "sheet:Notizen"],
  ])("can select the option %j reads: %s", (current, value) => {
    const options = mappingOptions("municipalities", current, SHAPE);
    expect(selectedOption(current, options).value).toBe(value);
  });
});

describe("when a sheet is chosen without a table", () => {
  it.each([
    // current table free → kept; taken → the default; both taken → a name with a space.
    [{ table: "tblMeine", sheet: "X" }, [], "tblMeine"],
    [{ table: "tblOrte", sheet: "X" }, TABLES, "tblGemeinden Blatt"],
    [{ table: "tblOrte", sheet: "X" }, [TABLES[1]], "tblGemeinden"],
  ] as const)("can name a table that does not exist (%#)", (current, tables, table) => {
    const location = sheetLocation("municipalities", "Blatt", current, tables as TableInfo[]);
    expect(location).toEqual({ table, sheet: "Blatt" });
  });
});
