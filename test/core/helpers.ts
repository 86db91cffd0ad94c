/** Shared helpers of the core specs: terse Dec construction and error expectations. */
import { BudgetInputError, type BudgetErrorCode, Dec } from "../../src/core";
import type { Corridor } from "../../src/core/corridorSweep";

/** Returns a Dec from a dot-decimal string or a number. */
export function d(value: string | number): Dec {
  return new Dec(value);
}

/** Returns Decs from strings or numbers. */
export function ds(values: readonly (string | number)[]): Dec[] {
  return values.map(d);
}

/** Returns amounts as strings with exactly two decimals, e.g. "33.34". */
export function cents(values: readonly Dec[]): string[] {
  return values.map((value) => value.toFixed(2));
}

/** Returns values as plain strings without trailing zeros, e.g. "0.5". */
export function plain(values: readonly Dec[]): string[] {
  return values.map((value) => value.toFixed());
}

/** What a thrown BudgetInputError must carry; `message` parts must all occur in the text. */
export interface ExpectedError {
  readonly code: BudgetErrorCode;
  readonly row?: number;
  readonly message?: readonly string[];
}

/** Runs `action` and asserts that it throws a BudgetInputError as described. */
export function expectInputError(action: () => unknown, expected: ExpectedError): void {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(BudgetInputError);
  const error = thrown as BudgetInputError;
  expect(error.code).toBe(expected.code);
  expect(error.row).toBe(expected.row);
  for (const part of expected.message ?? []) expect(error.message).toContain(part);
}

/** Returns the exact sum of `values`. */
export function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), new Dec(0));
}

/** The corridor H(1 ∓ c) of `previous`, as KORRIDOR forms it. */
export function corridorOf(previous: readonly Dec[], c: string): Corridor {
  const down = new Dec(1).minus(c);
  const up = new Dec(1).plus(c);
  return {
    previous,
    lower: previous.map((h) => h.times(down)),
    upper: previous.map((h) => h.times(up)),
    down,
    up,
  };
}
