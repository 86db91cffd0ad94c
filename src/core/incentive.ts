/**
 * The Anreizsystem (DOMAIN.md 9): a region that spends less than its regional budget 2 keeps part
 * of the savings for next year's regional budget 1; an overspend may cost a malus.
 */
import { type Dec, ZERO } from "./decimal";
import { requireNonNegative, requireShare } from "./checks";
import { roundToCent } from "./convert";
import { label } from "./messages";

/**
 * Returns the incentive in EUR to the cent (half-up): min(ρ·(R − E), κ·R) ≥ 0 when the region
 * saved (no cap when `capShare` is undefined), −μ·(E − R) ≤ 0 when it overspent, 0 otherwise.
 * Shares ρ, κ, μ are fractions in [0, 1]; μ defaults to 0.
 */
export function computeIncentive(
  budget: Dec,
  actual: Dec,
  retainShare: Dec,
  capShare?: Dec,
  malusShare: Dec = ZERO
): Dec {
  requireNonNegative(budget, label.budget);
  requireNonNegative(actual, label.actual);
  requireShare(retainShare, label.retainShare);
  if (capShare !== undefined) requireShare(capShare, label.capShare);
  requireShare(malusShare, label.malusShare);
  const savings = budget.minus(actual);
  if (savings.isZero()) return ZERO;
  if (savings.isNegative()) return roundToCent(malusShare.times(savings));
  const bonus = retainShare.times(savings);
  if (capShare === undefined) return roundToCent(bonus);
  const cap = capShare.times(budget);
  return roundToCent(bonus.lt(cap) ? bonus : cap);
}
