/**
 * What the CLI says when the file it is about to write lacks parts of the input (charts on the
 * add-in's output sheets, pivot tables, VBA, …): an error that stops `fill --in-place` before the
 * input is touched, or a warning that a copy written with -o is not complete.
 */
import type { LostParts, PartCategory } from "../adapters/xlsx";
import type { BudgetReport, ReportIssue } from "../workbook";

/** The report code of both the refusal and the warning. */
export const PARTS_NOT_KEPT = "PARTS_NOT_KEPT";

/** Singular, plural and an optional note in brackets, as in "1 VBA-Projekt (Makros)". */
type Label = readonly [string, string, string?];

const LABELS: Readonly<Record<PartCategory, Label>> = {
  chartsheet: ["Diagrammblatt", "Diagrammblätter"],
  dialogsheet: ["Dialogblatt", "Dialogblätter"],
  macrosheet: ["Makroblatt", "Makroblätter"],
  chart: ["Diagramm", "Diagramme"],
  picture: ["Bild", "Bilder"],
  shape: ["Form", "Formen"],
  smartArt: ["SmartArt-Grafik", "SmartArt-Grafiken"],
  pivotTable: ["PivotTable", "PivotTables"],
  pivotCache: ["Pivot-Datencache", "Pivot-Datencaches"],
  slicer: ["Datenschnitt", "Datenschnitte"],
  timeline: ["Zeitachse", "Zeitachsen"],
  table: ["Tabelle", "Tabellen"],
  queryTable: ["Abfragetabelle", "Abfragetabellen"],
  connection: ["Datenverbindung", "Datenverbindungen"],
  externalLink: [
    "Verknüpfung mit einer anderen Arbeitsmappe",
    "Verknüpfungen mit anderen Arbeitsmappen",
  ],
  dataModel: ["Datenmodell", "Datenmodelle", "Power Pivot"],
  note: ["Notiz", "Notizen"],
  threadedComment: ["Kommentar", "Kommentare"],
  sparkline: ["Sparkline", "Sparklines"],
  formControl: ["Formularsteuerelement", "Formularsteuerelemente"],
  activeX: ["ActiveX-Steuerelement", "ActiveX-Steuerelemente"],
  embedding: ["eingebettetes Objekt", "eingebettete Objekte"],
  vbaProject: ["VBA-Projekt", "VBA-Projekte", "Makros"],
  customUi: ["angepasstes Menüband", "angepasste Menübänder"],
  webextension: ["Erweiterung", "Erweiterungen", "Add-in-Einstellungen"],
  customProperty: [
    "benutzerdefinierte Dokumenteigenschaft",
    "benutzerdefinierte Dokumenteigenschaften",
  ],
  customXml: ["benutzerdefinierter XML-Datenteil", "benutzerdefinierte XML-Datenteile"],
  xmlMap: ["XML-Zuordnung", "XML-Zuordnungen"],
  namedSheetView: ["Blattansicht", "Blattansichten"],
  revisions: ["Änderungsverlauf", "Änderungsverläufe", "freigegebene Arbeitsmappe"],
  sheetMetadata: ["Teil mit Formel-Metadaten", "Teile mit Formel-Metadaten", "dynamische Arrays"],
  richData: ["Teil mit Zellbildern oder Datentypen", "Teile mit Zellbildern oder Datentypen"],
  printerSettings: ["Druckereinstellung", "Druckereinstellungen"],
  headerFooterImage: ["Grafik in Kopf- oder Fußzeile", "Grafiken in Kopf- oder Fußzeilen"],
  backgroundImage: ["Hintergrundbild", "Hintergrundbilder"],
  signature: ["digitale Signatur", "digitale Signaturen"],
  other: ["weiterer Teil", "weitere Teile"],
};

/** Categories that are sheets themselves: named as »Name«, not as Blatt »Name«. */
const SHEET_CATEGORIES: ReadonlySet<PartCategory> = new Set([
  "chartsheet",
  "dialogsheet",
  "macrosheet",
]);

/** Returns one entry as "1 PivotTable (Blatt »Auswertung«)" or "2 weitere Teile (image/x-emf)" */
function describeEntry(entry: LostParts): string {
  const [singular, plural, note] = LABELS[entry.category];
  const sheet =
    entry.sheet === undefined
      ? undefined
      : SHEET_CATEGORIES.has(entry.category)
        ? `»${entry.sheet}«`
        : `Blatt »${entry.sheet}«`;
  const notes = [note, entry.detail, sheet].filter((text) => text !== undefined);
  const bracket = notes.length === 0 ? "" : ` (${notes.join(", ")})`;
  return `${entry.count} ${entry.count === 1 ? singular : plural}${bracket}`;
}

/** Returns the lost parts as one German list: "1 PivotTable (Blatt »A«), 1 Pivot-Datencache". */
export function describeLostParts(lost: readonly LostParts[]): string {
  return lost.map(describeEntry).join(", ");
}

function issue(severity: ReportIssue["severity"], message: string): ReportIssue {
  return { code: PARTS_NOT_KEPT, severity, sheet: "", cell: "", message };
}

/** The error that stops `fill --in-place`: it names what would be lost and what to do instead. */
export function inPlaceLossError(lost: readonly LostParts[]): ReportIssue {
  return issue(
    "error",
    "Die Arbeitsmappe enthält Teile, die sr-budget beim Speichern nicht erhalten kann: " +
      `${describeLostParts(lost)}. Mit --in-place gingen sie verloren; nichts wurde geschrieben. ` +
      "Mit -o in eine neue Datei schreiben oder im Add-in in Excel füllen."
  );
}

/** The warning after writing a copy that lacks parts of the input; undefined when none. */
export function copyLossWarning(
  lost: readonly LostParts[],
  target: string
): ReportIssue | undefined {
  if (lost.length === 0) return undefined;
  return issue(
    "warning",
    `Die Kopie »${target}« ist nicht vollständig: Diese Teile der Arbeitsmappe kann sr-budget ` +
      `beim Speichern nicht erhalten: ${describeLostParts(lost)}. Die Eingabedatei enthält sie ` +
      "weiterhin und bleibt unverändert."
  );
}

/**
 * Returns the report of a fill whose result was not written because of `error`: like every
 * report with an error, `ok` false and no figures (WORKBOOK.md: nothing was written).
 */
export function refusedReport(report: BudgetReport, error: ReportIssue): BudgetReport {
  return {
    ...report,
    ok: false,
    issues: [...report.issues, error],
    municipalities: [],
    regions: [],
    totals: null,
  };
}
