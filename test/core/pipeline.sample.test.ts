import { type BudgetInputs, computeBudget } from "../../src/core";
import { sampleInputs as sampleInputsWith } from "./sample";

/**
 * The sample workbook's data (assets/beispiel/Beispielwerte.json) through the whole pipeline:
 * population basis "Einwohner unter 21", weights 0.4/0.3/0.3, B = 2 233 000, BELASTUNG, year 2027
 * with the quota starting 2026 and N = 4, H2 = 6 500 000, p = 0.1, bound shares 1/1/1/0, basis
 * GEMEINDE. Every expected figure below was computed independently with Python's decimal module
 * at 80 digits from DOMAIN.md 1–8 (load factor, quota, largest remainder to the cent, half-up
 * compensation and bound budget), not with this engine.
 */
function sampleInputs(): BudgetInputs {
  return sampleInputsWith();
}

describe("computeBudget on the sample data (Beispielwerte)", () => {
  const result = computeBudget(sampleInputs());
  const rows = result.municipalities.map((m) => [
    m.name,
    m.loadFactor.toFixed(12),
    m.quota.toFixed(12),
    m.amount.toFixed(2),
    m.compensation.toFixed(2),
    m.bound.toFixed(2),
    m.regional1.toFixed(2),
  ]);

  it("computes every municipality's load factor, quota, amount, compensation and split", () => {
    // name, LF, q, A, comp(1), bound, regional1
    expect(rows).toEqual([
      [
        "Gemeinde Amt Neuhaus",
        "1.368130238405",
        "0.055290236958",
        "123463.10",
        "0.00",
        "101239.74",
        "22223.36",
      ],
      [
        "Stadt Bleckede",
        "1.578649107406",
        "0.131373378106",
        "293356.75",
        "0.00",
        "222951.13",
        "70405.62",
      ],
      [
        "SG Dahlenburg",
        "1.203979644662",
        "0.065141983699",
        "145462.05",
        "0.00",
        "122188.12",
        "23273.93",
      ],
      [
        "SG Ostheide",
        "0.986265808372",
        "0.096804128397",
        "216163.62",
        "0.00",
        "170769.26",
        "45394.36",
      ],
      [
        "SG Scharnebeck",
        "0.862637720094",
        "0.129584874867",
        "289363.02",
        "6852.74",
        "211235.00",
        "78128.02",
      ],
      [
        "SG Bardowick",
        "0.801683755986",
        "0.137196023646",
        "306358.72",
        "14730.96",
        "229769.04",
        "76589.68",
      ],
      [
        "Gemeinde Adendorf",
        "1.116810925778",
        "0.104124171925",
        "232509.28",
        "0.00",
        "190657.61",
        "41851.67",
      ],
      [
        "SG Gellersen",
        "0.765909676198",
        "0.103582945529",
        "231300.72",
        "12524.46",
        "182727.57",
        "48573.15",
      ],
      [
        "SG Ilmenau",
        "0.929087037400",
        "0.091850630586",
        "205102.46",
        "0.00",
        "164081.97",
        "41020.49",
      ],
      [
        "SG Amelinghausen",
        "1.127708607769",
        "0.085051626287",
        "189920.28",
        "0.00",
        "157633.83",
        "32286.45",
      ],
    ]);
  });

  it("compensates exactly the three municipalities that lose under the new quota", () => {
    const compensated = result.municipalities
      .filter((m) => !m.compensation.isZero())
      .map((m) => m.name);
    expect(compensated).toEqual(["SG Scharnebeck", "SG Bardowick", "SG Gellersen"]);
  });

  it("computes the three regions", () => {
    // name, key, bound, regional1 (incl. freed), freed, regional2, compensation, total
    expect(
      result.regions.map((r) => [
        r.name,
        r.key.toFixed(12),
        r.bound.toFixed(2),
        r.regional1.toFixed(2),
        r.freed.toFixed(2),
        r.regional2.toFixed(2),
        r.compensation.toFixed(2),
        r.total.toFixed(2),
      ])
    ).toEqual([
      [
        "Region 1",
        "0.348609727160",
        "617148.25",
        "165260.75",
        "3963.48",
        "226596.32",
        "0.00",
        "1009005.32",
      ],
      [
        "Region 2",
        "0.370905070438",
        "631661.65",
        "200786.33",
        "4216.96",
        "241088.30",
        "21583.70",
        "1095119.98",
      ],
      [
        "Region 3",
        "0.280485202403",
        "504443.37",
        "125069.03",
        "3188.94",
        "182315.38",
        "12524.46",
        "824352.24",
      ],
    ]);
  });

  it("computes the district totals", () => {
    const { totals } = result;
    expect(
      [
        totals.amount,
        totals.compensation,
        totals.bound,
        totals.regional1,
        totals.freed,
        totals.regional2,
        totals.total,
      ].map((value) => value.toFixed(2))
    ).toEqual([
      "2233000.00",
      "34108.16",
      "1753253.27",
      "491116.11",
      "11369.38",
      "650000.00",
      "2928477.54",
    ]);
  });
});
