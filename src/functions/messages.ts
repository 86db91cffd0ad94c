/**
 * Every German text the SR.* functions add to the engine's own messages, in one table (as
 * HyperFormula keeps its messages), so the wording of argument problems stays consistent.
 * Rows and columns in texts are 1-based and count within the argument's range, not the sheet:
 * a custom function does not know where its arguments live.
 */

/** Where in an argument a problem sits: its label and, for ranges, the 1-based row/column. */
export interface Place {
  readonly label: string;
  readonly row?: number;
  readonly column?: number;
}

/** "Einwohner (population), Zeile 3, Spalte 2" – as much of the place as is known. */
function at(place: Place): string {
  const row = place.row === undefined ? "" : `, Zeile ${place.row}`;
  const column = place.column === undefined ? "" : `, Spalte ${place.column}`;
  return `${place.label}${row}${column}`;
}

/** Shortens a cell text for a message so one odd cell cannot flood the error tooltip. */
function quote(text: string): string {
  const short = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `„${short}“`;
}

/** Texts for argument problems found before the engine runs. */
export const messages = {
  text: (place: Place, text: string): string =>
    `${at(place)}: ${quote(text)} ist Text, hier wird eine Zahl erwartet.`,
  numberAsText: (place: Place, text: string): string =>
    `${at(place)}: ${quote(text)} ist als Text gespeichert, nicht als Zahl. ` +
    "Bitte die Zelle als Zahl eingeben (ohne Anführungszeichen, ohne Tausenderpunkte).",
  booleanValue: (place: Place): string =>
    `${at(place)}: WAHR/FALSCH ist keine Zahl; hier wird eine Zahl erwartet.`,
  cellError: (place: Place, code: string): string =>
    `${at(place)}: Die Zelle enthält den Fehler ${code}; bitte zuerst diesen Fehler beheben.`,
  unsupportedValue: (place: Place): string =>
    `${at(place)}: Dieser Zellwert (z. B. ein Datentyp) ist keine Zahl.`,
  blankInside: (place: Place): string =>
    `${at(place)}: Die Zelle ist leer. Leere Zeilen sind nur am Ende des Bereichs erlaubt.`,
  missing: (place: Place): string => `${at(place)}: Dieses Argument fehlt.`,
  negative: (place: Place): string => `${at(place)}: Der Wert darf nicht negativ sein.`,
  notAShare: (place: Place): string =>
    `${at(place)}: Ein Anteil muss zwischen 0 und 1 liegen (z. B. 0,3 für 30 %).`,
  notInteger: (place: Place): string => `${at(place)}: Hier wird eine ganze Zahl erwartet.`,
  outOfRange: (place: Place, min: number, max?: number): string =>
    max === undefined
      ? `${at(place)}: Der Wert muss mindestens ${min} sein.`
      : `${at(place)}: Der Wert muss zwischen ${min} und ${max} liegen.`,
  notASingleValue: (place: Place): string =>
    `${at(place)}: Hier wird ein einzelner Wert erwartet, kein Bereich.`,
  notText: (place: Place, example: string): string =>
    `${at(place)}: Hier wird ein Text erwartet, z. B. „${example}“.`,
  notAColumn: (place: Place, columns: number): string =>
    `${at(place)}: Der Bereich muss genau eine Spalte haben, hat aber ${columns}.`,
  columnCount: (place: Place, expected: number, actual: number): string =>
    `${at(place)}: Der Bereich muss genau ${expected} Spalten haben, hat aber ${actual}.`,
  notAList: (place: Place): string =>
    `${at(place)}: Der Bereich muss eine einzelne Zeile oder eine einzelne Spalte sein.`,
  listLength: (place: Place, expected: number, actual: number): string =>
    `${at(place)}: Erwartet werden genau ${expected} Werte, der Bereich hat aber ${actual}.`,
  rowCountMismatch: (first: Place, firstRows: number, other: Place, otherRows: number): string =>
    `${at(other)} hat ${otherRows} Zeilen, ${at(first)} aber ${firstRows}. ` +
    "Die Bereiche müssen gleich viele Zeilen haben.",
  columnCountMismatch: (first: Place, firstColumns: number, other: Place, otherColumns: number) =>
    `${at(other)} hat ${otherColumns} Spalten, ${at(first)} aber ${firstColumns}. ` +
    "Die Bereiche müssen gleich viele Spalten haben.",
  noValues: (place: Place): string =>
    `${at(place)}: Der Bereich enthält keine Werte (nur leere Zellen oder Nullen).`,
  emptyRow: (labels: readonly string[], row: number): string =>
    `Zeile ${row} (${labels.join(", ")}) ist leer oder enthält nur Nullen und ist damit keine ` +
    "Zeile mit Daten. Leere Zeilen sind nur am Ende des Bereichs erlaubt " +
    "(Excel am Desktop übergibt leere Zellen als 0).",
  zeroCorridor: (label: string): string =>
    `${label}: Ein Korridor von 0 wird nicht verwendet, weil Excel am Desktop eine leere Zelle ` +
    "als 0 übergibt. Für den Standardkorridor 5 % das Argument weglassen, sonst einen Korridor " +
    "über 0 angeben.",
} as const;
