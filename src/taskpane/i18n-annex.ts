/**
 * The texts of "Anlage erstellen" (issue 13): the annex to the committee paper as a Word file.
 * Kept apart from i18n.ts like the meeting texts; i18n.ts merges them into one table per language.
 */

/** German texts of the annex section; the English table below has the same keys and signatures. */
export const annexDe = {
  annexHeading: "Anlage zur Vorlage",
  annexIntro:
    "Erstellt die Anlage für den Ausschuss als Word-Dokument: Berechnungsweg mit den Zahlen dieser Berechnung, Tabellen je Gemeinde und Region (Summen centgenau) und die Herkunft der Zahlen.",
  annexWithComparison: "mit Vergleich der Finanzierungsmodelle",
  annexWithPlan: "mit Plan der Abschmelzung",
  annexButton: "Anlage erstellen",
  annexRunning: "Anlage wird erstellt …",
  annexDone: (fileName: string) =>
    `Die Anlage »${fileName}« wurde erstellt und zum Speichern angeboten.`,
  annexNotMadeTitle: "Keine Anlage erstellt",
  annexNotMadeBody: (errors: number) =>
    `${errors === 1 ? "Ein Fehler" : `${errors} Fehler`} in den Eingaben. Bitte zuerst beheben; die Anlage enthält nur geprüfte Zahlen.`,
  annexUnsupportedTitle: "Speichern von Dateien hier nicht möglich",
  annexUnsupportedMac:
    "Excel für Mac lässt Add-ins keine Dateien speichern. Erstellen Sie die Anlage in Excel im Web oder unter Windows (gleiche Arbeitsmappe) oder mit dem Befehl »sr-budget annex«.",
  annexUnsupportedIpad:
    "Excel für iPad lässt Add-ins keine Dateien speichern. Erstellen Sie die Anlage in Excel im Web oder unter Windows (gleiche Arbeitsmappe) oder mit dem Befehl »sr-budget annex«.",
  annexUnsupportedOther:
    "Diese Excel-Version lässt Add-ins keine Dateien speichern. Erstellen Sie die Anlage in Excel im Web oder unter Windows oder mit dem Befehl »sr-budget annex«.",
};

/** The shape of the annex texts. */
export type AnnexTexts = { readonly [K in keyof typeof annexDe]: (typeof annexDe)[K] };

export const annexEn: AnnexTexts = {
  annexHeading: "Annex to the committee paper",
  annexIntro:
    "Creates the annex for the committee as a Word document: the method with this calculation's figures, tables per municipality and region (sums exact to the cent) and where the figures come from. The document itself is in German.",
  annexWithComparison: "with the comparison of the financing models",
  annexWithPlan: "with the phase-out plan",
  annexButton: "Create annex",
  annexRunning: "Creating the annex …",
  annexDone: (fileName) => `The annex "${fileName}" was created and offered for saving.`,
  annexNotMadeTitle: "No annex created",
  annexNotMadeBody: (errors) =>
    `${errors === 1 ? "One error" : `${errors} errors`} in the inputs. Please fix them first; the annex contains checked figures only.`,
  annexUnsupportedTitle: "Files cannot be saved here",
  annexUnsupportedMac:
    'Excel for Mac does not let add-ins save files. Create the annex in Excel on the web or on Windows (same workbook) or with the command "sr-budget annex".',
  annexUnsupportedIpad:
    'Excel for iPad does not let add-ins save files. Create the annex in Excel on the web or on Windows (same workbook) or with the command "sr-budget annex".',
  annexUnsupportedOther:
    'This version of Excel does not let add-ins save files. Create the annex in Excel on the web or on Windows or with the command "sr-budget annex".',
};
