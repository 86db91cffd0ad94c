/**
 * Entry point of the custom-functions bundle (webpack entry "functions"). The JSDoc below is the
 * users' help in Excel and the input of custom-functions-metadata, which builds functions.json
 * from it: German texts, ranges typed `unknown[][]` (metadata type "any", matrix) so text cells
 * reach the argument checker and are reported instead of being coerced by Excel. Error cells do
 * not: the generator cannot set `allowErrorForDataTypeAny`, so Excel answers an argument holding
 * an error with that error itself and the checker never sees it (README, docs/FUNCTIONS.md).
 * Every body is one call; the logic lives in definitions.ts and arguments.ts.
 */
import { evaluateForExcel } from "./excel";

/**
 * Belastungsfaktor je Gemeinde: gewichtete Indikatoren relativ zum Kreisdurchschnitt (1 = Mittel).
 * @customfunction LOADFACTOR
 * @param indicators Belastungsindikatoren: eine Zeile je Gemeinde, eine Spalte je Indikator.
 * @param weights Gewichte der Indikatoren: eine Zeile oder Spalte mit einem Wert je Indikator.
 * @param population Optional: Einwohner je Gemeinde; dann wird der Kreisdurchschnitt gewichtet.
 * @param floor Optional: Untergrenze des Belastungsfaktors (0 = keine).
 * @param cap Optional: Obergrenze des Belastungsfaktors (0 = keine).
 * @returns Belastungsfaktor je Gemeinde.
 */
export function srLoadFactor(
  indicators: unknown[][],
  weights: unknown[][],
  population?: unknown[][],
  floor?: unknown,
  cap?: unknown
): Array<Array<number | string>> {
  return evaluateForExcel("LOADFACTOR", [indicators, weights, population, floor, cap]);
}

/**
 * Quote je Gemeinde: Einwohner × Belastungsfaktor geteilt durch die Summe aller Gemeinden.
 * @customfunction QUOTE
 * @param population Einwohner je Gemeinde (eine Spalte).
 * @param loadFactor Belastungsfaktor je Gemeinde (eine Spalte, z. B. aus SR.LOADFACTOR).
 * @param digits Optional: Nachkommastellen (1 bis 30, 0 = ungerundet); die gerundeten Quoten ergeben genau 1.
 * @returns Quote je Gemeinde.
 */
export function srQuote(
  population: unknown[][],
  loadFactor: unknown[][],
  digits?: unknown
): Array<Array<number | string>> {
  return evaluateForExcel("QUOTE", [population, loadFactor, digits]);
}

/**
 * Verteilt einen Betrag centgenau nach Gewichten (größte Reste); die Teile ergeben genau den Betrag.
 * @customfunction ALLOCATE
 * @param total Zu verteilender Betrag in Euro (ein Vielfaches der Rundungseinheit).
 * @param weights Gewichte (eine Spalte, Werte ab 0).
 * @param unit Optional: Rundungseinheit, Standard (auch bei 0) 0,01 (ein Cent).
 * @returns Betrag je Zeile.
 */
export function srAllocate(
  total: unknown,
  weights: unknown[][],
  unit?: unknown
): Array<Array<number | string>> {
  return evaluateForExcel("ALLOCATE", [total, weights, unit]);
}

/**
 * Verteilt das Gesamtbudget centgenau nach dem Finanzierungsmodell auf die Gemeinden.
 * @customfunction MODEL
 * @param model Finanzierungsmodell: EINWOHNER, BELASTUNG, SOCKEL oder KORRIDOR.
 * @param total Gesamtbudget in Euro.
 * @param population Einwohner je Gemeinde (eine Spalte).
 * @param loadFactor Belastungsfaktor je Gemeinde (eine Spalte).
 * @param previous Optional: Budget des Vorjahres je Gemeinde; nötig für KORRIDOR.
 * @param parameter Optional: Sockelbetrag (SOCKEL) oder Korridor als Anteil, z. B. 0,05 (KORRIDOR).
 * @returns Betrag je Gemeinde.
 */
export function srModel(
  model: string,
  total: unknown,
  population: unknown[][],
  loadFactor: unknown[][],
  previous?: unknown[][],
  parameter?: unknown
): Array<Array<number | string>> {
  return evaluateForExcel("MODEL", [model, total, population, loadFactor, previous, parameter]);
}

/**
 * Defizitausgleich je Gemeinde: der Verlust gegenüber dem Vorjahr, über die Jahre abgeschmolzen.
 * @customfunction PHASEOUT
 * @param previous Budget des Vorjahres je Gemeinde (eine Spalte).
 * @param amount Neuer Betrag je Gemeinde (eine Spalte, z. B. aus SR.MODEL).
 * @param years Anzahl der Abschmelzjahre (ganze Zahl ab 0; 0 = kein Ausgleich).
 * @param yearIndex Jahr seit Start der neuen Quote: 0 = erstes Jahr (voller Ausgleich).
 * @returns Ausgleich je Gemeinde.
 */
export function srPhaseOut(
  previous: unknown[][],
  amount: unknown[][],
  years: unknown,
  yearIndex: unknown
): Array<Array<number | string>> {
  return evaluateForExcel("PHASEOUT", [previous, amount, years, yearIndex]);
}

/**
 * Teilt jeden Betrag nach der Verwendung in gebundenes Budget und regionales Budget 1 (2 Spalten).
 * @customfunction SPLIT
 * @param amount Betrag je Gemeinde (eine Spalte).
 * @param usage Verwendung je Gemeinde in 4 Spalten: Betriebs-, Sachkosten, Netzwerk, Angebote.
 * @param boundShares Gebundener Anteil je Kategorie: vier Werte von 0 bis 1, z. B. 1, 1, 1, 0.
 * @param basis Optional: GEMEINDE (Anteil je Gemeinde, Standard) oder KREIS (ein Anteil für alle).
 * @returns Zwei Spalten: gebundenes Budget, regionales Budget 1.
 */
export function srSplit(
  amount: unknown[][],
  usage: unknown[][],
  boundShares: unknown[][],
  basis?: string
): Array<Array<number | string>> {
  return evaluateForExcel("SPLIT", [amount, usage, boundShares, basis]);
}

/**
 * Regionales Budget 2: Anteil der ambulanten Hilfen, centgenau nach Regionsschlüssel verteilt.
 * @customfunction BUDGET2
 * @param ambulantBudget Budget der ambulanten Hilfen in Euro.
 * @param share Anteil für das regionale Budget 2, z. B. 0,1 für 10 %.
 * @param regionKey Regionsschlüssel: ein Gewicht je Region (eine Spalte).
 * @returns Regionales Budget 2 je Region.
 */
export function srBudget2(
  ambulantBudget: unknown,
  share: unknown,
  regionKey: unknown[][]
): Array<Array<number | string>> {
  return evaluateForExcel("BUDGET2", [ambulantBudget, share, regionKey]);
}

/**
 * Anreiz je Region: Bonus (positiv) für Einsparungen, Malus (negativ) für Mehrausgaben.
 * @customfunction INCENTIVE
 * @param budget Regionalbudget je Region.
 * @param actual Tatsächliche Ausgaben, in derselben Form wie budget.
 * @param retainShare Anteil der Einsparung, der der Region bleibt, z. B. 0,5.
 * @param capShare Optional: Obergrenze des Bonus als Anteil am Budget, z. B. 0,1 (0 = keine).
 * @param malusShare Optional: Anteil der Mehrausgaben, der abgezogen wird (Standard 0).
 * @returns Bonus (positiv) oder Malus (negativ), in derselben Form wie budget.
 */
export function srIncentive(
  budget: unknown[][],
  actual: unknown[][],
  retainShare: unknown,
  capShare?: unknown,
  malusShare?: unknown
): Array<Array<number | string>> {
  return evaluateForExcel("INCENTIVE", [budget, actual, retainShare, capShare, malusShare]);
}

// No CustomFunctions.associate calls here: custom-functions-metadata-plugin appends one for every
// @customfunction when webpack bundles this file, and a second association would be logged by
// Excel as [DuplicatedName].
