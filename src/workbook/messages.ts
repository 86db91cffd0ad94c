/**
 * Every German text the workbook layer shows, in one table (HyperFormula's habit): validators
 * pass facts, this file words them. Each message names the problem, the value and the place.
 */
import type { Dec } from "../core/decimal";
import { cellReference } from "./cells";
import { formatSerialDate } from "./dates";
import { formatEur, formatGermanNumber, formatTypedNumber } from "./format";
import type { CellRef } from "./issues";
import type { RawTable } from "./types";

/** A table as messages name it: an Excel table, or a sheet read by the fallback. */
export type TableName = Pick<RawTable, "source" | "name">;

/** "der Tabelle »tblGemeinden«" / "dem Blatt »Stammdaten«" (after "in"). */
function inTable(table: TableName): string {
  return table.source === "table" ? `der Tabelle »${table.name}«` : `dem Blatt »${table.name}«`;
}

/** "Die Tabelle »tblGemeinden«" / "Das Blatt »Stammdaten«" (as a sentence's subject). */
function theTable(table: TableName): string {
  return table.source === "table" ? `Die Tabelle »${table.name}«` : `Das Blatt »${table.name}«`;
}

/** "Stammdaten!F3: " in front of a message about one cell. */
function at(ref: CellRef): string {
  return ref.cell === "" ? "" : `${cellReference(ref.sheet, ref.cell)}: `;
}

/** "»a«, »b« oder »c«" for a list of choices ("und" for a list of facts). */
function choices(names: readonly string[], conjunction: "oder" | "und" = "oder"): string {
  const quoted = names.map((name) => `»${name}«`);
  return quoted.length <= 1
    ? quoted.join("")
    : `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1] ?? ""}`;
}

/** The German texts of all issues and fixes. */
export const MESSAGES = {
  // tables and columns
  missingTable: (table: string, sheet: string) =>
    `Die Eingabetabelle »${table}« fehlt: Es gibt weder eine Tabelle dieses Namens noch ein Blatt »${sheet}«.`,
  missingColumn: (ref: CellRef, column: string, table: TableName) =>
    `${at(ref)}In ${inTable(table)} fehlt die Spalte »${column}«.`,
  noIndicatorColumn: (ref: CellRef, table: TableName) =>
    `${at(ref)}${theTable(table)} enthält neben »Gemeinde« keine Indikatorspalte.`,
  noMunicipalities: (ref: CellRef, table: TableName) =>
    `${at(ref)}${theTable(table)} enthält keine Gemeinde.`,
  // municipalities and regions
  blankName: (ref: CellRef) => `${at(ref)}Die Zeile enthält Werte, aber keinen Gemeindenamen.`,
  municipalityMissingIn: (ref: CellRef, name: string, table: TableName) =>
    `${at(ref)}Die Gemeinde »${name}« aus den Stammdaten fehlt in ${inTable(table)}.`,
  unknownMunicipality: (ref: CellRef, name: string) =>
    `${at(ref)}Die Gemeinde »${name}« steht nicht in den Stammdaten (tblGemeinden).`,
  duplicateMunicipality: (ref: CellRef, name: string, first: CellRef) =>
    `${at(ref)}Die Gemeinde »${name}« steht mehrfach in der Tabelle (zuerst in ${cellReference(first.sheet, first.cell)}).`,
  blankRegion: (ref: CellRef, name: string) =>
    `${at(ref)}Für die Gemeinde »${name}« ist keine Region angegeben.`,
  regionTooLong: (ref: CellRef, region: string) =>
    `${at(ref)}Der Regionsname »${region}« hat ${region.length} Zeichen; als Blattname sind höchstens 31 erlaubt.`,
  regionForbiddenCharacters: (ref: CellRef, region: string) =>
    `${at(ref)}Der Regionsname »${region}« enthält ein Zeichen, das in Blattnamen nicht erlaubt ist ([ ] : * ? / \\ oder ein Apostroph am Anfang oder Ende).`,
  regionReserved: (ref: CellRef, region: string) =>
    `${at(ref)}Der Regionsname »${region}« ist schon der Name eines Eingabe- oder Ausgabeblatts (Übersicht, Protokoll, Modellvergleich, Mehrjahresplan) und kann kein Regionsblatt werden.`,
  regionExcelReserved: (ref: CellRef, region: string) =>
    `${at(ref)}Der Regionsname »${region}« ist in Excel als Blattname reserviert und kann kein Regionsblatt werden; bitte die Region anders nennen.`,
  regionCaseClash: (ref: CellRef, region: string, other: string) =>
    `${at(ref)}Die Region »${region}« unterscheidet sich von »${other}« nur in der Groß-/Kleinschreibung; Excel kann dafür nicht zwei Blätter anlegen.`,
  // numbers
  notANumber: (ref: CellRef, label: string, shown: string) =>
    `${at(ref)}${label} muss eine Zahl sein, die Zelle enthält »${shown}«.`,
  cellError: (ref: CellRef, label: string, error: string) =>
    `${at(ref)}${label} enthält den Excel-Fehler ${error}; bitte die Ursache in der Zelle beheben.`,
  textNumber: (ref: CellRef, label: string, text: string, value: Dec) =>
    `${at(ref)}${label} ist als Text »${text}« gespeichert statt als Zahl ${formatTypedNumber(value)}.`,
  textNumberAmbiguous: (ref: CellRef, label: string, text: string, readings: readonly [Dec, Dec]) =>
    `${at(ref)}${label} ist als Text »${text}« gespeichert und mehrdeutig: gemeint ist ${formatTypedNumber(readings[0])} oder ${formatTypedNumber(readings[1])}. Bitte die Zahl ohne Tausendertrennzeichen als Zahl eingeben.`,
  dateValue: (ref: CellRef, label: string, serial: number) =>
    `${at(ref)}${label} ist als Datum formatiert (${formatSerialDate(serial)}) und wird nicht als Zahl verwendet; bitte die Zahl eingeben und das Zahlenformat »Standard« oder »Zahl« wählen.`,
  amountTooLarge: (ref: CellRef, label: string, value: Dec) =>
    `${at(ref)}${label} ist ${formatGermanNumber(value)} € und damit größer als der Höchstbetrag von 1.000.000.000.000 € (darüber sind Cent-Beträge nicht mehr exakt).`,
  missingValue: (ref: CellRef, label: string) => `${at(ref)}${label} fehlt (die Zelle ist leer).`,
  negativeValue: (ref: CellRef, label: string, value: Dec) =>
    `${at(ref)}${label} ist negativ (${formatGermanNumber(value)}); erlaubt sind nur Werte ab 0.`,
  tooManyDecimals: (ref: CellRef, label: string, value: Dec) =>
    `${at(ref)}${label} hat mehr als zwei Nachkommastellen (${formatGermanNumber(value)}); Geldbeträge werden auf den Cent genau geführt.`,
  allZeroUsage: (ref: CellRef, name: string, perMunicipality: boolean) =>
    perMunicipality
      ? `${at(ref)}Die Verwendung von »${name}« ist in allen Kategorien 0; bei Aufteilungsbasis GEMEINDE lässt sich daraus kein Anteil des gebundenen Budgets bestimmen.`
      : `${at(ref)}Die Verwendung von »${name}« ist in allen Kategorien 0; sie zählt bei Aufteilungsbasis KREIS nicht mit.`,
  allZeroIndicators: (ref: CellRef, name: string) =>
    `${at(ref)}Alle Indikatoren von »${name}« sind 0; ihr Belastungsfaktor wird 0 und sie erhält nach Belastung keinen Anteil.`,
  sumMismatch: (ref: CellRef, name: string, given: Dec, rowSum: Dec) =>
    `${at(ref)}Die Summe von »${name}« ist ${formatEur(given)}, die Kategorien ergeben aber ${formatEur(rowSum)}.`,
  shareOutOfRange: (ref: CellRef, label: string, value: Dec, upperOpen: boolean) =>
    `${at(ref)}${label} ist ${formatGermanNumber(value)}; erlaubt ist ein Anteil von 0 bis ${upperOpen ? "unter 1" : "1"} (30 % = 0,3).`,
  // categories and indicators
  missingCategory: (ref: CellRef, category: string, table: TableName) =>
    `${at(ref)}Für die Kategorie »${category}« fehlt in ${inTable(table)} eine Zeile mit dem Anteil gebunden.`,
  unknownCategory: (ref: CellRef, text: string, known: readonly string[]) =>
    `${at(ref)}»${text}« ist keine Kategorie der Verwendungsmatrix; bekannt sind ${choices(known)}.`,
  duplicateCategory: (ref: CellRef, category: string, first: CellRef) =>
    `${at(ref)}Die Kategorie »${category}« steht mehrfach in der Tabelle (zuerst in ${cellReference(first.sheet, first.cell)}).`,
  unknownIndicator: (ref: CellRef, text: string) =>
    `${at(ref)}Zum Gewicht »${text}« gibt es keine Indikatorspalte in tblIndikatoren.`,
  missingWeight: (ref: CellRef, indicator: string, table: TableName) =>
    `${at(ref)}Für den Indikator »${indicator}« fehlt in ${inTable(table)} eine Zeile mit seinem Gewicht.`,
  duplicateIndicator: (ref: CellRef, indicator: string, first: CellRef) =>
    `${at(ref)}Der Indikator »${indicator}« steht mehrfach in der Tabelle (zuerst in ${cellReference(first.sheet, first.cell)}).`,
  negativeWeight: (ref: CellRef, indicator: string, value: Dec) =>
    `${at(ref)}Das Gewicht von »${indicator}« ist negativ (${formatGermanNumber(value)}); Gewichte sind 0 oder größer.`,
  zeroWeightSum: (ref: CellRef) =>
    `${at(ref)}Die Gewichte der Indikatoren ergeben zusammen 0; mindestens ein Gewicht muss größer als 0 sein.`,
  zeroReference: (ref: CellRef, indicator: string) =>
    `${at(ref)}Der Indikator »${indicator}« ist im Kreis im Mittel 0 (alle Gemeinden mit Einwohnern haben 0); der Belastungsfaktor teilt durch diesen Mittelwert.`,
  zeroPopulation: (ref: CellRef, column: string) =>
    `${at(ref)}Die Spalte »${column}« ist bei allen Gemeinden 0; ohne Bevölkerung gibt es weder Kreismittel noch Quote.`,
  allZeroUsageDistrict: (ref: CellRef) =>
    `${at(ref)}Die ganze Verwendungsmatrix ist 0; bei Aufteilungsbasis KREIS lässt sich daraus kein Anteil des gebundenen Budgets bestimmen.`,
  // parameters
  missingParameter: (ref: CellRef, name: string) =>
    `${at(ref)}Der Parameter »${name}« fehlt in tblParameter; er ist erforderlich.`,
  invalidChoice: (ref: CellRef, name: string, value: string, valid: readonly string[]) =>
    `${at(ref)}»${value}« ist kein gültiger Wert für »${name}«; möglich sind ${choices(valid)}.`,
  basisNotColumn: (ref: CellRef, value: string, columns: readonly string[]) =>
    `${at(ref)}Die Bevölkerungsbasis »${value}« ist keine Spalte von tblGemeinden; möglich sind ${choices(columns)}.`,
  invalidYear: (ref: CellRef, name: string, value: string) =>
    `${at(ref)}»${name}« muss eine ganze Jahreszahl von 1900 bis 2200 sein, nicht ${value}.`,
  invalidCount: (ref: CellRef, name: string, value: string) =>
    `${at(ref)}»${name}« muss eine ganze Zahl von 0 bis 30 sein, nicht ${value}.`,
  startAfterYear: (ref: CellRef, start: number, year: number) =>
    `${at(ref)}Das Startjahr der Quote (${start}) liegt nach dem Haushaltsjahr (${year}).`,
  floorAboveCap: (ref: CellRef, floor: Dec, cap: Dec) =>
    `${at(ref)}Die Untergrenze des Belastungsfaktors (${formatGermanNumber(floor)}) liegt über der Obergrenze (${formatGermanNumber(cap)}).`,
  duplicateParameter: (ref: CellRef, name: string, first: CellRef) =>
    `${at(ref)}Der Parameter »${name}« steht mehrfach in tblParameter (zuerst in ${cellReference(first.sheet, first.cell)}); es gilt keiner von beiden.`,
  unknownParameter: (ref: CellRef, name: string) =>
    `${at(ref)}Den Parameter »${name}« kennt das Add-in nicht; die Zeile wird nicht berücksichtigt.`,
  overrideYear: (value: number) =>
    `Das vorgegebene Haushaltsjahr ${String(value)} ist keine ganze Jahreszahl von 1900 bis 2200.`,
  infeasibleModel: (ref: CellRef, engineMessage: string) => `${at(ref)}${engineMessage}`,
  engineProblem: (ref: CellRef, engineMessage: string) =>
    `${at(ref)}Die Berechnung ist nicht möglich: ${engineMessage}`,
  // output and settings
  outputCollision: (sheet: string, block: string, range: string, first: string, value: string) =>
    `Auf dem Blatt »${sheet}« würde der Ergebnisbereich ${block} eigene Einträge in ${range} überschreiben (z. B. ${first}: »${value}«). Bitte diese Zellen verschieben oder leeren; es wurde nichts geschrieben.`,
  staleOutputSheet: (sheet: string) =>
    `Das Blatt »${sheet}« stammt aus einer früheren Füllung, aber keine Gemeinde gehört mehr zur Region »${sheet}«; es zeigt veraltete Zahlen und wird nicht mehr aktualisiert. Bitte das Blatt löschen, wenn es nicht mehr gebraucht wird.`,
  unrecordedBlockName: (name: string) =>
    `Der Bereichsname »${name}« auf diesem Blatt stammt nicht aus einer Füllung, die das Add-in aufgezeichnet hat (von Hand angelegt oder verändert, oder aus einer älteren Version); seine Zellen gelten deshalb als eigene Einträge.`,
  invalidMapping: (reason: string) =>
    `Die gespeicherte Zuordnung der Eingabetabellen ist unbrauchbar (${reason}); es gilt die Standardzuordnung.`,
  invalidMappingEntries: (tables: readonly string[]) =>
    `Die gespeicherte Zuordnung der Eingabetabellen ist für ${choices(tables, "und")} unbrauchbar; dafür gilt die Standardzuordnung.`,
} as const;

/** The German labels of one-click fixes. */
export const FIX_LABELS = {
  asNumber: (value: Dec) => `Als Zahl ${formatTypedNumber(value)} übernehmen`,
  didYouMean: (name: string) => `Meinten Sie »${name}«?`,
  setSum: (value: Dec) => `Summe auf ${formatEur(value)} setzen`,
  roundToCent: (value: Dec) => `Auf ${formatTypedNumber(value)} runden`,
  deleteSheet: (sheet: string) => `Blatt »${sheet}« löschen`,
} as const;
