/**
 * The choices of one input in the mapping dialog: every Excel table of the workbook, and every
 * sheet read without a table (its first row as headers, WORKBOOK.md). A location names a table
 * first and a sheet as the fallback, so a sheet choice must name a table that does not exist.
 */
import type { InputKey, InputLocation, TableInfo } from "../../workbook/index";
import { DEFAULT_MAPPING } from "../../workbook/index";

/** What an option stands for. */
export type MappingOptionKind = "table" | "sheet" | "missing";

/** One option of an input's dropdown. */
export interface MappingOption {
  /** Unique within the dropdown: "table:Name", "sheet:Name" or "missing". */
  readonly value: string;
  readonly kind: MappingOptionKind;
  readonly location: InputLocation;
  /** The table's or sheet's name, for the option text. */
  readonly name: string;
  /** The table's sheet (kind "table"); the sheet itself otherwise. */
  readonly sheet: string;
  /** The table's headers (kind "table"), else empty. */
  readonly headers: readonly string[];
}

/** The workbook as the dialog sees it. */
export interface WorkbookShape {
  readonly tables: readonly TableInfo[];
  readonly sheetNames: readonly string[];
}

/** Excel compares table and sheet names without regard to case. */
function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("de-DE") === b.toLocaleLowerCase("de-DE");
}

/**
 * Returns the location that reads `sheet` without a table: the current or default table name
 * when no table has that name, else a name no Excel table can have (tables have no spaces).
 */
export function sheetLocation(
  key: InputKey,
  sheet: string,
  current: InputLocation,
  tables: readonly TableInfo[]
): InputLocation {
  const free = (name: string) => !tables.some((table) => sameName(table.name, name));
  const table =
    [current.table, DEFAULT_MAPPING[key].table].find(free) ?? `${DEFAULT_MAPPING[key].table} Blatt`;
  return { table, sheet };
}

/**
 * Returns the options for input `key`: the tables, then the sheets, and — when the current
 * location names neither an existing table nor sheet — one "missing" option for it.
 */
export function mappingOptions(
  key: InputKey,
  current: InputLocation,
  shape: WorkbookShape
): MappingOption[] {
  const tables = shape.tables.map((table): MappingOption => ({
    value: `table:${table.name}`,
    kind: "table",
    location: { table: table.name, sheet: table.sheet },
    name: table.name,
    sheet: table.sheet,
    headers: table.headers,
  }));
  const sheets = shape.sheetNames.map((sheet): MappingOption => ({
    value: `sheet:${sheet}`,
    kind: "sheet",
    location: sheetLocation(key, sheet, current, shape.tables),
    name: sheet,
    sheet,
    headers: [],
  }));
  const options = [...tables, ...sheets];
  if (selectedIndex(current, options) >= 0) return options;
  const missing: MappingOption = {
    value: "missing",
    kind: "missing",
    location: current,
    name: current.table,
    sheet: current.sheet,
    headers: [],
  };
  return [...options, missing];
}

/** Returns the index of the option a location reads: its table when it exists, else its sheet. */
function selectedIndex(current: InputLocation, options: readonly MappingOption[]): number {
  const table = options.findIndex(
    (option) => option.kind === "table" && sameName(option.name, current.table)
  );
  if (table >= 0) return table;
  return options.findIndex(
    (option) => option.kind === "sheet" && sameName(option.name, current.sheet)
  );
}

/** Returns the option that `current` reads (mappingOptions always contains one). */
export function selectedOption(
  current: InputLocation,
  options: readonly MappingOption[]
): MappingOption {
  const index = selectedIndex(current, options);
  const option = index >= 0 ? options[index] : options.find((o) => o.kind === "missing");
  if (option === undefined)
    throw new Error("mappingOptions enthält keine Option für die Zuordnung.");
  return option;
}
