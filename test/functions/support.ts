/**
 * Helpers for the SR.* function specs: run a function the way Excel calls it and read either its
 * spill values or its German message, under each host's convention for empty cells.
 */
import type { FunctionOutcome, SpillValue, SrFunction } from "../../src/functions/runner";

/** A column range as Excel passes it: one single-cell row per value. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/**
 * How a host hands empty cells to a custom function: Excel on the web as null, Excel on Windows
 * and Mac as 0 (OfficeDev/office-js #4702, #5262, #1951). Specs write an empty cell as null
 * inside a range (a referenced single cell is the 1×1 range [[null]]); a top-level null or
 * undefined is an omitted argument, which both hosts pass as null.
 */
export interface HostConvention {
  readonly name: "web" | "desktop";
  readonly emptyCell: null | 0;
  /** The arguments as this host hands them over. */
  toHost(args: readonly unknown[]): unknown[];
  /** Runs `fn` on the arguments as this host hands them over. */
  evaluate(fn: SrFunction, args: readonly unknown[]): FunctionOutcome;
  /** The spilled values of a successful call; fails the test with the message otherwise. */
  spill(fn: SrFunction, args: readonly unknown[]): SpillValue[][];
  /** The German message of a call that must fail. */
  messageOf(fn: SrFunction, args: readonly unknown[]): string;
}

function convention(name: HostConvention["name"], emptyCell: null | 0): HostConvention {
  const toCell = (cell: unknown): unknown =>
    cell === null || cell === undefined ? emptyCell : cell;
  const toArgument = (arg: unknown): unknown =>
    Array.isArray(arg)
      ? arg.map((row: unknown) => (Array.isArray(row) ? row.map(toCell) : toCell(row)))
      : arg;
  const toHost = (args: readonly unknown[]): unknown[] => args.map(toArgument);
  const evaluate = (fn: SrFunction, args: readonly unknown[]): FunctionOutcome =>
    fn.evaluate(toHost(args));
  return {
    name,
    emptyCell,
    toHost,
    evaluate,
    spill(fn, args) {
      const outcome = evaluate(fn, args);
      if (!outcome.ok) throw new Error(`SR.${fn.id} (${name}) failed: ${outcome.message}`);
      return outcome.values;
    },
    messageOf(fn, args) {
      const outcome = evaluate(fn, args);
      if (outcome.ok)
        throw new Error(`SR.${fn.id} (${name}) succeeded: ${JSON.stringify(outcome.values)}`);
      return outcome.message;
    },
  };
}

/** Excel on the web (empty = null) and on the desktop (empty = 0): every spec runs under both. */
export const HOST_CONVENTIONS: readonly HostConvention[] = [
  convention("web", null),
  convention("desktop", 0),
];

/** The spilled values of a call with exactly these arguments (no host convention applied). */
export function spill(fn: SrFunction, args: readonly unknown[]): SpillValue[][] {
  const outcome = fn.evaluate(args);
  if (!outcome.ok) throw new Error(`SR.${fn.id} failed: ${outcome.message}`);
  return outcome.values;
}

/** The German message of a call with exactly these arguments that must fail. */
export function messageOf(fn: SrFunction, args: readonly unknown[]): string {
  const outcome = fn.evaluate(args);
  if (outcome.ok) throw new Error(`SR.${fn.id} succeeded: ${JSON.stringify(outcome.values)}`);
  return outcome.message;
}
