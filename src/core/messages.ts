/**
 * Every German text the engine shows a user, in one place (as HyperFormula keeps its message
 * table), so wording stays consistent and translators/reviewers find all of it here.
 * Row numbers in texts are 1-based (what a user counts); BudgetInputError.row stays 0-based.
 */
import { Dec } from "./decimal";

/** Groups the integer digits of a plain decimal string German style: "1234567.5" → "1.234.567,5". */
function toGermanDigits(plain: string): string {
  const negative = plain.startsWith("-");
  const unsigned = negative ? plain.slice(1) : plain;
  const [integerPart = "0", fractionPart] = unsigned.split(".");
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = fractionPart === undefined ? grouped : `${grouped},${fractionPart}`;
  return negative ? `-${body}` : body;
}

/** Returns `amount` rounded half-up to the cent in German style, e.g. "1.234,56 €". */
export function formatEuro(amount: Dec): string {
  return `${toGermanDigits(amount.toFixed(2, Dec.ROUND_HALF_UP))} €`;
}

/** Returns `value` unrounded in German style, e.g. "0,05" or "1.234,567". */
export function formatNumber(value: Dec): string {
  return toGermanDigits(value.toFixed());
}

/** Returns `share` as a German percentage, e.g. 0.05 → "5 %". */
export function formatPercent(share: Dec): string {
  return `${formatNumber(share.times(100))} %`;
}

/** " in Zeile 3" for row 2, or "" without a row. */
function atRow(row: number | undefined): string {
  return row === undefined ? "" : ` in Zeile ${row + 1}`;
}

/** Texts for BudgetInputError messages, grouped by error code. */
export const messages = {
  notANumber: (what: string, raw: string): string =>
    `${what}: „${raw}“ ist keine gültige Zahl (erwartet z. B. 1234.56).`,
  notFinite: (what: string): string => `${what}: Der Wert ist keine endliche Zahl.`,

  emptyInput: (what: string): string => `${what}: Es wurden keine Werte übergeben.`,
  missingRegion: (row: number): string =>
    `Zeile ${row + 1}: Die Gemeinde ist keiner Region zugeordnet.`,
  missingPreviousBudgets: (): string =>
    "Für das Finanzierungsmodell KORRIDOR werden die Budgets des Vorjahres benötigt.",

  sizeMismatch: (what: string, expected: number, actual: number, row?: number): string =>
    `${what}${atRow(row)}: erwartet ${expected} Werte, erhalten ${actual}.`,
  missingRegionKey: (region: string): string =>
    `Im Regionsschlüssel fehlt ein Wert für „${region}“.`,

  negativeValue: (what: string, value: Dec, row?: number): string =>
    `${what}${atRow(row)} ist negativ (${formatNumber(value)}); erlaubt sind nur Werte ab 0.`,

  zeroWeightSum: (): string =>
    "Die Gewichte der Indikatoren ergeben zusammen 0; mindestens ein Gewicht muss größer als 0 sein.",
  zeroAllocationWeights: (): string =>
    "Die Verteilungsgewichte sind alle 0; der Betrag lässt sich so nicht verteilen.",
  quotaUndefined: (): string =>
    "Für alle Gemeinden ist Einwohner × Belastungsfaktor gleich 0; die Quote ist nicht bestimmbar.",
  regionKeyZero: (): string =>
    "Der Regionsschlüssel ergibt zusammen 0; das Budget lässt sich nicht auf die Regionen verteilen.",
  usageRowZero: (row: number): string =>
    `Die Verwendung in Zeile ${row + 1} ergibt zusammen 0; mit der Aufteilungsbasis GEMEINDE ` +
    "ist der gebundene Anteil nicht bestimmbar. Tragen Sie die Verwendung ein oder wählen Sie KREIS.",
  usageTotalZero: (): string =>
    "Die Verwendungsmatrix ergibt zusammen 0; der gebundene Anteil des Kreises ist nicht bestimmbar.",

  zeroReference: (indicator: number, name?: string): string =>
    `Indikator ${indicator + 1}: Der Referenzwert (Mittelwert) ist 0` +
    (name === undefined ? "" : ` – „${name}“ ist bei allen Gemeinden mit Einwohnern 0`) +
    "; der Belastungsfaktor ist so nicht bestimmbar.",
  zeroPopulation: (): string =>
    "Die Einwohnerzahlen ergeben zusammen 0; der bevölkerungsgewichtete Referenzwert ist nicht bestimmbar.",

  unknownModel: (text: string, valid: readonly string[]): string =>
    `Unbekanntes Finanzierungsmodell „${text}“. Gültig sind: ${valid.join(", ")}.`,
  unknownBasis: (text: string, valid: readonly string[]): string =>
    `Unbekannte Aufteilungsbasis „${text}“. Gültig sind: ${valid.join(", ")}.`,

  infeasibleBaseAmount: (baseAmount: Dec, count: number, total: Dec): string =>
    `Der Sockelbetrag von ${formatEuro(baseAmount)} für ${count} Gemeinden ` +
    `(zusammen ${formatEuro(baseAmount.times(count))}) übersteigt das Gesamtbudget von ` +
    `${formatEuro(total)}.`,
  infeasibleCorridor: (total: Dec, corridor: Dec, minTotal: Dec, maxTotal: Dec): string =>
    `Mit einem Korridor von ±${formatPercent(corridor)} um die Vorjahresbudgets ist das ` +
    `Gesamtbudget von ${formatEuro(total)} nicht erreichbar; möglich ist ein Gesamtbudget ` +
    `zwischen ${formatEuro(minTotal)} und ${formatEuro(maxTotal)}.`,

  invalidUnit: (unit: Dec): string =>
    `Die Rundungseinheit muss größer als 0 sein (erhalten: ${formatNumber(unit)}).`,
  invalidDigits: (digits: number): string =>
    `Die Anzahl der Nachkommastellen muss eine ganze Zahl von 0 bis 30 sein (erhalten: ${digits}).`,
  totalNotMultipleOfUnit: (what: string, value: Dec, unit: Dec): string =>
    `${what} (${formatNumber(value)}) ist kein ganzzahliges Vielfaches der Rundungseinheit ` +
    `${formatNumber(unit)}.`,

  shareOutOfRange: (what: string, value: Dec, row?: number): string =>
    `${what}${atRow(row)} muss zwischen 0 und 1 liegen (erhalten: ${formatNumber(value)}).`,
  corridorOutOfRange: (corridor: Dec): string =>
    "Der Korridor muss mindestens 0 und kleiner als 1 (100 %) sein " +
    `(erhalten: ${formatNumber(corridor)}).`,
  loadFactorBoundsReversed: (floor: Dec, cap: Dec): string =>
    `Die Untergrenze des Belastungsfaktors (${formatNumber(floor)}) liegt über der ` +
    `Obergrenze (${formatNumber(cap)}).`,

  notWholeNumber: (what: string, value: number): string =>
    `${what} muss eine ganze Zahl sein (erhalten: ${String(value)}).`,
  invalidYears: (what: string, value: number): string =>
    `${what} muss eine ganze Zahl ab 0 sein (erhalten: ${String(value)}).`,
  yearBeforeQuotaStart: (year: number, startYear: number): string =>
    `Das Haushaltsjahr ${year} liegt vor dem Startjahr der Quote (${startYear}); ` +
    "für Jahre vor der neuen Quote berechnet das Modell keinen Ausgleich.",
} as const;

/** German names of the engine's inputs, used as `what` in the messages above. */
export const label = {
  value: "Wert",
  unit: "Die Rundungseinheit",
  weights: "Gewichte",
  weight: "Gewicht",
  indicatorValues: "Belastungsindikatoren",
  indicatorValue: "Belastungsindikator",
  population: "Bevölkerung",
  loadFactors: "Belastungsfaktoren",
  loadFactorFloor: "Die Untergrenze des Belastungsfaktors",
  loadFactorCap: "Die Obergrenze des Belastungsfaktors",
  shares: "Anteile",
  share: "Anteil",
  total: "Der zu verteilende Betrag",
  totalBudget: "Das Gesamtbudget",
  amounts: "Beträge",
  amount: "Betrag",
  baseAmount: "Der Sockelbetrag",
  corridor: "Der Korridor",
  previousBudgets: "Budgets des Vorjahres",
  previousBudget: "Budget des Vorjahres",
  usageRows: "Verwendungsmatrix",
  usage: "Verwendung",
  boundShares: "Anteile gebunden",
  boundShare: "Anteil gebunden",
  regionRows: "Regionen der Gemeinden",
  regionKey: "Regionsschlüssel",
  ambulantBudget: "Das Budget ambulante Hilfen",
  regional2Share: "Der Anteil Regionalbudget 2",
  budget: "Das Regionalbudget",
  actual: "Die tatsächlichen Ausgaben",
  retainShare: "Der Anteil, der bei Einsparungen verbleibt",
  capShare: "Die Obergrenze des Anreizes",
  malusShare: "Der Malus-Anteil",
  phaseOutYears: "Die Anzahl der Abschmelzjahre",
  yearIndex: "Der Jahresindex",
  year: "Das Haushaltsjahr",
  quotaStartYear: "Das Startjahr der Quote",
  municipalities: "Gemeinden",
} as const;
