/**
 * The weight trial's logic: the draft of tried values, one pure engine run per change
 * (previewTrial, memoised; no host call while sliding), and Übernehmen / Zurücksetzen. A draft
 * belongs to the workbook values it was tried against: when those change (another user, or this
 * pane's Übernehmen), the draft is dropped and the pane shows the workbook again.
 */
import { useDeferredValue, useMemo, useState } from "react";
import { BudgetInputError } from "../../../core/errors";
import { Dec, ZERO } from "../../../core/decimal";
import type { TrialPreview } from "../../../workbook/index";
import { previewTrial } from "../../../workbook/index";
import {
  DEFAULT_LIMITS,
  LIMIT_SCALE,
  type TrialDraft,
  effectiveTrial,
  fromControl,
  previewRows,
  sameLimit,
  trialChanges,
  trialFromKey,
  trialKeyOf,
  weightScale,
  weightShares,
  workbookLimit,
} from "./trial";
import type {
  LimitControl,
  LimitKind,
  WeightsPanelProps,
  WeightsPanelState,
} from "./WeightsPanel.types";

/** The preview or the engine's German message; any other error is a bug and propagates. */
function tryPreview(
  run: () => TrialPreview
): { preview: TrialPreview; error?: undefined } | { preview?: undefined; error: string } {
  try {
    return { preview: run() };
  } catch (error) {
    if (error instanceof BudgetInputError) return { error: error.message };
    throw error;
  }
}

/** A key of the workbook values a draft is tried against. */
function workbookKey(props: WeightsPanelProps): string {
  const { inputs } = props;
  const limits = (["floor", "cap"] as const).map((kind) => workbookLimit(inputs, kind) ?? "-");
  return [...inputs.indicatorNames, ...inputs.weights, ...limits].join("|");
}

/** Returns the weight trial's state for its props. */
export function useWeightsPanel(props: WeightsPanelProps): WeightsPanelState {
  const { inputs } = props;
  const key = workbookKey(props);
  const [stored, setStored] = useState<{ key: string; draft: TrialDraft }>({ key, draft: {} });
  const draft = stored.key === key ? stored.draft : {};
  const update = (next: (draft: TrialDraft) => TrialDraft) =>
    setStored((previous) => ({
      key,
      draft: next(previous.key === key ? previous.draft : {}),
    }));

  const trial = effectiveTrial(inputs, draft);
  // The sliders stay responsive while React renders the preview of the latest position; the
  // key (a string) makes equal values one computation, however often the pane renders.
  const deferredKey = useDeferredValue(trialKeyOf(trial));
  const base = useMemo(() => tryPreview(() => previewTrial(inputs, {})), [inputs]);
  const tried = useMemo(
    () => tryPreview(() => previewTrial(inputs, trialFromKey(deferredKey))),
    [inputs, deferredKey]
  );
  const rows = tried.preview === undefined ? [] : previewRows(tried.preview, base.preview);

  const scale = weightScale(inputs.weights);
  const shares = weightShares(trial.weights);
  const limit = (kind: LimitKind): LimitControl => ({
    kind,
    value: trial[kind],
    changed: !sameLimit(trial[kind], workbookLimit(inputs, kind)),
  });
  const changes = trialChanges(inputs, draft);

  const setWeight = (index: number, value: number): void =>
    update((previous) => {
      const weights = [...(previous.weights ?? inputs.weights)];
      weights[index] = fromControl(Math.max(0, value), scale.digits);
      return { ...previous, weights };
    });
  const setLimit = (kind: LimitKind, value: number): void =>
    update((previous) => ({
      ...previous,
      [kind]: fromControl(Math.max(LIMIT_SCALE.min, value), LIMIT_SCALE.digits),
    }));
  const setLimitEnabled = (kind: LimitKind, on: boolean): void => {
    const start: Dec | null = on
      ? (workbookLimit(inputs, kind) ?? new Dec(DEFAULT_LIMITS[kind]))
      : null;
    update((previous) => ({ ...previous, [kind]: start }));
  };

  return {
    scale,
    weights: inputs.indicatorNames.map((indicator, k) => {
      const weight = trial.weights[k] ?? ZERO;
      const changed = !weight.eq(inputs.weights[k] ?? ZERO);
      return { indicator, weight, share: shares[k] ?? ZERO, changed };
    }),
    limits: [limit("floor"), limit("cap")],
    setWeight,
    setLimitEnabled,
    setLimit,
    rows,
    ...(tried.error === undefined ? {} : { error: tried.error }),
    changedCount: rows.filter((row) => row.changed).length,
    dirty: Object.keys(changes).length > 0,
    adopt: () => props.onAdopt(changes),
    reset: () => update(() => ({})),
  };
}
