/**
 * What the e2e specs share: building the harness page (test/e2e-page/) with the real task pane
 * bundle, serving it on 127.0.0.1 at a free port, opening it in Debian's Chromium with every
 * request outside 127.0.0.1 blocked, and reading the page's in-memory workbook.
 */
import { mkdir, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import webpack from "webpack";
import type { Configuration } from "webpack";
import type { FailureKind } from "../../e2e-page/failure";
import type { ExcelHost } from "../../support/excel-host";

export const ROOT = path.resolve(__dirname, "../../..");
/** Screenshots and the axe report. */
export const OUT_DIR = path.join(ROOT, "out/e2e");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
];
/** A pane is 320–450 px wide in Excel; the middle of that range. */
export const PANE_VIEWPORT = { width: 380, height: 900 };

// The build config is the repo's own CommonJS file.
const { createE2eConfig, E2E_BUILD_DIR } = require("../../../webpack.e2e.config.js") as {
  createE2eConfig: () => Configuration;
  E2E_BUILD_DIR: string;
};

/** Runs webpack with the harness config; rejects with webpack's errors. */
function buildHarness(): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(createE2eConfig(), (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only")));
      else resolve();
    });
  });
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/** Serves out/e2e-build/ on 127.0.0.1 at a free port; nothing outside that folder. */
async function serveBuild(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const file = path.join(E2E_BUILD_DIR, name === "/" ? "index.html" : name);
    if (!file.startsWith(E2E_BUILD_DIR + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
        response.writeHead(200, { "Content-Type": type }).end(body);
      },
      () => response.writeHead(404).end()
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/** The built harness, served, and Chromium; `open` gives a new page on it. */
export interface Harness {
  readonly url: string;
  /** Requests to anything but 127.0.0.1 (blocked; must stay empty). */
  readonly blocked: string[];
  /** Uncaught page errors and console errors (must stay empty). */
  readonly pageErrors: string[];
  /** Opens the pane (`query` e.g. "?lang=en-US") in a new page and waits for its first check. */
  open(query?: string, options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Builds and serves the harness and launches Chromium. */
export async function startHarness(): Promise<Harness> {
  await mkdir(OUT_DIR, { recursive: true });
  await buildHarness();
  const { server, url } = await serveBuild();
  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  return {
    url,
    blocked,
    pageErrors,
    async open(query = "", options = {}) {
      const context = await browser.newContext({
        viewport: PANE_VIEWPORT,
        locale: "de-DE",
        ...options,
      });
      await context.addInitScript(recordAnnouncements);
      const page = await context.newPage();
      await page.route("**/*", (route) => {
        const target = new URL(route.request().url());
        if (target.hostname === "127.0.0.1") return route.continue();
        blocked.push(target.href);
        return route.abort();
      });
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") pageErrors.push(message.text());
      });
      await page.goto(url + query);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type HostWindow = Window & {
  __excelHost: ExcelHost;
  __holdExcel(): void;
  __releaseExcel(): void;
  __failNextExcelCall(kind: FailureKind): void;
  /** Every message given to document.ariaNotify, which Fluent's announcer uses in Chromium. */
  __announced: string[];
};

type Notify = (this: Document, message: string, options?: object) => void;

/** Runs in the page before its scripts: records what the pane announces, and still says it. */
function recordAnnouncements(): void {
  const announced: string[] = [];
  (window as unknown as { __announced: string[] }).__announced = announced;
  const proto = Document.prototype as unknown as { ariaNotify?: Notify };
  const original = proto.ariaNotify;
  proto.ariaNotify = function (message, options) {
    announced.push(message);
    original?.call(this, message, options);
  };
}

/** What the page announced since the last call (and forgets it). */
export function takeAnnouncements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const list = (window as unknown as HostWindow).__announced;
    return list.splice(0, list.length);
  });
}

/** Reads the page's workbook: values of a range. */
export function hostValues(page: Page, sheet: string, a1: string): Promise<unknown[][]> {
  return page.evaluate(([s, r]) => (window as unknown as HostWindow).__excelHost.getValues(s, r), [
    sheet,
    a1,
  ] as const);
}

/** Edits a cell as a user in Excel would (the pane hears it and checks again). */
export function editCell(page: Page, sheet: string, cell: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([s, c, v]) =>
      (window as unknown as HostWindow).__excelHost.editCell(s as string, c as string, v, {
        source: "Local",
      }),
    [sheet, cell, value] as const
  );
}

/** Makes the page's next Excel call fail (test/e2e-page/failure.ts). */
export function failNextExcelCall(page: Page, kind: FailureKind): Promise<void> {
  return page.evaluate((k) => (window as unknown as HostWindow).__failNextExcelCall(k), kind);
}

/** Saves a full-page screenshot as out/e2e/`name`.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT_DIR, `${name}.png`), fullPage: true });
}
