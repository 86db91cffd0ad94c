import { readFileSync } from "node:fs";
import { join } from "node:path";
import { StylesWriter } from "../../../src/adapters/xlsx/stylesWriter";
import { XlsxPackage } from "../../../src/adapters/xlsx/xlsxPackage";

const DIALECT = join(__dirname, "../../fixtures/dialects/excel-tabellen.xlsx");

/** The child elements of a list of the styles part, as written. */
function items(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "";
  return body.match(new RegExp(`<${item}\\b(?:[^>]*/>|[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

describe("StylesWriter", () => {
  it("appends the formats the new cells need and leaves every existing entry where it was", async () => {
    const pkg = await XlsxPackage.load(readFileSync(DIALECT));
    const before = pkg.text("xl/styles.xml") ?? "";
    const writer = StylesWriter.of(pkg, "xl/workbook.xml");
    expect([writer.styleIndex("header", undefined), writer.styleIndex(undefined, "eur")]).toEqual([
      5, 6,
    ]);
    writer.flush();
    const after = pkg.text("xl/styles.xml") ?? "";
    for (const [list, item] of [
      ["numFmts", "numFmt"],
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
    ] as const) {
      const old = items(before, list, item);
      expect(items(after, list, item).slice(0, old.length)).toEqual(old);
    }
    expect(items(after, "cellXfs", "xf")).toHaveLength(7);
    expect(after).toContain('<cellXfs count="7">');
    // The euro format of the plan is a new custom format after the file's own 164 and 165.
    expect(items(after, "numFmts", "numFmt")[2]).toBe(
      '<numFmt numFmtId="166" formatCode="#,##0.00 &quot;€&quot;"/>'
    );
  });

  it("reuses what an earlier fill appended, so refills do not grow the part", async () => {
    const pkg = await XlsxPackage.load(readFileSync(DIALECT));
    const first = StylesWriter.of(pkg, "xl/workbook.xml");
    const indexes = [first.styleIndex("total", "eur"), first.styleIndex("note", undefined)];
    first.flush();
    const once = pkg.text("xl/styles.xml");
    const second = StylesWriter.of(pkg, "xl/workbook.xml");
    expect([second.styleIndex("total", "eur"), second.styleIndex("note", undefined)]).toEqual(
      indexes
    );
    second.flush();
    expect(pkg.text("xl/styles.xml")).toBe(once);
  });
});
