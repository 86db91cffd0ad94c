/**
 * Raw tables → validated BudgetInputs. Every input is checked before anything is computed or
 * written, and every problem is reported (DOMAIN.md "What validates the usage matrix means"):
 * the result carries inputs only when not a single error was found.
 */
import type { Dec } from "../core/decimal";
import type {
  BudgetInputs,
  BudgetParameters,
  FinancingModel,
  MunicipalityInput,
} from "../core/types";
import { normalizeHeader } from "./cells";
import type { ParsedIndicators } from "./indicators";
import { checkZeroReferences, validateIndicators } from "./indicators";
import { validateWeights } from "./weights";
import { hasErrors, makeIssue } from "./issues";
import { DEFAULT_MAPPING } from "./mapping";
import { MESSAGES } from "./messages";
import { findColumn, headerRef } from "./tables";
import type { ParsedMunicipalities } from "./municipalities";
import { validateMunicipalities } from "./municipalities";
import type { ParameterOverrides, ParsedParameters } from "./parameters";
import { validateParameters } from "./parameters";
import type { InputKey, InputMapping, InputSnapshot, ValidationIssue } from "./types";
import { INPUT_KEYS } from "./types";
import type { ParsedUsage } from "./usage";
import { validateBoundShares, validateUsage } from "./usage";

export type { ParameterOverrides } from "./parameters";

/** The outcome of validation. */
export interface ValidationResult {
  readonly issues: readonly ValidationIssue[];
  /** Present iff no issue is an error. */
  readonly inputs?: BudgetInputs;
  /** The budget year and model when they are valid themselves, even when other inputs are not. */
  readonly year?: number;
  readonly model?: FinancingModel;
  /** The population column's header as written in tblGemeinden (the output's column title). */
  readonly populationBasis?: string;
}

/** Returns each municipality's complete inputs in tblGemeinden order, or undefined if any is missing. */
function assembleMunicipalities(
  municipalities: ParsedMunicipalities,
  indicators: ParsedIndicators,
  usage: ParsedUsage
): MunicipalityInput[] | undefined {
  const result: MunicipalityInput[] = [];
  for (const record of municipalities.records) {
    const key = normalizeHeader(record.name);
    const indicatorValues = indicators.values.get(key);
    const usageValues = usage.values.get(key);
    const { population, previousBudget } = record;
    if (!indicatorValues || !usageValues || !population || !previousBudget) return undefined;
    const { name, region, provider } = record;
    result.push({
      name,
      region,
      provider,
      population,
      previousBudget,
      indicators: indicatorValues,
      usage: usageValues,
    });
  }
  return result;
}

/**
 * Reports a district population of 0 (no reference, no quota) at the population column, and
 * indicators with a zero district reference, once all their inputs are complete.
 */
function checkReferences(
  snapshot: InputSnapshot,
  parts: {
    municipalities?: ParsedMunicipalities;
    indicators?: ParsedIndicators;
    weights?: readonly Dec[];
    populationBasis?: string;
  },
  sections: Record<InputKey, ValidationIssue[]>
): void {
  const { municipalities, indicators, weights, populationBasis } = parts;
  const rows: { population: Dec; values: readonly Dec[] }[] = [];
  for (const record of municipalities?.valid ? municipalities.records : []) {
    const values = indicators?.valid
      ? indicators.values.get(normalizeHeader(record.name))
      : undefined;
    if (record.population === undefined) return;
    rows.push({ population: record.population, values: values ?? [] });
  }
  const table = snapshot.tables.municipalities;
  const column =
    table && populationBasis !== undefined ? findColumn(table, populationBasis) : undefined;
  if (rows.length === 0 || table === undefined || column === undefined) return;
  if (rows.every((row) => row.population.isZero())) {
    const ref = headerRef(table, column);
    const message = MESSAGES.zeroPopulation(ref, populationBasis ?? "");
    sections.municipalities.push(makeIssue("ZERO_REFERENCE", "error", ref, message));
    return;
  }
  const indicatorTable = snapshot.tables.indicators;
  if (!indicatorTable || !indicators?.valid || !weights) return;
  checkZeroReferences(indicatorTable, indicators.columns, weights, rows, sections.indicators);
}

/** The sheets holding inputs: no region may be named like one of them. */
function inputSheetNames(snapshot: InputSnapshot, mapping: InputMapping): string[] {
  const sheets = INPUT_KEYS.flatMap((key) => [
    mapping[key].sheet,
    snapshot.tables[key]?.sheet ?? "",
  ]);
  return [...new Set(sheets.filter((sheet) => sheet !== ""))];
}

/** The checked parts of the tables; each is undefined when its table is missing. */
interface Parts {
  readonly municipalities?: ParsedMunicipalities;
  readonly indicators?: ParsedIndicators;
  readonly weights?: readonly Dec[];
  readonly usage?: ParsedUsage;
  readonly boundShares?: readonly Dec[];
}

/** Checks every table but tblParameter; cross-table checks use tblGemeinden's names when readable. */
function validateTables(
  snapshot: InputSnapshot,
  parsed: ParsedParameters,
  mapping: InputMapping,
  sections: Record<InputKey, ValidationIssue[]>
): Parts {
  const { tables } = snapshot;
  const municipalities =
    tables.municipalities &&
    validateMunicipalities(
      tables.municipalities,
      parsed.populationBasis,
      inputSheetNames(snapshot, mapping),
      sections.municipalities
    );
  const known = municipalities?.records.length
    ? municipalities.records.map((record) => record.name)
    : undefined;
  const indicators =
    tables.indicators && validateIndicators(tables.indicators, known, sections.indicators);
  const indicatorColumns = indicators?.columns.length ? indicators.columns : undefined;
  return {
    municipalities,
    indicators,
    weights: tables.weights && validateWeights(tables.weights, indicatorColumns, sections.weights),
    usage: tables.usage && validateUsage(tables.usage, known, parsed.splitBasis, sections.usage),
    boundShares:
      tables.boundShares && validateBoundShares(tables.boundShares, sections.boundShares),
  };
}

/** Returns the inputs of complete parts; called only when no error was found. */
function assembleInputs(parts: Parts, parameters: BudgetParameters | undefined): BudgetInputs {
  const { municipalities, indicators, usage, weights, boundShares } = parts;
  const list =
    municipalities &&
    indicators &&
    usage &&
    assembleMunicipalities(municipalities, indicators, usage);
  if (!list || !indicators || !weights || !boundShares || !parameters) {
    // Every incomplete input must have produced an error before; reaching this is a bug.
    throw new Error("Interner Fehler: Eingaben unvollständig, aber kein Fehler gemeldet.");
  }
  const indicatorNames = indicators.columns.map((column) => column.name);
  return { municipalities: list, indicatorNames, weights, boundShares, parameters };
}

/**
 * Validates a snapshot read with `mapping` (default layout when omitted); `overrides` replace
 * the parameters Haushaltsjahr and Finanzierungsmodell. Issues come in input order: Stammdaten,
 * Indikatoren, Gewichte, Verwendung, Zuordnung, Parameter.
 */
export function validateInputs(
  snapshot: InputSnapshot,
  overrides: ParameterOverrides = {},
  mapping: InputMapping = DEFAULT_MAPPING
): ValidationResult {
  const sections = Object.fromEntries(
    INPUT_KEYS.map((key) => [key, [] as ValidationIssue[]])
  ) as Record<InputKey, ValidationIssue[]>;
  const { tables } = snapshot;
  for (const key of INPUT_KEYS.filter((candidate) => tables[candidate] === undefined)) {
    const { table, sheet } = mapping[key];
    const message = MESSAGES.missingTable(table, sheet);
    sections[key].push(makeIssue("MISSING_TABLE", "error", { sheet, cell: "" }, message));
  }
  const parsed = validateParameters(
    tables.parameters,
    tables.municipalities,
    overrides,
    sections.parameters
  );
  const parts = validateTables(snapshot, parsed, mapping, sections);
  const populationBasis = parsed.populationBasis?.header;
  checkReferences(snapshot, { ...parts, populationBasis }, sections);
  const issues = INPUT_KEYS.flatMap((key) => sections[key]);
  const summary = {
    issues,
    ...(parsed.year === undefined ? {} : { year: parsed.year }),
    ...(parsed.model === undefined ? {} : { model: parsed.model }),
    ...(populationBasis === undefined ? {} : { populationBasis }),
  };
  return hasErrors(issues)
    ? summary
    : { ...summary, inputs: assembleInputs(parts, parsed.parameters) };
}
