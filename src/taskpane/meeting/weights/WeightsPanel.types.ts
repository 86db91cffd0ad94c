/**
 * The weight trial's props and state: tried indicator weights and load-factor limits, the
 * preview they give, and how it differs from the workbook's current figures.
 */
import type { Dec } from "../../../core/decimal";
import type { BudgetInputs } from "../../../core/types";
import type { InputChanges } from "../../../workbook/index";

/** What the meeting section gives the weight trial. */
export interface WeightsPanelProps {
  /** The validated inputs of the last check (the workbook's values). */
  readonly inputs: BudgetInputs;
  readonly busy: boolean;
  /** Writes the tried values into the input tables and checks again. */
  onAdopt(changes: InputChanges): void;
}

/** The load-factor clamp bounds of DOMAIN.md 1. */
export type LimitKind = "floor" | "cap";

/** Slider range of the weights, in the workbook's own unit (weights 0.4 … or 40 …). */
export interface WeightScale {
  readonly max: number;
  readonly step: number;
  /** Decimals a weight is rounded to (those of `step`). */
  readonly digits: number;
}

/** One indicator's weight as tried. */
export interface WeightControl {
  readonly indicator: string;
  readonly weight: Dec;
  /** The weight normalised over all weights (what the engine uses), 0 when all are 0. */
  readonly share: Dec;
  readonly changed: boolean;
}

/** One clamp bound as tried; null = no bound. */
export interface LimitControl {
  readonly kind: LimitKind;
  readonly value: Dec | null;
  readonly changed: boolean;
}

/** One municipality in the preview, against the workbook's figures. */
export interface PreviewRow {
  readonly name: string;
  readonly loadFactor: Dec;
  readonly quota: Dec;
  readonly amount: Dec;
  /** amount − the workbook's amount. */
  readonly delta: Dec;
  /** True when load factor, quota or amount differ from the workbook's. */
  readonly changed: boolean;
}

/** Everything the weight trial renders; built by useWeightsPanel. */
export interface WeightsPanelState {
  readonly scale: WeightScale;
  readonly weights: readonly WeightControl[];
  readonly limits: readonly [LimitControl, LimitControl];
  /** Sets indicator `index`'s weight; values are rounded to the scale's digits. */
  setWeight(index: number, value: number): void;
  /** Switches a bound on (to the workbook's value or a default) or off. */
  setLimitEnabled(kind: LimitKind, on: boolean): void;
  setLimit(kind: LimitKind, value: number): void;
  /** The preview rows; empty when the trial cannot be computed (see `error`). */
  readonly rows: readonly PreviewRow[];
  /** The engine's German message when the trial cannot be computed. */
  readonly error?: string;
  readonly changedCount: number;
  /** True when anything differs from the workbook's values. */
  readonly dirty: boolean;
  adopt(): void;
  reset(): void;
}
