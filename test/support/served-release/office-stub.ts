/**
 * Stands in for office.js when a test or the benchmark loads a release's taskpane.html in
 * Chromium (served in place of Microsoft's URL by routing it): the in-memory workbook with the
 * sample as Excel, Office with a German display language, and a CustomFunctions runtime that
 * records each association with its time since navigation (performance.now()).
 */
import { ExcelHost, installExcelHost, seedWorkbook } from "../excel-host";
import { STUB_GLOBAL, type StubState } from "./stub-state";

type CustomFunction = (...args: unknown[]) => unknown;

/** The runtime's error class as functions.js uses it (CustomFunctionsRuntime 1.2). */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

function installStub(page: Window): void {
  const host = new ExcelHost();
  seedWorkbook(host);
  installExcelHost(page, host);
  const slots = page as unknown as Record<string, unknown>;
  (slots.Office as { context: Record<string, unknown> }).context.displayLanguage = "de-DE";
  const functions = new Map<string, CustomFunction>();
  const state: StubState = {
    registered: [],
    call: (id, args) => {
      const fn = functions.get(id);
      if (!fn) throw new Error(`SR.${id} ist nicht registriert.`);
      return fn(...args);
    },
  };
  slots.CustomFunctions = {
    associate: (id: string, fn: CustomFunction) => {
      functions.set(id, fn);
      state.registered.push({ id, atMs: performance.now() });
    },
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!" },
  };
  slots[STUB_GLOBAL] = state;
}

installStub(window);
