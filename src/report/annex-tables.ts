/**
 * The tables of the annex: per municipality, per region, and optionally the model comparison and
 * the phase-out plan. Every sum row adds the exact figures of the rows above it, and the builder
 * checks each against the engine's district total, so a printed sum always equals the printed
 * parts to the cent (the council paper error of 299.999,99 € for a 300.000,00 € split cannot
 * occur).
 */
import { ZERO, type Dec } from "../core/decimal";
import type { BudgetTotals, ModelComparison, PhaseOutPlan } from "../core/index";
import type { BudgetFigures, MunicipalityFigures, RegionFigures } from "../workbook";
import { count, factor, money, percent, signedMoney, signedPercent } from "./annex-format";
import type { AnnexCell, AnnexColumn, AnnexRow, AnnexTable } from "./annex-model";

/** Decimals of quotas and region keys printed as percentages (six decimals as fractions). */
const SHARE_PERCENT_DIGITS = 4;

/** Thrown when a printed sum would differ from the engine's total: a defect, never bad input. */
export class AnnexSumError extends Error {}

function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

function label(text: string): AnnexCell {
  return { text };
}

function moneyCell(value: Dec): AnnexCell {
  return { text: money(value), value };
}

const left = (header: string): AnnexColumn => ({ header, align: "left" });
const right = (header: string): AnnexColumn => ({ header, align: "right" });

/** Throws AnnexSumError unless `printed` equals `total` exactly. */
function requireSum(what: string, printed: Dec, total: Dec): void {
  if (!printed.eq(total)) {
    throw new AnnexSumError(
      `Summe »${what}« ${printed.toFixed(2)} weicht von der Gesamtsumme ${total.toFixed(2)} ab.`
    );
  }
}

function changeCells(amount: Dec, previous: Dec): AnnexCell[] {
  const change = amount.minus(previous);
  return [
    { text: signedMoney(change), value: change },
    previous.isZero()
      ? label("–")
      : { text: signedPercent(change.div(previous)), value: change.div(previous) },
  ];
}

/** Returns the table per municipality with its sum row, checked against the district totals. */
export function municipalityTable(
  figures: BudgetFigures,
  previous: (municipality: MunicipalityFigures) => Dec,
  populationBasis: string
): AnnexTable {
  const rows: AnnexRow[] = figures.municipalities.map((m) => ({
    cells: [
      label(m.name),
      label(m.region),
      { text: count(m.population), value: m.population },
      { text: factor(m.loadFactor), value: m.loadFactor },
      { text: percent(m.quota, SHARE_PERCENT_DIGITS), value: m.quota },
      moneyCell(m.amount),
      ...changeCells(m.amount, previous(m)),
      moneyCell(m.compensation),
      moneyCell(m.bound),
      moneyCell(m.regional1),
    ],
  }));
  const all = figures.municipalities;
  const pick = (
    field: keyof MunicipalityFigures & ("amount" | "compensation" | "bound" | "regional1")
  ): Dec => sum(all.map((m) => m[field]));
  const totals = figures.totals;
  requireSum("Betrag", pick("amount"), totals.amount);
  requireSum("Ausgleich", pick("compensation"), totals.compensation);
  requireSum("Gebundenes Budget", pick("bound"), totals.bound);
  requireSum("Regionales Budget 1", pick("regional1").plus(totals.freed), totals.regional1);
  const quotaSum = sum(all.map((m) => m.quota));
  rows.push({
    total: true,
    cells: [
      label("Summe"),
      label(""),
      { text: count(sum(all.map((m) => m.population))), value: sum(all.map((m) => m.population)) },
      label(""),
      { text: percent(quotaSum, SHARE_PERCENT_DIGITS), value: quotaSum },
      moneyCell(totals.amount),
      ...changeCells(totals.amount, sum(all.map(previous))),
      moneyCell(totals.compensation),
      moneyCell(totals.bound),
      moneyCell(pick("regional1")),
    ],
  });
  return {
    caption: "Tabelle 1: Verteilung je Gemeinde",
    columns: [
      left("Gemeinde"),
      left("Region"),
      right(populationBasis),
      right("Belastungsfaktor"),
      right("Quote"),
      right("Betrag (€)"),
      right("± Vorjahr (€)"),
      right("± Vorjahr (%)"),
      right("Ausgleich (€)"),
      right("Gebundenes Budget (€)"),
      right("Regionales Budget 1 (€)"),
    ],
    rows,
    notes: [
      "± Vorjahr: Veränderung des Betrags gegenüber dem Budget des Vorjahres, ohne Ausgleich. Der Ausgleich wird zusätzlich zum Gesamtbudget gezahlt.",
      `Regionales Budget 1 je Gemeinde ohne die freigewordenen Mittel (${money(totals.freed)} €); diese sind den Regionen zugeordnet (Tabelle 2).`,
    ],
  };
}

type RegionAmount = "bound" | "regional1" | "freed" | "regional2" | "compensation" | "total";
const REGION_AMOUNTS: readonly RegionAmount[] = [
  "bound",
  "regional1",
  "freed",
  "regional2",
  "compensation",
  "total",
];

/** Returns the table per region with the district row, checked against the district totals. */
export function regionTable(regions: readonly RegionFigures[], totals: BudgetTotals): AnnexTable {
  const rows: AnnexRow[] = regions.map((region) => ({
    cells: [
      label(region.name),
      { text: percent(region.key, SHARE_PERCENT_DIGITS), value: region.key },
      ...REGION_AMOUNTS.map((field) => moneyCell(region[field])),
    ],
  }));
  for (const field of REGION_AMOUNTS) {
    requireSum(field, sum(regions.map((region) => region[field])), totals[field]);
  }
  const partsSum = totals.bound
    .plus(totals.regional1)
    .plus(totals.regional2)
    .plus(totals.compensation);
  requireSum("Gesamt = Summe der Teile", partsSum, totals.total);
  const keySum = sum(regions.map((region) => region.key));
  rows.push({
    total: true,
    cells: [
      label("Landkreis gesamt"),
      { text: percent(keySum, SHARE_PERCENT_DIGITS), value: keySum },
      ...REGION_AMOUNTS.map((field) => moneyCell(totals[field])),
    ],
  });
  return {
    caption: "Tabelle 2: Budgets je Region",
    columns: [
      left("Region"),
      right("Schlüssel"),
      right("Gebundenes Budget (€)"),
      right("Regionales Budget 1 (€)"),
      right("davon freigewordene Mittel (€)"),
      right("Regionales Budget 2 (€)"),
      right("Ausgleich (€)"),
      right("Gesamt (€)"),
    ],
    rows,
    notes: [
      "Regionales Budget 1 der Region: Summe ihrer Gemeinden zuzüglich ihres Anteils an den freigewordenen Mitteln.",
      "Gesamt = Gebundenes Budget + Regionales Budget 1 + Regionales Budget 2 + Ausgleich.",
    ],
  };
}

/** Returns the comparison of the four models: amount and change per municipality and model. */
export function comparisonTable(
  comparisons: readonly ModelComparison[],
  previousBudgets: readonly { readonly name: string; readonly previous: Dec }[]
): AnnexTable {
  const rows: AnnexRow[] = previousBudgets.map(({ name, previous }, index) => ({
    cells: [
      label(name),
      moneyCell(previous),
      ...comparisons.flatMap((comparison): AnnexCell[] => {
        const row = comparison.municipalities[index];
        if (!comparison.feasible || row === undefined) return [label("–"), label("–")];
        return [moneyCell(row.amount), { text: signedMoney(row.change), value: row.change }];
      }),
    ],
  }));
  rows.push({
    total: true,
    cells: [
      label("Summe"),
      moneyCell(sum(previousBudgets.map((entry) => entry.previous))),
      ...comparisons.flatMap((comparison): AnnexCell[] => {
        if (!comparison.feasible || comparison.totals === null) return [label("–"), label("–")];
        const amounts = sum(comparison.municipalities.map((row) => row.amount));
        requireSum(`Betrag ${comparison.model}`, amounts, comparison.totals.amount);
        return [
          moneyCell(comparison.totals.amount),
          { text: signedMoney(comparison.totals.change), value: comparison.totals.change },
        ];
      }),
    ],
  });
  const infeasible = comparisons
    .filter((comparison) => !comparison.feasible)
    .map((comparison) => `${comparison.model} ist nicht anwendbar: ${comparison.message ?? ""}`);
  return {
    caption: "Tabelle 3: Vergleich der Finanzierungsmodelle",
    columns: [
      left("Gemeinde"),
      right("Vorjahr (€)"),
      ...comparisons.flatMap((comparison) => [
        right(`${comparison.model} (€)`),
        right("± Vorjahr (€)"),
      ]),
    ],
    rows,
    notes: [
      "Betrag je Modell vor Ausgleich; ± Vorjahr: Veränderung gegenüber dem Budget des Vorjahres.",
      ...infeasible,
    ],
  };
}

/** Returns the phase-out plan: compensation per municipality and freed amount per region per year. */
export function phaseOutTable(plan: PhaseOutPlan): AnnexTable {
  const years = plan.years;
  const yearRow = (name: string, amounts: readonly Dec[], total = false): AnnexRow => ({
    cells: [label(name), ...amounts.map(moneyCell)],
    ...(total ? { total: true } : {}),
  });
  const compensationRows = plan.municipalities.map((name, index) =>
    yearRow(
      name,
      years.map((year) => year.compensation[index] ?? ZERO)
    )
  );
  const freedRows = plan.regions.map((region, index) =>
    yearRow(
      `${region}: freigewordene Mittel`,
      years.map((year) => year.freedByRegion[index]?.freed ?? ZERO)
    )
  );
  for (const year of years) {
    requireSum(`Ausgleich ${year.year}`, sum(year.compensation), year.totals.compensation);
    requireSum(
      `freigewordene Mittel ${year.year}`,
      sum(year.freedByRegion.map((part) => part.freed)),
      year.totals.freed
    );
  }
  return {
    caption: "Tabelle 4: Abschmelzung des Ausgleichs nach Jahren",
    columns: [left("Gemeinde / Region"), ...years.map((year) => right(`${year.year} (€)`))],
    rows: [
      ...compensationRows,
      yearRow(
        "Summe Ausgleich",
        years.map((year) => year.totals.compensation),
        true
      ),
      ...freedRows,
      yearRow(
        "Summe freigewordene Mittel",
        years.map((year) => year.totals.freed),
        true
      ),
    ],
    notes: [
      "Freigewordene Mittel fließen in das Regionale Budget 1 der Region (nach dem Regionsschlüssel).",
    ],
  };
}
