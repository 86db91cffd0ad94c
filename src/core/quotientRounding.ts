/**
 * Half-up rounding to the cent of a·b/c, the bound budget's formula (DOMAIN.md 6), without a
 * 40-digit division per municipality where a float already knows the answer.
 */
import { CENT, Dec } from "./decimal";
import { roundToCent } from "./convert";

/** Cent counts above this are not exact in a float; they take the exact way. */
const LARGEST_FLOAT_CENTS = 2 ** 52;

/**
 * Bound on the relative error of the float cents a·b/c·100: five roundings of at most 2^-53
 * (a, b, c, the product, the quotient; ·100 is one more) stay below 7e-16; about three times that.
 */
const FLOAT_ERROR = 2e-15;

/**
 * Returns a·b/c rounded half-up to the cent, for a, b ≥ 0 and c > 0. A float decides unless the
 * cents lie within its error bound of a half cent, where only the exact quotient can tell; then
 * (and for figures too large for floats) the quotient is formed in Dec, multiplied first.
 */
export function roundProductQuotientToCent(a: Dec, b: Dec, c: Dec): Dec {
  const cents = ((a.toNumber() * b.toNumber()) / c.toNumber()) * 100;
  if (cents <= LARGEST_FLOAT_CENTS) {
    const whole = Math.floor(cents);
    const fraction = cents - whole;
    if (Math.abs(fraction - 0.5) > cents * FLOAT_ERROR) {
      return new Dec(fraction > 0.5 ? whole + 1 : whole).times(CENT);
    }
  }
  return roundToCent(a.times(b).div(c));
}
