import type ExcelJS from "exceljs";
import { NUMBER_FORMAT_CODES } from "../workbook";

/** The German explanation and display format of one row of tblParameter in the sample. */
export interface SampleParameterRow {
  readonly explanation: string | null;
  readonly format?: string;
}

const YEAR_FORMAT = "0";
const FACTOR_FORMAT = "0.00";

/** Explanations of the parameters of WORKBOOK.md, shown in the sample's column "Erläuterung". */
const PARAMETER_TEXTS: Readonly<Record<string, SampleParameterRow>> = {
  Haushaltsjahr: {
    explanation: "Das Jahr, für das das Budget geplant wird (Pflichtangabe).",
    format: YEAR_FORMAT,
  },
  Gesamtbudget: {
    explanation: "Gesamtbudget in Euro, das nach dem Finanzierungsmodell verteilt wird (Pflicht).",
    format: NUMBER_FORMAT_CODES.eur,
  },
  Finanzierungsmodell: {
    explanation: "EINWOHNER, BELASTUNG, SOCKEL oder KORRIDOR; ohne Angabe gilt BELASTUNG.",
  },
  Bevölkerungsbasis: {
    explanation:
      "Spalte aus tblGemeinden, die als Bevölkerung zählt: Einwohner oder Einwohner unter 21.",
  },
  Sockelbetrag: {
    explanation: "Betrag in Euro, den jede Gemeinde vorab erhält (nur Modell SOCKEL).",
    format: NUMBER_FORMAT_CODES.eur,
  },
  Korridor: {
    explanation: "Größte Änderung gegenüber dem Vorjahresbudget, 5 % = 0,05 (nur Modell KORRIDOR).",
    format: NUMBER_FORMAT_CODES.percent,
  },
  "Belastungsfaktor Untergrenze": {
    explanation: "Kleinster Belastungsfaktor, der angesetzt wird; leer = keine Untergrenze.",
    format: FACTOR_FORMAT,
  },
  "Belastungsfaktor Obergrenze": {
    explanation: "Größter Belastungsfaktor, der angesetzt wird; leer = keine Obergrenze.",
    format: FACTOR_FORMAT,
  },
  Aufteilungsbasis: {
    explanation:
      "GEMEINDE: gebundener Anteil je Gemeinde aus ihrer Verwendung; KREIS: ein Anteil für den Kreis.",
  },
  "Budget ambulante Hilfen": {
    explanation: "Budget der ambulanten Hilfen (§§ 30, 31 SGB VIII, flexible Hilfen) in Euro.",
    format: NUMBER_FORMAT_CODES.eur,
  },
  "Anteil Regionalbudget 2": {
    explanation:
      "Anteil des Budgets ambulante Hilfen, der als Regionalbudget 2 an die Regionen geht.",
    format: NUMBER_FORMAT_CODES.percent,
  },
  "Startjahr Quote": {
    explanation: "Erstes Jahr der neuen Quote (Jahr 0 der Abschmelzung); leer = Haushaltsjahr.",
    format: YEAR_FORMAT,
  },
  Abschmelzjahre: {
    explanation: "Jahre, über die der Defizitausgleich abgeschmolzen wird; 0 = kein Ausgleich.",
    format: YEAR_FORMAT,
  },
};

/** Returns the explanation and format for each parameter name, in the given order. */
export function sampleParameterRows(
  names: readonly (string | number | null)[]
): SampleParameterRow[] {
  return names.map((name) => PARAMETER_TEXTS[String(name)] ?? { explanation: null });
}

const HINT_LINES: readonly (readonly [text: string, style?: "heading" | "code"])[] = [
  ["Was diese Arbeitsmappe ist", "heading"],
  [
    "Die Eingaben für die Verteilung des Sozialraumbudgets eines Landkreises auf seine Gemeinden " +
      "und Regionen: Stammdaten der Gemeinden, Belastungsindikatoren mit ihrer Gewichtung, die " +
      "Verwendungsmatrix der Vorjahre, die Zuordnung der Kategorien zum gebundenen Budget und die " +
      "Parameter des Finanzierungsmodells.",
  ],
  ["Die Tabellen", "heading"],
  ["Stammdaten – tblGemeinden: Gemeinde, Region, Sozialraumträger, Einwohner, Vorjahresbudget."],
  ["Indikatoren – tblIndikatoren: ein Wert je Gemeinde und Indikator; tblGewichte: Gewichtung."],
  [
    "Verwendung – tblVerwendung: Ausgaben je Kategorie; tblZuordnung: Anteil gebunden je Kategorie.",
  ],
  ["Parameter – tblParameter: Haushaltsjahr, Gesamtbudget, Modell und weitere Einstellungen."],
  [
    "Zeilen dürfen ergänzt oder gelöscht werden; die Tabellennamen und Spaltenüberschriften " +
      "müssen bleiben. Anteile werden als Bruch eingetragen (30 % = 0,3).",
  ],
  ["Mit dem Excel-Add-in", "heading"],
  [
    "Im Aufgabenbereich »Sozialraumbudget« die Eingaben prüfen lassen: jeder Fehler wird mit Blatt, " +
      "Zelle und, wo möglich, einem Korrekturvorschlag gezeigt. Danach werden je Region ein Blatt " +
      "(»Region 1« …) und das Blatt »Übersicht« geschrieben.",
  ],
  [
    "Die Ergebnisblöcke werden bei jeder Berechnung neu geschrieben; was Sie neben oder unter " +
      "einem Block ergänzen, bleibt erhalten.",
  ],
  ["Ohne Excel: das Befehlszeilenprogramm sr-budget", "heading"],
  ["sr-budget validate Sozialraumbudget-Beispiel.xlsx", "code"],
  ["prüft die Eingaben und listet Fehler und Warnungen mit Zelle auf."],
  ["sr-budget fill Sozialraumbudget-Beispiel.xlsx -o Ergebnis.xlsx", "code"],
  [
    "schreibt die Regionsblätter und die Übersicht in eine neue Datei; mit --json als JSON-Bericht.",
  ],
];

/** Writes the German explanation sheet "Hinweise" of the sample. */
export function writeHints(worksheet: ExcelJS.Worksheet, sourceNote: string): void {
  worksheet.getColumn(1).width = 110;
  worksheet.getCell("A1").value = "Sozialraumbudget – Beispielarbeitsmappe";
  worksheet.getCell("A1").font = { name: "Calibri", size: 16, bold: true };
  const warning = { name: "Calibri", size: 11, bold: true, color: { argb: "FFC00000" } };
  worksheet.getCell("A2").value = sourceNote;
  worksheet.getCell("A3").value =
    "Alle Zahlen dieser Arbeitsmappe sind Beispielwerte zum Ausprobieren, keine Beschlusslage.";
  for (const address of ["A2", "A3"]) {
    worksheet.getCell(address).font = warning;
    worksheet.getCell(address).alignment = { wrapText: true };
  }
  HINT_LINES.forEach(([text, style], index) => {
    const cell = worksheet.getCell(index + 5, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (style === "heading") cell.font = { name: "Calibri", size: 12, bold: true };
    if (style === "code") cell.font = { name: "Consolas", size: 11 };
  });
}
