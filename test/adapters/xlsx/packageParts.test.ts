/**
 * Parts of the package as a whole that ExcelJS drops are written back unchanged: the task pane
 * add-in with its settings, the custom document properties and the workbook's custom XML.
 */
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { numberedSheet } from "./helpers";
import {
  addCustomParts,
  addWebExtension,
  CUSTOM_PROPERTIES_XML,
  CUSTOM_XML_ITEM,
  CUSTOM_XML_PROPS,
  editedSample,
  TASKPANES_XML,
  WEBEXTENSION_XML,
} from "./packages";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Loads `input`, writes a new sheet and returns the saved package and what it lacks. */
async function saved(input: Uint8Array) {
  const port = await XlsxWorkbook.fromBuffer(input);
  await port.writePlan({ sheets: [numberedSheet("Neu", 1, 1)] });
  const { bytes, lost } = await port.toCheckedBytes();
  return { zip: await JSZip.loadAsync(bytes), lost, bytes };
}

async function text(zip: JSZip, part: string): Promise<string> {
  return (await zip.file(part)?.async("string")) ?? "";
}

/** The relationships of a rels part as [type, target] pairs. */
async function relationships(zip: JSZip, rels: string): Promise<string[][]> {
  return [...(await text(zip, rels)).matchAll(/Type="([^"]+)" Target="([^"]+)"/g)].map((m) => [
    m[1] ?? "",
    m[2] ?? "",
  ]);
}

describe("when the workbook holds a task pane add-in with its settings", () => {
  it("writes the web extension and its task pane part back, byte for byte", async () => {
    const { zip, lost } = await saved(await editedSample(addWebExtension));
    expect(await text(zip, "xl/webextensions/taskpanes.xml")).toBe(TASKPANES_XML);
    expect(await text(zip, "xl/webextensions/webextension1.xml")).toBe(WEBEXTENSION_XML);
    expect(await relationships(zip, "xl/webextensions/_rels/taskpanes.xml.rels")).toEqual([
      ["http://schemas.microsoft.com/office/2011/relationships/webextension", "webextension1.xml"],
    ]);
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>'
    );
    expect(lost).toEqual([]);
  });

  it("relates it from the package once, however often the file is saved", async () => {
    const first = await saved(await editedSample(addWebExtension));
    const { zip, lost } = await saved(first.bytes);
    const taskpanes = (await relationships(zip, "_rels/.rels")).filter(([type]) =>
      type?.endsWith("/webextensiontaskpanes")
    );
    expect(taskpanes).toEqual([
      [
        "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
        "xl/webextensions/taskpanes.xml",
      ],
    ]);
    const parts = Object.values(zip.files).filter((file) => !file.dir);
    expect(parts.map((file) => file.name).filter((name) => name.startsWith("xl/webext"))).toEqual([
      "xl/webextensions/taskpanes.xml",
      "xl/webextensions/webextension1.xml",
      "xl/webextensions/_rels/taskpanes.xml.rels",
    ]);
    expect(lost).toEqual([]);
  });
});

describe("when the workbook has custom properties and custom XML", () => {
  const input = () => editedSample(addCustomParts);

  it("writes both back, related from the package and the workbook as before", async () => {
    const { zip, lost } = await saved(await input());
    expect(await text(zip, "docProps/custom.xml")).toBe(CUSTOM_PROPERTIES_XML);
    expect(await text(zip, "customXml/item1.xml")).toBe(CUSTOM_XML_ITEM);
    expect(await text(zip, "customXml/itemProps1.xml")).toBe(CUSTOM_XML_PROPS);
    expect(await relationships(zip, "_rels/.rels")).toContainEqual([
      `${R}/custom-properties`,
      "docProps/custom.xml",
    ]);
    expect(await relationships(zip, "xl/_rels/workbook.xml.rels")).toContainEqual([
      `${R}/customXml`,
      "../customXml/item1.xml",
    ]);
    expect(lost).toEqual([]);
  });
});

describe("when the task pane's settings hold an undo index", () => {
  // The index of the add-in's last fill; its value may hold ">" (a sheet name may).
  const UNDO_PROPERTY =
    '<we:property name="sozialraumbudget.undo.f1" value="&quot;{\\&quot;sheet\\&quot;:\\&quot;A>B\\&quot;}&quot;"/>';
  const withUndo = WEBEXTENSION_XML.replace("</we:properties>", `${UNDO_PROPERTY}</we:properties>`);

  async function inputWithUndo(): Promise<Uint8Array> {
    return editedSample(async (editor) => {
      await addWebExtension(editor);
      editor.zip.file("xl/webextensions/webextension1.xml", withUndo);
    });
  }

  it("drops the index once output sheets are rewritten, keeping the mapping byte for byte", async () => {
    // Otherwise "Rückgängig" in Excel would restore the sheets as they were before the add-in's
    // last fill, over the figures this save wrote.
    const { zip, lost } = await saved(await inputWithUndo());
    expect(await text(zip, "xl/webextensions/webextension1.xml")).toBe(WEBEXTENSION_XML);
    expect(lost).toEqual([]);
  });

  it("keeps it when no plan was written", async () => {
    const port = await XlsxWorkbook.fromBuffer(await inputWithUndo());
    const zip = await JSZip.loadAsync(await port.toBuffer());
    expect(await text(zip, "xl/webextensions/webextension1.xml")).toBe(withUndo);
  });
});
