/**
 * Installs the fake as the globals an add-in uses (`Excel`, `OfficeExtension`, `Office`), only
 * when a test or the e2e page asks for it; the returned function puts the previous globals back.
 */
import { ExcelHostError } from "./errors";
import type { ExcelHost } from "./host";

/** The `Excel` namespace of the fake: `run` plus the string enums an add-in may use. */
export function createExcelNamespace(host: ExcelHost): Record<string, unknown> {
  return {
    run: (...args: unknown[]) => host.run(...args),
    RangeCopyType: {
      all: "All",
      formulas: "Formulas",
      values: "Values",
      formats: "Formats",
      link: "Link",
    },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideHorizontal: "InsideHorizontal",
      insideVertical: "InsideVertical",
    },
    BorderLineStyle: {
      none: "None",
      continuous: "Continuous",
      double: "Double",
      dash: "Dash",
      dot: "Dot",
    },
    EventSource: { local: "Local", remote: "Remote" },
    ErrorCodes: ERROR_CODES,
  };
}

const ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
};

/** The `OfficeExtension` namespace of the fake. */
export function createOfficeExtensionNamespace(): Record<string, unknown> {
  return {
    Error: ExcelHostError,
    ErrorCodes: {
      ...ERROR_CODES,
      connectionFailure: "ConnectionFailure",
      propertyNotLoaded: "PropertyNotLoaded",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      runMustReturnPromise: "RunMustReturnPromise",
      valueNotLoaded: "ValueNotLoaded",
    },
  };
}

/** A minimal `Office` namespace: onReady, host info and requirement sets up to `excelApi`. */
export function createOfficeNamespace(excelApi = "1.13"): Record<string, unknown> {
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && Number(version ?? "1.1") <= Number(excelApi),
      },
    },
  };
}

const GLOBALS = ["Excel", "OfficeExtension", "Office"] as const;

/** How the installed globals present themselves. */
export interface InstallOptions {
  /** The highest ExcelApi requirement set Office.context.requirements reports; default "1.13". */
  readonly excelApi?: string;
}

/**
 * Sets `Excel`, `OfficeExtension` and `Office` on `target` (usually globalThis) to the fake of
 * `host`. Returns a function that restores what was there before.
 */
export function installExcelHost(
  target: object,
  host: ExcelHost,
  options: InstallOptions = {}
): () => void {
  const slots = target as Record<string, unknown>;
  const previous = GLOBALS.map((name) => ({
    name,
    had: Object.prototype.hasOwnProperty.call(slots, name),
    value: slots[name],
  }));
  slots.Excel = createExcelNamespace(host);
  slots.OfficeExtension = createOfficeExtensionNamespace();
  slots.Office = createOfficeNamespace(options.excelApi);
  return () => {
    for (const { name, had, value } of previous) {
      if (had) slots[name] = value;
      else delete slots[name];
    }
  };
}
