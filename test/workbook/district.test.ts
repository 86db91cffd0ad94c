/**
 * The product is not Lüneburg-only (DOMAIN.md): a district with 4 regions and 25 municipalities
 * in the same layout validates, computes and plans 5 sheets whose figures add up, plus the
 * Protokoll row.
 */
import { HyperFormula } from "hyperformula";
import { Dec, ZERO } from "../../src/core/decimal";
import { fillWorkbook } from "../../src/workbook/fill";
import type { OutputPlan, OutputState, WorkbookPort } from "../../src/workbook/types";
import { districtSnapshot, generatedDistrict } from "./fixtures";

const snapshot = districtSnapshot(generatedDistrict(4, 25));

function portFor(written: OutputPlan[]): WorkbookPort {
  return {
    readInputs: () => Promise.resolve(snapshot),
    readOutputState: (): Promise<OutputState> => Promise.resolve(new Map()),
    writePlan: (plan) => {
      written.push(plan);
      return Promise.resolve();
    },
  };
}

const sum = (values: readonly Dec[]): Dec =>
  values.reduce((total, value) => total.plus(value), ZERO);

describe("a district with 4 regions and 25 municipalities", () => {
  const written: OutputPlan[] = [];
  const filled = fillWorkbook(portFor(written), {
    now: new Date("2027-11-20T09:00:00Z"),
    productVersion: "1.0.0",
  });

  it("validates without issues and writes 5 sheets and the Protokoll", async () => {
    const outcome = await filled;
    expect(outcome.issues).toEqual([]);
    expect(written[0]?.sheets.map((sheet) => sheet.name)).toEqual([
      "Nord",
      "Ost",
      "Süd",
      "West",
      "Übersicht",
      "Protokoll",
    ]);
    // 25 municipalities over 4 regions in turn: 7, 6, 6, 6 rows + title, header, 10 summary rows;
    // the Protokoll of a first fill: its header and one row.
    expect(written[0]?.sheets.map((sheet) => sheet.extent.rows)).toEqual([19, 18, 18, 18, 17, 2]);
  });

  it("adds up: amounts to B, regions to the district, municipalities to their region", async () => {
    const { result, inputs } = await filled;
    if (result === undefined || inputs === undefined) throw new Error("no result");
    expect(sum(result.municipalities.map((m) => m.amount)).toString()).toBe("4125000.5");
    expect(sum(result.regions.map((r) => r.total)).eq(result.totals.total)).toBe(true);
    for (const region of result.regions) {
      const members = result.municipalities.filter((m) => m.region === region.name);
      expect(members).toHaveLength(region.name === "Nord" ? 7 : 6);
      expect(sum(members.map((m) => m.bound)).eq(region.bound)).toBe(true);
      expect(
        sum(members.map((m) => m.regional1))
          .plus(region.freed)
          .eq(region.regional1)
      ).toBe(true);
    }
    // Regional budget 2 = 9,000,000 · 0.125 = 1,125,000.
    expect(result.totals.regional2.toString()).toBe("1125000");
  });

  it("writes checks that recompute to »stimmt«", async () => {
    await filled;
    const plan = written[0] as OutputPlan;
    const sheets = Object.fromEntries(
      plan.sheets.map((sheet) => [
        sheet.name,
        sheet.cells.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? null)),
      ])
    );
    const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
    const id = engine.getSheetId("Übersicht") as number;
    const overview = plan.sheets[4];
    const results = (overview?.cells ?? []).flatMap((row, r) =>
      row.flatMap((cell, c) =>
        cell?.formula === undefined ? [] : [engine.getCellValue({ sheet: id, row: r, col: c })]
      )
    );
    engine.destroy();
    expect(results).toEqual(Array(10).fill("stimmt"));
  });

  it("keeps quotas and region keys summing to exactly 1 after rounding", async () => {
    const { report } = await filled;
    const micro = (values: number[]): number =>
      values.reduce((total, value) => total + Math.round(value * 1e6), 0);
    expect([
      micro(report.municipalities.map((m) => m.quota)),
      micro(report.regions.map((r) => r.key)),
    ]).toEqual([1e6, 1e6]);
    expect(new Dec(report.totals?.amount ?? 0).toString()).toBe("4125000.5");
  });
});
