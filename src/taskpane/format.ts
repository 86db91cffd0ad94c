/**
 * Numbers and times as the pane shows them, in the locale of Office's display language ("de-DE"
 * for German: 1.009.005,32 €). Display only: the amounts are exact cents already.
 */
import type { Dec } from "../core/decimal";

/** Returns an amount in EUR with two decimals in `locale`, e.g. "1.009.005,32 €" for de-DE. */
export function formatMoney(amount: Dec, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  // Output only (ARCHITECTURE.md): whole cents below 2^53 convert to a number without loss.
  return format.format(amount.toDecimalPlaces(2).toNumber());
}

/** Returns the local clock time of `moment` with seconds, e.g. "14:03:12" for de-DE. */
export function formatTime(moment: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).format(moment);
}

/** Returns names joined for a sentence in `locale`: "Region 1, Region 2 und Übersicht". */
export function formatList(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);
}
