import DecimalJs from "decimal.js";

/**
 * The one Decimal constructor of the product. All money and share arithmetic goes through it.
 *
 * Precision 40 significant digits keeps intermediate quotients (shares, λ of KORRIDOR) far below
 * a cent of error for budgets up to 10^15 EUR; ROUND_HALF_UP is the German "kaufmännisch"
 * rounding that DOMAIN.md prescribes for single amounts. A clone, never `Decimal.set`, so no other
 * code (or library) that uses decimal.js is affected.
 */
export const Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});

/** An immutable exact decimal value created by {@link Dec}. */
export type Dec = DecimalJs;

/** What the edges (cells, JSON, CLI flags) may hand to the core before conversion. */
export type DecimalInput = Dec | number | string;

/** One cent, the default rounding unit for money. */
export const CENT: Dec = new Dec("0.01");

/** Decimal zero and one, shared to avoid re-parsing in hot loops. */
export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
