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

/** Returns an amount with two decimals and no currency sign, for tables captioned "(Euro)". */
export function formatAmount(amount: Dec, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return format.format(amount.toDecimalPlaces(2).toNumber());
}

/** Returns a change in EUR with its sign, e.g. "+1.234,56 €", "−80,00 €", "0,00 €". */
export function formatSignedMoney(amount: Dec, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  return format.format(amount.toDecimalPlaces(2).toNumber());
}

/** Returns a whole-euro amount for chart axes, e.g. "40.000 €". */
export function formatWholeMoney(amount: Dec, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  });
  return format.format(amount.toDecimalPlaces(0).toNumber());
}

/**
 * Returns a share (0.0523 = 5.23 %) as a percentage with `digits` decimals, e.g. "5,2 %";
 * `signed` adds "+" to positive values (changes).
 */
export function formatPercent(share: Dec, locale: string, digits = 1, signed = false): string {
  const format = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? "exceptZero" : "auto",
  });
  return format.format(share.toDecimalPlaces(digits + 2).toNumber());
}

/** Returns a plain decimal number with `digits` decimals, e.g. a load factor "1,0234". */
export function formatDecimal(value: Dec, locale: string, digits: number): string {
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return format.format(value.toDecimalPlaces(digits).toNumber());
}

/** Returns a change with its sign and no currency sign, e.g. "+8.463,10", for "(Euro)" tables. */
export function formatSignedAmount(amount: Dec, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  return format.format(amount.toDecimalPlaces(2).toNumber());
}
