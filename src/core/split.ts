/**
 * The split of each municipality's amount into the bound budget (stays with its provider) and
 * regional budget 1 (pooled per region), by the usage matrix (DOMAIN.md 6).
 */
import { type Dec, ONE, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import { SPLIT_BASES, type SplitBasis, USAGE_CATEGORIES } from "./types";
import {
  requireAllNonNegative,
  requireLength,
  requireNonNegative,
  requireShare,
  sumOf,
} from "./checks";
import { roundProductQuotientToCent } from "./quotientRounding";
import { label, messages as msg } from "./messages";

/** Per municipality: its bound share g[i], bound[i] and regional1[i] (Σ = its amount). */
export interface SplitResult {
  readonly boundShares: Dec[];
  readonly bound: Dec[];
  readonly regional1: Dec[];
}

/** Returns the split basis named by `text`, ignoring case and spaces; throws UNKNOWN_BASIS. */
export function parseSplitBasis(text: string): SplitBasis {
  const wanted = text.replace(/\s+/g, "").toUpperCase();
  const basis = SPLIT_BASES.find((name) => name === wanted);
  if (basis === undefined) {
    throw new BudgetInputError("UNKNOWN_BASIS", msg.unknownBasis(text, SPLIT_BASES));
  }
  return basis;
}

/**
 * Returns bound[i] = A[i]·g[i] rounded half-up to the cent and regional1[i] = A[i] − bound[i],
 * with g[i] = Σ_c a[c]·U[i][c] / Σ_c U[i][c] (basis GEMEINDE) or one district share
 * G = ΣΣ a·U / ΣΣ U (basis KREIS). `usage` is n×4 in the order of USAGE_CATEGORIES.
 */
export function splitBoundRegional(
  amounts: readonly Dec[],
  usage: readonly (readonly Dec[])[],
  boundShares: readonly Dec[],
  basis: SplitBasis
): SplitResult {
  requireLength(usage.length, amounts.length, label.usageRows);
  requireAllNonNegative(amounts, label.amount);
  const fractions = usageFractions(usage, boundShares, basis);
  const district = basis === "KREIS" ? fractions[0] : undefined;
  const districtShare = district === undefined ? undefined : shareOf(district);
  const result: SplitResult = { boundShares: [], bound: [], regional1: [] };
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i] as Dec;
    const fraction = district ?? (fractions[i] as UsageFraction);
    // A·(Σ a·U)/(Σ U) as one quotient, so the half-up rounding sees the exact value.
    const bound = roundProductQuotientToCent(amount, fraction.boundUsage, fraction.whole);
    result.boundShares.push(districtShare ?? shareOf(fraction));
    result.bound.push(bound);
    result.regional1.push(amount.minus(bound));
  }
  return result;
}

/** A bound share as a fraction: Σ a·U over Σ U. */
interface UsageFraction {
  readonly boundUsage: Dec;
  readonly whole: Dec;
}

/**
 * Returns each municipality's bound share as a fraction (for KREIS the district's, the same for
 * all), after checking the bound shares and the n×4 usage matrix.
 */
function usageFractions(
  usage: readonly (readonly Dec[])[],
  boundShares: readonly Dec[],
  basis: SplitBasis
): UsageFraction[] {
  const categories = USAGE_CATEGORIES.length;
  requireLength(boundShares.length, categories, label.boundShares);
  boundShares.forEach((share, c) => requireShare(share, label.boundShare, c));
  const kinds = boundShares.map(kindOf);
  const parts: UsageFraction[] = [];
  for (let i = 0; i < usage.length; i++) {
    const row = usage[i] as readonly Dec[];
    requireLength(row.length, categories, label.usageRows, i);
    for (const value of row) requireNonNegative(value, label.usage, i);
    parts.push(boundPart(row, boundShares, kinds));
  }
  if (basis === "KREIS") return districtFraction(parts);
  const empty = parts.findIndex((part) => part.whole.isZero());
  if (empty >= 0) throw new BudgetInputError("ZERO_WEIGHT_SUM", msg.usageRowZero(empty), empty);
  return parts;
}

/** Returns g = Σ a·U / Σ U. */
function shareOf(fraction: UsageFraction): Dec {
  return fraction.boundUsage.div(fraction.whole);
}

/** How a category's bound share a enters the sums: fully (a = 1), not at all (0), or partly. */
type ShareKind = "full" | "none" | "part";

/** Returns the kind of a bound share in [0, 1]. */
function kindOf(share: Dec): ShareKind {
  if (share.isZero()) return "none";
  return share.eq(ONE) ? "full" : "part";
}

/** Returns `sum + value`, where an absent sum is none yet (saves adding to zero). */
function add(sum: Dec | undefined, value: Dec): Dec {
  return sum === undefined ? value : sum.plus(value);
}

/**
 * Returns one municipality's Σ_c a[c]·U[c] and Σ_c U[c]. Shares of exactly 1 or 0 (the default
 * a = 1, 1, 1, 0) need no multiplication, and the fully bound usage is part of both sums, so the
 * default costs three additions per row.
 */
function boundPart(
  row: readonly Dec[],
  boundShares: readonly Dec[],
  kinds: readonly ShareKind[]
): UsageFraction {
  let full: Dec | undefined;
  let partlyBound: Dec | undefined;
  let notFull: Dec | undefined;
  for (let c = 0; c < row.length; c++) {
    const value = row[c] as Dec;
    if (value.isZero()) continue;
    const kind = kinds[c];
    if (kind === "full") {
      full = add(full, value);
      continue;
    }
    notFull = add(notFull, value);
    if (kind === "part") partlyBound = add(partlyBound, value.times(boundShares[c] as Dec));
  }
  const boundUsage = full === undefined ? partlyBound : add(partlyBound, full);
  const whole = full === undefined ? notFull : add(notFull, full);
  return { boundUsage: boundUsage ?? ZERO, whole: whole ?? ZERO };
}

/** Returns the district fraction G for every municipality; throws when the district total is 0. */
function districtFraction(parts: readonly UsageFraction[]): UsageFraction[] {
  const district: UsageFraction = {
    boundUsage: sumOf(parts.map((part) => part.boundUsage)),
    whole: sumOf(parts.map((part) => part.whole)),
  };
  if (district.whole.isZero()) {
    throw new BudgetInputError("ZERO_WEIGHT_SUM", msg.usageTotalZero());
  }
  return parts.map(() => district);
}
