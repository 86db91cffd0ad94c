import { resolve } from "node:path";
import { FINANCING_MODELS, type FinancingModel } from "../core/types";

/** The commands of `sr-budget`. */
export type CliCommand = "validate" | "fill" | "compare" | "plan" | "annex";
const COMMANDS: readonly CliCommand[] = ["validate", "fill", "compare", "plan", "annex"];

/** A fully checked command line for one run. */
export interface CliOptions {
  readonly command: CliCommand;
  readonly input: string;
  /**
   * Target file of `fill` (for `--in-place` the input itself), or of `compare`/`plan` when they
   * also write their sheet into a copy. Absent for `validate`.
   */
  readonly output?: string;
  readonly inPlace: boolean;
  readonly json: boolean;
  readonly model?: FinancingModel;
  readonly year?: number;
  /** `--user NAME` of fill: the name in the Protokoll instead of the OS user name. */
  readonly user?: string;
  /** `--standard-layout`: read the inputs from the default layout, not the add-in's saved one. */
  readonly standardLayout?: true;
  /** `annex`: which optional parts the annex has, and whether a PDF is made as well. */
  readonly annex?: {
    readonly withComparison: boolean;
    readonly withPlan: boolean;
    readonly pdf: boolean;
  };
}

/** What the command line asks for; `usage` carries a one-line German message. */
export type ParsedArgs =
  | { readonly kind: "help" }
  | { readonly kind: "version" }
  | { readonly kind: "run"; readonly options: CliOptions }
  | { readonly kind: "usage"; readonly message: string };

/** The help text (German), printed by `--help`. */
export const HELP_TEXT = `sr-budget – Sozialraumbudget ohne Excel prüfen und berechnen

Aufruf:
  sr-budget validate <eingabe.xlsx> [--json] [--model M] [--year J]
  sr-budget fill <eingabe.xlsx> -o <ausgabe.xlsx> [--json] [--model M] [--year J]
  sr-budget fill <eingabe.xlsx> --in-place [--json] [--model M] [--year J]
  sr-budget compare <eingabe.xlsx> [--json] [--year J] [-o <ausgabe.xlsx>]
  sr-budget plan <eingabe.xlsx> [--json] [--model M] [-o <ausgabe.xlsx>]
  sr-budget annex <eingabe.xlsx> -o <anlage.docx> [--with-comparison] [--with-plan]
                  [--pdf] [--json] [--model M] [--year J]

Befehle:
  validate             prüft die Eingaben der Arbeitsmappe und schreibt nichts
  fill                 prüft und schreibt die Regionsblätter, die Übersicht und
                       eine Zeile im Blatt »Protokoll«
  compare              vergleicht die vier Finanzierungsmodelle; mit -o zusätzlich
                       das Blatt »Modellvergleich« mit Diagramm in eine Kopie
  plan                 zeigt Ausgleich und freigewordene Mittel je Jahr der
                       Abschmelzung; mit -o zusätzlich das Blatt »Mehrjahresplan«
  annex                schreibt die Anlage zur Vorlage für den Ausschuss als Word-
                       Dokument (.docx): Berechnungsweg, Tabellen je Gemeinde und
                       Region, Herkunft der Zahlen

Optionen:
  -o, --output DATEI   Ausgabedatei (nie die Eingabedatei)
  --in-place           die Eingabedatei überschreiben, erst nach erfolgreicher Prüfung
                       und nur, wenn dabei kein Teil der Mappe verloren geht
  --json               nur den Bericht als ein JSON-Objekt auf stdout ausgeben
  --model M            Finanzierungsmodell statt tblParameter: ${FINANCING_MODELS.join(", ")}
  --year J             Haushaltsjahr statt tblParameter
  --user NAME          Name im Protokoll (fill); sonst der Benutzername des Systems
  --standard-layout    die im Add-in gespeicherte Zuordnung der Eingabetabellen
                       nicht beachten und das Standardlayout verwenden
  --with-comparison    annex: mit dem Vergleich der vier Finanzierungsmodelle
  --with-plan          annex: mit dem Plan der Abschmelzung nach Jahren
  --pdf                annex: zusätzlich ein PDF neben der .docx (mit LibreOffice,
                       Programm »soffice«)
  -h, --help           diese Hilfe
  -V, --version        Versionsnummer

Exit-Codes: 0 in Ordnung, 1 Eingabefehler gefunden oder --in-place verlöre Teile
der Mappe (nichts geschrieben), 2 falscher Aufruf, Datei nicht lesbar, Ausgabe
nicht schreibbar oder PDF ohne LibreOffice nicht möglich.
`;

const HELP_HINT = "(Hilfe: sr-budget --help)";
type ValueOption = "output" | "model" | "year" | "user";
const VALUE_OPTIONS: ReadonlyMap<string, ValueOption> = new Map([
  ["-o", "output"],
  ["--output", "output"],
  ["--model", "model"],
  ["--year", "year"],
  ["--user", "user"],
]);

type SwitchOption = "json" | "inPlace" | "standardLayout" | "withComparison" | "withPlan" | "pdf";
const SWITCHES: ReadonlyMap<string, SwitchOption> = new Map([
  ["--json", "json"],
  ["--in-place", "inPlace"],
  ["--standard-layout", "standardLayout"],
  ["--with-comparison", "withComparison"],
  ["--with-plan", "withPlan"],
  ["--pdf", "pdf"],
]);

/** The switches only `annex` knows. */
const ANNEX_SWITCHES: readonly [SwitchOption, string][] = [
  ["withComparison", "--with-comparison"],
  ["withPlan", "--with-plan"],
  ["pdf", "--pdf"],
];

/** The raw collection of one pass over argv, before the combination checks. */
interface Collected {
  positionals: string[];
  values: Partial<Record<ValueOption, string>>;
  json: boolean;
  inPlace: boolean;
  standardLayout: boolean;
  withComparison: boolean;
  withPlan: boolean;
  pdf: boolean;
}

class UsageError extends Error {}

function takeOption(argv: readonly string[], index: number, collected: Collected): number {
  const arg = argv[index] ?? "";
  const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
  const flag = eq > 0 ? arg.slice(0, eq) : arg;
  const switchKey = SWITCHES.get(flag);
  if (switchKey !== undefined) {
    if (eq > 0) throw new UsageError(`Die Option »${flag}« erwartet keinen Wert.`);
    collected[switchKey] = true;
    return index + 1;
  }
  const key = VALUE_OPTIONS.get(flag);
  if (key === undefined) throw new UsageError(`Unbekannte Option »${flag}« ${HELP_HINT}.`);
  const value = eq > 0 ? arg.slice(eq + 1) : argv[index + 1];
  if (value === undefined || value === "" || (eq < 0 && value.startsWith("-") && value !== "-")) {
    throw new UsageError(`Die Option »${flag}« braucht einen Wert.`);
  }
  if (collected.values[key] !== undefined) {
    throw new UsageError(`Die Option »${flag}« ist mehrfach angegeben.`);
  }
  collected.values[key] = value;
  return eq > 0 ? index + 1 : index + 2;
}

function collect(argv: readonly string[]): Collected {
  const collected: Collected = {
    positionals: [],
    values: {},
    json: false,
    inPlace: false,
    standardLayout: false,
    withComparison: false,
    withPlan: false,
    pdf: false,
  };
  let index = 0;
  let optionsEnded = false;
  while (index < argv.length) {
    const arg = argv[index] ?? "";
    if (!optionsEnded && arg === "--") {
      optionsEnded = true;
      index++;
    } else if (!optionsEnded && arg.startsWith("-") && arg !== "-") {
      index = takeOption(argv, index, collected);
    } else {
      collected.positionals.push(arg);
      index++;
    }
  }
  return collected;
}

function toModel(text: string | undefined): FinancingModel | undefined {
  if (text === undefined) return undefined;
  const model = FINANCING_MODELS.find((name) => name === text.trim().toUpperCase());
  if (!model) {
    throw new UsageError(
      `Unbekanntes Finanzierungsmodell »${text}« (erlaubt: ${FINANCING_MODELS.join(", ")}).`
    );
  }
  return model;
}

function toYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) {
    throw new UsageError(`»${text}« ist kein Haushaltsjahr; --year erwartet z. B. 2027.`);
  }
  return Number(text.trim());
}

function toCommand(word: string | undefined): CliCommand {
  if (word === undefined) {
    throw new UsageError(`Befehl fehlt: validate, fill, compare, plan oder annex ${HELP_HINT}.`);
  }
  const command = COMMANDS.find((candidate) => candidate === word);
  if (command === undefined) {
    throw new UsageError(`Unbekannter Befehl »${word}« (erlaubt: ${COMMANDS.join(", ")}).`);
  }
  return command;
}

/** The message for an output that is the input: only fill may overwrite it (--in-place). */
export function sameFileMessage(command: CliCommand): string {
  return command === "fill"
    ? "Die Ausgabedatei ist die Eingabedatei; zum Überschreiben --in-place angeben."
    : `Die Ausgabedatei ist die Eingabedatei; ${command} schreibt nur in eine Kopie.`;
}

/** Returns where `fill` writes, after the checks that keep the input safe. */
function toOutput(command: CliCommand, input: string, collected: Collected): string | undefined {
  const output = collected.values.output;
  if (command === "validate") {
    if (output !== undefined) {
      throw new UsageError("Die Option »-o« gibt es nur bei fill, compare, plan und annex.");
    }
    if (collected.inPlace) throw new UsageError("Die Option »--in-place« gibt es nur bei fill.");
    return undefined;
  }
  if (command !== "fill" && collected.inPlace) {
    throw new UsageError("Die Option »--in-place« gibt es nur bei fill.");
  }
  if (command === "annex") return toAnnexOutput(input, output);
  if (command !== "fill" && output === undefined) return undefined;
  if (collected.inPlace) {
    if (output !== undefined) throw new UsageError("»-o« und »--in-place« schließen sich aus.");
    return input;
  }
  if (output === undefined) {
    throw new UsageError("Ausgabedatei fehlt: -o <ausgabe.xlsx> oder --in-place angeben.");
  }
  if (resolve(output) === resolve(input)) throw new UsageError(sameFileMessage(command));
  if (!output.toLowerCase().endsWith(".xlsx")) {
    throw new UsageError(`Die Ausgabedatei »${output}« muss auf .xlsx enden.`);
  }
  return output;
}

/** Returns where `annex` writes: a .docx other than the input. */
function toAnnexOutput(input: string, output: string | undefined): string {
  if (output === undefined) throw new UsageError("Ausgabedatei fehlt: -o <anlage.docx> angeben.");
  if (resolve(output) === resolve(input)) throw new UsageError(sameFileMessage("annex"));
  if (!output.toLowerCase().endsWith(".docx")) {
    throw new UsageError(`Die Ausgabedatei »${output}« muss auf .docx enden.`);
  }
  return output;
}

/** Rejects the options a command has no use for. */
function checkApplicable(command: CliCommand, collected: Collected): void {
  for (const [key, flag] of ANNEX_SWITCHES) {
    if (collected[key] && command !== "annex") {
      throw new UsageError(`Die Option »${flag}« gibt es nur bei annex.`);
    }
  }
  if (collected.values.user !== undefined && command !== "fill") {
    throw new UsageError("Die Option »--user« gibt es nur bei fill.");
  }
  if (collected.values.model !== undefined && command === "compare") {
    throw new UsageError("compare vergleicht alle vier Modelle; die Option »--model« passt nicht.");
  }
}

function toOptions(collected: Collected): CliOptions {
  const [word, input, ...extra] = collected.positionals;
  const command = toCommand(word);
  if (input === undefined) throw new UsageError(`Eingabedatei fehlt ${HELP_HINT}.`);
  if (extra.length > 0) throw new UsageError(`Zu viele Argumente: »${extra.join(" ")}«.`);
  checkApplicable(command, collected);
  const output = toOutput(command, input, collected);
  const model = toModel(collected.values.model);
  const year = toYear(collected.values.year);
  return {
    command,
    input,
    inPlace: collected.inPlace,
    json: collected.json,
    ...(output !== undefined ? { output } : {}),
    ...(model !== undefined ? { model } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(collected.values.user !== undefined ? { user: collected.values.user } : {}),
    ...(collected.standardLayout ? { standardLayout: true as const } : {}),
    ...(command === "annex"
      ? {
          annex: {
            withComparison: collected.withComparison,
            withPlan: collected.withPlan,
            pdf: collected.pdf,
          },
        }
      : {}),
  };
}

/**
 * Parses the arguments after the program name. `--help` and `--version` win wherever they stand;
 * anything else that is not a valid command line gives `usage` with a one-line German message.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const beforeEnd = argv.indexOf("--") < 0 ? argv : argv.slice(0, argv.indexOf("--"));
  if (beforeEnd.some((arg) => arg === "-h" || arg === "--help")) return { kind: "help" };
  if (beforeEnd.some((arg) => arg === "-V" || arg === "--version")) return { kind: "version" };
  try {
    return { kind: "run", options: toOptions(collect(argv)) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: "usage", message: error.message };
    throw error;
  }
}
