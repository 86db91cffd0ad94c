/**
 * The public API of the exact budget engine (DOMAIN.md 1–9). Everything outside src/core imports
 * from here; the other files of this folder are implementation details.
 */
export { CENT, Dec, ONE, ZERO, type DecimalInput } from "./decimal";
export { BudgetInputError, type BudgetErrorCode } from "./errors";
export * from "./types";
export { roundToCent, toDec } from "./convert";
export { computeLoadFactors, type LoadFactorOptions } from "./loadFactor";
export { computeQuotas, roundSharesToSum } from "./quota";
export { allocateLargestRemainder } from "./allocate";
export {
  DEFAULT_CORRIDOR,
  distributeByModel,
  type ModelInput,
  parseFinancingModel,
} from "./models";
export { computeCompensation, computeFreedAmount } from "./compensation";
export { parseSplitBasis, type SplitResult, splitBoundRegional } from "./split";
export { allocateRegionalBudget2, computeRegionKey } from "./regions";
export { computeIncentive } from "./incentive";
export { computeBudget } from "./pipeline";
export { formatEuro } from "./messages";
export { compareModels, type ModelComparison, type ModelComparisonRow } from "./compare";
export { planPhaseOut, type PhaseOutPlan, type PhaseOutYear } from "./multiYear";
