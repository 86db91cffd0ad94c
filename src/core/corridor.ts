/**
 * The KORRIDOR financing model (DOMAIN.md 4): every municipality follows the quota, but moves at
 * most the share c away from its previous budget; one common scale λ makes the amounts meet B.
 */
import { type Dec, ONE, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import { allocateLargestRemainder } from "./allocate";
import { roundSharesToSum } from "./quota";
import { sumOf } from "./checks";
import { messages as msg } from "./messages";
import { type Bounds, solveScale } from "./corridorScale";

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
  const bounds: Bounds = {
    lower: previous.map((budget) => budget.times(ONE.minus(corridor))),
    upper: previous.map((budget) => budget.times(ONE.plus(corridor))),
  };
  const { lower, upper } = bounds;
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
  const scale = total.eq(lowest) ? ZERO : solveScale(total, weights, bounds, lowest);
  const exact = weights.map((weight, row) =>
    clamp(scale.times(weight), lower[row] as Dec, upper[row] as Dec)
  );
  return roundToTotal(total, exact);
}

/**
 * Returns the exact amounts (Σ = total up to the 40th digit) rounded to cents by largest
 * remainder, so they sum to `total` exactly: each rounded down, the leftover cents to the largest
 * remainders. This is roundSharesToSum to two decimals, whose target (the rounded sum) is `total`;
 * should the sum ever round elsewhere, the amounts are allocated as weights of `total` instead.
 */
function roundToTotal(total: Dec, exact: readonly Dec[]): Dec[] {
  const rounded = roundSharesToSum(exact, 2);
  return sumOf(rounded).eq(total) ? rounded : allocateLargestRemainder(total, exact);
}

/** Returns `value` limited to [low, high]. */
function clamp(value: Dec, low: Dec, high: Dec): Dec {
  if (value.lt(low)) return low;
  return value.gt(high) ? high : value;
}
