import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_DATE, writeSampleWorkbook } from "../../src/cli/sample";
import { makeTempDir, SAMPLE_PATH } from "./helpers";

const SOURCE_PATH = join(__dirname, "../../assets/beispiel/Beispielwerte.json");

/** The committed sample as another program reads it (ExcelJS). */
async function committed(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(SAMPLE_PATH) as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`sheet ${name} missing`);
  return worksheet;
}

describe("when the sample workbook is rebuilt from Beispielwerte.json", () => {
  it("gives the committed assets/Sozialraumbudget-Beispiel.xlsx byte for byte (else: npm run build:sample)", async () => {
    const temp = makeTempDir();
    try {
      const rebuilt = join(temp.dir, "Beispiel.xlsx");
      await writeSampleWorkbook(SOURCE_PATH, rebuilt);
      expect(readFileSync(rebuilt).equals(readFileSync(SAMPLE_PATH))).toBe(true);
    } finally {
      temp.cleanup();
    }
  });

  it("carries the fixed creation date", async () => {
    const port = await committed();
    expect([port.created, port.modified]).toEqual([SAMPLE_DATE, SAMPLE_DATE]);
  });
});

describe("when a user opens the sample", () => {
  it("finds the German hints first, saying that all values are Beispielwerte", async () => {
    const port = await committed();
    expect(port.worksheets[0]?.name).toBe("Hinweise");
    const hints = sheet(port, "Hinweise");
    expect(hints.getCell("A1").value).toBe("Sozialraumbudget – Beispielarbeitsmappe");
    expect(hints.getCell("A3").value).toBe(
      "Alle Zahlen dieser Arbeitsmappe sind Beispielwerte zum Ausprobieren, keine Beschlusslage."
    );
  });

  // Format codes are stored locale-independently; a German Excel shows 1.234,56 €.
  it.each([
    ["Stammdaten", "D2", "#,##0"],
    ["Stammdaten", "F11", '#,##0.00 "€"'],
    ["Indikatoren", "B2", "0.0"],
    ["Indikatoren", "G2", "0.00"],
    ["Verwendung", "F2", '#,##0.00 "€"'],
    ["Verwendung", "J2", "0%"],
    ["Parameter", "B2", "0"],
    ["Parameter", "B3", '#,##0.00 "€"'],
    ["Parameter", "B7", "0.00%"],
  ])("shows %s!%s with the format %s", async (name, address, format) => {
    expect(sheet(await committed(), name).getCell(address).numFmt).toBe(format);
  });

  it("explains every parameter in German", async () => {
    const parameters = sheet(await committed(), "Parameter");
    const explanations = Array.from({ length: 13 }, (_, i) => parameters.getCell(i + 2, 3).value);
    expect(explanations.filter((text) => typeof text !== "string" || text.length < 20)).toEqual([]);
    expect(parameters.getCell("C1").value).toBe("Erläuterung");
  });
});
