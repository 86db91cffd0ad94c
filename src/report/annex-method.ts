/**
 * The method section of the annex: how the figures came about, in plain German with the actual
 * indicators, weights, population basis, financing model, bound shares and phase-out of this
 * calculation (DOMAIN.md 1–8), each as one or two sentences a council member can follow and the
 * formula where it helps.
 */
import { ONE, ZERO, type Dec } from "../core/decimal";
import { USAGE_CATEGORIES, type BudgetInputs, type BudgetResult } from "../core/types";
import { formatGermanNumber } from "../workbook";
import { count, euro, shortPercent } from "./annex-format";
import type { AnnexBlock } from "./annex-model";

/** What the method section needs besides the inputs and the result. */
export interface MethodFacts {
  /** The population column's header, e.g. "Einwohner unter 21". */
  readonly populationBasis: string;
}

function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** "A, B und C". */
function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} und ${items[items.length - 1] ?? ""}`;
}

/** The indicators with their agreed weights, normalised to 100 %. */
function indicatorBlocks(inputs: BudgetInputs, facts: MethodFacts): AnnexBlock[] {
  const weightSum = sum(inputs.weights);
  // Weights entered as shares (summing to 1) read as percentages; others keep their agreed
  // figure beside the share they amount to.
  const asShares = weightSum.eq(ONE);
  const weighted = inputs.indicatorNames.map((name, index) => {
    const weight = inputs.weights[index] ?? ZERO;
    const share = shortPercent(weight.div(weightSum));
    return asShares
      ? `»${name}« mit ${share}`
      : `»${name}« mit Gewicht ${formatGermanNumber(weight)} (${share})`;
  });
  const { loadFactorFloor: floor, loadFactorCap: cap } = inputs.parameters;
  const clamp =
    floor === undefined && cap === undefined
      ? "Der Belastungsfaktor wird nicht begrenzt."
      : `Der Belastungsfaktor wird ${[
          floor === undefined ? "" : `nach unten auf ${formatGermanNumber(floor)}`,
          cap === undefined ? "" : `nach oben auf ${formatGermanNumber(cap)}`,
        ]
          .filter((part) => part !== "")
          .join(" und ")} begrenzt.`;
  return [
    { kind: "heading", level: 2, text: "1. Belastungsindikatoren und Gewichtung" },
    {
      kind: "paragraph",
      text:
        `Die soziale Belastung einer Gemeinde wird mit ${inputs.indicatorNames.length} ` +
        `Indikatoren gemessen, gewichtet wie vereinbart: ${listing(weighted)}. Jeder Wert wird ` +
        `mit dem Kreisdurchschnitt des Indikators verglichen, gewichtet mit der Bevölkerung ` +
        `(»${facts.populationBasis}«); 1 bedeutet durchschnittliche Belastung.`,
    },
    {
      kind: "formula",
      text: "Belastungsfaktor = Σ Gewicht × Indikatorwert der Gemeinde ÷ Kreisdurchschnitt des Indikators",
    },
    { kind: "paragraph", text: clamp },
  ];
}

/** The population basis and the quota. */
function quotaBlocks(inputs: BudgetInputs, facts: MethodFacts): AnnexBlock[] {
  const population = sum(inputs.municipalities.map((m) => m.population));
  return [
    { kind: "heading", level: 2, text: "2. Bevölkerungsbasis und Quote" },
    {
      kind: "paragraph",
      text:
        `Bevölkerungsbasis ist die Spalte »${facts.populationBasis}« ` +
        `(${count(population)} im Landkreis, ${inputs.municipalities.length} Gemeinden). ` +
        `Die Quote einer Gemeinde ist ihr Anteil an der belastungsgewichteten Bevölkerung des Kreises; ` +
        `alle Quoten zusammen ergeben 100 %.`,
    },
    {
      kind: "formula",
      text: "Quote = Bevölkerung × Belastungsfaktor ÷ Σ (Bevölkerung × Belastungsfaktor) aller Gemeinden",
    },
  ];
}

/** The financing model with its parameters and the cent-exact rounding. */
function modelBlocks(inputs: BudgetInputs): AnnexBlock[] {
  const { total, model, baseAmount, corridor } = inputs.parameters;
  const n = inputs.municipalities.length;
  const descriptions: Record<typeof model, string> = {
    EINWOHNER:
      `Finanzierungsmodell EINWOHNER: Das Gesamtbudget von ${euro(total)} wird allein nach der ` +
      `Bevölkerung verteilt; die Belastung spielt für die Beträge keine Rolle.`,
    BELASTUNG:
      `Finanzierungsmodell BELASTUNG: Das Gesamtbudget von ${euro(total)} wird nach der Quote ` +
      `verteilt (Betrag = Gesamtbudget × Quote).`,
    SOCKEL:
      `Finanzierungsmodell SOCKEL: Jede der ${n} Gemeinden erhält zuerst einen Sockelbetrag von ` +
      `${euro(baseAmount)}; der Rest des Gesamtbudgets von ${euro(total)}, also ` +
      `${euro(total.minus(baseAmount.times(n)))}, wird nach der Quote verteilt ` +
      `(Betrag = Sockelbetrag + Rest × Quote).`,
    KORRIDOR:
      `Finanzierungsmodell KORRIDOR: Das Gesamtbudget von ${euro(total)} wird nach der Quote ` +
      `verteilt, aber kein Betrag weicht um mehr als ${shortPercent(corridor)} vom Budget des ` +
      `Vorjahres ab; innerhalb dieses Korridors werden alle Zielbeträge mit demselben Faktor ` +
      `angepasst, so dass die Summe wieder das Gesamtbudget ergibt.`,
  };
  return [
    { kind: "heading", level: 2, text: "3. Finanzierungsmodell" },
    { kind: "paragraph", text: descriptions[model] },
    {
      kind: "paragraph",
      text:
        "Gerundet wird auf den Cent nach dem Verfahren der größten Reste (Hare-Niemeyer): " +
        "jede Gemeinde erhält zunächst den abgerundeten Betrag, die übrigen Cents gehen einzeln " +
        "an die größten Reste. So ergeben die Beträge genau das Gesamtbudget.",
    },
  ];
}

/** The bound shares per usage category and the split basis. */
function boundBlocks(inputs: BudgetInputs): AnnexBlock[] {
  const shares = USAGE_CATEGORIES.map(
    (category, index) => `${category} ${shortPercent(inputs.boundShares[index] ?? ZERO)}`
  );
  const basis =
    inputs.parameters.splitBasis === "GEMEINDE"
      ? "Der gebundene Anteil wird je Gemeinde aus ihrer eigenen Verwendung der Vorjahre berechnet (Aufteilungsbasis GEMEINDE)."
      : "Für alle Gemeinden gilt ein gemeinsamer gebundener Anteil aus der Verwendung im ganzen Landkreis (Aufteilungsbasis KREIS).";
  return [
    { kind: "heading", level: 2, text: "4. Gebundenes Budget und Regionales Budget 1" },
    {
      kind: "paragraph",
      text:
        "Gebunden sind Fixkosten, Personal und Beratung des Sozialraumbüros; sie bleiben beim " +
        `Träger. Gebunden ist je Verwendungskategorie: ${listing(shares)}. ${basis}`,
    },
    {
      kind: "formula",
      text: "Gebundenes Budget = Betrag × gebundener Anteil (kaufmännisch auf den Cent); Regionales Budget 1 = Betrag − gebundenes Budget",
    },
  ];
}

/** The phase-out of the compensation and where the freed amounts go. */
function phaseOutBlocks(inputs: BudgetInputs, result: BudgetResult): AnnexBlock[] {
  const { phaseOutYears: years, quotaStartYear, year } = inputs.parameters;
  const t = result.yearIndex;
  const heading: AnnexBlock = {
    kind: "heading",
    level: 2,
    text: "5. Defizitausgleich und Abschmelzung",
  };
  if (years === 0) {
    return [
      heading,
      {
        kind: "paragraph",
        text: "Es ist keine Abschmelzung vereinbart (Abschmelzjahre 0): Gemeinden, die weniger als im Vorjahr erhalten, bekommen keinen Ausgleich.",
      },
    ];
  }
  const share = t >= years ? ZERO : ONE.minus(ONE.times(t).div(years));
  const lastYear = quotaStartYear + years;
  return [
    heading,
    {
      kind: "paragraph",
      text:
        `Die neue Quote gilt seit ${quotaStartYear}. Gemeinden, die nach ihr weniger als im ` +
        `Vorjahr erhalten, bekommen den Unterschied als Ausgleich zusätzlich zum Gesamtbudget; ` +
        `der Ausgleich schmilzt über ${years} Jahre ab und endet ${lastYear}. Im Haushaltsjahr ` +
        `${year} (Jahr ${t + 1} der neuen Quote) beträgt er ${shortPercent(share)} des Unterschieds, ` +
        `zusammen ${euro(result.totals.compensation)}.`,
    },
    {
      kind: "formula",
      text: `Ausgleich = max(0; Vorjahr − Betrag) × (${years} − Jahr seit Beginn der neuen Quote) ÷ ${years}`,
    },
    {
      kind: "paragraph",
      text:
        `Was gegenüber dem ersten Jahr nicht mehr als Ausgleich gebraucht wird, ist freigeworden ` +
        `(${year}: ${euro(result.totals.freed)}) und fließt nach dem Regionsschlüssel in das ` +
        `Regionale Budget 1 der Regionen.`,
    },
  ];
}

/** The region key and regional budget 2. */
function regionBlocks(inputs: BudgetInputs, result: BudgetResult): AnnexBlock[] {
  const { ambulantBudget, regional2Share } = inputs.parameters;
  const key =
    inputs.regionKey === undefined
      ? "Der Regionsschlüssel ist der Anteil der Region an Σ (Bevölkerung × Belastungsfaktor) des Kreises."
      : "Der Regionsschlüssel ist vereinbart und nicht aus den Gemeindedaten berechnet.";
  const regional2 = regional2Share.isZero()
    ? "Ein Regionales Budget 2 ist nicht vorgesehen."
    : `Regionales Budget 2: ${shortPercent(regional2Share)} des Budgets für ambulante Hilfen von ` +
      `${euro(ambulantBudget)}, also ${euro(result.totals.regional2)}, verteilt nach dem Regionsschlüssel.`;
  return [
    { kind: "heading", level: 2, text: "6. Regionen" },
    {
      kind: "paragraph",
      text: `Das Regionale Budget 1 der Gemeinden einer Region wird gepoolt. ${key} ${regional2}`,
    },
    {
      kind: "formula",
      text: "Gesamt der Region = gebundenes Budget + Regionales Budget 1 (mit freigewordenen Mitteln) + Regionales Budget 2 + Ausgleich",
    },
  ];
}

/** Returns the method section: indicators, quota, model, bound shares, phase-out, regions. */
export function methodBlocks(
  inputs: BudgetInputs,
  result: BudgetResult,
  facts: MethodFacts
): AnnexBlock[] {
  return [
    { kind: "heading", level: 1, text: "Berechnungsweg" },
    ...indicatorBlocks(inputs, facts),
    ...quotaBlocks(inputs, facts),
    ...modelBlocks(inputs),
    ...boundBlocks(inputs),
    ...phaseOutBlocks(inputs, result),
    ...regionBlocks(inputs, result),
  ];
}
