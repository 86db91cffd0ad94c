/**
 * Loads a served release's taskpane.html in headless Chromium as Excel would: office.js comes
 * from its real URL, answered by the stand-in (office-stub.ts) through routing; every other
 * request outside 127.0.0.1 is blocked and recorded. A probe installed before the page's scripts
 * records Content-Security-Policy violations and when the pane first rendered.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
  chromium,
} from "playwright-core";
import webpack from "webpack";
import { REPO_ROOT } from "./paths";
import { STUB_GLOBAL, type Association, type StubState } from "./stub-state";

/** The URL taskpane.html loads office.js from (Microsoft's CDN). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
];

/** A pane is 320–450 px wide in Excel; the middle of that range. */
const PANE_VIEWPORT = { width: 380, height: 900 };

/** Starts Debian's Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** Builds office-stub.ts into one minified script (webpack, production) and returns its text. */
export function buildOfficeStub(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), "sr-office-stub-"));
  const config: webpack.Configuration = {
    mode: "production",
    context: REPO_ROOT,
    devtool: false,
    target: ["web", "es2020"],
    entry: { office: path.join(REPO_ROOT, "test/support/served-release/office-stub.ts") },
    output: { path: outDir, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: "warn" },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      try {
        if (error) reject(error);
        else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only")));
        else resolve(readFileSync(path.join(outDir, "office.js"), "utf8"));
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    });
  });
}

/** What the probe saw of one page load. */
export interface PaneProbe {
  readonly violations: {
    readonly directive: string;
    readonly blocked: string;
    /** The whole policy that was violated: the <meta>'s or the header's. */
    readonly policy: string;
  }[];
  /** Milliseconds since navigation start when #container first held the pane's <main>. */
  readonly paneAtMs?: number;
}

const PROBE_GLOBAL = "__srProbe";

/** Runs in the page before its scripts (Playwright init script, outside the page's CSP). */
const PROBE_SCRIPT = `(() => {
  const probe = { violations: [], paneAtMs: undefined };
  window.${PROBE_GLOBAL} = probe;
  document.addEventListener("securitypolicyviolation", (event) => {
    probe.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      policy: event.originalPolicy,
    });
  }, true);
  const observer = new MutationObserver(() => {
    if (document.querySelector("#container main")) {
      probe.paneAtMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * The smallest office.js stand-in, for timing: Office is ready at once, Excel never answers (the
 * pane renders and waits), and CustomFunctions records each association. It costs the page next to
 * nothing, so a cold start measures the add-in's own files, not the stand-in.
 */
export const MINIMAL_OFFICE_STUB = `(() => {
  const functions = new Map();
  const state = { registered: [], call: (id, args) => functions.get(id)(...args) };
  window.${STUB_GLOBAL} = state;
  window.CustomFunctions = {
    associate: (id, fn) => {
      functions.set(id, fn);
      state.registered.push({ id, atMs: performance.now() });
    },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    onReady: (callback) => { if (callback) callback(info); return Promise.resolve(info); },
    context: { displayLanguage: "de-DE", requirements: { isSetSupported: () => true } },
  };
  window.Excel = { run: () => new Promise(() => {}) };
})();`;

/** How to load the page. */
export interface PaneOptions {
  /** The office.js stand-in's script (buildOfficeStub or MINIMAL_OFFICE_STUB). */
  readonly officeStub: string;
  /** Requests to 127.0.0.1 whose path contains this fail, e.g. "/static/" (the pane's bundle). */
  readonly withhold?: string;
  /** CPU slowdown through the DevTools protocol (Emulation.setCPUThrottlingRate); 1 = none. */
  readonly cpuThrottlingRate?: number;
  /**
   * "all" (default): every request passes through Playwright's routing, and any outside
   * 127.0.0.1 is blocked. "office-js": only office.js (and withheld requests) are intercepted,
   * through the DevTools protocol's Fetch domain, so the other requests go their normal way and
   * cost no round trip to Node; for timing.
   */
  readonly intercept?: "all" | "office-js";
}

/** A loaded pane in its own browser context (cold: no cache, no storage). */
export interface LoadedPane {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The main document's response headers (lower-case names). */
  readonly headers: Readonly<Record<string, string>>;
  /** Requests outside 127.0.0.1 other than office.js, which were blocked. */
  readonly blocked: readonly string[];
  /** Requests that `withhold` failed. */
  readonly withheld: readonly string[];
}

/** Opens `pageUrl` in a fresh context; resolves once the document has loaded. */
export async function openPane(
  browser: Browser,
  pageUrl: string,
  options: PaneOptions
): Promise<LoadedPane> {
  // The test's certificate is self-signed; everything else about https stays as in Excel.
  const context = await browser.newContext({
    viewport: PANE_VIEWPORT,
    locale: "de-DE",
    ignoreHTTPSErrors: true,
  });
  const blocked: string[] = [];
  const withheld: string[] = [];
  const isWithheld = (url: URL) =>
    options.withhold !== undefined && url.pathname.includes(options.withhold);
  if (options.intercept !== "office-js") {
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.href === OFFICE_JS_URL) {
        return route.fulfill({
          status: 200,
          contentType: "text/javascript",
          body: options.officeStub,
        });
      }
      if (url.hostname === "127.0.0.1" && !isWithheld(url)) return route.continue();
      (url.hostname === "127.0.0.1" ? withheld : blocked).push(url.href);
      return route.abort();
    });
  }
  await context.addInitScript(PROBE_SCRIPT);
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  if (options.intercept === "office-js") {
    await interceptOfficeJs(devtools, options, withheld);
  }
  if (options.cpuThrottlingRate && options.cpuThrottlingRate !== 1) {
    await devtools.send("Emulation.setCPUThrottlingRate", { rate: options.cpuThrottlingRate });
  }
  const response = await page.goto(pageUrl);
  if (!response) throw new Error(`Keine Antwort für ${pageUrl}.`);
  return { context, page, headers: response.headers(), blocked, withheld };
}

/**
 * Answers office.js with the stand-in and fails withheld requests through the DevTools protocol's
 * Fetch domain; nothing else is intercepted.
 */
async function interceptOfficeJs(
  devtools: CDPSession,
  options: PaneOptions,
  withheld: string[]
): Promise<void> {
  const body = Buffer.from(options.officeStub, "utf8").toString("base64");
  devtools.on("Fetch.requestPaused", (event) => {
    if (event.request.url === OFFICE_JS_URL) {
      void devtools.send("Fetch.fulfillRequest", {
        requestId: event.requestId,
        responseCode: 200,
        responseHeaders: [{ name: "Content-Type", value: "text/javascript" }],
        body,
      });
    } else {
      withheld.push(event.request.url);
      void devtools.send("Fetch.failRequest", {
        requestId: event.requestId,
        errorReason: "Failed",
      });
    }
  });
  const patterns = [{ urlPattern: OFFICE_JS_URL }];
  if (options.withhold) patterns.push({ urlPattern: `https://127.0.0.1*${options.withhold}*` });
  await devtools.send("Fetch.enable", { patterns });
}

/** Resolves when `count` custom functions are associated; returns the associations. */
export async function waitForFunctions(page: Page, count: number): Promise<Association[]> {
  await page.waitForFunction(
    ([name, n]) =>
      ((window as unknown as Record<string, StubState>)[name]?.registered.length ?? 0) >= n,
    [STUB_GLOBAL, count] as const
  );
  return page.evaluate(
    (name) => (window as unknown as Record<string, StubState>)[name]!.registered,
    STUB_GLOBAL
  );
}

/** Resolves when the pane's <main> is in the page. */
export async function waitForPane(page: Page): Promise<void> {
  await page.locator("#container main").waitFor();
}

/** What the probe recorded so far. */
export function readProbe(page: Page): Promise<PaneProbe> {
  return page.evaluate(
    (name) => (window as unknown as Record<string, PaneProbe>)[name]!,
    PROBE_GLOBAL
  );
}

/** Calls SR.<id> through the page's associated function, as Excel would. */
export function callFunction(page: Page, id: string, args: readonly unknown[]): Promise<unknown> {
  return page.evaluate(
    ([name, fid, fargs]) =>
      (window as unknown as Record<string, StubState>)[name]!.call(fid, fargs),
    [STUB_GLOBAL, id, args] as const
  );
}
