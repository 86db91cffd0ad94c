/**
 * The KORRIDOR financing model (DOMAIN.md 4): every municipality follows the quota, but moves at
 * most the share c away from its previous budget; one common scale λ makes the amounts meet B.
 */
import { type Dec, ONE, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import { allocateLargestRemainder } from "./allocate";
import { roundToSum } from "./quota";
import { sumOf } from "./checks";
import { messages as msg } from "./messages";
import { solveCorridor } from "./corridorScale";

/**
 * Returns the KORRIDOR amounts to the cent, Σ = total: A[i] = clamp(λ·t[i], H[i](1−c), H[i](1+c))
 * with t = total·q, then largest remainder. `weights` are P·LF (Σ > 0), `corridor` c in [0, 1);
 * all inputs are checked by the caller. Since λ·t[i] = μ·weights[i] with μ = λ·total/Σ weights, the
 * solver works with μ and the weights directly and needs no quotas.
 */
export function allocateCorridor(
  total: Dec,
  weights: readonly Dec[],
  previous: readonly Dec[],
  corridor: Dec
): Dec[] {
  const down = ONE.minus(corridor);
  const up = ONE.plus(corridor);
  const lower = previous.map((budget) => budget.times(down));
  const upper = previous.map((budget) => budget.times(up));
  const lowest = sumOf(lower);
  // A municipality without weight stays at its lower bound for every μ ≥ 0.
  const highest = sumOf(
    weights.map((weight, row) => (weight.isZero() ? lower : upper)[row] as Dec)
  );
  if (total.lt(lowest) || total.gt(highest)) {
    throw new BudgetInputError(
      "INFEASIBLE_CORRIDOR",
      msg.infeasibleCorridor(total, corridor, lowest, highest)
    );
  }
  if (total.isZero()) return previous.map(() => ZERO);
  // At B = Σ lo every amount sits at its lower bound (μ = 0).
  if (total.eq(lowest)) return roundToTotal(total, lower, lowest);
  const corridorBounds = { previous, lower, upper, down, up };
  const { amounts, sum } = solveCorridor(total, weights, corridorBounds);
  return roundToTotal(total, amounts, sum);
}

/**
 * Returns the exact amounts (Σ = `sum` = total up to the 40th digit) rounded to cents by largest
 * remainder, so they sum to `total` exactly: each rounded down, the leftover cents to the largest
 * remainders. This is roundSharesToSum to two decimals, whose target (the rounded sum) is `total`;
 * should the sum ever round elsewhere, the amounts are allocated as weights of `total` instead.
 */
function roundToTotal(total: Dec, exact: readonly Dec[], sum: Dec): Dec[] {
  const { rounded, target } = roundToSum(exact, 2, sum);
  return target.eq(total) ? rounded : allocateLargestRemainder(total, exact);
}
