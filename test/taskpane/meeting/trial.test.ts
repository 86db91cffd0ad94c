/**
 * The weight trial's pure parts: the slider scale in the workbook's unit, typed numbers, the
 * changes Übernehmen writes (only what differs), and the key that memoises previews.
 */
import fc from "fast-check";
import { Dec } from "../../../src/core/decimal";
import type { BudgetInputs } from "../../../src/core/types";
import {
  parseTyped,
  trialChanges,
  trialFromKey,
  trialKeyOf,
  weightScale,
  weightShares,
} from "../../../src/taskpane/meeting/weights/trial";

const decs = (...values: string[]) => values.map((value) => new Dec(value));

/** Just the parts of the inputs the trial reads. */
function inputsWith(weights: string[], floor?: string): BudgetInputs {
  return {
    indicatorNames: weights.map((_, k) => `Indikator ${k + 1}`),
    weights: decs(...weights),
    parameters: floor === undefined ? {} : { loadFactorFloor: new Dec(floor) },
  } as unknown as BudgetInputs;
}

describe("when the slider scale is chosen", () => {
  it.each([
    // Σ ≤ 1 → 0 … 1 in hundredths; Σ = 100 → 0 … 100 in ones; Σ = 1.5 → 0 … 10 in tenths.
    [["0.4", "0.3", "0.3"], { max: 1, step: 0.01, digits: 2 }],
    [["40", "30", "30"], { max: 100, step: 1, digits: 0 }],
    [["1", "0.5"], { max: 10, step: 0.1, digits: 1 }],
    [["0", "0"], { max: 1, step: 0.01, digits: 2 }],
  ])("can fit weights %j", (weights, scale) => {
    expect(weightScale(decs(...weights))).toEqual(scale);
  });
});

describe("when a number is typed", () => {
  it.each([
    ["0,45", "0.45"],
    ["1.000,5", "1000.5"],
    ["0.45", "0.45"],
    [" 2 ", "2"],
  ])("can read %j as %s", (text, value) => {
    expect(parseTyped(text)?.toString()).toBe(value);
  });

  it.each(["", "viel", "1,2,3"])("can refuse %j", (text) => {
    expect(parseTyped(text)).toBeUndefined();
  });
});

describe("when the weights are normalised for display", () => {
  it("can give shares that sum to exactly 1 (or all 0)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1 }), (raw) => {
        const shares = weightShares(raw.map((value) => new Dec(value)));
        const sum = shares.reduce((total, share) => total.plus(share), new Dec(0));
        const allZero = raw.every((value) => value === 0);
        // Dec's 40 significant digits leave at most a rounding error far below display.
        expect(allZero ? sum.isZero() : sum.minus(1).abs().lt("1e-30")).toBe(true);
      })
    );
  });
});

describe("when Übernehmen collects the changes", () => {
  it("can leave out everything that equals the workbook", () => {
    const inputs = inputsWith(["0.4", "0.3", "0.3"], "0.8");
    expect(
      trialChanges(inputs, { weights: decs("0.4", "0.3", "0.3"), floor: new Dec("0.8") })
    ).toEqual({});
  });

  it("can write all weights by indicator when one changed, and a removed floor as null", () => {
    const inputs = inputsWith(["0.4", "0.3", "0.3"], "0.8");
    const changes = trialChanges(inputs, { weights: decs("0.6", "0.3", "0.3"), floor: null });
    expect({
      weights: changes.weights?.map(({ indicator, weight }) => [indicator, weight.toString()]),
      floor: changes.floor,
      cap: "cap" in changes,
    }).toEqual({
      weights: [
        ["Indikator 1", "0.6"],
        ["Indikator 2", "0.3"],
        ["Indikator 3", "0.3"],
      ],
      floor: null,
      cap: false,
    });
  });
});

describe("when a trial is memoised by its key", () => {
  it("can restore every trial exactly from its key", () => {
    const dec = fc.integer({ min: 0, max: 1_000_000 }).map((cents) => new Dec(cents).div(100));
    fc.assert(
      fc.property(fc.array(dec), fc.option(dec), fc.option(dec), (weights, floor, cap) => {
        const trial = { weights, floor, cap };
        const back = trialFromKey(trialKeyOf(trial));
        expect(trialKeyOf(back)).toBe(trialKeyOf(trial));
        expect(back.weights.map(String)).toEqual(weights.map(String));
      })
    );
  });
});
