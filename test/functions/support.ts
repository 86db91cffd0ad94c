/**
 * Helpers for the SR.* function specs: run a function the way Excel calls it and read either its
 * spill values or its German message.
 */
import type { SpillValue, SrFunction } from "../../src/functions/runner";

/** A column range as Excel passes it: one single-cell row per value. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

/** The spilled values of a successful call; fails the test with the message otherwise. */
export function spill(fn: SrFunction, args: readonly unknown[]): SpillValue[][] {
  const outcome = fn.evaluate(args);
  if (!outcome.ok) throw new Error(`SR.${fn.id} failed: ${outcome.message}`);
  return outcome.values;
}

/** The German message of a call that must fail. */
export function messageOf(fn: SrFunction, args: readonly unknown[]): string {
  const outcome = fn.evaluate(args);
  if (outcome.ok) throw new Error(`SR.${fn.id} succeeded: ${JSON.stringify(outcome.values)}`);
  return outcome.message;
}
