/**
 * functions.json as webpack's custom-functions-metadata-plugin will build it from the JSDoc of
 * src/functions/functions.ts: exactly the eight SR.* ids, German help, and the parameter shapes
 * the argument checker expects.
 */
import path from "node:path";
import { generateCustomFunctionsMetadata, type IFunction } from "custom-functions-metadata";

const ENTRY = path.resolve(__dirname, "../../src/functions/functions.ts");

interface ExpectedParameter {
  readonly name: string;
  readonly matrix: boolean;
  readonly optional: boolean;
}

/** name, optional flag (trailing "?") and dimensionality ("[]" = matrix) of each parameter. */
const EXPECTED: Record<string, string[]> = {
  LOADFACTOR: ["indicators[]", "weights[]", "population[]?", "floor?", "cap?"],
  QUOTE: ["population[]", "loadFactor[]", "digits?"],
  ALLOCATE: ["total", "weights[]", "unit?"],
  MODEL: ["model", "total", "population[]", "loadFactor[]", "previous[]?", "parameter?"],
  PHASEOUT: ["previous[]", "amount[]", "years", "yearIndex"],
  SPLIT: ["amount[]", "usage[]", "boundShares[]", "basis?"],
  BUDGET2: ["ambulantBudget", "share", "regionKey[]"],
  INCENTIVE: ["budget[]", "actual[]", "retainShare", "capShare?", "malusShare?"],
};

/** Reads the compact notation of EXPECTED. */
function parseExpected(notation: string): ExpectedParameter {
  const optional = notation.endsWith("?");
  const bare = optional ? notation.slice(0, -1) : notation;
  const matrix = bare.endsWith("[]");
  return { name: matrix ? bare.slice(0, -2) : bare, matrix, optional };
}

/** The function descriptions Excel shows while typing, exactly. */
const DESCRIPTIONS: Record<string, string> = {
  LOADFACTOR:
    "Belastungsfaktor je Gemeinde: gewichtete Indikatoren relativ zum Kreisdurchschnitt (1 = Mittel).",
  QUOTE: "Quote je Gemeinde: Einwohner × Belastungsfaktor geteilt durch die Summe aller Gemeinden.",
  ALLOCATE:
    "Verteilt einen Betrag centgenau nach Gewichten (größte Reste); die Teile ergeben genau den Betrag.",
  MODEL: "Verteilt das Gesamtbudget centgenau nach dem Finanzierungsmodell auf die Gemeinden.",
  PHASEOUT:
    "Defizitausgleich je Gemeinde: der Verlust gegenüber dem Vorjahr, über die Jahre abgeschmolzen.",
  SPLIT:
    "Teilt jeden Betrag nach der Verwendung in gebundenes Budget und regionales Budget 1 (2 Spalten).",
  BUDGET2:
    "Regionales Budget 2: Anteil der ambulanten Hilfen, centgenau nach Regionsschlüssel verteilt.",
  INCENTIVE:
    "Anreiz je Region: Bonus (positiv) für Einsparungen, Malus (negativ) für Mehrausgaben.",
};

// English words that would betray an untranslated help text.
const ENGLISH = /\b(the|of|and|for|each|with|per|amount|optional)\b/;

let functions: IFunction[] = [];
let errors: string[] = [];
let metadataJson = "{}";

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(ENTRY);
  errors = result.errors;
  metadataJson = result.metadataJson === "" ? "{}" : result.metadataJson;
  functions =
    result.metadataJson === "" ? [] : (JSON.parse(result.metadataJson).functions as IFunction[]);
});

describe("functions.json generated from functions.ts", () => {
  it("is generated without errors", () => {
    expect(errors).toEqual([]);
  });

  // README and docs/FUNCTIONS.md tell users that an error cell in an argument shows as that
  // error, without a German message; that holds only while the metadata does not let errors in.
  it("does not let error cells reach the functions (the documented behaviour)", () => {
    expect(JSON.parse(metadataJson)).not.toHaveProperty("allowErrorForDataTypeAny");
  });

  it("lists exactly the eight SR.* ids, each under its own name", () => {
    expect(functions.map((fn) => fn.id)).toEqual(Object.keys(EXPECTED));
    expect(functions.map((fn) => fn.name)).toEqual(Object.keys(EXPECTED));
  });

  describe.each(Object.entries(EXPECTED))("when Excel reads %s", (id, notation) => {
    const metadata = () => {
      const fn = functions.find((candidate) => candidate.id === id);
      if (fn === undefined) throw new Error(`${id} missing from functions.json`);
      return fn;
    };

    it("declares the parameters' names, optional flags and dimensionality", () => {
      const actual = metadata().parameters.map((parameter) => ({
        name: parameter.name,
        matrix: parameter.dimensionality === "matrix",
        optional: parameter.optional === true,
      }));
      expect(actual).toEqual(notation.map(parseExpected));
    });

    it("types numeric arguments as any so text reaches the checker instead of being coerced", () => {
      const types = metadata().parameters.map((parameter) => parameter.type);
      const textParameters = new Set(["model", "basis"]);
      metadata().parameters.forEach((parameter, index) => {
        expect(types[index]).toBe(textParameters.has(parameter.name) ? "string" : "any");
      });
    });

    it("spills a matrix result", () => {
      expect(metadata().result).toEqual({ dimensionality: "matrix" });
    });

    it("describes the function in German", () => {
      expect(metadata().description).toBe(DESCRIPTIONS[id]);
    });

    it("helps with every parameter on one German line, optional ones marked as such", () => {
      for (const parameter of metadata().parameters) {
        const text = parameter.description ?? "";
        expect(text).not.toBe("");
        expect(text).not.toContain("\n");
        expect(text).not.toMatch(ENGLISH);
        expect(text.startsWith("Optional: ")).toBe(parameter.optional === true);
      }
    });
  });
});
