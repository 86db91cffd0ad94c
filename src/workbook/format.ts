/**
 * German display texts for numbers and times, used in messages, fix labels and the provenance
 * line. Deterministic: no dependence on the machine's locale or time zone.
 */
import { Dec } from "../core/decimal";

/** Groups the digits of a non-negative integer string in threes with ".": "1234567" → "1.234.567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * Returns a number in German notation with thousands dots: 1234.5 → "1.234,5"; with `decimals`
 * rounded half-up to exactly that many places: (1234.5, 2) → "1.234,50".
 */
export function formatGermanNumber(value: Dec, decimals?: number): string {
  const fixed = decimals === undefined ? value.toFixed() : value.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [integerPart = "0", fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const text = groupThousands(integerPart) + (fraction === undefined ? "" : `,${fraction}`);
  return negative ? `-${text}` : text;
}

/** Returns an amount in EUR as German text: 1234.5 → "1.234,50 €". */
export function formatEur(value: Dec): string {
  return `${formatGermanNumber(value, 2)} €`;
}

/**
 * Returns a number in German notation without thousands dots, as a user would type it into a
 * cell: 1234.56 → "1234,56" (used in fix labels such as "Als Zahl 1234,56 übernehmen").
 */
export function formatTypedNumber(value: Dec): string {
  return value.toFixed().replace(".", ",");
}

const BERLIN_PARTS = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** Reads the fields (day, month, year, hour, minute, second) of a moment in Europe/Berlin. */
function berlinParts(moment: Date): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = new Map(BERLIN_PARTS.formatToParts(moment).map((part) => [part.type, part.value]));
  return (type) => parts.get(type) ?? "";
}

/**
 * Returns a moment as German civil time in Europe/Berlin, "22.11.2026, 14:03": the district's
 * local time, whatever zone the machine running the CLI or the browser is set to.
 */
export function formatBerlinDateTime(moment: Date): string {
  const get = berlinParts(moment);
  return `${get("day")}.${get("month")}.${get("year")}, ${get("hour")}:${get("minute")}`;
}

/**
 * Returns a moment as "22.11.2026, 14:03:05" in Europe/Berlin: the Protokoll's time stamp, to
 * the second so two fills in the same minute stay apart.
 */
export function formatBerlinTimestamp(moment: Date): string {
  return `${formatBerlinDateTime(moment)}:${berlinParts(moment)("second")}`;
}

/** Returns a fraction as a German percentage without trailing zeros: 0.05 → "5 %", 0.125 → "12,5 %". */
export function formatPercent(value: Dec): string {
  return `${formatGermanNumber(value.times(100))} %`;
}
