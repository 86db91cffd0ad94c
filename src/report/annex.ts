/**
 * Builds the annex to the committee paper from one calculation: title and date, the method with
 * this calculation's figures, the tables per municipality and per region (sums checked against
 * the totals to the cent), optionally the model comparison and the phase-out plan, and the
 * provenance (product version, time, input checksum).
 */
import type { Dec } from "../core/decimal";
import type { BudgetInputs, BudgetResult, ModelComparison, PhaseOutPlan } from "../core/index";
import {
  DEFAULT_POPULATION_BASIS,
  formatBerlinDateTime,
  toFigures,
  type PlanMeta,
} from "../workbook";
import { methodBlocks } from "./annex-method";
import type { AnnexBlock, AnnexDocument, AnnexPart } from "./annex-model";
import { euro } from "./annex-format";
import { comparisonTable, municipalityTable, phaseOutTable, regionTable } from "./annex-tables";

/** The statement the provenance ends with; the table builders have checked it. */
export const CENT_EXACT_STATEMENT = "alle Beträge centgenau: die Teile ergeben die Summe";

/** What one annex is built from: a validated calculation and, when wanted, the meeting's extras. */
export interface AnnexSource {
  readonly inputs: BudgetInputs;
  readonly result: BudgetResult;
  /** Time, version, checksum and population basis of the calculation. */
  readonly meta: PlanMeta;
  /** The model comparison (compareModels), printed when present. */
  readonly comparisons?: readonly ModelComparison[];
  /** The phase-out plan (planPhaseOut), printed when present. */
  readonly phaseOut?: PhaseOutPlan;
}

/** "22.11.2026" from the calculation's moment in Europe/Berlin. */
function berlinDate(moment: Date): string {
  return formatBerlinDateTime(moment).slice(0, 10);
}

/**
 * Returns the annex of one calculation. Throws AnnexSumError (a defect) if a printed sum would
 * differ from its total; with validated inputs and the engine's result that cannot happen.
 */
export function buildAnnex(source: AnnexSource): AnnexDocument {
  const { inputs, result, meta } = source;
  const year = inputs.parameters.year;
  const populationBasis = meta.populationBasis ?? DEFAULT_POPULATION_BASIS;
  const figures = toFigures(result);
  const previousByName = new Map<string, Dec>(
    inputs.municipalities.map((m) => [m.name, m.previousBudget])
  );
  const previousOf = (m: { name: string }): Dec => previousByName.get(m.name) as Dec;
  const tables: AnnexBlock[] = [
    { kind: "heading", level: 1, text: "Ergebnis" },
    { kind: "table", table: municipalityTable(figures, previousOf, populationBasis) },
    { kind: "table", table: regionTable(figures.regions, figures.totals) },
  ];
  if (source.comparisons !== undefined) {
    const previous = inputs.municipalities.map((m) => ({
      name: m.name,
      previous: m.previousBudget,
    }));
    tables.push({ kind: "table", table: comparisonTable(source.comparisons, previous) });
  }
  if (source.phaseOut !== undefined) {
    tables.push({ kind: "table", table: phaseOutTable(source.phaseOut) });
  }
  const method: AnnexPart = {
    orientation: "portrait",
    blocks: [
      {
        kind: "paragraph",
        text:
          `Verteilt werden ${euro(result.totals.amount)} auf ` +
          `${inputs.municipalities.length} Gemeinden in ${result.regions.length} Regionen ` +
          `(Finanzierungsmodell ${inputs.parameters.model}). Einschließlich Ausgleich und ` +
          `Regionalem Budget 2 sind es ${euro(result.totals.total)}.`,
      },
      ...methodBlocks(inputs, result, { populationBasis }),
    ],
  };
  return {
    title: `Anlage zur Vorlage: Sozialraumbudget ${year}`,
    subtitle: "Verteilung des Budgets der sozialräumlichen Jugendhilfe auf Gemeinden und Regionen",
    date: `Stand: ${berlinDate(meta.filledAt)}`,
    pageHeader: `Sozialraumbudget ${year} – Anlage zur Vorlage`,
    parts: [method, { orientation: "landscape", blocks: tables }],
    provenance: [
      `Sozialraumbudget ${meta.productVersion} · berechnet am ${formatBerlinDateTime(meta.filledAt)} Uhr (Europe/Berlin)`,
      `Prüfsumme der Eingaben (SHA-256): ${meta.checksum}`,
      CENT_EXACT_STATEMENT,
    ],
  };
}
