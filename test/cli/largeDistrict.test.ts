import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import { excelJsOf } from "../adapters/xlsx/helpers";
import { buildSampleWorkbook, type SampleSource } from "../../src/cli/sample";
import { Dec } from "../../src/core/decimal";
import type { BudgetReport } from "../../src/workbook";
import { makeTempDir, runCli } from "./helpers";

const SAMPLE = JSON.parse(
  readFileSync(join(__dirname, "../../assets/beispiel/Beispielwerte.json"), "utf8")
) as SampleSource;
const REGIONS = ["Nord", "Ost", "Süd", "West"];
const MUNICIPALITIES = Array.from(
  { length: 25 },
  (_, i) => `Gemeinde ${String(i + 1).padStart(2, "0")}`
);

/** Another district (DOMAIN.md): 4 regions, 25 municipalities, the same layout with other rows. */
function largeDistrict(): SampleSource {
  return {
    ...SAMPLE,
    gemeinden: MUNICIPALITIES.map((name, i) => ({
      Gemeinde: name,
      Region: REGIONS[i % 4] ?? "",
      Sozialraumträger: `Träger ${i % 6}`,
      Einwohner: 2000 + 400 * i,
      "Einwohner unter 21": 400 + 80 * i,
      "Budget Vorjahr": 100000 + 5000 * i,
    })),
    indikatoren: {
      namen: ["Quote A (%)", "Quote B (%)"],
      werte: MUNICIPALITIES.map((name, i) => ({
        Gemeinde: name,
        "Quote A (%)": 5 + (i % 7),
        "Quote B (%)": 10 + (i % 5),
      })),
    },
    gewichte: [
      { Indikator: "Quote A (%)", Gewicht: 0.5 },
      { Indikator: "Quote B (%)", Gewicht: 0.5 },
    ],
    verwendung: MUNICIPALITIES.map((name, i) => {
      const amounts = [60000 + 1000 * i, 10000, 8000, 20000 + 500 * i];
      const sum = amounts.reduce((total, amount) => total.plus(amount), new Dec(0));
      return {
        Gemeinde: name,
        Betriebskosten: amounts[0] ?? 0,
        Sachkosten: amounts[1] ?? 0,
        Netzwerktätigkeit: amounts[2] ?? 0,
        "Angebote und Projekte": amounts[3] ?? 0,
        Summe: sum.toNumber(),
      };
    }),
    parameter: SAMPLE.parameter.map((row) =>
      row.Parameter === "Gesamtbudget" ? { ...row, Wert: 5000000 } : row
    ),
  };
}

describe("when a district with 4 regions and 25 municipalities is filled", () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    temp = makeTempDir();
  });
  afterAll(() => temp.cleanup());

  it("writes one sheet per region, the overview and the Protokoll, 6 sheets in all", async () => {
    const input = join(temp.dir, "kreis.xlsx");
    const output = join(temp.dir, "kreis-gefuellt.xlsx");
    await buildSampleWorkbook(largeDistrict()).xlsx.writeFile(input);
    const { code, stdout } = await runCli("fill", input, "-o", output, "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as BudgetReport;
    expect([report.municipalities.length, report.regions.map((region) => region.name)]).toEqual([
      25,
      REGIONS,
    ]);
    expect(report.totals?.amount).toBe(5000000);
    const names = (await excelJsOf(await XlsxWorkbook.fromFile(output))).worksheets.map(
      (s) => s.name
    );
    expect(names.slice(5)).toEqual([...REGIONS, "Übersicht", "Protokoll"]);
  });
});
