/**
 * tblParameter → BudgetParameters (WORKBOOK.md): defaults applied, every value checked at its
 * cell, overrides from the CLI (--model, --year) replacing the table's values and checked the same
 * way.
 */
import { Dec, ZERO } from "../core/decimal";
import type { BudgetParameters, FinancingModel, SplitBasis } from "../core/types";
import { FINANCING_MODELS, SPLIT_BASES } from "../core/types";
import { cellText, isBlank, normalizeHeader } from "./cells";
import { MUNICIPALITY_COLUMNS } from "./columns";
import { formatTypedNumber } from "./format";
import type { CellRef } from "./issues";
import { makeIssue } from "./issues";
import { MESSAGES } from "./messages";
import type { ParameterKey, ParameterRow } from "./parameter-rows";
import { collectParameterRows, PARAMETER_COLUMNS, PARAMETER_NAMES } from "./parameter-rows";
import { readNumber } from "./readers";
import { didYouMeanFix } from "./similar";
import { belowRef, requireColumns } from "./tables";
import type { RawTable, ValidationIssue } from "./types";
import { isCellError } from "./types";

/** Values given outside the workbook (CLI flags) that replace tblParameter's. */
export interface ParameterOverrides {
  readonly model?: FinancingModel;
  readonly year?: number;
}

/** The tblGemeinden column used as population P[i] (parameter Bevölkerungsbasis). */
export interface PopulationBasis {
  /** The header as written in tblGemeinden (or the parameter's text when the table is missing). */
  readonly header: string;
  /** Where the parameter was set; absent when the default applies. */
  readonly ref?: CellRef;
}

/** The default population basis (WORKBOOK.md). */
export const DEFAULT_POPULATION_BASIS = "Einwohner unter 21";

/** What tblParameter yields: the parameters when all are valid, and the parts other checks need. */
export interface ParsedParameters {
  readonly parameters?: BudgetParameters;
  readonly year?: number;
  readonly model?: FinancingModel;
  /** Decides whether an all-zero usage row is an error; GEMEINDE unless validly set otherwise. */
  readonly splitBasis: SplitBasis;
  /** Undefined when the parameter names no column of tblGemeinden (already reported). */
  readonly populationBasis?: PopulationBasis;
}

/** A checked value: `ok` with the value (default applied) or not ok after reporting the issue. */
type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };
const INVALID = { ok: false } as const;
function ok<T>(value: T): Checked<T> {
  return { ok: true, value };
}

interface Context {
  readonly table: RawTable;
  readonly nameColumn: number;
  readonly rows: ReadonlyMap<ParameterKey, ParameterRow>;
  readonly issues: ValidationIssue[];
}

function label(key: ParameterKey): string {
  return `Der Parameter »${PARAMETER_NAMES[key]}«`;
}

function reportMissing(context: Context, key: ParameterKey): void {
  const ref = context.rows.get(key)?.valueRef ?? belowRef(context.table, context.nameColumn);
  const message = MESSAGES.missingParameter(ref, PARAMETER_NAMES[key]);
  context.issues.push(makeIssue("MISSING_PARAMETER", "error", ref, message));
}

/** Rules of a decimal parameter: money (cents, ≥ 0), a share in [0, 1] or [0, 1), or ≥ 0. */
type DecimalRule = "money" | "share" | "shareBelowOne" | "nonNegative";

function decimalParameter(
  context: Context,
  key: ParameterKey,
  fallback: Dec | undefined | "required",
  rule: DecimalRule
): Checked<Dec | undefined> {
  const row = context.rows.get(key);
  const isShare = rule === "share" || rule === "shareBelowOne";
  const read =
    row === undefined
      ? ({ status: "blank" } as const)
      : readNumber(
          row.value,
          {
            ref: row.valueRef,
            label: label(key),
            money: rule === "money",
            negativeCode: isShare ? undefined : "NEGATIVE_VALUE",
          },
          context.issues
        );
  if (read.status === "invalid") return INVALID;
  if (read.status === "blank") {
    if (fallback !== "required") return ok(fallback);
    reportMissing(context, key);
    return INVALID;
  }
  const above = rule === "shareBelowOne" ? read.value.gte(1) : read.value.gt(1);
  if (isShare && row !== undefined && (read.value.isNegative() || above)) {
    const message = MESSAGES.shareOutOfRange(
      row.valueRef,
      label(key),
      read.value,
      rule === "shareBelowOne"
    );
    context.issues.push(makeIssue("SHARE_OUT_OF_RANGE", "error", row.valueRef, message));
    return INVALID;
  }
  return ok(read.value);
}

/** A whole-number parameter: a year in 1900–2200, or a count ≥ 0. */
/**
 * Upper bound of Abschmelzjahre: the quota is re-evaluated at least every five years (DOMAIN.md),
 * so a longer phase-out is a typo, and the Mehrjahresplan gets one column per year.
 */
export const MAX_PHASE_OUT_YEARS = 30;

function wholeParameter(
  context: Context,
  key: ParameterKey,
  fallback: number | undefined | "required",
  kind: "year" | "count"
): Checked<number | undefined> {
  const row = context.rows.get(key);
  const read =
    row === undefined
      ? ({ status: "blank" } as const)
      : readNumber(row.value, { ref: row.valueRef, label: label(key) }, context.issues);
  if (read.status === "invalid") return INVALID;
  if (read.status === "blank") {
    if (fallback !== "required") return ok(fallback);
    reportMissing(context, key);
    return INVALID;
  }
  const inRange =
    kind === "year"
      ? read.value.gte(1900) && read.value.lte(2200)
      : read.value.gte(0) && read.value.lte(MAX_PHASE_OUT_YEARS);
  if (read.value.isInteger() && inRange) return ok(read.value.toNumber());
  if (row !== undefined) {
    const shown = formatTypedNumber(read.value);
    const message =
      kind === "year"
        ? MESSAGES.invalidYear(row.valueRef, PARAMETER_NAMES[key], shown)
        : MESSAGES.invalidCount(row.valueRef, PARAMETER_NAMES[key], shown);
    context.issues.push(makeIssue("INVALID_PARAMETER", "error", row.valueRef, message));
  }
  return INVALID;
}

/** A text parameter naming one of `choices` (header matching rules); blank means `fallback`. */
function choiceParameter<T extends string>(
  context: Context,
  key: ParameterKey,
  choices: readonly T[],
  fallback: T
): Checked<T> {
  const row = context.rows.get(key);
  if (row === undefined || isBlank(row.value)) return ok(fallback);
  const ref = row.valueRef;
  if (isCellError(row.value)) {
    const message = MESSAGES.cellError(ref, label(key), row.value.error);
    context.issues.push(makeIssue("CELL_ERROR", "error", ref, message));
    return INVALID;
  }
  const text = cellText(row.value);
  const match = choices.find((choice) => normalizeHeader(choice) === normalizeHeader(text));
  if (match !== undefined) return ok(match);
  const fix = didYouMeanFix(text, choices, ref);
  const message = MESSAGES.invalidChoice(ref, PARAMETER_NAMES[key], text, choices);
  context.issues.push(makeIssue("INVALID_PARAMETER", "error", ref, message, fix));
  return INVALID;
}

/** Bevölkerungsbasis: a column of tblGemeinden other than the name, region, provider or budget. */
function populationBasisParameter(
  context: Context,
  municipalities: RawTable | undefined
): Checked<PopulationBasis> {
  const row = context.rows.get("populationBasis");
  if (row === undefined || isBlank(row.value)) return ok({ header: DEFAULT_POPULATION_BASIS });
  const ref = row.valueRef;
  if (isCellError(row.value)) {
    const message = MESSAGES.cellError(ref, label("populationBasis"), row.value.error);
    context.issues.push(makeIssue("CELL_ERROR", "error", ref, message));
    return INVALID;
  }
  const chosen = cellText(row.value);
  if (municipalities === undefined) return ok({ header: chosen, ref });
  const reserved = new Set(Object.values(MUNICIPALITY_COLUMNS).map(normalizeHeader));
  const columns = municipalities.headers
    .map((header) => cellText(header))
    .filter((header) => header !== "" && !reserved.has(normalizeHeader(header)));
  const header = columns.find((column) => normalizeHeader(column) === normalizeHeader(chosen));
  if (header !== undefined) return ok({ header, ref });
  const message = MESSAGES.basisNotColumn(ref, chosen, columns);
  const fix = didYouMeanFix(chosen, columns, ref);
  context.issues.push(makeIssue("INVALID_PARAMETER", "error", ref, message, fix));
  return INVALID;
}

/** The budget year: the override when given (checked like the cell), else Haushaltsjahr. */
function yearParameter(
  context: Context,
  override: number | undefined
): Checked<number | undefined> {
  if (override === undefined) return wholeParameter(context, "year", "required", "year");
  if (Number.isInteger(override) && override >= 1900 && override <= 2200) return ok(override);
  const ref = context.rows.get("year")?.valueRef ?? { sheet: context.table.sheet, cell: "" };
  context.issues.push(
    makeIssue("INVALID_PARAMETER", "error", ref, MESSAGES.overrideYear(override))
  );
  return INVALID;
}

/** Start year and phase-out: Startjahr Quote defaults to the budget year and may not follow it. */
function phaseOutParameters(
  context: Context,
  year: Checked<number | undefined>
): { start: Checked<number | undefined>; years: Checked<number | undefined> } {
  const budgetYear = year.ok ? year.value : undefined;
  const start = wholeParameter(context, "quotaStartYear", budgetYear, "year");
  const years = wholeParameter(context, "phaseOutYears", 0, "count");
  const startRef = context.rows.get("quotaStartYear")?.valueRef;
  if (start.ok && start.value !== undefined && budgetYear !== undefined && startRef !== undefined) {
    if (start.value > budgetYear) {
      const message = MESSAGES.startAfterYear(startRef, start.value, budgetYear);
      context.issues.push(makeIssue("INVALID_PARAMETER", "error", startRef, message));
      return { start: INVALID, years };
    }
  }
  return { start, years };
}

/** Optional clamp of the load factor; a floor above the cap is reported at the cap. */
function loadFactorBounds(context: Context): Checked<{ floor?: Dec; cap?: Dec }> {
  const floor = decimalParameter(context, "loadFactorFloor", undefined, "nonNegative");
  const cap = decimalParameter(context, "loadFactorCap", undefined, "nonNegative");
  if (!floor.ok || !cap.ok) return INVALID;
  const capRef = context.rows.get("loadFactorCap")?.valueRef;
  if (floor.value !== undefined && cap.value !== undefined && floor.value.gt(cap.value) && capRef) {
    const message = MESSAGES.floorAboveCap(capRef, floor.value, cap.value);
    context.issues.push(makeIssue("INVALID_PARAMETER", "error", capRef, message));
    return INVALID;
  }
  return ok({ floor: floor.value, cap: cap.value });
}

/** Collects the checked values into BudgetParameters when every one of them is valid. */
function assemble(values: {
  year: Checked<number | undefined>;
  total: Checked<Dec | undefined>;
  model: Checked<FinancingModel>;
  baseAmount: Checked<Dec | undefined>;
  corridor: Checked<Dec | undefined>;
  bounds: Checked<{ floor?: Dec; cap?: Dec }>;
  splitBasis: Checked<SplitBasis>;
  ambulantBudget: Checked<Dec | undefined>;
  regional2Share: Checked<Dec | undefined>;
  start: Checked<number | undefined>;
  years: Checked<number | undefined>;
}): BudgetParameters | undefined {
  const { year, total, model, baseAmount, corridor, bounds, splitBasis } = values;
  const { ambulantBudget, regional2Share, start, years } = values;
  if (!year.ok || !total.ok || !model.ok || !baseAmount.ok || !corridor.ok || !bounds.ok) {
    return undefined;
  }
  if (!splitBasis.ok || !ambulantBudget.ok || !regional2Share.ok || !start.ok || !years.ok) {
    return undefined;
  }
  if (year.value === undefined || total.value === undefined || start.value === undefined) {
    return undefined;
  }
  return {
    year: year.value,
    total: total.value,
    model: model.value,
    baseAmount: baseAmount.value ?? ZERO,
    corridor: corridor.value ?? ZERO,
    ...(bounds.value.floor === undefined ? {} : { loadFactorFloor: bounds.value.floor }),
    ...(bounds.value.cap === undefined ? {} : { loadFactorCap: bounds.value.cap }),
    splitBasis: splitBasis.value,
    ambulantBudget: ambulantBudget.value ?? ZERO,
    regional2Share: regional2Share.value ?? ZERO,
    quotaStartYear: start.value,
    phaseOutYears: years.value ?? 0,
  };
}

/**
 * Checks tblParameter (absent: already reported as MISSING_TABLE) with the overrides applied and
 * returns the parameters when all are valid; every problem is pushed to `issues`.
 */
export function validateParameters(
  table: RawTable | undefined,
  municipalities: RawTable | undefined,
  overrides: ParameterOverrides,
  issues: ValidationIssue[]
): ParsedParameters {
  const columns =
    table && requireColumns(table, [PARAMETER_COLUMNS.name, PARAMETER_COLUMNS.value], issues);
  if (table === undefined || columns === undefined) {
    const year = overrides.year;
    const validYear = year !== undefined && Number.isInteger(year) && year >= 1900 && year <= 2200;
    return {
      ...(validYear ? { year } : {}),
      ...(overrides.model === undefined ? {} : { model: overrides.model }),
      splitBasis: "GEMEINDE",
    };
  }
  const nameColumn = columns[PARAMETER_COLUMNS.name];
  const valueColumn = columns[PARAMETER_COLUMNS.value];
  const rows = collectParameterRows(table, { name: nameColumn, value: valueColumn }, issues);
  const context: Context = { table, nameColumn, rows, issues };
  const year = yearParameter(context, overrides.year);
  const model =
    overrides.model === undefined
      ? choiceParameter(context, "model", FINANCING_MODELS, "BELASTUNG")
      : ok(overrides.model);
  const populationBasis = populationBasisParameter(context, municipalities);
  const splitBasis = choiceParameter(context, "splitBasis", SPLIT_BASES, "GEMEINDE");
  const parameters = assemble({
    year,
    total: decimalParameter(context, "total", "required", "money"),
    model,
    baseAmount: decimalParameter(context, "baseAmount", ZERO, "money"),
    corridor: decimalParameter(context, "corridor", new Dec("0.05"), "shareBelowOne"),
    bounds: loadFactorBounds(context),
    splitBasis,
    ambulantBudget: decimalParameter(context, "ambulantBudget", ZERO, "money"),
    regional2Share: decimalParameter(context, "regional2Share", ZERO, "share"),
    ...phaseOutParameters(context, year),
  });
  return {
    ...(parameters === undefined ? {} : { parameters }),
    ...(year.ok && year.value !== undefined ? { year: year.value } : {}),
    ...(model.ok ? { model: model.value } : {}),
    splitBasis: splitBasis.ok ? splitBasis.value : "GEMEINDE",
    ...(populationBasis.ok ? { populationBasis: populationBasis.value } : {}),
  };
}
