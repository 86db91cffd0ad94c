/**
 * The one argument checker every SR.* function runs through (HyperFormula style): parameters are
 * declared as data, and this module turns what Excel hands over – numbers, text, booleans, empty
 * cells, error values, 2D ranges – into Dec vectors and matrices, or into one German message
 * naming the argument and the row. Function bodies then only call the engine.
 *
 * Desktop Excel (Windows, Mac) hands an empty cell to a custom function as 0, Excel on the web as
 * null (OfficeDev/office-js #4702, #5262, #1951), and on the desktop a real 0 and an empty cell
 * cannot be told apart. So every rule that lets an empty cell change a result reads "empty or 0":
 * trailing rows that hold only 0 or empty cells are no data rows, an all-zero row between data
 * rows is refused where such a row cannot be data (`zeroRows: "refuse"`), and an optional scalar
 * of exactly 0 is declared per parameter (`zero`). The web's null is only ever used to refuse
 * more (a single empty cell inside a data row), never to compute other numbers.
 */
import { toDec, type Dec } from "../core";
import { classifyCell, type CellKind } from "./cells";
import { messages, type Place } from "./messages";

interface BaseSpec {
  /** The parameter's name in the function's signature (English, as Excel shows it). */
  readonly name: string;
  /** German label for messages, e.g. "Einwohner (population)". */
  readonly label: string;
  readonly optional?: boolean;
}

/**
 * What an optional scalar of exactly 0 means. Desktop Excel passes an empty cell as 0, so a
 * value whose 0 is never meant (a cap of 0, rounding to 0 digits) is `"omitted"`: the same
 * result as the web's empty cell. Without `zero`, 0 is an ordinary value (its meaning is the
 * default's, or the function decides in its body).
 */
type ZeroMeaning = "omitted";

/** n×1 range aligned row by row with the function's other columns and tables. */
export interface ColumnSpec extends BaseSpec {
  readonly kind: "column";
  readonly nonNegative?: boolean;
}

/**
 * n×k range aligned row by row with the other columns and tables. Without `columns`, every
 * free-width table of a function must have the same width.
 */
export interface TableSpec extends BaseSpec {
  readonly kind: "table";
  readonly columns?: number;
  readonly nonNegative?: boolean;
}

/**
 * A single row or column of values, not row-aligned: `length` fixed or a table's width. With
 * `share`, every value must lie in [0, 1] (checked here, where the value's position is known).
 */
export interface ListSpec extends BaseSpec {
  readonly kind: "list";
  readonly length: number | { readonly columnsOf: string };
  readonly nonNegative?: boolean;
  readonly share?: boolean;
}

/** One number, converted to Dec; with `share` it must lie in [0, 1]. */
export interface NumberSpec extends BaseSpec {
  readonly kind: "number";
  readonly nonNegative?: boolean;
  readonly share?: boolean;
  readonly zero?: ZeroMeaning;
}

/** One whole number ≥ min (and ≤ max, when given). */
export interface IntegerSpec extends BaseSpec {
  readonly kind: "integer";
  readonly min: number;
  readonly max?: number;
  readonly zero?: ZeroMeaning;
}

/** One text, e.g. a model name; `example` shows a valid value in the message. */
export interface TextSpec extends BaseSpec {
  readonly kind: "text";
  readonly example: string;
}

/** A parameter of an SR.* function, declared as data. */
export type ParameterSpec = ColumnSpec | TableSpec | ListSpec | NumberSpec | IntegerSpec | TextSpec;

/**
 * What a row of the row-aligned ranges that holds only 0 or empty cells means between data rows:
 * `"data"` – an ordinary row (a weight of 0 gets nothing); `"refuse"` – no row of data (a
 * municipality with population 0 and every indicator 0), so it is refused like an empty row.
 * Trailing such rows are no data rows in either case.
 */
export type ZeroRows = "data" | "refuse";

interface ValueOfKind {
  column: Dec[];
  table: Dec[][];
  list: Dec[];
  number: Dec;
  integer: number;
  text: string;
}

/** The checked arguments of a parameter list, by name; optional ones may be undefined. */
export type ArgumentsOf<P extends readonly ParameterSpec[]> = {
  [S in P[number] as S["name"]]: S extends { readonly optional: true }
    ? ValueOfKind[S["kind"]] | undefined
    : ValueOfKind[S["kind"]];
};

/** Checked arguments; `rows` = rows with data, `rangeRows` = rows of the ranges as passed. */
export type CheckResult<P extends readonly ParameterSpec[]> =
  | {
      readonly ok: true;
      readonly args: ArgumentsOf<P>;
      readonly rows: number;
      readonly rangeRows: number;
    }
  | { readonly ok: false; readonly message: string };

type Grid = readonly (readonly unknown[])[];

/** An argument problem; thrown inside this module only and turned into a result at its edge. */
class ArgumentProblem extends Error {
  override readonly name = "ArgumentProblem";
}

/** Excel hands ranges over as unknown[][] and single cells as scalars; both become a grid. */
function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/** Width of a grid (its first row; Excel ranges are rectangular). */
function widthOf(grid: Grid): number {
  return grid[0]?.length ?? 0;
}

/** Throws the message for any cell that is not a number. */
function rejectNonNumber(cell: CellKind, place: Place): never {
  switch (cell.kind) {
    case "text":
      throw new ArgumentProblem(
        cell.looksNumeric
          ? messages.numberAsText(place, cell.text)
          : messages.text(place, cell.text)
      );
    case "boolean":
      throw new ArgumentProblem(messages.booleanValue(place));
    case "error":
      throw new ArgumentProblem(messages.cellError(place, cell.code));
    case "blank":
      throw new ArgumentProblem(messages.blankInside(place));
    default:
      throw new ArgumentProblem(messages.unsupportedValue(place));
  }
}

/**
 * Converts a cell number to Dec. Excel keeps 15 significant digits; digits beyond are binary
 * noise of formulas (=0,1+0,2 hands over 0.30000000000000004), which would make a SUMME() of cents
 * "not a multiple of a cent". Rounding to 15 digits restores the value Excel shows.
 */
function toCellDec(value: number, place: Place): Dec {
  return toDec(value.toPrecision(15), place.label);
}

/** The value rules a numeric spec may declare. */
interface NumberRules {
  readonly nonNegative?: boolean;
  readonly share?: boolean;
}

/** Returns the cell as Dec, or throws the message naming `place`. */
function numberAt(raw: unknown, place: Place, rules: NumberRules): Dec {
  const cell = classifyCell(raw);
  if (cell.kind !== "number") rejectNonNumber(cell, place);
  const value = toCellDec(cell.value, place);
  const negative = value.isNegative() && !value.isZero();
  if (rules.share === true && (negative || value.gt(1))) {
    throw new ArgumentProblem(messages.notAShare(place));
  }
  if (rules.nonNegative === true && negative) throw new ArgumentProblem(messages.negative(place));
  return value;
}

/** Returns the single cell of a scalar argument, or throws when a range was passed. */
function singleCell(value: unknown, place: Place): unknown {
  const grid = toGrid(value);
  if (grid.length !== 1 || widthOf(grid) !== 1) {
    throw new ArgumentProblem(messages.notASingleValue(place));
  }
  return grid[0]?.[0];
}

/**
 * True when an optional scalar's value stands for "not given": an empty cell, or a 0 where 0 is
 * what desktop Excel passes for an empty cell and either means nothing (a text) or is declared
 * `zero: "omitted"`.
 */
function isOmittedScalar(spec: NumberSpec | IntegerSpec | TextSpec, cell: CellKind): boolean {
  if (spec.optional !== true) return false;
  if (cell.kind === "blank") return true;
  if (cell.kind !== "number" || cell.value !== 0) return false;
  return spec.kind === "text" || spec.zero === "omitted";
}

/** Checks a scalar argument; undefined when an optional one is omitted, blank or 0 for "omitted". */
function checkScalar(spec: NumberSpec | IntegerSpec | TextSpec, raw: unknown): unknown {
  const place: Place = { label: spec.label };
  const cell = classifyCell(singleCell(raw, place));
  if (isOmittedScalar(spec, cell)) return undefined;
  if (cell.kind === "blank") throw new ArgumentProblem(messages.missing(place));
  if (spec.kind === "text") {
    if (cell.kind !== "text") throw new ArgumentProblem(messages.notText(place, spec.example));
    return cell.text;
  }
  if (cell.kind !== "number") rejectNonNumber(cell, place);
  if (spec.kind === "number") return numberAt(cell.value, place, spec);
  if (!Number.isInteger(cell.value)) throw new ArgumentProblem(messages.notInteger(place));
  if (cell.value < spec.min || (spec.max !== undefined && cell.value > spec.max)) {
    throw new ArgumentProblem(messages.outOfRange(place, spec.min, spec.max));
  }
  return cell.value;
}

type AlignedSpec = ColumnSpec | TableSpec;

/** Checks the shapes of the row-aligned ranges: columns, widths and equal row counts. */
function checkAlignedShapes(aligned: readonly [AlignedSpec, Grid][]): void {
  let freeWidth: [Place, number] | undefined;
  const first = aligned[0];
  for (const [spec, grid] of aligned) {
    const place: Place = { label: spec.label };
    const width = widthOf(grid);
    if (spec.kind === "column" && width !== 1) {
      throw new ArgumentProblem(messages.notAColumn(place, width));
    }
    if (spec.kind === "table" && spec.columns !== undefined && width !== spec.columns) {
      throw new ArgumentProblem(messages.columnCount(place, spec.columns, width));
    }
    if (spec.kind === "table" && spec.columns === undefined) {
      if (freeWidth !== undefined && freeWidth[1] !== width) {
        throw new ArgumentProblem(
          messages.columnCountMismatch(freeWidth[0], freeWidth[1], place, width)
        );
      }
      freeWidth ??= [place, width];
    }
    if (first !== undefined && grid.length !== first[1].length) {
      const firstPlace: Place = { label: first[0].label };
      throw new ArgumentProblem(
        messages.rowCountMismatch(firstPlace, first[1].length, place, grid.length)
      );
    }
  }
}

/** True for a cell that desktop Excel may have handed over for an empty one: blank or 0. */
function isEmptyOrZero(raw: unknown): boolean {
  const cell = classifyCell(raw);
  return cell.kind === "blank" || (cell.kind === "number" && cell.value === 0);
}

/** True when row `index` of every aligned range holds only empty cells or 0. */
function isEmptyOrZeroRow(aligned: readonly [AlignedSpec, Grid][], index: number): boolean {
  return aligned.every(([, grid]) => (grid[index] ?? []).every(isEmptyOrZero));
}

/**
 * Rows up to the last row that holds a value other than 0 in any aligned range: trailing rows of
 * empty cells and zeros are cut (on the desktop they cannot be told apart).
 */
function rowsWithData(aligned: readonly [AlignedSpec, Grid][]): number {
  const height = aligned[0]?.[1].length ?? 0;
  let rows = height;
  while (rows > 0 && isEmptyOrZeroRow(aligned, rows - 1)) rows--;
  return rows;
}

/** Refuses the first row of only 0 or empty cells among the data rows (ZeroRows "refuse"). */
function refuseEmptyRows(aligned: readonly [AlignedSpec, Grid][], rows: number): void {
  for (let index = 0; index < rows; index++) {
    if (isEmptyOrZeroRow(aligned, index)) {
      const labels = aligned.map(([spec]) => spec.label);
      throw new ArgumentProblem(messages.emptyRow(labels, index + 1));
    }
  }
}

/** Converts the first `rows` rows of an aligned range; a blank cell there is an error. */
function alignedValues(spec: AlignedSpec, grid: Grid, rows: number): Dec[] | Dec[][] {
  const table = grid.slice(0, rows).map((row, r) =>
    row.map((raw, c) => {
      const column = spec.kind === "table" ? c + 1 : undefined;
      return numberAt(raw, { label: spec.label, row: r + 1, column }, spec);
    })
  );
  return spec.kind === "column" ? table.map((row) => row[0] as Dec) : table;
}

/** Converts a list given as one row or one column, checking its length. */
function listValues(spec: ListSpec, grid: Grid, widths: ReadonlyMap<string, number>): Dec[] {
  const place: Place = { label: spec.label };
  const vertical = widthOf(grid) === 1;
  if (!vertical && grid.length !== 1) throw new ArgumentProblem(messages.notAList(place));
  const cells = vertical ? grid.map((row) => row[0]) : (grid[0] ?? []);
  const expected =
    typeof spec.length === "number" ? spec.length : (widths.get(spec.length.columnsOf) ?? 0);
  if (cells.length !== expected) {
    throw new ArgumentProblem(messages.listLength(place, expected, cells.length));
  }
  return cells.map((raw, index) => {
    const position = vertical ? { row: index + 1 } : { column: index + 1 };
    return numberAt(raw, { label: spec.label, ...position }, spec);
  });
}

/** True when a range argument was left out (Excel passes null or undefined). */
function isOmitted(value: unknown): boolean {
  return value === null || value === undefined;
}

/** Checks all arguments; a range argument's shape problems come before its cells' problems. */
function checkAll(
  parameters: readonly ParameterSpec[],
  raw: readonly unknown[],
  zeroRows: ZeroRows
) {
  const values = new Map<string, unknown>();
  const aligned: [AlignedSpec, Grid][] = [];
  const lists: [ListSpec, Grid][] = [];
  parameters.forEach((spec, index) => {
    const value = raw[index];
    if (spec.kind === "number" || spec.kind === "integer" || spec.kind === "text") {
      values.set(spec.name, checkScalar(spec, value));
    } else if (isOmitted(value)) {
      if (spec.optional !== true)
        throw new ArgumentProblem(messages.missing({ label: spec.label }));
    } else if (spec.kind === "list") {
      lists.push([spec, toGrid(value)]);
    } else {
      aligned.push([spec, toGrid(value)]);
    }
  });
  checkAlignedShapes(aligned);
  const rows = rowsWithData(aligned);
  const firstAligned = aligned[0];
  if (firstAligned !== undefined && rows === 0) {
    throw new ArgumentProblem(messages.noValues({ label: firstAligned[0].label }));
  }
  if (zeroRows === "refuse") refuseEmptyRows(aligned, rows);
  const widths = new Map(aligned.map(([spec, grid]) => [spec.name, widthOf(grid)]));
  for (const [spec, grid] of aligned) values.set(spec.name, alignedValues(spec, grid, rows));
  for (const [spec, grid] of lists) values.set(spec.name, listValues(spec, grid, widths));
  return { values, rows, rangeRows: firstAligned?.[1].length ?? 0 };
}

/**
 * Checks `raw` (the arguments as Excel passed them, in order) against `parameters`; `zeroRows`
 * says what an all-zero row between data rows means. Returns the converted arguments by name,
 * or the German message of the first problem found.
 */
export function checkArguments<P extends readonly ParameterSpec[]>(
  parameters: P,
  raw: readonly unknown[],
  zeroRows: ZeroRows = "data"
): CheckResult<P> {
  try {
    const { values, rows, rangeRows } = checkAll(parameters, raw, zeroRows);
    // checkAll stores, per parameter name, exactly the value kind its spec declares.
    const args = Object.fromEntries(values) as ArgumentsOf<P>;
    return { ok: true, args, rows, rangeRows };
  } catch (error) {
    if (error instanceof ArgumentProblem) return { ok: false, message: error.message };
    throw error;
  }
}
