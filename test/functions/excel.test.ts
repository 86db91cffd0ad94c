import { evaluateForExcel, invalidValueError } from "../../src/functions/excel";
import { column } from "./support";

/** Stands in for CustomFunctions.Error: an Error that remembers the Excel error code. */
class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

const fakeFactory = (message: string): Error => new FakeExcelError("#VALUE!", message);

describe("evaluateForExcel", () => {
  describe("when the arguments are valid", () => {
    it("returns the spill rows", () => {
      expect(evaluateForExcel("ALLOCATE", [100, column(1, 1, 1)], fakeFactory)).toEqual(
        column(33.34, 33.33, 33.33)
      );
    });
  });

  describe("when the arguments hold a data problem", () => {
    it("throws the factory's #VALUE! error with the German message", () => {
      const call = () => evaluateForExcel("ALLOCATE", [100, column(1, "x")], fakeFactory);
      expect(call).toThrow(FakeExcelError);
      expect(call).toThrow(
        "Gewichte (weights), Zeile 2: „x“ ist Text, hier wird eine Zahl erwartet."
      );
    });

    it("throws the engine's message the same way", () => {
      const call = () =>
        evaluateForExcel("MODEL", ["FOO", 1000, column(1), column(1)], fakeFactory);
      expect(call).toThrow(/^Unbekanntes Finanzierungsmodell „FOO“/);
    });
  });
});

describe("invalidValueError", () => {
  describe("when no Office runtime is loaded", () => {
    it("keeps the message in a plain Error", () => {
      const error = invalidValueError("Zeile 3: kaputt");
      expect(error).toBeInstanceOf(Error);
      expect(error.message).toBe("Zeile 3: kaputt");
    });
  });
});
