import { DEFAULT_MAPPING, parseMappingSetting, serializeMapping } from "../../src/workbook/mapping";
import type { InputMapping } from "../../src/workbook/types";

const CUSTOM: InputMapping = {
  ...DEFAULT_MAPPING,
  usage: { table: "tblNutzung", sheet: "Nutzung", headerRow: 3 },
};

describe("serializeMapping", () => {
  it("writes a versioned JSON object with the inputs in a fixed order", () => {
    expect(JSON.parse(serializeMapping(DEFAULT_MAPPING))).toEqual({
      version: 1,
      inputs: DEFAULT_MAPPING,
    });
    expect(serializeMapping(DEFAULT_MAPPING)).toMatch(
      /^\{"version":1,"inputs":\{"municipalities":/
    );
  });

  it("round-trips through parseMappingSetting", () => {
    expect(parseMappingSetting(serializeMapping(CUSTOM))).toEqual({ mapping: CUSTOM, issues: [] });
    expect(parseMappingSetting(JSON.parse(serializeMapping(CUSTOM)))).toEqual({
      mapping: CUSTOM,
      issues: [],
    });
  });
});

describe("parseMappingSetting", () => {
  it.each([[null], [undefined], [""]])("gives the default without a warning for %p", (setting) => {
    expect(parseMappingSetting(setting)).toEqual({ mapping: DEFAULT_MAPPING, issues: [] });
  });

  it.each([
    ["{kaputt", "kein gültiges JSON"],
    ['{"version":2,"inputs":{}}', "unbekannte Version 2"],
    ["[1,2]", "unbekannte Version fehlt"],
    [42, "unbekannte Version fehlt"],
  ])("gives the default and a warning for %p", (setting, reason) => {
    const { mapping, issues } = parseMappingSetting(setting);
    expect(mapping).toEqual(DEFAULT_MAPPING);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "INVALID_MAPPING",
        severity: "warning",
        sheet: "",
        cell: "",
        message: expect.stringContaining(reason),
      }),
    ]);
  });

  it("keeps the good entries and defaults a malformed one, naming it", () => {
    const saved = JSON.parse(serializeMapping(CUSTOM)) as { inputs: Record<string, unknown> };
    saved.inputs.weights = { table: "", sheet: "Indikatoren" };
    saved.inputs.parameters = { table: "tblParameter", sheet: "Parameter", headerRow: 0 };
    const { mapping, issues } = parseMappingSetting(JSON.stringify(saved));
    expect(mapping).toEqual({
      ...CUSTOM,
      weights: DEFAULT_MAPPING.weights,
      parameters: DEFAULT_MAPPING.parameters,
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain("»tblGewichte« und »tblParameter«");
  });
});
