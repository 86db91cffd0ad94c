/**
 * The CLI report (WORKBOOK.md "The CLI report") of the bundled sample, compared with the golden
 * file test/fixtures/golden/sample-report.json, whose Region 1 figures are checked by hand below.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { evaluateSnapshot } from "../../src/workbook/fill";
import { buildReport } from "../../src/workbook/report";
import type { BudgetReport } from "../../src/workbook/report";
import { validateInputs } from "../../src/workbook/validate";
import { sampleSnapshot, withCell } from "./fixtures";

const GOLDEN = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/golden/sample-report.json"), "utf8")
) as BudgetReport;

const report = evaluateSnapshot(sampleSnapshot()).report;

describe("buildReport", () => {
  describe("when the sample is valid", () => {
    it("equals the golden report", () => {
      expect(report).toEqual(GOLDEN);
    });

    /*
     * Region 1 by hand. P = Einwohner unter 21; Σ P = 912 + 1878 + 1221 + 2215 + 3390 + 3862 +
     * 2104 + 3052 + 2231 + 1702 = 22567.
     * Indicator means m[k] = Σ P·x / Σ P: SGB-II 216381.6 / 22567 = 9.588408,
     * Alleinerziehende 398331.6 / 22567 = 17.651066, HzE 511472.4 / 22567 = 22.664616.
     * Weights 0.4 / 0.3 / 0.3 (Σ = 1).
     * LF Amt Neuhaus = 0.4·14.2/9.588408 + 0.3·21.5/17.651066 + 0.3·31.0/22.664616
     *               = 0.4·1.480955 + 0.3·1.218057 + 0.3·1.367771 = 1.368130.
     * Because the means are population-weighted, Σ P·LF = Σ_k w[k]·Σ P = Σ P = 22567, so
     * q[i] = P[i]·LF[i] / 22567: Amt Neuhaus 912·1.368130 / 22567 = 1247.7348 / 22567 = 0.055290.
     * Amounts (B = 2,233,000.00, largest remainder in cents):
     *   Amt Neuhaus 2233000·0.0552902 = 123463.0991 → floor 123463.09 (remainder .91 ct) + 1 ct
     *   Bleckede    293356.7533 → 293356.75; Dahlenburg 145462.0496 → 145462.04 + 1 ct;
     *   Ostheide    216163.6187 → 216163.61 + 1 ct. (Six cents are left over after the floors;
     *   they go to Dahlenburg .96, Amt Neuhaus .91, Ostheide .87, Ilmenau, Gellersen, Adendorf.)
     * Bound shares g = (Betriebs + Sach + Netzwerk) / Summe:
     *   Amt Neuhaus (69161 + 12270.5 + 10039.5) / 111550 = 0.82 → bound 123463.10·0.82 = 101239.742
     *   → 101239.74, regional1 = 22223.36; Bleckede 0.76 → 222951.13 / 70405.62;
     *   Dahlenburg 0.84 → 122188.122 → 122188.12 / 23273.93; Ostheide 0.79 → 170769.2598 →
     *   170769.26 / 45394.36.
     * Region 1 bound = 101239.74 + 222951.13 + 122188.12 + 170769.26 = 617148.25.
     * No municipality of Region 1 loses against its Budget Vorjahr, so its compensation is 0.
     * Freed amount (t = 2027 − 2026 = 1, N = 4): losses Scharnebeck 9136.98, Bardowick 19641.28,
     *   Gellersen 16699.28 = 45477.54 at t = 0; at t = 1 each · 3/4 = 6852.735 → 6852.74,
     *   14730.96, 12524.46 = 34108.16; F = 45477.54 − 34108.16 = 11369.38.
     * Region key = Σ P·LF of the region / 22567: Region 1 7867.0757 / 22567 = 0.3486097 (Region 2 0.3709051, Region 3 0.2804852); to 6
     *   decimals the floors sum to 0.999999 and the leftover unit goes to the largest remainder
     *   (.73 of Region 1) → 0.348610.
     * Freed share: 11369.38·0.3486097 = 3963.4765 → 3963.47 + the one leftover cent (largest
     *   remainder .65 against .07 and .29) = 3963.48.
     * regional1 = 22223.36 + 70405.62 + 23273.93 + 45394.36 + 3963.48 = 165260.75.
     * regional2 = 6,500,000·0.1 = 650,000 · 0.3486097 = 226596.3227 → 226596.32 (the leftover
     *   cent goes to Region 2 with remainder .58).
     * total = 617148.25 + 165260.75 + 226596.32 + 0 = 1009005.32.
     */
    it.each([
      ["Gemeinde Amt Neuhaus", 1.36813, 0.05529, 123463.1, 101239.74, 22223.36],
      ["Stadt Bleckede", 1.578649, 0.131373, 293356.75, 222951.13, 70405.62],
      ["SG Dahlenburg", 1.20398, 0.065142, 145462.05, 122188.12, 23273.93],
      ["SG Ostheide", 0.986266, 0.096804, 216163.62, 170769.26, 45394.36],
    ])("gives %s the hand-checked figures", (name, loadFactor, quota, amount, bound, regional1) => {
      const row = report.municipalities.find((municipality) => municipality.name === name);
      expect(row).toEqual({
        name,
        region: "Region 1",
        population: expect.any(Number),
        loadFactor,
        quota,
        amount,
        compensation: 0,
        bound,
        regional1,
      });
    });

    it("gives Region 1 the hand-checked figures", () => {
      expect(report.regions[0]).toEqual({
        name: "Region 1",
        key: 0.34861,
        bound: 617148.25,
        regional1: 165260.75,
        freed: 3963.48,
        regional2: 226596.32,
        compensation: 0,
        total: 1009005.32,
      });
    });

    it("writes every amount with at most two decimals", () => {
      const amounts = [
        ...report.municipalities.flatMap((m) => [m.amount, m.compensation, m.bound, m.regional1]),
        ...report.regions.flatMap((r) => [
          r.bound,
          r.regional1,
          r.freed,
          r.regional2,
          r.compensation,
          r.total,
        ]),
        ...Object.values(report.totals ?? {}),
      ];
      expect(amounts.filter((amount) => !/^-?\d+(\.\d{1,2})?$/.test(String(amount)))).toEqual([]);
    });

    it("rounds the quotas and keys so that they sum to exactly 1", () => {
      const micro = (values: number[]): number =>
        values.reduce((sum, value) => sum + Math.round(value * 1e6), 0);
      expect(micro(report.municipalities.map((m) => m.quota))).toBe(1e6);
      expect(micro(report.regions.map((r) => r.key))).toBe(1e6);
    });
  });

  describe("when validation found an error", () => {
    it("reports the issues with fix labels and no figures", () => {
      const validation = validateInputs(withCell(sampleSnapshot(), "usage", "C4", "15.015,60"));
      expect(buildReport(validation)).toEqual({
        ok: false,
        year: 2027,
        model: "BELASTUNG",
        issues: [
          {
            code: "TEXT_NUMBER",
            severity: "error",
            sheet: "Verwendung",
            cell: "C4",
            message: expect.stringContaining("»15.015,60«"),
            fix: "Als Zahl 15015,6 übernehmen",
          },
        ],
        municipalities: [],
        regions: [],
        totals: null,
      });
    });

    it("gives year and model as null when they are invalid themselves", () => {
      const validation = validateInputs(
        withCell(sampleSnapshot(), "parameters", "B2", "nächstes Jahr")
      );
      expect([buildReport(validation).year, buildReport(validation).model]).toEqual([
        null,
        "BELASTUNG",
      ]);
    });
  });

  describe("when there are only warnings", () => {
    it("is ok and lists the warnings without a fix field where there is none", () => {
      const outcome = evaluateSnapshot(
        withCell(sampleSnapshot(), "parameters", "A15", "Bemerkung")
      );
      expect(outcome.report.ok).toBe(true);
      expect(outcome.report.issues).toEqual([
        {
          code: "UNKNOWN_PARAMETER",
          severity: "warning",
          sheet: "Parameter",
          cell: "A15",
          message: expect.any(String),
        },
      ]);
      expect(outcome.report.totals).toEqual(GOLDEN.totals);
    });
  });
});
