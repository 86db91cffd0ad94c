/**
 * The Excel side of an SR.* call: runs a function and maps a data problem once, to #VALUE! with
 * the German message (CustomFunctions.Error). The error is built by a factory so everything here
 * runs in Node without the Office runtime; only the default factory looks for `CustomFunctions`.
 */
import { SR_FUNCTIONS } from "./definitions";
import type { FunctionId, SpillValue } from "./runner";

/** Builds the error a custom function throws for a data problem. */
export type ErrorFactory = (message: string) => Error;

/** The part of Office's custom-functions runtime this module uses (Error: API set 1.2). */
interface CustomFunctionsRuntime {
  readonly Error?: new (code: string, message?: string) => Error;
  readonly ErrorCode?: { readonly invalidValue: string };
}

/** The runtime's `CustomFunctions` global, when this code runs inside Excel. */
function customFunctionsRuntime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

/**
 * Returns a #VALUE! error carrying `message`. Without the runtime's error class (outside Excel,
 * or a host below CustomFunctionsRuntime 1.2) a plain Error, which Excel also shows as #VALUE!.
 */
export function invalidValueError(message: string): Error {
  const runtime = customFunctionsRuntime();
  const ExcelError = runtime?.Error;
  const code = runtime?.ErrorCode?.invalidValue;
  return ExcelError === undefined || code === undefined
    ? new Error(message)
    : new ExcelError(code, message);
}

/**
 * Runs SR.<id> on the arguments as Excel passed them. Returns the spill rows; throws the
 * factory's error (#VALUE! with the German message) for a data problem.
 */
export function evaluateForExcel(
  id: FunctionId,
  args: readonly unknown[],
  createError: ErrorFactory = invalidValueError
): SpillValue[][] {
  const outcome = SR_FUNCTIONS[id].evaluate(args);
  if (!outcome.ok) throw createError(outcome.message);
  return outcome.values;
}
