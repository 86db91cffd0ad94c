/**
 * Every German text the Office.js adapter shows: what went wrong and what the user can do. One
 * table, so wording stays consistent and reviewable.
 */

/** The German user messages of HostError, by situation. */
export const HOST_MESSAGES = {
  sheetProtected: (sheet: string): string =>
    `Das Blatt »${sheet}« ist geschützt. Heben Sie den Blattschutz auf (Überprüfen → Blattschutz aufheben) und füllen Sie erneut.`,
  someSheetProtected: (): string =>
    "Ein Blatt, das das Add-in beschreiben muss, ist geschützt. Heben Sie den Blattschutz auf (Überprüfen → Blattschutz aufheben) und versuchen Sie es erneut.",
  mergedCells: (sheet: string, address: string): string =>
    `Auf dem Blatt »${sheet}« ragen verbundene Zellen (${address}) in den Bereich, den das Add-in schreibt. Heben Sie die Verbindung auf (Start → Verbinden und zentrieren) und füllen Sie erneut.`,
  someMergedCells: (): string =>
    "Verbundene Zellen ragen in den Bereich, den das Add-in schreibt. Heben Sie die Verbindung auf (Start → Verbinden und zentrieren) und versuchen Sie es erneut.",
  payloadTooLarge: (): string =>
    "Die Datenmenge ist für Excel im Web zu groß (mehr als 5 MB in einem Schritt). Entfernen Sie nicht benötigte Daten von den Eingabe- und Ausgabeblättern und versuchen Sie es erneut.",
  connectionLost: (): string =>
    "Die Verbindung zu Excel ist unterbrochen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut; die Arbeitsmappe wurde nicht verändert.",
  writeIncomplete: (): string =>
    "Die Ausgabe konnte nicht vollständig geschrieben und nicht automatisch zurückgesetzt werden. Stellen Sie den vorherigen Stand mit »Rückgängig« im Add-in wieder her und füllen Sie erneut.",
  cellEditMode: (): string =>
    "Excel ist im Bearbeitungsmodus. Schließen Sie die Eingabe in der Zelle ab (Eingabetaste) und versuchen Sie es erneut.",
  changedMeanwhile: (): string =>
    "Die Arbeitsmappe wurde gerade von jemand anderem geändert. Bitte versuchen Sie es erneut.",
  noRoomBelowTable: (table: string, address: string): string =>
    `Direkt unter der Tabelle »${table}« ist kein Platz für neue Zeilen: ${address} ist nicht leer. Verschieben Sie diese Einträge und übernehmen Sie erneut; es wurde nichts geändert.`,
  undoMismatch: (): string =>
    "Rückgängig ist gerade nicht möglich: Die gesicherte Kopie gehört nicht zur letzten Füllung – vermutlich hat jemand anderes inzwischen gefüllt, und dessen Änderungen sind noch nicht vollständig angekommen. Es wurde nichts geändert; bitte versuchen Sie es in einem Moment erneut.",
  invalidSheetName: (sheet: string): string =>
    `»${sheet}« ist kein gültiger Name für ein Tabellenblatt (höchstens 31 Zeichen, keine der Zeichen : \\ / ? * [ ]). Benennen Sie die Region in der Tabelle tblGemeinden um.`,
  excelRefused: (code: string): string =>
    `Excel hat den Vorgang abgelehnt (Fehlercode ${code}). Die Arbeitsmappe wurde nicht verändert; bitte versuchen Sie es erneut.`,
} as const;
