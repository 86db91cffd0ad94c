/**
 * The weight trial's pure parts, apart from React so they can be tested directly: the draft of
 * tried values, the slider scale in the workbook's unit, and the preview rows against the
 * workbook's figures.
 */
import type { Dec } from "../../../core/decimal";
import { Dec as DecCtor, ZERO } from "../../../core/decimal";
import { toDec } from "../../../core/convert";
import type { BudgetInputs } from "../../../core/types";
import type { InputChanges, Trial, TrialPreview } from "../../../workbook/index";
import type { LimitKind, PreviewRow, WeightScale } from "./WeightsPanel.types";

/** What the user changed; an absent entry means "as in the workbook". */
export interface TrialDraft {
  readonly weights?: readonly Dec[];
  readonly floor?: Dec | null;
  readonly cap?: Dec | null;
}

/** The bound a switched-on limit starts at when the workbook has none: ±20 % around average. */
export const DEFAULT_LIMITS: Readonly<Record<LimitKind, string>> = { floor: "0.8", cap: "1.2" };

/** Slider range of a load-factor bound. */
export const LIMIT_SCALE = { min: 0, max: 3, step: 0.05, digits: 2 } as const;

/** The workbook's value of a bound. */
export function workbookLimit(inputs: BudgetInputs, kind: LimitKind): Dec | null {
  const { loadFactorFloor, loadFactorCap } = inputs.parameters;
  return (kind === "floor" ? loadFactorFloor : loadFactorCap) ?? null;
}

/**
 * Returns the weights' slider scale: 0 … 1 in steps of 0.01 for weights summing to at most 1,
 * else 0 … the next power of ten (40/30/30 → 0 … 100 in steps of 1), so every weight fits and
 * the tried values keep the workbook's unit.
 */
export function weightScale(weights: readonly Dec[]): WeightScale {
  const sum = weights.reduce((total, weight) => total.plus(weight), ZERO);
  const exponent = sum.lte(1) ? 0 : sum.log(10).ceil().toNumber();
  const digits = Math.max(0, 2 - exponent);
  return {
    max: new DecCtor(10).pow(exponent).toNumber(),
    step: new DecCtor(10).pow(exponent - 2).toNumber(),
    digits,
  };
}

/** Returns a control's number as a Dec rounded to `digits` (sliders deliver binary floats). */
export function fromControl(value: number, digits: number): Dec {
  return toDec(value).toDecimalPlaces(digits);
}

/**
 * Parses what a user typed into a spin button: German "0,45" / "1.000,5" or plain "0.45";
 * undefined for anything else.
 */
export function parseTyped(text: string): Dec | undefined {
  const trimmed = text.trim();
  const plain = trimmed.includes(",") ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed;
  try {
    return toDec(plain);
  } catch {
    return undefined;
  }
}

/** Returns the weights normalised to sum 1 (all 0 when they sum to 0). */
export function weightShares(weights: readonly Dec[]): Dec[] {
  const sum = weights.reduce((total, weight) => total.plus(weight), ZERO);
  return weights.map((weight) => (sum.isZero() ? ZERO : weight.div(sum)));
}

/** True when two optional bounds are equal (both absent, or the same value). */
export function sameLimit(a: Dec | null, b: Dec | null): boolean {
  return a === null || b === null ? a === b : a.eq(b);
}

/** Returns the trial the draft describes, complete: every value tried or the workbook's. */
export function effectiveTrial(inputs: BudgetInputs, draft: TrialDraft): WeightTrial {
  return {
    weights: draft.weights ?? inputs.weights,
    floor: draft.floor === undefined ? workbookLimit(inputs, "floor") : draft.floor,
    cap: draft.cap === undefined ? workbookLimit(inputs, "cap") : draft.cap,
  };
}

/** Returns the changes Übernehmen writes: only what differs from the workbook. */
export function trialChanges(inputs: BudgetInputs, draft: TrialDraft): InputChanges {
  const trial = effectiveTrial(inputs, draft);
  const weightsChanged = trial.weights.some((weight, k) => !weight.eq(inputs.weights[k] ?? ZERO));
  const floorChanged = !sameLimit(trial.floor, workbookLimit(inputs, "floor"));
  const capChanged = !sameLimit(trial.cap, workbookLimit(inputs, "cap"));
  return {
    ...(weightsChanged
      ? {
          weights: inputs.indicatorNames.map((indicator, k) => ({
            indicator,
            weight: trial.weights[k] ?? ZERO,
          })),
        }
      : {}),
    ...(floorChanged ? { floor: trial.floor } : {}),
    ...(capChanged ? { cap: trial.cap } : {}),
  };
}

/** Returns the preview's rows against the workbook's own preview (`base`). */
export function previewRows(preview: TrialPreview, base: TrialPreview | undefined): PreviewRow[] {
  return preview.municipalities.map((municipality, index): PreviewRow => {
    const before = base?.municipalities[index];
    const changed =
      before !== undefined &&
      !(
        before.loadFactor.eq(municipality.loadFactor) &&
        before.quota.eq(municipality.quota) &&
        before.amount.eq(municipality.amount)
      );
    return {
      name: municipality.name,
      loadFactor: municipality.loadFactor,
      quota: municipality.quota,
      amount: municipality.amount,
      delta: before === undefined ? ZERO : municipality.amount.minus(before.amount),
      changed,
    };
  });
}

/** A complete trial without a model: what the weight trial previews. */
export type WeightTrial = Required<Omit<Trial, "model">>;

/** Returns a text key of a trial's values (Dec as exact decimal strings), for memos. */
export function trialKeyOf(trial: WeightTrial): string {
  return JSON.stringify({
    weights: trial.weights.map((weight) => weight.toString()),
    floor: trial.floor?.toString() ?? null,
    cap: trial.cap?.toString() ?? null,
  });
}

/** Returns the trial of a key made by trialKeyOf. */
export function trialFromKey(key: string): WeightTrial {
  const parsed = JSON.parse(key) as { weights: string[]; floor: string | null; cap: string | null };
  return {
    weights: parsed.weights.map((weight) => new DecCtor(weight)),
    floor: parsed.floor === null ? null : new DecCtor(parsed.floor),
    cap: parsed.cap === null ? null : new DecCtor(parsed.cap),
  };
}
