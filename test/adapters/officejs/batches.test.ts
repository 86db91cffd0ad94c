/**
 * Packing write steps into syncs below the payload budget, and chunking a block's rows.
 */
import fc from "fast-check";
import { HostError } from "../../../src/adapters/officejs";
import {
  batchBudget,
  chunkRows,
  jsonLength,
  packSteps,
  type Step,
} from "../../../src/adapters/officejs/batches";

const sized = (bytes: number): Step => ({ bytes, queue: () => undefined });

describe("when steps are packed", () => {
  it.each([
    // budget 100: 40+50 fit (90), +30 would be 120 → new batch; 30+70 = 100 fits.
    [
      [40, 50, 30, 70],
      100,
      [
        [40, 50],
        [30, 70],
      ],
    ],
    [[100], 100, [[100]]],
    [[10, 10, 10], 1000, [[10, 10, 10]]],
    [[], 100, []],
  ])("packs %j into batches of at most %i bytes: %j", (sizes, budget, expected) => {
    const batches = packSteps(sizes.map(sized), budget);
    expect(batches.map((b) => b.map((s) => s.bytes))).toEqual(expected);
  });

  it("refuses a single step above the budget with a German HostError", () => {
    expect(() => packSteps([sized(101)], 100)).toThrow(HostError);
    expect(() => packSteps([sized(101)], 100)).toThrow(/mehr als 5 MB/);
  });

  it("keeps every step, in order, and every batch within the budget", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 })),
        fc.integer({ min: 100, max: 1000 }),
        (sizes, budget) => {
          const steps = sizes.map(sized);
          const batches = packSteps(steps, budget);
          expect(batches.flat()).toEqual(steps);
          for (const batch of batches)
            expect(batch.reduce((n, s) => n + s.bytes, 0)).toBeLessThanOrEqual(budget);
        }
      )
    );
  });

  it("keeps a tenth of the limit free: 5 MB → 4,718,592 bytes", () => {
    // 5 × 1024 × 1024 = 5,242,880; × 0.9 = 4,718,592.
    expect(batchBudget(5 * 1024 * 1024)).toBe(4_718_592);
  });
});

describe("when rows are chunked", () => {
  it.each([
    // rows of 30 bytes, budget 100: three rows (90) per chunk.
    [
      7,
      30,
      100,
      [
        [0, 3],
        [3, 6],
        [6, 7],
      ],
    ],
    [
      2,
      500,
      100,
      [
        [0, 1],
        [1, 2],
      ],
    ],
    [0, 10, 100, []],
  ])("splits %i rows of %i bytes within %i bytes as %j", (count, bytes, budget, expected) => {
    expect(chunkRows(count, () => bytes, budget)).toEqual(expected);
  });

  it("covers all rows once, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 })),
        fc.integer({ min: 1, max: 200 }),
        (sizes, budget) => {
          const chunks = chunkRows(sizes.length, (r) => sizes[r] ?? 0, budget);
          const rows = chunks.flatMap(([start, end]) =>
            Array.from({ length: end - start }, (_, i) => start + i)
          );
          expect(rows).toEqual(sizes.map((_, i) => i));
          for (const [start, end] of chunks) {
            const size = sizes.slice(start, end).reduce((a, b) => a + b, 0);
            expect(end - start === 1 || size <= budget).toBe(true);
          }
        }
      )
    );
  });
});

describe("when a payload is measured", () => {
  it.each([
    ["abc", 5],
    ['#,##0.00 "€"', 18],
    ["Übersicht", 12],
    [[1, "ä"], 8],
  ])("counts %p as %i UTF-8 bytes of JSON", (value, bytes) => {
    // '#,##0.00 "€"' is 12 characters; JSON adds 2 quotes and 2 backslashes (16), "€" is 3 bytes (+2).
    expect(jsonLength(value)).toBe(bytes);
  });
});
