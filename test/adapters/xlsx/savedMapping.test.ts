/**
 * XlsxWorkbook.savedMapping: the input mapping the task pane saved as a document setting, read
 * from the web extension part through both of Office's layers (XML attribute, then JSON).
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { decodeXml } from "../../../src/adapters/xlsx/xml";
import { DEFAULT_MAPPING, MAPPING_SETTING_KEY, serializeMapping } from "../../../src/workbook";
import { fromExcelJs, SAMPLE_PATH } from "./helpers";
import { addWebExtension, editedSample, settingProperty, webExtensionXml } from "./packages";

/** The sample with a web extension part holding `properties`. */
async function withProperties(properties: string): Promise<XlsxWorkbook> {
  const bytes = await editedSample((editor) =>
    addWebExtension(editor, webExtensionXml(properties))
  );
  return XlsxWorkbook.fromBuffer(bytes);
}

function unreadable(reason: string) {
  return {
    issues: [
      {
        code: "INVALID_MAPPING",
        severity: "warning",
        sheet: "",
        cell: "",
        message: `Die gespeicherte Zuordnung der Eingabetabellen ist unbrauchbar (${reason}); es gilt die Standardzuordnung.`,
      },
    ],
  };
}

const MOVED = {
  ...DEFAULT_MAPPING,
  parameters: { table: "tblRahmen", sheet: 'Rahmen & "Daten"' },
};

describe("XlsxWorkbook.savedMapping", () => {
  it("is undefined for a file without the add-in's settings", async () => {
    const port = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_PATH));
    expect(port.savedMapping()).toBeUndefined();
  });

  it("is undefined for a workbook ExcelJS wrote", async () => {
    expect((await fromExcelJs(new ExcelJS.Workbook())).savedMapping()).toBeUndefined();
  });

  it("reads the mapping exactly as Office escapes it (XML entities around JSON in JSON)", async () => {
    // Written out by hand: the attribute holds "{\"version\":1,…}" with every " as &quot;.
    const inputs = serializeMapping(MOVED)
      .replace(/\\/g, "\\\\")
      .replace(/"/g, '\\"')
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;");
    const property = `<we:property name="${MAPPING_SETTING_KEY}" value="&quot;${inputs}&quot;"/>`;
    expect(property).toContain(
      'value="&quot;{\\&quot;version\\&quot;:1,\\&quot;inputs\\&quot;:{\\&quot;municipalities'
    );
    const port = await withProperties(property);
    expect(port.savedMapping()).toEqual({ mapping: MOVED, issues: [] });
  });

  it("takes the mapping among other settings and ignores a similar name", async () => {
    const port = await withProperties(
      settingProperty("sozialraumbudget.mapping.alt", "{kaputt") +
        settingProperty("sozialraumbudget.undo.f1", { sheet: "A>B" }) +
        settingProperty(MAPPING_SETTING_KEY, serializeMapping(MOVED))
    );
    expect(port.savedMapping()).toEqual({ mapping: MOVED, issues: [] });
  });

  it("accepts the mapping saved as a JSON object rather than its text", async () => {
    const port = await withProperties(
      settingProperty(MAPPING_SETTING_KEY, JSON.parse(serializeMapping(MOVED)))
    );
    expect(port.savedMapping()).toEqual({ mapping: MOVED, issues: [] });
  });

  it.each([
    ["text that is no JSON", settingProperty(MAPPING_SETTING_KEY, "{kaputt"), "kein gültiges JSON"],
    [
      "an attribute that is no JSON at all",
      `<we:property name="${MAPPING_SETTING_KEY}" value="{kaputt"/>`,
      "kein gültiges JSON",
    ],
    [
      "another version",
      settingProperty(MAPPING_SETTING_KEY, JSON.stringify({ version: 2, inputs: {} })),
      "unbekannte Version 2",
    ],
  ])("gives no mapping but a warning for %s", async (_, property, reason) => {
    const port = await withProperties(property);
    expect(port.savedMapping()).toEqual(unreadable(reason));
  });

  it("keeps a readable mapping whose entries are all broken, with a warning naming them", async () => {
    const port = await withProperties(
      settingProperty(MAPPING_SETTING_KEY, JSON.stringify({ version: 1 }))
    );
    expect(port.savedMapping()).toEqual({
      mapping: DEFAULT_MAPPING,
      issues: [
        {
          code: "INVALID_MAPPING",
          severity: "warning",
          sheet: "",
          cell: "",
          message:
            "Die gespeicherte Zuordnung der Eingabetabellen ist für »tblGemeinden«, »tblIndikatoren«, »tblGewichte«, »tblVerwendung«, »tblZuordnung« und »tblParameter« unbrauchbar; dafür gilt die Standardzuordnung.",
        },
      ],
    });
  });

  it("is undefined for a saved null or empty setting", async () => {
    for (const value of [null, ""]) {
      const port = await withProperties(settingProperty(MAPPING_SETTING_KEY, value));
      expect(port.savedMapping()).toBeUndefined();
    }
  });
});

describe("decodeXml", () => {
  it.each([
    ["&quot;a&quot; &amp; &apos;b&apos; &lt;c&gt;", "\"a\" & 'b' <c>"],
    ["&amp;lt;", "&lt;"],
    ["Zeile&#xA;zwei&#10;drei&#x00E4;", "Zeile\nzwei\ndreiä"],
    ["&#x110000; &unknown;", "&#x110000; &unknown;"],
  ])("decodes %j to %j", (text, decoded) => {
    expect(decodeXml(text)).toBe(decoded);
  });
});
