/**
 * tblGemeinden: one row per municipality with its region (which becomes an output sheet),
 * provider, population basis and previous budget.
 */
import type { Dec } from "../core/decimal";
import { cellText } from "./cells";
import { MUNICIPALITY_COLUMNS } from "./columns";
import type { CellRef } from "./issues";
import { makeFix, makeIssue } from "./issues";
import { matchMunicipalityRows } from "./matching";
import { MESSAGES } from "./messages";
import type { PopulationBasis } from "./parameters";
import { readName, readRequiredNumber } from "./readers";
import { EXTRA_OUTPUT_SHEETS } from "./sheet-names";
import { cellAt, dataRef, dataRows, findColumn, requireColumns } from "./tables";
import type { RawTable, ValidationIssue } from "./types";

/** The name of the overview sheet; no region may take it. */
export const OVERVIEW_SHEET = "Übersicht";

/** One municipality as read; `population`/`previousBudget` are absent when their cell is invalid. */
export interface MunicipalityRecord {
  readonly name: string;
  readonly region: string;
  readonly provider: string;
  readonly population?: Dec;
  readonly previousBudget?: Dec;
}

/** What tblGemeinden yields: the municipalities (valid or not) and whether all rows are valid. */
export interface ParsedMunicipalities {
  readonly records: readonly MunicipalityRecord[];
  readonly valid: boolean;
}

/** Excel reserves this sheet name (for its change history) in every language. */
const EXCEL_RESERVED_SHEET = "history";

/** Characters Excel forbids in sheet names. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/** Checks that a region can become a sheet name; `seen` maps lower-case names to their spelling. */
function checkRegion(
  region: string,
  name: string,
  ref: CellRef,
  reserved: ReadonlySet<string>,
  seen: Map<string, string>,
  issues: ValidationIssue[]
): boolean {
  const lower = region.normalize("NFC").toLowerCase();
  const earlier = seen.get(lower);
  let message: string | undefined;
  if (region === "") message = MESSAGES.blankRegion(ref, name);
  else if (region.length > 31) message = MESSAGES.regionTooLong(ref, region);
  else if (FORBIDDEN_IN_SHEET_NAME.test(region) || region.startsWith("'") || region.endsWith("'")) {
    message = MESSAGES.regionForbiddenCharacters(ref, region);
  } else if (lower === EXCEL_RESERVED_SHEET) message = MESSAGES.regionExcelReserved(ref, region);
  else if (reserved.has(lower)) message = MESSAGES.regionReserved(ref, region);
  else if (earlier !== undefined && earlier !== region) {
    const fix = makeFix(`Als »${earlier}« schreiben`, ref, earlier);
    issues.push(
      makeIssue("INVALID_REGION", "error", ref, MESSAGES.regionCaseClash(ref, region, earlier), fix)
    );
    return false;
  }
  if (message !== undefined) {
    issues.push(makeIssue("INVALID_REGION", "error", ref, message));
    return false;
  }
  if (earlier === undefined) seen.set(lower, region);
  return true;
}

/** The column indexes of tblGemeinden, the population column absent when the basis is invalid. */
interface Columns {
  readonly name: number;
  readonly region: number;
  readonly provider: number;
  readonly previousBudget: number;
  readonly population?: number;
}

function findColumns(
  table: RawTable,
  basis: PopulationBasis | undefined,
  issues: ValidationIssue[]
): Columns | undefined {
  const found = requireColumns(table, Object.values(MUNICIPALITY_COLUMNS), issues);
  const population = basis && requireColumns(table, [basis.header], issues);
  if (found === undefined || (basis !== undefined && population === undefined)) return undefined;
  return {
    name: found[MUNICIPALITY_COLUMNS.name],
    region: found[MUNICIPALITY_COLUMNS.region],
    provider: found[MUNICIPALITY_COLUMNS.provider],
    previousBudget: found[MUNICIPALITY_COLUMNS.previousBudget],
    population: basis && findColumn(table, basis.header),
  };
}

/**
 * Checks tblGemeinden: names present and unique, regions usable as sheet names (not one of
 * `inputSheets` nor "Übersicht"), population basis and previous budget numbers ≥ 0.
 */
export function validateMunicipalities(
  table: RawTable,
  basis: PopulationBasis | undefined,
  inputSheets: readonly string[],
  issues: ValidationIssue[]
): ParsedMunicipalities {
  const columns = findColumns(table, basis, issues);
  if (columns === undefined) return { records: [], valid: false };
  const rows = dataRows(table);
  if (rows.length === 0) {
    const ref = dataRef(table, 0, columns.name);
    issues.push(
      makeIssue("MISSING_MUNICIPALITY", "error", ref, MESSAGES.noMunicipalities(ref, table))
    );
    return { records: [], valid: false };
  }
  const reserved = new Set(
    [...inputSheets, OVERVIEW_SHEET, ...EXTRA_OUTPUT_SHEETS].map((sheet) =>
      sheet.normalize("NFC").toLowerCase()
    )
  );
  const seenRegions = new Map<string, string>();
  // Blank and repeated names are reported exactly as in the other tables.
  const named = matchMunicipalityRows(table, columns.name, undefined, issues);
  let valid = named.valid && basis !== undefined;
  const records = named.rows.map(({ index, name }): MunicipalityRecord => {
    const record = readRecord(table, index, columns, name, issues);
    const regionRef = dataRef(table, index, columns.region);
    const regionOk =
      record.region !== undefined &&
      checkRegion(record.region, name, regionRef, reserved, seenRegions, issues);
    const complete = record.population !== undefined && record.previousBudget !== undefined;
    valid = valid && regionOk && complete && record.provider !== undefined;
    return {
      ...record,
      name,
      region: record.region ?? "",
      provider: record.provider ?? "",
    };
  });
  return { records, valid };
}

/** Reads one row's region, provider and numbers, reporting problems at their cells. */
function readRecord(
  table: RawTable,
  index: number,
  columns: Columns,
  name: string,
  issues: ValidationIssue[]
): { region?: string; provider?: string; population?: Dec; previousBudget?: Dec } {
  const at = (column: number): CellRef => dataRef(table, index, column);
  const text = (column: number, label: string): string | undefined =>
    readName(cellAt(table, index, column), at(column), label, issues);
  const population =
    columns.population === undefined
      ? undefined
      : readRequiredNumber(
          cellAt(table, index, columns.population),
          {
            ref: at(columns.population),
            label: `»${cellText(table.headers[columns.population])}« von »${name}«`,
            negativeCode: "NEGATIVE_VALUE",
          },
          issues
        );
  const previousBudget = readRequiredNumber(
    cellAt(table, index, columns.previousBudget),
    {
      ref: at(columns.previousBudget),
      label: `»${MUNICIPALITY_COLUMNS.previousBudget}« von »${name}«`,
      money: true,
      negativeCode: "NEGATIVE_VALUE",
    },
    issues
  );
  return {
    region: text(columns.region, `Die Region von »${name}«`),
    provider: text(columns.provider, `Der Sozialraumträger von »${name}«`),
    population,
    previousBudget,
  };
}
