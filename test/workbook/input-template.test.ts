/**
 * The template of "Eingabeblätter anlegen": read back as the default layout, it has only the gaps
 * a user must fill (no municipality, no indicator, the two required parameters) and no header the
 * validator would not recognise.
 */
import {
  DEFAULT_MAPPING,
  INPUT_KEYS,
  INPUT_TEMPLATE,
  validateInputs,
  type InputKey,
  type InputSnapshot,
  type RawTable,
} from "../../src/workbook";

/** The template's tables as the adapters would read them right after creating the sheets. */
function templateSnapshot(): InputSnapshot {
  const tables: Partial<Record<InputKey, RawTable>> = {};
  for (const key of INPUT_KEYS) {
    const { sheet, table } = DEFAULT_MAPPING[key];
    const found = INPUT_TEMPLATE.find((s) => s.name === sheet)?.tables.find(
      (t) => t.name === table
    );
    if (!found) continue;
    tables[key] = {
      key,
      name: found.name,
      sheet,
      source: "table",
      origin: { row: 0, column: found.column },
      headers: found.headers,
      rows: found.rows,
    };
  }
  return {
    tables,
    sheetNames: INPUT_TEMPLATE.map((s) => s.name),
    tableNames: INPUT_TEMPLATE.flatMap((s) => s.tables.map((t) => t.name)),
  };
}

describe("INPUT_TEMPLATE", () => {
  it("holds every input of the default mapping", () => {
    expect(Object.keys(templateSnapshot().tables)).toEqual([...INPUT_KEYS]);
  });

  it("validates with only the gaps a user must fill", () => {
    const issues = validateInputs(templateSnapshot()).issues.map((i) => [i.code, i.sheet, i.cell]);
    expect(issues).toEqual([
      ["MISSING_MUNICIPALITY", "Stammdaten", "A2"],
      ["MISSING_COLUMN", "Indikatoren", "B1"],
      ["MISSING_PARAMETER", "Parameter", "B2"],
      ["MISSING_PARAMETER", "Parameter", "B3"],
    ]);
  });
});
