import { createHash } from "crypto";
import * as fc from "fast-check";
import { Dec } from "../../src/core/decimal";
import type { BudgetInputs } from "../../src/core/types";
import { canonicalJson, inputChecksum, sha256Hex } from "../../src/workbook/checksum";
import { validateInputs } from "../../src/workbook/validate";
import { sampleSnapshot, withParameter } from "./fixtures";

describe("sha256Hex", () => {
  it.each([
    // FIPS 180-2, Appendix B.1: one block.
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    // FIPS 180-2, Appendix B.2: two blocks (56 bytes leave no room for the length).
    [
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    // FIPS 180-2, Appendix B.3: one million "a".
    ["a".repeat(1000000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"],
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
  ])("hashes the test vector of length %#", (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });

  it("agrees with Node's crypto on any text, also around block boundaries and beyond ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 140 }), (text) => {
        return sha256Hex(text) === createHash("sha256").update(text, "utf8").digest("hex");
      }),
      { numRuns: 300 }
    );
  });
});

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: [2, { d: null, c: "x" }] }, '{"a":[2,{"c":"x","d":null}],"b":1}'],
    [{ a: undefined, b: new Dec("0.30") }, '{"b":"0.3"}'],
    [
      new Map([
        ["Region 2", new Dec(2)],
        ["Region 1", new Dec(1)],
      ]),
      '[["Region 1","1"],["Region 2","2"]]',
    ],
  ])("writes %p as %s", (value, json) => {
    expect(canonicalJson(value)).toBe(json);
  });
});

describe("inputChecksum", () => {
  const inputs = validateInputs(sampleSnapshot()).inputs as BudgetInputs;

  it("is the same for the same inputs built with another key order", () => {
    const reordered: BudgetInputs = {
      parameters: { ...inputs.parameters },
      boundShares: inputs.boundShares.map((share) => new Dec(share.toFixed(3))),
      weights: inputs.weights,
      indicatorNames: inputs.indicatorNames,
      municipalities: inputs.municipalities.map((m) => ({
        usage: m.usage,
        indicators: m.indicators,
        previousBudget: m.previousBudget,
        population: m.population,
        provider: m.provider,
        region: m.region,
        name: m.name,
      })),
    };
    expect(inputChecksum(reordered)).toBe(inputChecksum(inputs));
    expect(inputChecksum(inputs)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when one figure changes", () => {
    const other = validateInputs(withParameter(sampleSnapshot(), "Gesamtbudget", 2233000.01))
      .inputs as BudgetInputs;
    expect(inputChecksum(other)).not.toBe(inputChecksum(inputs));
  });
});
