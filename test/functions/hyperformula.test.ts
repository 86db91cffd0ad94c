/**
 * The SR.* functions evaluated as real spreadsheet formulas: a HyperFormula function plugin
 * registers SR.LOADFACTOR … SR.INCENTIVE and calls the same pure implementations Excel calls, so
 * ranges, spills, chained formulas and cell errors behave as in a workbook.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { SR_FUNCTIONS } from "../../src/functions/definitions";
import type { SrFunction } from "../../src/functions/runner";
import { HOST_CONVENTIONS, type HostConvention } from "./support";

/** Excel's spelling of HyperFormula's error types, as a user would see them in a cell. */
const EXCEL_ERROR_CODES: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
};

/** The convention of the describe.each block running now (HyperFormula calls the plugin). */
let host: HostConvention = HOST_CONVENTIONS[0] as HostConvention;

/** One cell value as Excel would hand it to a custom function. */
function toExcelCell(value: unknown): unknown {
  if (value === EmptyValue) return host.emptyCell;
  if (value instanceof CellError) {
    return { error: EXCEL_ERROR_CODES[value.type] ?? `#${value.type}` };
  }
  // HyperFormula keeps currency, percent and date numbers as objects; Excel passes the number.
  if (typeof value === "object" && value !== null && "val" in value) return value.val;
  return value;
}

/** An argument as Excel would hand it over: ranges as 2D arrays, everything else as a cell. */
function toExcelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelCell));
  return toExcelCell(value);
}

/** The SR.* function behind a HyperFormula function id such as "SR.QUOTE". */
function srFunction(procedureName: string): SrFunction {
  const fn = Object.values(SR_FUNCTIONS).find(({ id }) => `SR.${id}` === procedureName);
  if (fn === undefined) throw new Error(`not an SR function: ${procedureName}`);
  return fn;
}

type RunArguments = Parameters<SrPlugin["runFunction"]>;
interface ProcedureCall {
  readonly procedureName: string;
  readonly args: RunArguments[0];
}

/** HyperFormula plugin: every SR.* id runs through `evaluate`, its spill size through `size`. */
class SrPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.values(SR_FUNCTIONS).map((fn) => [
      `SR.${fn.id}`,
      {
        method: "evaluate",
        sizeOfResultArrayMethod: "size",
        vectorizationForbidden: true,
        parameters: fn.parameters.map((spec) => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: spec.optional === true,
        })),
      },
    ])
  );

  evaluate(ast: ProcedureCall, state: RunArguments[1]) {
    const fn = srFunction(ast.procedureName);
    // An argument left out (",,") reaches a custom function as null on every host; the AST tells
    // it from a reference to an empty cell (AstNodeType.EMPTY is not exported, hence the string).
    const omitted = (index: number) => String(ast.args[index]?.type ?? "EMPTY") === "EMPTY";
    return this.runFunction(ast.args, state, this.metadata(ast.procedureName), (...args) => {
      const outcome = fn.evaluate(
        args.map((arg, index) => (omitted(index) ? null : toExcelArgument(arg)))
      );
      return outcome.ok
        ? SimpleRangeValue.onlyValues(outcome.values)
        : new CellError(ErrorType.VALUE, outcome.message);
    });
  }

  size(ast: ProcedureCall, state: RunArguments[1]): ArraySize {
    const fn = srFunction(ast.procedureName);
    const argumentOf = (name: string) =>
      ast.args[fn.parameters.findIndex((spec) => spec.name === name)];
    const rowsArgument = argumentOf(fn.result.rowsOf);
    if (rowsArgument === undefined) return ArraySize.error();
    const { height } = this.arraySizeForAst(rowsArgument, state);
    const { columns } = fn.result;
    if (typeof columns === "number") return new ArraySize(columns, height);
    const columnsArgument = argumentOf(columns.columnsOf);
    if (columnsArgument === undefined) return ArraySize.error();
    return new ArraySize(this.arraySizeForAst(columnsArgument, state).width, height);
  }
}

const TRANSLATIONS = {
  enGB: Object.fromEntries(Object.keys(SR_FUNCTIONS).map((id) => [`SR.${id}`, `SR.${id}`])),
};

beforeAll(() => HyperFormula.registerFunctionPlugin(SrPlugin, TRANSLATIONS));
afterAll(() => HyperFormula.unregisterFunctionPlugin(SrPlugin));

type Row = (string | number | null)[];

/** Builds a one-sheet workbook and returns a reader of A1-style ranges of its values. */
function workbook(rows: Row[]) {
  const hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
  const sheet = 0;
  return {
    /** The values of a range such as "D1:D3". */
    values(range: string) {
      const cellRange = hf.simpleCellRangeFromString(range, sheet);
      if (cellRange === undefined) throw new Error(`bad range ${range}`);
      return hf.getRangeValues(cellRange);
    },
    /** The value of one cell such as "D1". */
    value(cell: string) {
      const address = hf.simpleCellAddressFromString(cell, sheet);
      if (address === undefined) throw new Error(`bad cell ${cell}`);
      return hf.getCellValue(address);
    },
  };
}

/** Asserts a #VALUE! cell error and returns its message. */
function valueErrorMessage(value: unknown): string {
  expect(value).toBeInstanceOf(DetailedCellError);
  const error = value as DetailedCellError;
  expect(error.value).toBe("#VALUE!");
  return error.message;
}

// Columns: A population, B load factor, C previous budget, D–E indicators; F holds the formula.
const BASE: Row[] = [
  [1000, 1.5, 300, 2, 1],
  [2000, 1, 400, 1, 3],
  [1000, 0.5, 300, 3, 2],
];

describe.each(HOST_CONVENTIONS)("SR.* in a HyperFormula workbook in Excel $name", (convention) => {
  beforeAll(() => {
    host = convention;
  });

  describe("when each function spills over its range", () => {
    // Worked values: quota P·LF/Σ = (1500, 2000, 500)/4000; load factors of D1:E3 as in
    // loadFactor.test.ts; SOCKEL 100 each + 700·quota; phase-out of the loss (100, 0, 0) in year
    // 1 of 4 = 75; 10 % of 1,000,000 by (1, 2, 1); incentive savings 100 → 0.5·100 = 50,
    // overspend 100 → −0.25·100 = −25.
    it.each<[string, string, string, (number | string)[][]]>([
      ["SR.QUOTE", "=SR.QUOTE(A1:A3,B1:B3)", "F1:F3", [[0.375], [0.5], [0.125]]],
      ["SR.QUOTE with digits", "=SR.QUOTE(A1:A3,B1:B3,1)", "F1:F3", [[0.4], [0.5], [0.1]]],
      ["SR.LOADFACTOR", "=SR.LOADFACTOR(D1:E3,{1,1})", "F1:F3", [[0.75], [1], [1.25]]],
      ["SR.ALLOCATE", "=SR.ALLOCATE(100,A1:A3)", "F1:F3", [[25], [50], [25]]],
      ["SR.MODEL", '=SR.MODEL("SOCKEL",1000,A1:A3,B1:B3,,100)', "F1:F3", [[362.5], [450], [187.5]]],
      ["SR.PHASEOUT", "=SR.PHASEOUT(C1:C3,{200;400;300},4,1)", "F1:F3", [[75], [0], [0]]],
      ["SR.BUDGET2", "=SR.BUDGET2(1000000,0.1,A1:A3)", "F1:F3", [[25000], [50000], [25000]]],
      ["SR.INCENTIVE", "=SR.INCENTIVE(C1:C3,{200;400;400},0.5,,0.25)", "F1:F3", [[50], [0], [-25]]],
    ])("spills %s", (_name, formula, range, expected) => {
      const sheet = workbook(BASE.map((row, index) => [...row, index === 0 ? formula : null]));
      expect(sheet.values(range)).toEqual(expected);
    });

    it("spills SR.SPLIT into two columns", () => {
      const sheet = workbook([
        [1000, 60, 20, 10, 10, 1, 1, 1, 0, "=SR.SPLIT(A1:A2,B1:E2,F1:I1)"],
        [2000, 50, 0, 0, 50],
      ]);
      expect(sheet.values("J1:K2")).toEqual([
        [900, 100],
        [1000, 1000],
      ]);
    });
  });

  describe("when formulas feed each other", () => {
    it("chains SR.LOADFACTOR into SR.QUOTE into SR.MODEL", () => {
      const sheet = workbook([
        ...BASE.map((row) => [...row, null]),
        ['=SR.MODEL("BELASTUNG",1000,A1:A3,SR.LOADFACTOR(D1:E3,{1,1}))'],
        [null],
        [null],
        ["=SR.QUOTE(A1:A3,SR.LOADFACTOR(D1:E3,{1,1}),2)"],
      ]);
      // LF = (0.75, 1, 1.25); P·LF = (750, 2000, 1250), Σ = 4000.
      expect(sheet.values("A4:A6")).toEqual([[187.5], [500], [312.5]]);
      expect(sheet.values("A7:A9")).toEqual([[0.19], [0.5], [0.31]]);
    });
  });

  describe("when a whole table column is selected", () => {
    it("fills the trailing blank rows with empty text", () => {
      const sheet = workbook([
        [1, "=SR.ALLOCATE(100,A1:A4)"],
        [3, null],
        [null, null],
        [null, null],
      ]);
      expect(sheet.values("B1:B4")).toEqual([[25], [75], [""], [""]]);
    });

    // Issue 14: on the desktop the two empty rows used to enter the district mean
    // (0.83 / 2.08 / 2.08 / 0 / 0) and an empty cap cell turned every factor into 0.
    it.each([
      ["without a cap", "=SR.LOADFACTOR(D1:E5,{1,1})"],
      ["with a cap pointing at an empty cell", "=SR.LOADFACTOR(D1:E5,{1,1},,,G1)"],
    ])("gives the same load factors on every host %s", (_case, formula) => {
      const rows: Row[] = [
        ...BASE.map((row, index) => [...row, index === 0 ? formula : null, null]),
        [null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null],
      ];
      expect(workbook(rows).values("F1:F5")).toEqual([[0.75], [1], [1.25], [""], [""]]);
    });
  });

  describe("when the input is bad", () => {
    it.each<[string, Row[], string, string]>([
      [
        "a German number stored as text",
        [
          [1000, "=SR.ALLOCATE(100,A1:A2)"],
          ["1.234,56", null],
        ],
        "B1",
        "Gewichte (weights), Zeile 2: „1.234,56“ ist als Text gespeichert, nicht als Zahl. " +
          "Bitte die Zelle als Zahl eingeben (ohne Anführungszeichen, ohne Tausenderpunkte).",
      ],
      [
        "an error cell in a range",
        [
          [1000, "=SR.ALLOCATE(100,A1:A2)"],
          ["=1/0", null],
        ],
        "B1",
        "Gewichte (weights), Zeile 2: Die Zelle enthält den Fehler #DIV/0!; bitte zuerst diesen Fehler beheben.",
      ],
      [
        "a blank row in the middle",
        [
          [1000, "=SR.QUOTE(A1:A3,A1:A3)"],
          [null, null],
          [1000, null],
        ],
        "B1",
        "Zeile 2 (Einwohner (population), Belastungsfaktor (loadFactor)) ist leer oder enthält " +
          "nur Nullen und ist damit keine Zeile mit Daten. Leere Zeilen sind nur am Ende des " +
          "Bereichs erlaubt (Excel am Desktop übergibt leere Zellen als 0).",
      ],
      [
        "ranges of different heights",
        [
          [1000, 1, "=SR.QUOTE(A1:A2,B1:B3)"],
          [1000, 1, null],
          [null, 1, null],
        ],
        "C1",
        "Belastungsfaktor (loadFactor) hat 3 Zeilen, Einwohner (population) aber 2. " +
          "Die Bereiche müssen gleich viele Zeilen haben.",
      ],
    ])("shows #VALUE! with the message for %s", (_case, rows, cell, message) => {
      expect(valueErrorMessage(workbook(rows).value(cell))).toBe(message);
    });

    it("shows the engine's message for an unknown model", () => {
      const sheet = workbook(
        BASE.map((row, i) => [...row, i === 0 ? '=SR.MODEL("FOO",1000,A1:A3,B1:B3)' : null])
      );
      expect(valueErrorMessage(sheet.value("F1"))).toBe(
        "Unbekanntes Finanzierungsmodell „FOO“. Gültig sind: EINWOHNER, BELASTUNG, SOCKEL, KORRIDOR."
      );
    });
  });
});
