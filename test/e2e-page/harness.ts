/**
 * The e2e page's stand-in for office.js: installs the in-memory workbook (./workbook.ts) as the
 * `Excel`, `OfficeExtension` and `Office` globals (display language de-DE) before the task pane
 * bundle runs, and exposes it as `window.__excelHost` so the test can inspect and edit it.
 */
import { installExcelHost } from "../support/excel-host";
import { HOST_GLOBAL, createHarnessHost } from "./workbook";

/** Installs the host as the page's Excel and a German Office, and exposes it. */
function installHarness(page: Window): void {
  const host = createHarnessHost();
  installExcelHost(page, host);
  const slots = page as unknown as Record<string, unknown>;
  const office = slots.Office as { context: Record<string, unknown> };
  office.context.displayLanguage = "de-DE";
  slots[HOST_GLOBAL] = host;
}

installHarness(window);
