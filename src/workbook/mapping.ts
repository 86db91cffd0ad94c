/**
 * Where the inputs live (WORKBOOK.md default layout) and how that choice is saved in the workbook
 * as a versioned JSON setting shared by all co-authors.
 */
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import type { InputKey, InputLocation, InputMapping, ValidationIssue } from "./types";
import { INPUT_KEYS } from "./types";

/** The default layout: the sample workbook's, the CLI's when nothing is saved. */
export const DEFAULT_MAPPING: InputMapping = {
  municipalities: { table: "tblGemeinden", sheet: "Stammdaten" },
  indicators: { table: "tblIndikatoren", sheet: "Indikatoren" },
  weights: { table: "tblGewichte", sheet: "Indikatoren" },
  usage: { table: "tblVerwendung", sheet: "Verwendung" },
  boundShares: { table: "tblZuordnung", sheet: "Verwendung" },
  parameters: { table: "tblParameter", sheet: "Parameter" },
};

/** The key of the workbook setting (Office.context.document.settings) holding the mapping. */
export const MAPPING_SETTING_KEY = "sozialraumbudget.mapping";

/**
 * The prefix of the workbook settings holding the task pane's undo index (the fill's id follows).
 * Shared so the CLI can drop a stale index when it rewrites the output sheets.
 */
export const UNDO_SETTING_PREFIX = "sozialraumbudget.undo.";

/** The version written by serializeMapping; other versions are not understood. */
const MAPPING_VERSION = 1;

/** Returns the setting's JSON text: {"version":1,"inputs":{…}} with the keys in a fixed order. */
export function serializeMapping(mapping: InputMapping): string {
  const inputs: Record<string, InputLocation> = {};
  for (const key of INPUT_KEYS) {
    const { table, sheet, headerRow } = mapping[key];
    inputs[key] = headerRow === undefined ? { table, sheet } : { table, sheet, headerRow };
  }
  return JSON.stringify({ version: MAPPING_VERSION, inputs });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns a saved location when it is well-formed, else undefined. */
function toLocation(value: unknown): InputLocation | undefined {
  if (!isRecord(value)) return undefined;
  const { table, sheet, headerRow } = value;
  if (typeof table !== "string" || table.trim() === "") return undefined;
  if (typeof sheet !== "string" || sheet.trim() === "") return undefined;
  if (headerRow === undefined) return { table: table.trim(), sheet: sheet.trim() };
  if (typeof headerRow !== "number" || !Number.isInteger(headerRow) || headerRow < 1) {
    return undefined;
  }
  return { table: table.trim(), sheet: sheet.trim(), headerRow };
}

/** What parseMappingSetting makes of a saved setting. */
export interface ParsedMappingSetting {
  readonly mapping: InputMapping;
  readonly issues: ValidationIssue[];
  /** True when the setting as a whole was unreadable and `mapping` is the default for that. */
  readonly unreadable?: true;
}

function fallback(reason: string): ParsedMappingSetting {
  const issue = makeIssue(
    "INVALID_MAPPING",
    "warning",
    { sheet: "", cell: "" },
    MESSAGES.invalidMapping(reason)
  );
  return { mapping: DEFAULT_MAPPING, issues: [issue], unreadable: true };
}

/**
 * Reads the saved setting (its JSON text, or the parsed object). Nothing saved gives the default
 * without issues; unreadable JSON or an unknown version gives the default and a warning; a
 * malformed entry falls back to its default location with a warning naming it.
 */
export function parseMappingSetting(json: unknown): ParsedMappingSetting {
  if (json === null || json === undefined || json === "")
    return { mapping: DEFAULT_MAPPING, issues: [] };
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch {
      return fallback("kein gültiges JSON");
    }
  }
  if (!isRecord(value) || value.version !== MAPPING_VERSION) {
    const version = isRecord(value) ? JSON.stringify(value.version ?? null) : "fehlt";
    return fallback(`unbekannte Version ${version}`);
  }
  const inputs = isRecord(value.inputs) ? value.inputs : {};
  const mapping = {} as Record<InputKey, InputLocation>;
  const broken: InputKey[] = [];
  for (const key of INPUT_KEYS) {
    const location = toLocation(inputs[key]);
    if (location === undefined) broken.push(key);
    mapping[key] = location ?? DEFAULT_MAPPING[key];
  }
  if (broken.length === 0) return { mapping, issues: [] };
  const names = broken.map((key) => DEFAULT_MAPPING[key].table);
  const message = MESSAGES.invalidMappingEntries(names);
  const issue = makeIssue("INVALID_MAPPING", "warning", { sheet: "", cell: "" }, message);
  return { mapping, issues: [issue] };
}
