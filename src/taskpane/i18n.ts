/**
 * Every text the task pane shows, one table per language. German is the product's language;
 * English is offered when Office runs in another display language. Messages that come from the
 * workbook layer or from Excel (validation issues, host errors) stay German: they are written once
 * there, for the working group.
 */
import type { InputKey } from "../workbook/index";
import { annexDe, annexEn } from "./i18n-annex";
import { meetingDe, meetingEn } from "./i18n-meeting";

/** "1 Warnung", "2 Warnungen": a count with the singular or plural noun. */
function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 Fehler, 1 Warnung": the counts that are not zero, joined. */
function issueCounts(
  errors: number,
  warnings: number,
  nouns: { error: [string, string]; warning: [string, string] }
): string {
  return [
    errors > 0 ? counted(errors, ...nouns.error) : "",
    warnings > 0 ? counted(warnings, ...nouns.warning) : "",
  ]
    .filter((part) => part !== "")
    .join(", ");
}

const NOUNS_DE = {
  error: ["Fehler", "Fehler"] as [string, string],
  warning: ["Warnung", "Warnungen"] as [string, string],
};
const NOUNS_EN = {
  error: ["error", "errors"] as [string, string],
  warning: ["warning", "warnings"] as [string, string],
};

const INPUT_LABELS_DE: Readonly<Record<InputKey, string>> = {
  municipalities: "Gemeinden",
  indicators: "Indikatoren",
  weights: "Gewichte",
  usage: "Verwendung",
  boundShares: "Zuordnung",
  parameters: "Parameter",
};

const INPUT_LABELS_EN: Readonly<Record<InputKey, string>> = {
  municipalities: "Municipalities",
  indicators: "Indicators",
  weights: "Weights",
  usage: "Usage",
  boundShares: "Bound shares",
  parameters: "Parameters",
};

const de = {
  ...meetingDe,
  ...annexDe,
  appTitle: "Sozialraumbudget",
  tabsLabel: "Bereiche des Add-ins",
  tabCheck: "Prüfen",
  tabFill: "Füllen",
  tabSettings: "Einstellungen",
  about: (version: string, build?: string) =>
    `Über: Version ${version}${build ? `, Build ${build}` : ""}`,
  dismiss: "Meldung schließen",
  errorsInTab: (count: number) => counted(count, "Fehler", "Fehler"),

  liveConnecting: "Live wird verbunden …",
  liveOn: "Live",
  liveUnavailable: "Live nicht verfügbar",
  liveUnavailableHint: "Änderungen werden nicht automatisch geprüft. Bitte »Prüfen« verwenden.",
  lastChecked: (time: string) => `Zuletzt geprüft um ${time}`,
  notCheckedYet: "Noch nicht geprüft",
  checkingNow: "Prüft …",

  hostErrorTitle: "Excel hat den Vorgang nicht ausgeführt",
  unexpectedErrorTitle: "Unerwarteter Fehler im Add-in",
  unexpectedErrorBody: (detail: string) =>
    `${detail} Bitte schließen Sie den Aufgabenbereich und öffnen Sie ihn erneut. Bleibt der Fehler, melden Sie ihn bitte mit diesem Text.`,

  checkButton: "Prüfen",
  checkIntro: "Prüft alle Eingabetabellen. Fehler verhindern das Füllen, Warnungen nicht.",
  noIssuesTitle: "Keine Probleme gefunden",
  noIssuesBody: "Alle Eingaben sind vollständig und gültig.",
  issueSummary: (errors: number, warnings: number) => issueCounts(errors, warnings, NOUNS_DE),
  checkResultLabel: "Ergebnis der Prüfung",
  /** What a screen reader hears after a check. */
  checkAnnouncement: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? "Prüfung: keine Probleme gefunden"
      : `Prüfung: ${issueCounts(errors, warnings, NOUNS_DE)}`,
  errorsBlockFill: "Solange Fehler bestehen, werden die Regionsblätter nicht gefüllt.",
  warningsOnly: "Die Regionsblätter können gefüllt werden.",
  errorsHeading: (count: number) => `Fehler (${count})`,
  warningsHeading: (count: number) => `Warnungen (${count})`,
  generalGroup: "Allgemein",
  wholeTable: "ganze Tabelle",
  selectCell: (sheet: string, cell: string) => `Zelle ${cell} auf Blatt ${sheet} auswählen`,
  fixApplied: (sheet: string, cell: string) => `Korrektur in ${sheet}!${cell} übernommen.`,
  noInputsHint:
    "Diese Arbeitsmappe enthält noch keine Eingabetabellen. Unter »Einstellungen« können Sie sie anlegen oder vorhandene Tabellen zuordnen.",

  fillButton: "Regionsblätter füllen",
  fillIntro:
    "Prüft die Eingaben und schreibt je Region ein Blatt und die Übersicht. Bei einem Fehler wird nichts geschrieben.",
  stepRead: "Lesen",
  stepCheck: "Prüfen",
  stepWrite: "Schreiben",
  stepProgress: (index: number, total: number, step: string) =>
    `Schritt ${index} von ${total}: ${step} …`,
  filledTitle: (time: string) => `Regionsblätter gefüllt um ${time}`,
  fillStarted: "Regionsblätter werden gefüllt …",
  filledAnnouncement: (warnings: number) =>
    warnings === 0
      ? "Regionsblätter gefüllt"
      : `Regionsblätter gefüllt, ${counted(warnings, "Warnung", "Warnungen")}`,
  notWrittenAnnouncement: (errors: number) =>
    `Nichts geschrieben: ${counted(errors, "Fehler", "Fehler")}`,
  fillContext: (year: number, model: string) => `Haushaltsjahr ${year} · Modell ${model}`,
  filledWithWarnings: (count: number) =>
    `${counted(count, "Warnung", "Warnungen")} – Details unter »Prüfen«.`,
  notWrittenTitle: "Nichts geschrieben",
  notWrittenBody: (errors: number) =>
    `Die Prüfung hat ${counted(errors, "Fehler", "Fehler")} gefunden. Beheben Sie ${errors === 1 ? "ihn" : "sie"} und füllen Sie erneut.`,
  totalsCaption: "Budget je Region",
  regionColumn: "Region",
  totalColumn: "Gesamt",
  districtTotal: "Kreis gesamt",
  undoButton: "Rückgängig",
  undoHint: "Stellt die Blätter des Add-ins wie vor der letzten Füllung wieder her.",
  undone: (sheets: string) =>
    sheets === ""
      ? "Die letzte Füllung ist rückgängig gemacht; die dabei angelegten Blätter sind entfernt."
      : `Die letzte Füllung ist rückgängig gemacht. Wiederhergestellt: ${sheets}.`,
  nothingToUndo: "Es gibt keine Füllung, die rückgängig gemacht werden kann.",
  autoRefillLabel: "Automatisch aktualisieren",
  autoRefillHint:
    "Füllt die Regionsblätter nach jeder Änderung der Eingaben neu, auch nach Änderungen von Mitautoren, sofern die Prüfung keinen Fehler findet.",

  mappingHeading: "Eingabetabellen",
  mappingIntro:
    "Wo das Add-in die Eingaben findet. Die Zuordnung wird in der Arbeitsmappe gespeichert und gilt für alle Mitautoren.",
  inputLabel: (key: InputKey) => INPUT_LABELS_DE[key],
  tablesGroup: "Tabellen",
  sheetsGroup: "Blätter ohne Tabelle",
  tableOption: (table: string, sheet: string) => `${table} (Blatt ${sheet})`,
  sheetOption: (sheet: string) => `Blatt »${sheet}«, ohne Tabelle`,
  missingOption: (table: string, sheet: string) => `${table} / Blatt »${sheet}« (nicht vorhanden)`,
  columnsHint: (headers: string) => `Spalten: ${headers}`,
  sheetHint: "Die erste Zeile des Blatts enthält die Überschriften.",
  missingHint: "Weder die Tabelle noch das Blatt gibt es in dieser Arbeitsmappe.",
  saveMapping: "Zuordnung speichern",
  clearSelection: "Auswahl löschen",
  resetMapping: "Standard",
  mappingSaved: "Zuordnung gespeichert. Sie gilt für alle, die diese Arbeitsmappe bearbeiten.",
  loadingTables: "Tabellen werden geladen …",
  createHeading: "Eingabeblätter",
  createIntro:
    "Legt die Blätter und Tabellen des Standardaufbaus an. Vorhandene Blätter bleiben unverändert.",
  createButton: "Eingabeblätter anlegen",
  creatingSheets: "Wird angelegt …",
  createdSheets: (sheets: string) => `Angelegt: ${sheets}.`,
  skippedSheets: (sheets: string) => `Schon vorhanden und unverändert: ${sheets}.`,
  nothingCreated: "Alle Eingabeblätter sind schon vorhanden; nichts wurde verändert.",
};

/** The shape of a language table: every key of the German table, with the same signature. */
export type Texts = { readonly [K in keyof typeof de]: (typeof de)[K] };

const en: Texts = {
  ...meetingEn,
  ...annexEn,
  appTitle: "Sozialraumbudget",
  tabsLabel: "Add-in sections",
  tabCheck: "Check",
  tabFill: "Fill",
  tabSettings: "Settings",
  about: (version, build) => `About: version ${version}${build ? `, build ${build}` : ""}`,
  dismiss: "Dismiss message",
  errorsInTab: (count) => counted(count, "error", "errors"),

  liveConnecting: "Connecting live updates …",
  liveOn: "Live",
  liveUnavailable: "Live unavailable",
  liveUnavailableHint: "Changes are not checked automatically. Please use “Check”.",
  lastChecked: (time) => `Last checked at ${time}`,
  notCheckedYet: "Not checked yet",
  checkingNow: "Checking …",

  hostErrorTitle: "Excel did not carry out the operation",
  unexpectedErrorTitle: "Unexpected error in the add-in",
  unexpectedErrorBody: (detail) =>
    `${detail} Please close the task pane and open it again. If the error persists, please report it with this text.`,

  checkButton: "Check",
  checkIntro: "Checks every input table. Errors prevent filling, warnings do not.",
  noIssuesTitle: "No problems found",
  noIssuesBody: "All inputs are complete and valid.",
  issueSummary: (errors, warnings) => issueCounts(errors, warnings, NOUNS_EN),
  checkResultLabel: "Check result",
  checkAnnouncement: (errors, warnings) =>
    errors === 0 && warnings === 0
      ? "Check: no problems found"
      : `Check: ${issueCounts(errors, warnings, NOUNS_EN)}`,
  errorsBlockFill: "As long as there are errors, the region sheets are not filled.",
  warningsOnly: "The region sheets can be filled.",
  errorsHeading: (count) => `Errors (${count})`,
  warningsHeading: (count) => `Warnings (${count})`,
  generalGroup: "General",
  wholeTable: "whole table",
  selectCell: (sheet, cell) => `Select cell ${cell} on sheet ${sheet}`,
  fixApplied: (sheet, cell) => `Correction applied in ${sheet}!${cell}.`,
  noInputsHint:
    "This workbook has no input tables yet. Under “Settings” you can create them or map existing tables.",

  fillButton: "Fill region sheets",
  fillIntro:
    "Checks the inputs and writes one sheet per region plus the overview. Nothing is written when there is an error.",
  stepRead: "Reading",
  stepCheck: "Checking",
  stepWrite: "Writing",
  stepProgress: (index, total, step) => `Step ${index} of ${total}: ${step} …`,
  filledTitle: (time) => `Region sheets filled at ${time}`,
  fillStarted: "Filling the region sheets …",
  filledAnnouncement: (warnings) =>
    warnings === 0
      ? "Region sheets filled"
      : `Region sheets filled, ${counted(warnings, "warning", "warnings")}`,
  notWrittenAnnouncement: (errors) => `Nothing written: ${counted(errors, "error", "errors")}`,
  fillContext: (year, model) => `Budget year ${year} · model ${model}`,
  filledWithWarnings: (count) => `${counted(count, "warning", "warnings")} – see “Check”.`,
  notWrittenTitle: "Nothing written",
  notWrittenBody: (errors) =>
    `The check found ${counted(errors, "error", "errors")}. Correct ${errors === 1 ? "it" : "them"} and fill again.`,
  totalsCaption: "Budget per region",
  regionColumn: "Region",
  totalColumn: "Total",
  districtTotal: "District total",
  undoButton: "Undo",
  undoHint: "Restores the add-in's sheets as they were before the last fill.",
  undone: (sheets) =>
    sheets === ""
      ? "The last fill is undone; the sheets it created are removed."
      : `The last fill is undone. Restored: ${sheets}.`,
  nothingToUndo: "There is no fill that can be undone.",
  autoRefillLabel: "Update automatically",
  autoRefillHint:
    "Refills the region sheets after every change of the inputs, co-authors' changes too, when the check finds no error.",

  mappingHeading: "Input tables",
  mappingIntro:
    "Where the add-in finds its inputs. The mapping is saved in the workbook and applies to all co-authors.",
  inputLabel: (key) => INPUT_LABELS_EN[key],
  tablesGroup: "Tables",
  sheetsGroup: "Sheets without a table",
  tableOption: (table, sheet) => `${table} (sheet ${sheet})`,
  sheetOption: (sheet) => `Sheet “${sheet}”, without a table`,
  missingOption: (table, sheet) => `${table} / sheet “${sheet}” (missing)`,
  columnsHint: (headers) => `Columns: ${headers}`,
  sheetHint: "The sheet's first row holds the headers.",
  missingHint: "Neither the table nor the sheet exists in this workbook.",
  saveMapping: "Save mapping",
  clearSelection: "Clear selection",
  resetMapping: "Default",
  mappingSaved: "Mapping saved. It applies to everyone who edits this workbook.",
  loadingTables: "Loading tables …",
  createHeading: "Input sheets",
  createIntro:
    "Creates the sheets and tables of the default layout. Existing sheets stay untouched.",
  createButton: "Create input sheets",
  creatingSheets: "Creating …",
  createdSheets: (sheets) => `Created: ${sheets}.`,
  skippedSheets: (sheets) => `Already present and left untouched: ${sheets}.`,
  nothingCreated: "All input sheets exist already; nothing was changed.",
};

/** True when Office's display language (e.g. "de-DE", "de-AT") is German. */
export function isGerman(language: string): boolean {
  return language.trim().toLowerCase().startsWith("de");
}

/** Returns the texts for Office's display language: German for "de…", English otherwise. */
export function textsFor(language: string): Texts {
  return isGerman(language) ? de : en;
}

/**
 * Returns the locale for numbers and times: "de-DE" for German (the district's format), else the
 * display language itself when Intl knows it, else "en-GB".
 */
export function localeFor(language: string): string {
  if (isGerman(language)) return "de-DE";
  // An empty or malformed tag makes Intl throw; Office's value is not ours to trust.
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language.trim())) return "en-GB";
  return Intl.NumberFormat.supportedLocalesOf([language.trim()])[0] ?? "en-GB";
}
