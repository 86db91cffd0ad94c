/**
 * What one cell value handed to a custom function is. Excel passes plain numbers, strings,
 * booleans and null (an empty cell on the web; Excel on Windows and Mac pass 0 instead, which
 * arguments.ts allows for), and – when the metadata allows it – error and rich values as
 * objects; the HyperFormula test harness passes the same shapes. Everything that is not a plain finite number is classified here so the argument checker
 * can report it instead of coercing it.
 */

/** One classified cell. `number` is the only kind the engine accepts. */
export type CellKind =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "text"; readonly text: string; readonly looksNumeric: boolean }
  | { readonly kind: "boolean" }
  | { readonly kind: "error"; readonly code: string }
  | { readonly kind: "unsupported" };

// Digits with dots, commas or spaces as separators: "1.234,56", "1234,5", "1 234", "12.5".
// Such text is a number stored as text; which separator means what is not guessed.
const NUMERIC_TEXT = /^[+-]?[\d.,\s\u00a0]*\d[\d.,\s\u00a0]*$/;

/** Reads a string property of an object-shaped cell value, if it has one. */
function stringField(value: object, field: string): string | undefined {
  const found: unknown = (value as Record<string, unknown>)[field];
  return typeof found === "string" ? found : undefined;
}

/** Classifies an object: an Excel/engine error, a rich number, or something unsupported. */
function classifyObject(value: object): CellKind {
  // CustomFunctions.Error and Excel.ErrorCellValue carry "#N/A"-style codes; the workbook layer's
  // CellErrorValue carries `error`.
  const code = stringField(value, "code") ?? stringField(value, "error");
  if (code !== undefined && code.startsWith("#")) return { kind: "error", code };
  if (stringField(value, "type") === "Error") {
    return { kind: "error", code: stringField(value, "basicValue") ?? "#VALUE!" };
  }
  // Excel.FormattedNumberCellValue / DoubleCellValue: a number with a format.
  const basic: unknown = (value as Record<string, unknown>)["basicValue"];
  if (typeof basic === "number" && Number.isFinite(basic)) return { kind: "number", value: basic };
  return { kind: "unsupported" };
}

/** Returns what `value` is; never throws. */
export function classifyCell(value: unknown): CellKind {
  if (value === null || value === undefined) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", code: "#NUM!" };
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return { kind: "blank" };
    return { kind: "text", text, looksNumeric: NUMERIC_TEXT.test(text) };
  }
  if (typeof value === "boolean") return { kind: "boolean" };
  if (typeof value === "object") return classifyObject(value);
  return { kind: "unsupported" };
}

/** True when `value` is an empty cell (null, undefined or text of only spaces). */
export function isBlankCell(value: unknown): boolean {
  return classifyCell(value).kind === "blank";
}
