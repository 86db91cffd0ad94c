import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import { fillWorkbook, type RunOptions } from "../../../src/workbook";
import { loadSample } from "./helpers";

const OPTIONS: RunOptions = {
  now: new Date(Date.UTC(2026, 10, 22, 13, 3, 0)),
  productVersion: "0.1.0",
};

/** Fills the port and returns the saved bytes. */
async function filled(port: XlsxWorkbook): Promise<Uint8Array> {
  const outcome = await fillWorkbook(port, OPTIONS);
  expect(outcome.written).toBe(true);
  return port.toBuffer();
}

/** The saved file as ExcelJS reads it back. */
async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The <definedName> elements named _xlnm.Print_Titles in the saved workbook part. */
async function printTitles(bytes: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
  return [
    ...xml.matchAll(/<definedName name="_xlnm\.Print_Titles"[^>]*>([^<]*)<\/definedName>/g),
  ].map((match) => match[1] ?? "");
}

describe("when the CLI fills the sample", () => {
  let workbook: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await filled(await loadSample());
    workbook = await reread(bytes);
  });

  it.each(["Region 1", "Region 2", "Region 3", "Übersicht", "Protokoll"])(
    "prints %s on A4 landscape, one page wide, with its title rows",
    (name) => {
      const sheet = workbook.getWorksheet(name);
      expect(sheet?.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: name === "Protokoll" ? "1:1" : "1:2",
      });
    }
  );

  it("puts »Sozialraumbudget <Jahr> – <Blatt>« in the header and page, time and checksum in the footer", () => {
    const sheet = workbook.getWorksheet("Region 1");
    expect(sheet?.headerFooter.oddHeader).toBe("&CSozialraumbudget 2027 – Region 1");
    expect(sheet?.headerFooter.oddFooter).toMatch(
      /^&Lberechnet am 22\.11\.2026, 14:03 · Prüfsumme [0-9a-f]{16}&RSeite &P von &N$/
    );
  });

  it("marks every sheet it created as its own", () => {
    const names = workbook.definedNames.model
      .map((name) => name.name)
      .filter((n) => n.startsWith("SR_Druck_"));
    expect(names.sort()).toEqual(
      [
        "SR_Druck_Protokoll",
        "SR_Druck_Region_00201",
        "SR_Druck_Region_00202",
        "SR_Druck_Region_00203",
        "SR_Druck__00DCbersicht",
      ].sort()
    );
  });

  it("sets the print titles again on a refill of a sheet whose titles a user removed", async () => {
    expect(await printTitles(bytes)).toHaveLength(5);
    const edited = await reread(bytes);
    const region1 = edited.getWorksheet("Region 1");
    if (region1 === undefined) throw new Error("Region 1 fehlt");
    delete region1.pageSetup.printTitlesRow;
    const saved = new Uint8Array((await edited.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await printTitles(saved)).toHaveLength(4);
    const again = await filled(await XlsxWorkbook.fromBuffer(saved));
    expect((await printTitles(again)).sort()).toEqual((await printTitles(bytes)).sort());
  });
});

describe("when a user created an output sheet before the first fill", () => {
  it("keeps the user's page settings on it and sets the add-in's on the sheets it creates", async () => {
    const source = await reread(await (await loadSample()).toBuffer());
    const own = source.addWorksheet("Region 2");
    own.pageSetup = {
      ...own.pageSetup,
      orientation: "portrait",
      paperSize: 11 as ExcelJS.PageSetup["paperSize"],
      scale: 85,
    };
    own.headerFooter = { oddHeader: "&CEigene Kopfzeile" };
    const bytes = new Uint8Array((await source.xlsx.writeBuffer()) as ArrayBuffer);
    const refilled = await reread(await filled(await XlsxWorkbook.fromBuffer(bytes)));
    const region2 = refilled.getWorksheet("Region 2");
    expect(region2?.pageSetup).toMatchObject({ orientation: "portrait", paperSize: 11, scale: 85 });
    expect(region2?.headerFooter.oddHeader).toBe("&CEigene Kopfzeile");
    expect(refilled.getWorksheet("Region 1")?.pageSetup.orientation).toBe("landscape");
    expect(refilled.definedNames.model.some((name) => name.name === "SR_Druck_Region_00202")).toBe(
      false
    );
  });

  it("resets page settings a user changed on a sheet the add-in created", async () => {
    const first = await reread(await filled(await loadSample()));
    const region1 = first.getWorksheet("Region 1");
    if (region1 === undefined) throw new Error("Region 1 fehlt");
    region1.pageSetup = { ...region1.pageSetup, orientation: "portrait" };
    const bytes = new Uint8Array((await first.xlsx.writeBuffer()) as ArrayBuffer);
    const refilled = await reread(await filled(await XlsxWorkbook.fromBuffer(bytes)));
    expect(refilled.getWorksheet("Region 1")?.pageSetup.orientation).toBe("landscape");
  });
});

describe("when a workbook was filled before the print layout existed", () => {
  it("sets the print layout on a refill of its untouched output sheets and marks them", async () => {
    const legacy = await reread(await filled(await loadSample()));
    // What an earlier version left: block names, but no marker and Excel's default page settings.
    legacy.definedNames.model = legacy.definedNames.model.filter(
      (name) => !name.name.startsWith("SR_Druck_")
    );
    for (const sheet of legacy.worksheets) {
      sheet.pageSetup = { ...new ExcelJS.Workbook().addWorksheet("x").pageSetup };
      sheet.headerFooter = {};
    }
    const bytes = new Uint8Array((await legacy.xlsx.writeBuffer()) as ArrayBuffer);
    const port = await XlsxWorkbook.fromBuffer(bytes);
    expect((await port.readOutputState(["Region 1"])).get("Region 1")).toMatchObject({
      block: { rows: 16, columns: 9 },
      pageUntouched: true,
    });
    const refilled = await reread(await filled(port));
    expect(refilled.getWorksheet("Region 1")?.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      printTitlesRow: "1:2",
    });
    expect(refilled.definedNames.model.map((name) => name.name)).toContain("SR_Druck_Region_00201");
  });
});
