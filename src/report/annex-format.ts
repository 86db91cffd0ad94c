/**
 * German number texts of the annex: money to the cent with thousands dots, signed changes,
 * percentages and load factors at fixed decimals, so every figure prints exactly as the tables'
 * sums were checked.
 */
import type { Dec } from "../core/decimal";
import { formatGermanNumber } from "../workbook";

/** The minus sign of printed changes (U+2212, as in typeset German tables). */
const MINUS = "\u2212";

/** An amount in EUR without the unit: 1234.5 → "1.234,50" (the column header names the unit). */
export function money(value: Dec): string {
  return signed(formatGermanNumber(value, 2), false);
}

/** An amount with its unit: 1234.5 → "1.234,50 €". */
export function euro(value: Dec): string {
  return `${money(value)} €`;
}

/** A change with its sign: 1234.5 → "+1.234,50", −7 → "−7,00", 0 → "0,00". */
export function signedMoney(value: Dec): string {
  return signed(formatGermanNumber(value, 2), !value.isZero());
}

/** A fraction as a percentage at `decimals` places: (0.05529, 4) → "5,5290 %". */
export function percent(value: Dec, decimals: number): string {
  return `${signed(formatGermanNumber(value.times(100), decimals), false)} %`;
}

/** A relative change with its sign at two places: 0.0523 → "+5,23 %". */
export function signedPercent(value: Dec): string {
  const rounded = value.times(100).toDecimalPlaces(2);
  return `${signed(formatGermanNumber(rounded, 2), !rounded.isZero())} %`;
}

/** A fraction as a percentage without trailing zeros, at most two places: 0.4 → "40 %". */
export function shortPercent(value: Dec): string {
  const text = formatGermanNumber(value.times(100).toDecimalPlaces(2));
  return `${text} %`;
}

/** A head count: 22367 → "22.367". */
export function count(value: Dec): string {
  return formatGermanNumber(value, 0);
}

/** A load factor at four places: 1.36813 → "1,3681". */
export function factor(value: Dec): string {
  return formatGermanNumber(value, 4);
}

/** Puts the typographic minus in place of "-" and a "+" before positive values when asked. */
function signed(text: string, withPlus: boolean): string {
  if (text.startsWith("-")) return MINUS + text.slice(1);
  return withPlus ? `+${text}` : text;
}
