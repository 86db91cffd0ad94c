/**
 * The texts of the "Beraten" section (issue 5, "for the meeting"): comparing the financing
 * models, trying weights, the multi-year plan. Kept apart from i18n.ts so each table stays
 * readable; i18n.ts merges them into the one text table per language.
 */
import type { FinancingModel } from "../core/types";

/** "1 Gemeinde", "3 Gemeinden". */
function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const MODEL_HINTS_DE: Readonly<Record<FinancingModel, string>> = {
  EINWOHNER: "nach Bevölkerung",
  BELASTUNG: "nach Bevölkerung × Belastungsfaktor",
  SOCKEL: "Sockelbetrag je Gemeinde, Rest nach Quote",
  KORRIDOR: "nach Quote, Veränderung begrenzt",
};

const MODEL_HINTS_EN: Readonly<Record<FinancingModel, string>> = {
  EINWOHNER: "by population",
  BELASTUNG: "by population × load factor",
  SOCKEL: "base amount each, the rest by quota",
  KORRIDOR: "by quota, change limited",
};

/** German meeting texts; the English table below has the same keys and signatures. */
export const meetingDe = {
  tabMeeting: "Beraten",
  meetingSectionsLabel: "Werkzeuge für die Sitzung",
  tabCompare: "Modelle",
  tabWeights: "Gewichte",
  tabPlan: "Mehrjahresplan",
  needsValidInputs:
    "Dafür müssen die Eingaben gültig sein. Beheben Sie zuerst die Fehler unter »Prüfen«.",
  notCheckedMeeting: "Die Eingaben werden geprüft …",

  compareIntro:
    "Die vier Finanzierungsmodelle mit den aktuellen Eingaben. Nichts wird geschrieben, bis Sie ein Modell übernehmen.",
  modelHint: (model: FinancingModel) => MODEL_HINTS_DE[model],
  currentModel: "aktuell",
  modelsCaption: "Modelle im Überblick",
  modelColumn: "Modell",
  compensationSumColumn: "Ausgleich",
  adoptModel: "Übernehmen",
  adoptModelLabel: (model: string) => `Modell ${model} übernehmen`,
  modelAdopted: (model: string) =>
    `Modell ${model} in die Parameter übernommen; die Eingaben wurden neu geprüft.`,
  adoptFailedTitle: "Nicht übernommen",
  infeasible: "nicht möglich",
  chartTitle: "Veränderung gegenüber Vorjahr je Gemeinde und Modell",
  chartLegend: "Legende: Farbe je Modell",
  chartShowTable: "Als Tabelle anzeigen",
  chartHideTable: "Tabelle ausblenden",
  chartTableCaption: (title: string) => `${title} (Euro)`,
  chartBar: (municipality: string, model: string, change: string) =>
    `${municipality}, ${model}: ${change}`,
  detailModel: "Je Gemeinde für Modell",
  detailCaption: (model: string) => `Modell ${model} je Gemeinde (Euro)`,
  municipalityColumn: "Gemeinde",
  amountColumn: "Betrag",
  amountChangeColumn: "Betrag, Veränderung",
  compensationColumn: "Ausgleich",
  sumRow: "Summe",
  writeComparison: "In Arbeitsmappe schreiben",
  writeComparisonHint: "Schreibt das Blatt »Modellvergleich« mit Diagramm.",
  sheetWritten: (sheet: string) => `Blatt »${sheet}« geschrieben.`,
  /** Followed by the blocking issue's German message (Notice.reason). */
  sheetNotWritten: (sheet: string) => `Blatt »${sheet}« nicht geschrieben:`,

  weightsIntro:
    "Gewichte und Grenzen ausprobieren: Die Vorschau rechnet sofort. In die Arbeitsmappe wird erst mit »Übernehmen« geschrieben.",
  weightsGroup: "Gewichtung der Indikatoren",
  weightShare: (share: string) => `Anteil ${share}`,
  spinLabel: (label: string) => `${label}, genauer Wert`,
  spinUp: "Wert erhöhen",
  changedMarker: "geändert",
  spinDown: "Wert verringern",
  limitsGroup: "Grenzen des Belastungsfaktors",
  floorLabel: "Untergrenze",
  capLabel: "Obergrenze",
  limitOff: "keine",
  limitSwitch: (label: string) => `${label} verwenden`,
  previewCaption: "Vorschau je Gemeinde",
  factorColumn: "Faktor",
  quotaColumn: "Quote",
  changedAgainstWorkbook: (count: number) =>
    count === 0
      ? "Noch keine Änderung gegenüber der Arbeitsmappe."
      : `${counted(count, "Gemeinde", "Gemeinden")} anders als in der Arbeitsmappe (hervorgehoben).`,
  deltaAgainstWorkbook: (delta: string) => `${delta} ggü. Arbeitsmappe`,
  adoptTrial: "Übernehmen",
  resetTrial: "Zurücksetzen",
  trialAdopted:
    "Gewichte und Grenzen in die Arbeitsmappe übernommen; die Eingaben wurden neu geprüft.",
  trialInfeasibleTitle: "So nicht berechenbar",

  planIntro:
    "Ausgleich für die Gemeinden, die mit der neuen Quote verlieren, Jahr für Jahr bis zum Ende der Abschmelzung. Freiwerdende Beträge fließen je Region in das regionale Budget 1.",
  planNoCompensation: "Keine Gemeinde erhält einen Ausgleich (oder »Abschmelzjahre« ist 0).",
  planCaption: "Ausgleich je Gemeinde (Euro)",
  freedCaption: "Freigesetzt je Region (Euro)",
  withoutCompensation: (count: number) =>
    `Ohne Ausgleich: ${counted(count, "weitere Gemeinde", "weitere Gemeinden")}.`,
  compensationTotal: "Summe Ausgleich",
  freedTotal: "Summe freigesetzt",
  writePlan: "Mehrjahresplan in Arbeitsmappe schreiben",
  writePlanHint: "Schreibt das Blatt »Mehrjahresplan«.",

  protocolNoted: (sheet: string) => `Im Blatt »${sheet}« protokolliert.`,
  protocolNotedBy: (sheet: string, user: string) =>
    `Im Blatt »${sheet}« protokolliert, Benutzer ${user}.`,
};

/** The shape of the meeting texts. */
export type MeetingTexts = { readonly [K in keyof typeof meetingDe]: (typeof meetingDe)[K] };

/** English meeting texts, for Office in another display language. */
export const meetingEn: MeetingTexts = {
  tabMeeting: "Discuss",
  meetingSectionsLabel: "Tools for the meeting",
  tabCompare: "Models",
  tabWeights: "Weights",
  tabPlan: "Multi-year plan",
  needsValidInputs: "This needs valid inputs. Please correct the errors under “Check” first.",
  notCheckedMeeting: "Checking the inputs …",

  compareIntro:
    "The four financing models with the current inputs. Nothing is written until you adopt a model.",
  modelHint: (model) => MODEL_HINTS_EN[model],
  currentModel: "current",
  modelsCaption: "Models at a glance",
  modelColumn: "Model",
  compensationSumColumn: "Compensation",
  adoptModel: "Adopt",
  adoptModelLabel: (model) => `Adopt model ${model}`,
  modelAdopted: (model) =>
    `Model ${model} adopted into the parameters; the inputs were checked again.`,
  adoptFailedTitle: "Not adopted",
  infeasible: "not feasible",
  chartTitle: "Change against last year per municipality and model",
  chartLegend: "Legend: colour per model",
  chartShowTable: "Show as table",
  chartHideTable: "Hide table",
  chartTableCaption: (title) => `${title} (euros)`,
  chartBar: (municipality, model, change) => `${municipality}, ${model}: ${change}`,
  detailModel: "Per municipality for model",
  detailCaption: (model) => `Model ${model} per municipality (EUR)`,
  municipalityColumn: "Municipality",
  amountColumn: "Amount",
  amountChangeColumn: "Amount, change",
  compensationColumn: "Compensation",
  sumRow: "Total",
  writeComparison: "Write to workbook",
  writeComparisonHint: "Writes the sheet “Modellvergleich” with its chart.",
  sheetWritten: (sheet) => `Sheet “${sheet}” written.`,
  sheetNotWritten: (sheet) => `Sheet “${sheet}” not written:`,

  weightsIntro:
    "Try weights and limits: the preview updates at once. Nothing is written to the workbook until “Adopt”.",
  weightsGroup: "Indicator weights",
  weightShare: (share) => `Share ${share}`,
  spinLabel: (label) => `${label}, exact value`,
  spinUp: "Increase value",
  changedMarker: "changed",
  spinDown: "Decrease value",
  limitsGroup: "Load factor limits",
  floorLabel: "Floor",
  capLabel: "Cap",
  limitOff: "none",
  limitSwitch: (label) => `Use ${label.toLowerCase()}`,
  previewCaption: "Preview per municipality",
  factorColumn: "Factor",
  quotaColumn: "Quota",
  changedAgainstWorkbook: (count) =>
    count === 0
      ? "No change against the workbook yet."
      : `${counted(count, "municipality differs", "municipalities differ")} from the workbook (highlighted).`,
  deltaAgainstWorkbook: (delta) => `${delta} vs. workbook`,
  adoptTrial: "Adopt",
  resetTrial: "Reset",
  trialAdopted: "Weights and limits adopted into the workbook; the inputs were checked again.",
  trialInfeasibleTitle: "Cannot be computed like this",

  planIntro:
    "Compensation for the municipalities that lose under the new quota, year by year until the phase-out ends. Freed amounts go to each region's regional budget 1.",
  planNoCompensation: "No municipality receives compensation (or “Abschmelzjahre” is 0).",
  planCaption: "Compensation per municipality (EUR)",
  freedCaption: "Freed per region (EUR)",
  withoutCompensation: (count) =>
    `Without compensation: ${counted(count, "more municipality", "more municipalities")}.`,
  compensationTotal: "Total compensation",
  freedTotal: "Total freed",
  writePlan: "Write multi-year plan to workbook",
  writePlanHint: "Writes the sheet “Mehrjahresplan”.",

  protocolNoted: (sheet) => `Logged in the sheet “${sheet}”.`,
  protocolNotedBy: (sheet, user) => `Logged in the sheet “${sheet}”, user ${user}.`,
};
