import fc from "fast-check";
import { computeBudget, Dec, type BudgetResult } from "../../src/core";
import {
  AnnexSumError,
  buildAnnex,
  CENT_EXACT_STATEMENT,
  type AnnexDocument,
  type AnnexTable,
} from "../../src/report";
import { inputChecksum, type PlanMeta } from "../../src/workbook";
import { sampleInputs } from "../core/sample";
import { FIXED_NOW, methodText, sampleAnnex, tableNamed, tablesOf } from "./helpers";

const M = "\u2212";

/** The texts of a table's rows. */
function texts(table: AnnexTable): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.text));
}

/**
 * For every money column (header ending "(€)"): Σ of the figures of the plain rows before each
 * sum row equals that sum row's figure, exactly.
 */
function expectSumsHold(table: AnnexTable): void {
  table.columns.forEach((column, index) => {
    if (!column.header.endsWith("(€)")) return;
    let running = new Dec(0);
    let sums = 0;
    for (const row of table.rows) {
      const value = row.cells[index]?.value;
      if (row.total === true) {
        if (value !== undefined) expect(value.toFixed(2)).toBe(running.toFixed(2));
        running = new Dec(0);
        sums += 1;
      } else if (value !== undefined) {
        running = running.plus(value);
      }
    }
    expect(sums).toBeGreaterThan(0);
  });
}

describe("the annex of the bundled sample", () => {
  let annex: AnnexDocument;
  beforeAll(async () => {
    ({ annex } = await sampleAnnex());
  });

  it("has title, date and running head of the budget year", () => {
    expect(annex.title).toBe("Anlage zur Vorlage: Sozialraumbudget 2027");
    expect(annex.date).toBe("Stand: 22.11.2026");
    expect(annex.pageHeader).toBe("Sozialraumbudget 2027 – Anlage zur Vorlage");
    expect(annex.parts.map((part) => part.orientation)).toEqual(["portrait", "landscape"]);
  });

  it("explains the method with the calculation's own figures", () => {
    const text = methodText(annex);
    for (const sentence of [
      "Verteilt werden 2.233.000,00 € auf 10 Gemeinden in 3 Regionen (Finanzierungsmodell BELASTUNG). Einschließlich Ausgleich und Regionalem Budget 2 sind es 2.928.477,54 €.",
      "gewichtet wie vereinbart: »Kinder in SGB-II-Haushalten (%)« mit 40 %, »Alleinerziehende (%)« mit 30 % und »Hilfen zur Erziehung je 1.000 u21« mit 30 %.",
      "Belastungsfaktor = Σ Gewicht × Indikatorwert der Gemeinde ÷ Kreisdurchschnitt des Indikators",
      "Der Belastungsfaktor wird nicht begrenzt.",
      "Bevölkerungsbasis ist die Spalte »Einwohner unter 21« (22.567 im Landkreis, 10 Gemeinden).",
      "Quote = Bevölkerung × Belastungsfaktor ÷ Σ (Bevölkerung × Belastungsfaktor) aller Gemeinden",
      "Finanzierungsmodell BELASTUNG: Das Gesamtbudget von 2.233.000,00 € wird nach der Quote verteilt (Betrag = Gesamtbudget × Quote).",
      "Gebunden ist je Verwendungskategorie: Betriebskosten 100 %, Sachkosten 100 %, Netzwerktätigkeit 100 % und Angebote und Projekte 0 %.",
      "(Aufteilungsbasis GEMEINDE)",
      "der Ausgleich schmilzt über 4 Jahre ab und endet 2030. Im Haushaltsjahr 2027 (Jahr 2 der neuen Quote) beträgt er 75 % des Unterschieds, zusammen 34.108,16 €.",
      "Ausgleich = max(0; Vorjahr − Betrag) × (4 − Jahr seit Beginn der neuen Quote) ÷ 4",
      "(2027: 11.369,38 €) und fließt nach dem Regionsschlüssel",
      "Regionales Budget 2: 10 % des Budgets für ambulante Hilfen von 6.500.000,00 €, also 650.000,00 €, verteilt nach dem Regionsschlüssel.",
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it("lists every municipality with basis, factor, quota, amount, change, compensation, bound and regional budget 1", () => {
    const table = tableNamed(annex, "Tabelle 1");
    expect(table.columns.map((column) => column.header)).toEqual([
      "Gemeinde",
      "Region",
      "Einwohner unter 21",
      "Belastungsfaktor",
      "Quote",
      "Betrag (€)",
      "± Vorjahr (€)",
      "± Vorjahr (%)",
      "Ausgleich (€)",
      "Gebundenes Budget (€)",
      "Regionales Budget 1 (€)",
    ]);
    expect(texts(table)).toEqual([
      [
        "Gemeinde Amt Neuhaus",
        "Region 1",
        "912",
        "1,3681",
        "5,5290 %",
        "123.463,10",
        "+8.463,10",
        "+7,36 %",
        "0,00",
        "101.239,74",
        "22.223,36",
      ],
      [
        "Stadt Bleckede",
        "Region 1",
        "1.878",
        "1,5786",
        "13,1373 %",
        "293.356,75",
        "+93.356,75",
        "+46,68 %",
        "0,00",
        "222.951,13",
        "70.405,62",
      ],
      [
        "SG Dahlenburg",
        "Region 1",
        "1.221",
        "1,2040",
        "6,5142 %",
        "145.462,05",
        "+16.462,05",
        "+12,76 %",
        "0,00",
        "122.188,12",
        "23.273,93",
      ],
      [
        "SG Ostheide",
        "Region 1",
        "2.215",
        "0,9863",
        "9,6804 %",
        "216.163,62",
        "+31.163,62",
        "+16,85 %",
        "0,00",
        "170.769,26",
        "45.394,36",
      ],
      [
        "SG Scharnebeck",
        "Region 2",
        "3.390",
        "0,8626",
        "12,9585 %",
        "289.363,02",
        `${M}9.136,98`,
        `${M}3,06 %`,
        "6.852,74",
        "211.235,00",
        "78.128,02",
      ],
      [
        "SG Bardowick",
        "Region 2",
        "3.862",
        "0,8017",
        "13,7196 %",
        "306.358,72",
        `${M}19.641,28`,
        `${M}6,02 %`,
        "14.730,96",
        "229.769,04",
        "76.589,68",
      ],
      [
        "Gemeinde Adendorf",
        "Region 2",
        "2.104",
        "1,1168",
        "10,4124 %",
        "232.509,28",
        "+36.509,28",
        "+18,63 %",
        "0,00",
        "190.657,61",
        "41.851,67",
      ],
      [
        "SG Gellersen",
        "Region 3",
        "3.052",
        "0,7659",
        "10,3583 %",
        "231.300,72",
        `${M}16.699,28`,
        `${M}6,73 %`,
        "12.524,46",
        "182.727,57",
        "48.573,15",
      ],
      [
        "SG Ilmenau",
        "Region 3",
        "2.231",
        "0,9291",
        "9,1851 %",
        "205.102,46",
        "+17.602,46",
        "+9,39 %",
        "0,00",
        "164.081,97",
        "41.020,49",
      ],
      [
        "SG Amelinghausen",
        "Region 3",
        "1.702",
        "1,1277",
        "8,5052 %",
        "189.920,28",
        "+44.920,28",
        "+30,98 %",
        "0,00",
        "157.633,83",
        "32.286,45",
      ],
      [
        "Summe",
        "",
        "22.567",
        "",
        "100,0000 %",
        "2.233.000,00",
        "+203.000,00",
        "+10,00 %",
        "34.108,16",
        "1.753.253,27",
        "479.746,73",
      ],
    ]);
    expect(table.rows.map((row) => row.total === true)).toEqual([
      ...Array<boolean>(10).fill(false),
      true,
    ]);
  });

  it("lists every region with key, bound, regional budget 1 with freed amounts, regional budget 2, compensation and total", () => {
    const table = tableNamed(annex, "Tabelle 2");
    expect(table.columns.map((column) => column.header)).toEqual([
      "Region",
      "Schlüssel",
      "Gebundenes Budget (€)",
      "Regionales Budget 1 (€)",
      "davon freigewordene Mittel (€)",
      "Regionales Budget 2 (€)",
      "Ausgleich (€)",
      "Gesamt (€)",
    ]);
    expect(texts(table)).toEqual([
      [
        "Region 1",
        "34,8610 %",
        "617.148,25",
        "165.260,75",
        "3.963,48",
        "226.596,32",
        "0,00",
        "1.009.005,32",
      ],
      [
        "Region 2",
        "37,0905 %",
        "631.661,65",
        "200.786,33",
        "4.216,96",
        "241.088,30",
        "21.583,70",
        "1.095.119,98",
      ],
      [
        "Region 3",
        "28,0485 %",
        "504.443,37",
        "125.069,03",
        "3.188,94",
        "182.315,38",
        "12.524,46",
        "824.352,24",
      ],
      [
        "Landkreis gesamt",
        "100,0000 %",
        "1.753.253,27",
        "491.116,11",
        "11.369,38",
        "650.000,00",
        "34.108,16",
        "2.928.477,54",
      ],
    ]);
  });

  it("prints sums that are the sums of the printed parts, to the cent", () => {
    for (const table of tablesOf(annex)) expectSumsHold(table);
  });

  it("leaves out the model comparison and the phase-out plan unless asked", () => {
    expect(tablesOf(annex).map((table) => table.caption)).toEqual([
      "Tabelle 1: Verteilung je Gemeinde",
      "Tabelle 2: Budgets je Region",
    ]);
  });

  it("ends with the provenance: version, time, the full input checksum and the cent statement", async () => {
    const { outcome } = await sampleAnnex();
    const checksum = inputChecksum(outcome.inputs as NonNullable<typeof outcome.inputs>);
    expect(checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(annex.provenance).toEqual([
      "Sozialraumbudget 0.1.0 · berechnet am 22.11.2026, 14:03 Uhr (Europe/Berlin)",
      `Prüfsumme der Eingaben (SHA-256): ${checksum}`,
      "alle Beträge centgenau: die Teile ergeben die Summe",
    ]);
    expect(CENT_EXACT_STATEMENT).toBe("alle Beträge centgenau: die Teile ergeben die Summe");
  });
});

describe("when the model comparison and the phase-out plan are asked for", () => {
  let annex: AnnexDocument;
  beforeAll(async () => {
    ({ annex } = await sampleAnnex({ withComparison: true, withPlan: true }));
  });

  it("compares the four models per municipality and names the one that cannot be applied", () => {
    const table = tableNamed(annex, "Tabelle 3");
    expect(table.columns.map((column) => column.header)).toEqual([
      "Gemeinde",
      "Vorjahr (€)",
      "EINWOHNER (€)",
      "± Vorjahr (€)",
      "BELASTUNG (€)",
      "± Vorjahr (€)",
      "SOCKEL (€)",
      "± Vorjahr (€)",
      "KORRIDOR (€)",
      "± Vorjahr (€)",
    ]);
    expect(texts(table)[0]).toEqual([
      "Gemeinde Amt Neuhaus",
      "115.000,00",
      "90.242,21",
      `${M}24.757,79`,
      "123.463,10",
      "+8.463,10",
      "168.172,86",
      "+53.172,86",
      "–",
      "–",
    ]);
    expect(texts(table)[10]).toEqual([
      "Summe",
      "2.030.000,00",
      "2.233.000,00",
      "+203.000,00",
      "2.233.000,00",
      "+203.000,00",
      "2.233.000,00",
      "+203.000,00",
      "–",
      "–",
    ]);
    expect(table.notes?.[1]).toMatch(/^KORRIDOR ist nicht anwendbar: Mit einem Korridor von ±5 %/);
    expectSumsHold(table);
  });

  it("plans the phase-out year by year, compensation and freed amounts", () => {
    const table = tableNamed(annex, "Tabelle 4");
    expect(table.columns.map((column) => column.header)).toEqual([
      "Gemeinde / Region",
      "2026 (€)",
      "2027 (€)",
      "2028 (€)",
      "2029 (€)",
      "2030 (€)",
    ]);
    const rows = texts(table);
    expect(rows.find((row) => row[0] === "SG Bardowick")).toEqual([
      "SG Bardowick",
      "19.641,28",
      "14.730,96",
      "9.820,64",
      "4.910,32",
      "0,00",
    ]);
    expect(rows.find((row) => row[0] === "Summe Ausgleich")).toEqual([
      "Summe Ausgleich",
      "45.477,54",
      "34.108,16",
      "22.738,77",
      "11.369,39",
      "0,00",
    ]);
    expect(rows.find((row) => row[0] === "Summe freigewordene Mittel")).toEqual([
      "Summe freigewordene Mittel",
      "0,00",
      "11.369,38",
      "22.738,77",
      "34.108,15",
      "45.477,54",
    ]);
    expectSumsHold(table);
  });
});

describe("for any total budget", () => {
  const meta: PlanMeta = { filledAt: FIXED_NOW, productVersion: "0.1.0", checksum: "0".repeat(64) };

  it("prints sums that equal the printed parts and the engine's totals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 900_000_000 }), (cents) => {
        const inputs = sampleInputs({ total: new Dec(cents).div(100) });
        const annex = buildAnnex({ inputs, result: computeBudget(inputs), meta });
        for (const table of tablesOf(annex)) expectSumsHold(table);
        const sum = tableNamed(annex, "Tabelle 1").rows.at(-1)?.cells[5]?.value;
        expect(sum?.eq(inputs.parameters.total)).toBe(true);
      }),
      { numRuns: 25 }
    );
  });
});

describe("when a printed sum would not match its total", () => {
  it("refuses to build the annex", () => {
    const inputs = sampleInputs();
    const result = computeBudget(inputs);
    const broken: BudgetResult = {
      ...result,
      totals: { ...result.totals, amount: result.totals.amount.minus("0.01") },
    };
    const meta: PlanMeta = {
      filledAt: FIXED_NOW,
      productVersion: "0.1.0",
      checksum: "0".repeat(64),
    };
    expect(() => buildAnnex({ inputs, result: broken, meta })).toThrow(AnnexSumError);
    expect(() => buildAnnex({ inputs, result: broken, meta })).toThrow(
      "Summe »Betrag« 2233000.00 weicht von der Gesamtsumme 2232999.99 ab."
    );
  });
});

describe("the method for other parameters", () => {
  const meta: PlanMeta = { filledAt: FIXED_NOW, productVersion: "0.1.0", checksum: "0".repeat(64) };
  const methodOf = (changes: Parameters<typeof sampleInputs>[0], weights?: string[]) => {
    const base = sampleInputs(changes);
    const inputs =
      weights === undefined ? base : { ...base, weights: weights.map((w) => new Dec(w)) };
    return methodText(buildAnnex({ inputs, result: computeBudget(inputs), meta }));
  };

  it.each([
    [
      "EINWOHNER",
      { model: "EINWOHNER" as const },
      "Finanzierungsmodell EINWOHNER: Das Gesamtbudget von 2.233.000,00 € wird allein nach der Bevölkerung verteilt; die Belastung spielt für die Beträge keine Rolle.",
    ],
    [
      "SOCKEL",
      { model: "SOCKEL" as const, baseAmount: new Dec(100000) },
      "Finanzierungsmodell SOCKEL: Jede der 10 Gemeinden erhält zuerst einen Sockelbetrag von 100.000,00 €; der Rest des Gesamtbudgets von 2.233.000,00 €, also 1.233.000,00 €, wird nach der Quote verteilt (Betrag = Sockelbetrag + Rest × Quote).",
    ],
    [
      "KORRIDOR",
      { model: "KORRIDOR" as const, corridor: new Dec("0.2") },
      "aber kein Betrag weicht um mehr als 20 % vom Budget des Vorjahres ab;",
    ],
    [
      "basis KREIS",
      { splitBasis: "KREIS" as const },
      "Für alle Gemeinden gilt ein gemeinsamer gebundener Anteil aus der Verwendung im ganzen Landkreis (Aufteilungsbasis KREIS).",
    ],
    [
      "no phase-out",
      { phaseOutYears: 0 },
      "Es ist keine Abschmelzung vereinbart (Abschmelzjahre 0): Gemeinden, die weniger als im Vorjahr erhalten, bekommen keinen Ausgleich.",
    ],
    [
      "a clamped load factor",
      { loadFactorFloor: new Dec("0.8"), loadFactorCap: new Dec("1.5") },
      "Der Belastungsfaktor wird nach unten auf 0,8 und nach oben auf 1,5 begrenzt.",
    ],
    [
      "no regional budget 2",
      { regional2Share: new Dec(0) },
      "Ein Regionales Budget 2 ist nicht vorgesehen.",
    ],
  ])("explains %s", (_what, changes, sentence) => {
    expect(methodOf(changes)).toContain(sentence);
  });

  it("keeps weights agreed as other figures than shares beside the share they amount to", () => {
    expect(methodOf({}, ["2", "1", "1"])).toContain(
      "»Kinder in SGB-II-Haushalten (%)« mit Gewicht 2 (50 %), »Alleinerziehende (%)« mit Gewicht 1 (25 %) und »Hilfen zur Erziehung je 1.000 u21« mit Gewicht 1 (25 %)."
    );
  });
});
