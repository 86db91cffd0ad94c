import fc from "fast-check";
import { BudgetInputError, Dec } from "../../src/core";
import { QUOTE } from "../../src/functions/definitions";
import { asColumn, defineFunction, entry } from "../../src/functions/runner";
import { column, messageOf, spill } from "./support";

const ONE_COLUMN = [{ kind: "column", name: "values", label: "Werte (values)" }] as const;

describe("defineFunction", () => {
  describe("when the body returns values", () => {
    it("spills them as numbers and never as -0", () => {
      const negate = defineFunction({
        id: "ALLOCATE",
        parameters: ONE_COLUMN,
        result: { rowsOf: "values", columns: 1 },
        body: ({ values }) => asColumn(values.map((value) => value.neg())),
      });
      const values = spill(negate, [column(0, 1.5, null)]);
      expect(values).toEqual(column(0, -1.5, ""));
      expect(Object.is(values[0]?.[0], 0)).toBe(true);
    });
  });

  describe("when the body throws", () => {
    it("returns the engine's input error as a message", () => {
      const failing = defineFunction({
        id: "ALLOCATE",
        parameters: ONE_COLUMN,
        result: { rowsOf: "values", columns: 1 },
        body: () => {
          throw new BudgetInputError("EMPTY_INPUT", "Werte: Es wurden keine Werte übergeben.");
        },
      });
      expect(messageOf(failing, [column(1)])).toBe("Werte: Es wurden keine Werte übergeben.");
    });

    it("lets any other error through, because it is a bug and not a data problem", () => {
      const buggy = defineFunction({
        id: "ALLOCATE",
        parameters: ONE_COLUMN,
        result: { rowsOf: "values", columns: 1 },
        body: () => {
          throw new TypeError("kaputt");
        },
      });
      expect(() => buggy.evaluate([column(1)])).toThrow(TypeError);
    });
  });

  describe("when trailing blank rows are appended to the ranges", () => {
    it("appends as many blank results and leaves the other results unchanged", () => {
      const rows = fc.array(
        fc.tuple(fc.integer({ min: 1, max: 50000 }), fc.integer({ min: 1, max: 300 })),
        { minLength: 1, maxLength: 10 }
      );
      const blanks = fc.array(fc.constantFrom(null, "", "  "), { maxLength: 5 });
      fc.assert(
        fc.property(rows, blanks, (data, trailing) => {
          const population = data.map(([p]) => [p]);
          const loadFactor = data.map(([, lf]) => [lf / 100]);
          const padded = (range: unknown[][]) => [...range, ...trailing.map((blank) => [blank])];
          const plain = spill(QUOTE, [population, loadFactor, 4]);
          const withBlanks = spill(QUOTE, [padded(population), padded(loadFactor), 4]);
          expect(withBlanks).toEqual([...plain, ...trailing.map(() => [""])]);
        })
      );
    });
  });
});

describe("entry", () => {
  it("returns an existing entry", () => {
    expect(entry([new Dec(1), new Dec(2)], 1).toString()).toBe("2");
  });

  it("throws for a missing entry instead of inventing one", () => {
    expect(() => entry([], 0)).toThrow(RangeError);
  });
});
