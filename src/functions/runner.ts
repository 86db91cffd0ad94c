/**
 * Turns a function declared as data (parameters, result shape, a small body calling the engine)
 * into something every surface can run: Excel (functions.ts) and the HyperFormula test harness
 * call `evaluate` with the raw arguments and get either spill values or a German message.
 */
import { BudgetInputError, type Dec } from "../core";
import { checkArguments, type ArgumentsOf, type ParameterSpec, type ZeroRows } from "./arguments";

/** The ids of the SR.* functions (the namespace SR comes from the manifest). */
export type FunctionId =
  "LOADFACTOR" | "QUOTE" | "ALLOCATE" | "MODEL" | "PHASEOUT" | "SPLIT" | "BUDGET2" | "INCENTIVE";

/** One spilled cell: a number, or "" for a trailing blank input row. */
export type SpillValue = number | string;

/** A data problem is returned as a value, never thrown: each surface maps it once. */
export type FunctionOutcome =
  | { readonly ok: true; readonly values: SpillValue[][] }
  | { readonly ok: false; readonly message: string };

/** The spill size: as many rows as a range argument, and a fixed width or that of a range. */
export interface ResultShape {
  readonly rowsOf: string;
  readonly columns: number | { readonly columnsOf: string };
}

/** A runnable SR.* function. */
export interface SrFunction {
  readonly id: FunctionId;
  readonly parameters: readonly ParameterSpec[];
  readonly result: ResultShape;
  /** What a row of only 0 or empty cells between data rows means. */
  readonly zeroRows: ZeroRows;
  /** Runs the function on the arguments as Excel passed them, in declaration order. */
  evaluate(raw: readonly unknown[]): FunctionOutcome;
}

/** What a definition declares; `body` gets checked arguments and returns rows of Dec. */
export interface FunctionDefinition<P extends readonly ParameterSpec[]> {
  readonly id: FunctionId;
  readonly parameters: P;
  /** What a row of only 0 or empty cells between data rows means; default "data". */
  readonly zeroRows?: ZeroRows;
  readonly result: {
    readonly rowsOf: P[number]["name"];
    readonly columns: number | { readonly columnsOf: P[number]["name"] };
  };
  body(args: ArgumentsOf<P>): readonly (readonly Dec[])[];
}

/** Returns one column of values as result rows. */
export function asColumn(values: readonly Dec[]): Dec[][] {
  return values.map((value) => [value]);
}

/**
 * Returns `values[index]` of a list the checker or the engine guarantees to be long enough; a
 * missing entry is a bug, so it throws instead of substituting a value.
 */
export function entry<T>(values: readonly T[], index: number): T {
  const value = values[index];
  if (value === undefined) throw new RangeError(`internal error: no entry at index ${index}`);
  return value;
}

/** Cell value of a Dec: the exact value as the nearest double, and never -0. */
function toCellNumber(value: Dec): number {
  return value.isZero() ? 0 : value.toNumber();
}

/** Converts body rows to spill values and appends "" rows for the trailing blank input rows. */
function toSpill(rows: readonly (readonly Dec[])[], rangeRows: number): SpillValue[][] {
  const values: SpillValue[][] = rows.map((row) => row.map(toCellNumber));
  const width = rows[0]?.length ?? 1;
  while (values.length < rangeRows) values.push(new Array<SpillValue>(width).fill(""));
  return values;
}

/** Returns the runnable form of a definition; engine input errors become outcomes. */
export function defineFunction<const P extends readonly ParameterSpec[]>(
  definition: FunctionDefinition<P>
): SrFunction {
  const zeroRows = definition.zeroRows ?? "data";
  const evaluate = (raw: readonly unknown[]): FunctionOutcome => {
    const checked = checkArguments(definition.parameters, raw, zeroRows);
    if (!checked.ok) return checked;
    try {
      return { ok: true, values: toSpill(definition.body(checked.args), checked.rangeRows) };
    } catch (error) {
      // Only the engine's own input errors are data problems; anything else is a bug and must
      // not be dressed up as a cell message.
      if (error instanceof BudgetInputError) return { ok: false, message: error.message };
      throw error;
    }
  };
  const { id, parameters, result } = definition;
  return { id, parameters, result, zeroRows, evaluate };
}
