import JSZip from "jszip";
import { renderAnnexDocx } from "../../src/report";
import { sampleAnnex, tableNamed } from "./helpers";

/** The text of word/document.xml and of the header and footer parts of a .docx. */
async function partsOf(
  bytes: Uint8Array
): Promise<{ body: string; headers: string; footers: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (pattern: RegExp): Promise<string> =>
    Promise.all(
      Object.keys(zip.files)
        .filter((name) => pattern.test(name))
        .map((name) => zip.file(name)?.async("string") ?? "")
    ).then((texts) => texts.join("\n"));
  return {
    body: await read(/^word\/document\.xml$/),
    headers: await read(/^word\/header\d*\.xml$/),
    footers: await read(/^word\/footer\d*\.xml$/),
  };
}

/** The visible text of an XML part: the contents of its <w:t> runs, in order. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("|");
}

describe("the annex as a .docx", () => {
  let parts: Awaited<ReturnType<typeof partsOf>>;
  let rows: string[][];
  beforeAll(async () => {
    const { annex } = await sampleAnnex({ withComparison: true, withPlan: true });
    parts = await partsOf(await renderAnnexDocx(annex));
    rows = tableNamed(annex, "Tabelle 1").rows.map((row) => row.cells.map((cell) => cell.text));
  });

  it("prints every cell of the municipality table, each in a cell of its own", () => {
    const text = visibleText(parts.body);
    for (const row of rows) expect(text).toContain(row.join("|"));
  });

  it("has the method on A4 portrait pages and the tables on A4 landscape pages", () => {
    const sizes = [...parts.body.matchAll(/<w:pgSz [^>]*\/>/g)].map((match) => match[0]);
    expect(sizes).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
    ]);
  });

  it("repeats each table's header row on every page", () => {
    const tables = parts.body.match(/<w:tbl>/g)?.length ?? 0;
    expect(tables).toBe(4);
    expect(parts.body.match(/<w:tblHeader\/>/g)?.length).toBe(tables);
  });

  it("puts the running head on every page and »Seite X von Y« in the footer", () => {
    expect(visibleText(parts.headers)).toContain("Sozialraumbudget 2027 – Anlage zur Vorlage");
    const footer = parts.footers;
    expect(visibleText(footer)).toContain("Seite ");
    expect(visibleText(footer)).toContain(" von ");
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it("ends with the provenance and the cent statement", () => {
    const text = visibleText(parts.body);
    expect(text).toContain("Herkunft der Zahlen");
    expect(text).toContain("alle Beträge centgenau: die Teile ergeben die Summe");
    expect(text).toMatch(/Prüfsumme der Eingaben \(SHA-256\): [0-9a-f]{64}/);
  });
});
