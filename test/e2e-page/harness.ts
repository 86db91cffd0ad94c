/**
 * The e2e page's stand-in for office.js: installs the in-memory workbook (./workbook.ts) as the
 * `Excel`, `OfficeExtension` and `Office` globals before the task pane bundle runs, and exposes it
 * as `window.__excelHost` so the test can inspect and edit it. The display language is de-DE
 * unless the page's URL says otherwise (`?lang=en-US`, for the English pane); `?workbook=empty`
 * opens an empty workbook instead of the sample; `?platform=Mac` reports that Office platform
 * (Office.context.diagnostics.platform), which decides whether the pane may save files. The test
 * can hold every Excel.run (`window.__holdExcel()` / `window.__releaseExcel()`) to look at the
 * pane while an operation is under way, and make the next call fail
 * (`window.__failNextExcelCall(kind)`) to look at the pane's error messages.
 */
import { ExcelHost, installExcelHost } from "../support/excel-host";
import { type FailureKind, UNEXPECTED_FAILURE } from "./failure";
import { HOST_GLOBAL, createHarnessHost } from "./workbook";

/** Installs the host as the page's Excel and Office, and exposes it. */
function installHarness(page: Window): void {
  const query = new URLSearchParams(page.location.search);
  const host = query.get("workbook") === "empty" ? new ExcelHost() : createHarnessHost();
  installExcelHost(page, host);
  const slots = page as unknown as Record<string, unknown>;
  const office = slots.Office as { context: Record<string, unknown> };
  office.context.displayLanguage = query.get("lang") ?? "de-DE";
  const platform = query.get("platform");
  if (platform !== null) office.context.diagnostics = { host: "Excel", platform };
  slots[HOST_GLOBAL] = host;
  installHold(slots);
  installFailure(slots, host);
}

/** Lets the test make the next Excel call fail (`window.__failNextExcelCall(kind)`). */
function installFailure(slots: Record<string, unknown>, host: ExcelHost): void {
  const excel = slots.Excel as { run: (...args: unknown[]) => Promise<unknown> };
  const run = excel.run;
  let failNextRun = false;
  excel.run = async (...args: unknown[]) => {
    if (!failNextRun) return run(...args);
    failNextRun = false;
    throw new TypeError(UNEXPECTED_FAILURE);
  };
  slots.__failNextExcelCall = (kind: FailureKind) => {
    if (kind === "excel") host.failNextSync({ code: "ConnectionFailure" });
    else failNextRun = true;
  };
}

/** Wraps Excel.run so that, while held, a batch waits until the test releases it. */
function installHold(slots: Record<string, unknown>): void {
  const excel = slots.Excel as { run: (...args: unknown[]) => Promise<unknown> };
  const run = excel.run;
  let held: Promise<void> | undefined;
  let release = (): void => undefined;
  excel.run = async (...args: unknown[]) => {
    while (held) await held;
    return run(...args);
  };
  slots.__holdExcel = () => {
    held ??= new Promise<void>((resolve) => {
      release = () => {
        held = undefined;
        resolve();
      };
    });
  };
  slots.__releaseExcel = () => release();
}

installHarness(window);
