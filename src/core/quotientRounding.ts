/**
 * Half-up rounding to the cent of a·b/c: the bound budget's formula (DOMAIN.md 6) and the
 * phase-out's (DOMAIN.md 5), where (N − t)/N or Σ a·U / Σ U may have no finite decimal expansion.
 */
import { CENT, Dec } from "./decimal";
import { roundToCent } from "./convert";

/** Half a cent: the one place where half-up rounding needs to know the exact quotient. */
const HALF_CENT = CENT.div(2);

/**
 * Returns a·b/c rounded half-up to the cent, for a, b ≥ 0 and c > 0, exact while a·b and c·(the
 * rounded quotient) fit in 40 digits. Rounding the quotient to 40 digits never carries it across
 * a half cent (a half cent has few digits), but it may land exactly on one; only then does the
 * product a·b decide whether the true quotient lies on the half cent (up) or just below (down).
 */
export function roundProductQuotientToCent(a: Dec, b: Dec, c: Dec): Dec {
  const product = a.times(b);
  const quotient = product.div(c);
  // A half cent has exactly three decimals; the cheap digit count rules out nearly every row.
  if (quotient.decimalPlaces() === 3) {
    const cents = quotient.toDecimalPlaces(2, Dec.ROUND_DOWN);
    if (quotient.minus(cents).eq(HALF_CENT) && product.lt(quotient.times(c))) return cents;
  }
  return roundToCent(quotient);
}
