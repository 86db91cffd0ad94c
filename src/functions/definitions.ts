/**
 * The eight SR.* functions as data: their parameters (checked by arguments.ts), their spill
 * shape, and a body of a few lines that calls the engine (DOMAIN.md 1–9).
 */
import {
  BudgetInputError,
  allocateLargestRemainder,
  allocateRegionalBudget2,
  computeCompensation,
  computeIncentive,
  computeLoadFactors,
  computeQuotas,
  distributeByModel,
  parseFinancingModel,
  parseSplitBasis,
  roundSharesToSum,
  splitBoundRegional,
} from "../core";
import { messages } from "./messages";
import { asColumn, defineFunction, entry, type FunctionId, type SrFunction } from "./runner";

// Labels name the argument in German and as Excel shows it, so a message is found in the formula.
const POPULATION = { name: "population", label: "Einwohner (population)" } as const;
const LOAD_FACTOR = { name: "loadFactor", label: "Belastungsfaktor (loadFactor)" } as const;

/** SR.LOADFACTOR(indicators, weights, [population], [floor], [cap]) – DOMAIN.md 1. */
export const LOADFACTOR = defineFunction({
  id: "LOADFACTOR",
  // A municipality with every indicator 0 (and population 0) is no row of data: on the desktop
  // it is what an empty row looks like, and it would pull the district mean down.
  zeroRows: "refuse",
  parameters: [
    { kind: "table", name: "indicators", label: "Indikatoren (indicators)", nonNegative: true },
    {
      kind: "list",
      name: "weights",
      label: "Gewichte (weights)",
      length: { columnsOf: "indicators" },
      nonNegative: true,
    },
    { kind: "column", ...POPULATION, optional: true, nonNegative: true },
    // No load factor is below 0, so a floor of 0 is no floor; a cap of 0 (every factor 0) is
    // never meant: both are what the desktop passes for an empty cell, and mean "omitted".
    {
      kind: "number",
      name: "floor",
      label: "Untergrenze (floor)",
      optional: true,
      zero: "omitted",
    },
    { kind: "number", name: "cap", label: "Obergrenze (cap)", optional: true, zero: "omitted" },
  ],
  result: { rowsOf: "indicators", columns: 1 },
  body: ({ indicators, weights, population, floor, cap }) =>
    asColumn(computeLoadFactors(indicators, weights, { population, floor, cap })),
});

/** SR.QUOTE(population, loadFactor, [digits]) – DOMAIN.md 2. */
export const QUOTE = defineFunction({
  id: "QUOTE",
  // Population 0 with load factor 0 is no municipality (and an empty row on the desktop).
  zeroRows: "refuse",
  parameters: [
    { kind: "column", ...POPULATION, nonNegative: true },
    { kind: "column", ...LOAD_FACTOR, nonNegative: true },
    {
      kind: "integer",
      name: "digits",
      label: "Nachkommastellen (digits)",
      optional: true,
      // Quotas rounded to whole numbers (one 1, the rest 0) are never meant: 0 = unrounded.
      zero: "omitted",
      min: 0,
      max: 30,
    },
  ],
  result: { rowsOf: "population", columns: 1 },
  body: ({ population, loadFactor, digits }) => {
    const quotas = computeQuotas(population, loadFactor);
    return asColumn(digits === undefined ? quotas : roundSharesToSum(quotas, digits));
  },
});

/** SR.ALLOCATE(total, weights, [unit]) – DOMAIN.md 3. */
export const ALLOCATE = defineFunction({
  id: "ALLOCATE",
  parameters: [
    { kind: "number", name: "total", label: "Betrag (total)", nonNegative: true },
    { kind: "column", name: "weights", label: "Gewichte (weights)", nonNegative: true },
    // A unit of 0 cannot round anything: 0 (an empty cell on the desktop) means one cent.
    {
      kind: "number",
      name: "unit",
      label: "Rundungseinheit (unit)",
      optional: true,
      zero: "omitted",
    },
  ],
  result: { rowsOf: "weights", columns: 1 },
  body: ({ total, weights, unit }) => asColumn(allocateLargestRemainder(total, weights, unit)),
});

/** SR.MODEL(model, total, population, loadFactor, [previous], [parameter]) – DOMAIN.md 4. */
export const MODEL = defineFunction({
  id: "MODEL",
  // Population, load factor and previous budget all 0 is no municipality; with SOCKEL such a
  // row would even receive the base amount.
  zeroRows: "refuse",
  parameters: [
    { kind: "text", name: "model", label: "Finanzierungsmodell (model)", example: "BELASTUNG" },
    { kind: "number", name: "total", label: "Gesamtbudget (total)", nonNegative: true },
    { kind: "column", ...POPULATION, nonNegative: true },
    { kind: "column", ...LOAD_FACTOR, nonNegative: true },
    {
      kind: "column",
      name: "previous",
      label: "Budget Vorjahr (previous)",
      optional: true,
      nonNegative: true,
    },
    {
      kind: "number",
      name: "parameter",
      label: "Sockelbetrag/Korridor (parameter)",
      optional: true,
    },
  ],
  result: { rowsOf: "population", columns: 1 },
  body: ({ model, total, population, loadFactor, previous, parameter }) => {
    const financingModel = parseFinancingModel(model);
    // A corridor of 0 freezes every budget at last year's; it is what the desktop passes for an
    // empty cell, which on the web means the default 5 %. Refused so both give the same answer.
    if (financingModel === "KORRIDOR" && parameter?.isZero() === true) {
      throw new BudgetInputError(
        "SHARE_OUT_OF_RANGE",
        messages.zeroCorridor("Sockelbetrag/Korridor (parameter)")
      );
    }
    // The parameter means S for SOCKEL and c for KORRIDOR; the other models have none, so a
    // parameter cell shared by all models is simply not used by them.
    const baseAmount = financingModel === "SOCKEL" ? parameter : undefined;
    const corridor = financingModel === "KORRIDOR" ? parameter : undefined;
    return asColumn(
      distributeByModel(financingModel, {
        total,
        population,
        loadFactors: loadFactor,
        previous,
        baseAmount,
        corridor,
      })
    );
  },
});

/** SR.PHASEOUT(previous, amount, years, yearIndex) – DOMAIN.md 5. */
export const PHASEOUT = defineFunction({
  id: "PHASEOUT",
  parameters: [
    { kind: "column", name: "previous", label: "Budget Vorjahr (previous)", nonNegative: true },
    { kind: "column", name: "amount", label: "Neuer Betrag (amount)", nonNegative: true },
    { kind: "integer", name: "years", label: "Abschmelzjahre (years)", min: 0 },
    { kind: "integer", name: "yearIndex", label: "Jahr seit Quotenstart (yearIndex)", min: 0 },
  ],
  result: { rowsOf: "previous", columns: 1 },
  body: ({ previous, amount, years, yearIndex }) =>
    asColumn(computeCompensation(previous, amount, years, yearIndex)),
});

/** SR.SPLIT(amount, usage, boundShares, [basis]) – DOMAIN.md 6; columns: bound, regional 1. */
export const SPLIT = defineFunction({
  id: "SPLIT",
  parameters: [
    { kind: "column", name: "amount", label: "Betrag (amount)", nonNegative: true },
    { kind: "table", name: "usage", label: "Verwendung (usage)", columns: 4, nonNegative: true },
    {
      kind: "list",
      name: "boundShares",
      label: "Anteile gebunden (boundShares)",
      length: 4,
      share: true,
    },
    {
      kind: "text",
      name: "basis",
      label: "Aufteilungsbasis (basis)",
      optional: true,
      example: "GEMEINDE",
    },
  ],
  result: { rowsOf: "amount", columns: 2 },
  body: ({ amount, usage, boundShares, basis }) => {
    const split = splitBoundRegional(
      amount,
      usage,
      boundShares,
      parseSplitBasis(basis ?? "GEMEINDE")
    );
    return split.bound.map((bound, row) => [bound, entry(split.regional1, row)]);
  },
});

/** SR.BUDGET2(ambulantBudget, share, regionKey) – DOMAIN.md 8. */
export const BUDGET2 = defineFunction({
  id: "BUDGET2",
  parameters: [
    {
      kind: "number",
      name: "ambulantBudget",
      label: "Budget ambulante Hilfen (ambulantBudget)",
      nonNegative: true,
    },
    { kind: "number", name: "share", label: "Anteil Regionalbudget 2 (share)", share: true },
    { kind: "column", name: "regionKey", label: "Regionsschlüssel (regionKey)", nonNegative: true },
  ],
  result: { rowsOf: "regionKey", columns: 1 },
  body: ({ ambulantBudget, share, regionKey }) =>
    asColumn(allocateRegionalBudget2(ambulantBudget, share, regionKey)),
});

/** SR.INCENTIVE(budget, actual, retainShare, [capShare], [malusShare]) – DOMAIN.md 9. */
export const INCENTIVE = defineFunction({
  id: "INCENTIVE",
  parameters: [
    { kind: "table", name: "budget", label: "Regionalbudget (budget)", nonNegative: true },
    { kind: "table", name: "actual", label: "Ausgaben (actual)", nonNegative: true },
    { kind: "number", name: "retainShare", label: "Anteil Einsparung (retainShare)", share: true },
    {
      kind: "number",
      name: "capShare",
      label: "Deckelanteil (capShare)",
      optional: true,
      share: true,
      // A bonus cap of 0 would be "no bonus", which retainShare 0 says; 0 is never meant here
      // and is what the desktop passes for an empty cell: no cap, as on the web.
      zero: "omitted",
    },
    {
      kind: "number",
      name: "malusShare",
      label: "Malusanteil (malusShare)",
      optional: true,
      share: true,
    },
  ],
  result: { rowsOf: "budget", columns: { columnsOf: "budget" } },
  body: ({ budget, actual, retainShare, capShare, malusShare }) =>
    budget.map((row, r) =>
      row.map((value, c) =>
        computeIncentive(value, entry(entry(actual, r), c), retainShare, capShare, malusShare)
      )
    ),
});

/** All SR.* functions by id, in the order of the reference (docs/FUNCTIONS.md). */
export const SR_FUNCTIONS: Readonly<Record<FunctionId, SrFunction>> = {
  LOADFACTOR,
  QUOTE,
  ALLOCATE,
  MODEL,
  PHASEOUT,
  SPLIT,
  BUDGET2,
  INCENTIVE,
};
