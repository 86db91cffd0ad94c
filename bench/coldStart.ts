import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  MINIMAL_OFFICE_STUB,
  NGINX,
  launchChromium,
  openPane,
  readProbe,
  serveRelease,
  waitForFunctions,
  waitForPane,
} from "../test/support/served-release";
import { median, round } from "./measure";

/** Goal from the deployment issue: SR.* registered within 300 ms of navigation, CPU 4× slower. */
export const COLD_START_TARGET_MS = 300;
/** CPU slowdown (DevTools protocol, Emulation.setCPUThrottlingRate): a modest office laptop. */
export const CPU_THROTTLING_RATE = 4;
const RUNS = 5;
const SR_FUNCTION_COUNT = 8;

/** Cold start of the shared runtime page: medians over fresh browser contexts (no cache). */
export interface ColdStartFigure {
  readonly runs: number;
  readonly cpuThrottlingRate: number;
  /** Navigation start → the eighth CustomFunctions.associate. */
  readonly functionsRegisteredMs: number;
  /** Navigation start → the pane's <main> in the page. */
  readonly paneRenderedMs: number;
  /** The same as functionsRegisteredMs with the pane's React bundle withheld (request failed). */
  readonly functionsWithoutPaneBundleMs: number;
  /** Content-Security-Policy violations over all measured loads (must be 0). */
  readonly cspViolations: number;
}

/** Why the cold start was not measured, when a program it needs is missing. */
export interface ColdStartSkipped {
  readonly skipped: string;
}

/**
 * Builds a release for a localhost URL, serves it with nginx (deploy/nginx.conf) and loads
 * taskpane.html in headless Chromium RUNS times, each in a fresh context with the CPU throttled;
 * office.js is the in-memory stand-in. Measures in the page (performance.now(), from navigation).
 */
export async function benchColdStart(): Promise<ColdStartFigure | ColdStartSkipped> {
  const missing = [NGINX, "/usr/bin/chromium"].filter((file) => !existsSync(file));
  if (missing.length > 0) return { skipped: `nicht installiert: ${missing.join(", ")}` };
  const workDir = mkdtempSync(path.join(tmpdir(), "sr-bench-cold-"));
  const served = await serveRelease(workDir).catch((error: unknown) => {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await served.stop();
    throw error;
  });
  try {
    const pageUrl = `${served.baseUrl}taskpane.html`;
    const functions: number[] = [];
    const pane: number[] = [];
    const alone: number[] = [];
    let violations = 0;
    for (let run = 0; run < RUNS; run++) {
      const loaded = await openPane(browser, pageUrl, {
        officeStub: MINIMAL_OFFICE_STUB,
        cpuThrottlingRate: CPU_THROTTLING_RATE,
        intercept: "office-js",
      });
      const registered = await waitForFunctions(loaded.page, SR_FUNCTION_COUNT);
      await waitForPane(loaded.page);
      const probe = await readProbe(loaded.page);
      functions.push(Math.max(...registered.map((r) => r.atMs)));
      pane.push(probe.paneAtMs ?? Number.NaN);
      violations += probe.violations.length;
      await loaded.context.close();

      const withheld = await openPane(browser, pageUrl, {
        officeStub: MINIMAL_OFFICE_STUB,
        cpuThrottlingRate: CPU_THROTTLING_RATE,
        intercept: "office-js",
        withhold: "/static/",
      });
      const registeredAlone = await waitForFunctions(withheld.page, SR_FUNCTION_COUNT);
      alone.push(Math.max(...registeredAlone.map((r) => r.atMs)));
      await withheld.context.close();
    }
    return {
      runs: RUNS,
      cpuThrottlingRate: CPU_THROTTLING_RATE,
      functionsRegisteredMs: round(median(functions)),
      paneRenderedMs: round(median(pane)),
      functionsWithoutPaneBundleMs: round(median(alone)),
      cspViolations: violations,
    };
  } finally {
    await browser.close();
    await served.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
