/**
 * Numbers at the edge: cell numbers to Dec, and numbers a user typed as text ("1.234,56",
 * "12,5", "1 234,56 €") recognised so that the validator can offer the number as a fix.
 */
import { Dec } from "../core/decimal";

/**
 * Returns a cell's number as an exact Dec, taking Excel's 15 significant digits: Excel stores and
 * shows no more, so 12345.600000000002 from a formula is the 12345.6 the user sees.
 */
export function cellNumberToDec(value: number): Dec {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Keine endliche Zahl: ${value}`);
  }
  return new Dec(value.toPrecision(15));
}

/** What a text cell means as a number: one reading, or two when the separators are ambiguous. */
export type TextNumber =
  | { readonly kind: "number"; readonly value: Dec }
  | { readonly kind: "ambiguous"; readonly readings: readonly [Dec, Dec] };

/** Digit patterns, tried in order; each returns the plain decimal ("1234.56") or the two readings. */
const PATTERNS: readonly [RegExp, (body: string) => string | [string, string]][] = [
  [/^\d+$/, (body) => body],
  // "1.234" and "1,234": thousands separator or decimal separator? Nobody can tell.
  [/^\d{1,3}\.\d{3}$/, (body) => [body, body.replace(".", "")]],
  [/^\d{1,3},\d{3}$/, (body) => [body.replace(",", "."), body.replace(",", "")]],
  [/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/, (body) => body.replace(/\./g, "").replace(",", ".")],
  [/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, (body) => body.replace(/,/g, "")],
  [/^\d{1,3}(?: \d{3})+(?:,\d+)?$/, (body) => body.replace(/ /g, "").replace(",", ".")],
  [/^\d{1,3}(?: \d{3})+\.\d+$/, (body) => body.replace(/ /g, "")],
  [/^\d*,\d+$/, (body) => body.replace(",", ".")],
  [/^\d*\.\d+$/, (body) => body],
];

/** Strips a currency sign and a percent sign; returns the rest and the factor they imply. */
function stripUnits(text: string): { body: string; percent: boolean } {
  let body = text.replace(/[\u00a0\u202f\u2009]/g, " ").trim();
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trim();
  body = body
    .replace(/^(€|EUR)\s*/i, "")
    .replace(/\s*(€|EUR)$/i, "")
    .trim();
  return { body, percent };
}

/**
 * Returns what a text cell means as a number, or undefined when it is no number at all. German
 * ("1.234,56", "12,5"), English ("1,234.56", "1234.56") and space-grouped ("1 234,56 €")
 * spellings are read; "%" divides by 100; "1.234" and "1,234" are ambiguous (two readings).
 */
export function parseNumberText(text: string): TextNumber | undefined {
  const { body: unsigned, percent } = stripUnits(text);
  const sign = /^[-+\u2212]/.test(unsigned) ? unsigned.charAt(0) : "";
  const body = unsigned.slice(sign.length).trim();
  const negative = sign === "-" || sign === "\u2212";
  const toDec = (plain: string): Dec => {
    const magnitude = new Dec(plain.startsWith(".") ? `0${plain}` : plain);
    const signed = negative ? magnitude.negated() : magnitude;
    return percent ? signed.dividedBy(100) : signed;
  };
  for (const [pattern, read] of PATTERNS) {
    if (!pattern.test(body)) continue;
    const reading = read(body);
    return typeof reading === "string"
      ? { kind: "number", value: toDec(reading) }
      : { kind: "ambiguous", readings: [toDec(reading[0]), toDec(reading[1])] };
  }
  return undefined;
}
