/**
 * Invariants over random valid districts: whatever the inputs, the figures add up exactly
 * (DOMAIN.md 3, 7): Σ region totals = district total, each region's bound = Σ of its
 * municipalities' bound, Σ amounts = B, and the report shows at most two decimals.
 */
import * as fc from "fast-check";
import { Dec, ZERO } from "../../src/core/decimal";
import { evaluateSnapshot } from "../../src/workbook/fill";
import type { DistrictSpec, MunicipalitySpec } from "./fixtures";
import { districtSnapshot } from "./fixtures";

/** An amount in EUR with whole cents, from 0 to `max` EUR. */
const amount = (max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: max * 100 }).map((cents) => cents / 100);

const municipality = (
  index: number,
  regionCount: number,
  indicatorCount: number
): fc.Arbitrary<MunicipalitySpec> =>
  fc.record({
    name: fc.constant(`Gemeinde ${index + 1}`),
    region: fc.integer({ min: 1, max: regionCount }).map((r) => `Region ${r}`),
    population: fc.integer({ min: 1, max: 60000 }),
    previousBudget: amount(500000),
    // At least 0.1 per indicator, so no district reference is 0.
    indicators: fc.array(
      fc.integer({ min: 1, max: 1000 }).map((tenths) => tenths / 10),
      {
        minLength: indicatorCount,
        maxLength: indicatorCount,
      }
    ),
    // Betriebskosten > 0, so no usage row is all zero.
    usage: fc.tuple(
      amount(200000).map((a) => a + 1),
      amount(50000),
      amount(50000),
      amount(100000)
    ),
  });

const district: fc.Arbitrary<DistrictSpec> = fc
  .record({
    count: fc.integer({ min: 1, max: 12 }),
    regions: fc.integer({ min: 1, max: 4 }),
    indicators: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ count, regions, indicators }) =>
    fc.record({
      municipalities: fc.tuple(
        ...Array.from({ length: count }, (_, i) => municipality(i, regions, indicators))
      ),
      indicatorNames: fc.constant(
        Array.from({ length: indicators }, (_, k) => `Indikator ${k + 1}`)
      ),
      weights: fc.array(
        fc.integer({ min: 1, max: 10 }).map((tenths) => tenths / 10),
        { minLength: indicators, maxLength: indicators }
      ),
      boundShares: fc.tuple(
        fc.constant(1),
        fc.constant(1),
        fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
        fc.constant(0)
      ),
      parameters: fc
        .record({
          total: amount(5000000),
          model: fc.constantFrom("EINWOHNER", "BELASTUNG", "SOCKEL"),
          basis: fc.constantFrom("GEMEINDE", "KREIS"),
          ambulant: amount(10000000),
          share: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
          yearIndex: fc.integer({ min: 0, max: 6 }),
          phaseOut: fc.integer({ min: 0, max: 5 }),
        })
        .map((p) => [
          ["Haushaltsjahr", 2026 + p.yearIndex] as const,
          ["Gesamtbudget", p.total] as const,
          ["Finanzierungsmodell", p.model] as const,
          // A feasible base: at most B / n, whole cents.
          ["Sockelbetrag", Math.floor((p.total * 100) / count / 2) / 100] as const,
          ["Aufteilungsbasis", p.basis] as const,
          ["Budget ambulante Hilfen", p.ambulant] as const,
          ["Anteil Regionalbudget 2", p.share] as const,
          ["Startjahr Quote", 2026] as const,
          ["Abschmelzjahre", p.phaseOut] as const,
        ]),
    })
  );

const sum = (values: readonly Dec[]): Dec =>
  values.reduce((total, value) => total.plus(value), ZERO);

describe("for random valid districts", () => {
  it("Σ region totals = district total and each region's bound = Σ its municipalities' bound", () => {
    fc.assert(
      fc.property(district, (spec) => {
        const outcome = evaluateSnapshot(districtSnapshot(spec));
        const { result, inputs } = outcome;
        if (!outcome.ok || result === undefined || inputs === undefined) {
          throw new Error(JSON.stringify(outcome.issues));
        }
        const regionsAddUp = sum(result.regions.map((r) => r.total)).eq(result.totals.total);
        const boundsAddUp = result.regions.every((region) =>
          sum(result.municipalities.filter((m) => m.region === region.name).map((m) => m.bound)).eq(
            region.bound
          )
        );
        const amountsAddUp = sum(result.municipalities.map((m) => m.amount)).eq(
          inputs.parameters.total
        );
        return regionsAddUp && boundsAddUp && amountsAddUp;
      }),
      { numRuns: 150 }
    );
  });

  it("reports amounts with at most two decimals and shares that sum to exactly 1", () => {
    fc.assert(
      fc.property(district, (spec) => {
        const { report } = evaluateSnapshot(districtSnapshot(spec));
        const amounts = [
          ...report.municipalities.flatMap((m) => [m.amount, m.compensation, m.bound, m.regional1]),
          ...report.regions.flatMap((r) => [
            r.bound,
            r.regional1,
            r.freed,
            r.regional2,
            r.compensation,
            r.total,
          ]),
        ];
        const cents = amounts.every((value) => new Dec(value).decimalPlaces() <= 2);
        const quotas = sum(report.municipalities.map((m) => new Dec(m.quota)));
        const keys = sum(report.regions.map((r) => new Dec(r.key)));
        return report.ok && cents && quotas.eq(1) && keys.eq(1);
      }),
      { numRuns: 100 }
    );
  });
});
