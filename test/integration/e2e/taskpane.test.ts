/**
 * The task pane end to end in headless Chromium: the real bundle (src/taskpane/index.tsx) on the
 * harness page (test/e2e-page/), whose in-memory Excel holds the sample with one fixable problem.
 * Each step acts like a user, asserts on the page and on the workbook, and saves a screenshot to
 * out/e2e/NN-step.png. Nothing outside 127.0.0.1 is reachable: every other request is blocked
 * and must not happen at all.
 */
import { readFile, mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import JSZip from "jszip";
import webpack from "webpack";
import type { Configuration } from "webpack";
import { OfficeTaskpaneHost } from "../../../src/adapters/officejs/index";
import type { ExcelRunFunction } from "../../../src/adapters/officejs/index";
import { fillWorkbook } from "../../../src/workbook/index";
import type { ExcelHost } from "../../support/excel-host";
import { TEXT_NUMBER_CELL, createHarnessHost } from "../../e2e-page/workbook";

const ROOT = path.resolve(__dirname, "../../..");
const SCREENSHOTS = path.join(ROOT, "out/e2e");
const REGION_SHEETS = ["Region 1", "Region 2", "Region 3", "Übersicht"];
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
];
/** The chart of the model comparison, in the pane and on the Modellvergleich sheet. */
const CHART_NAME = "Veränderung gegenüber Vorjahr je Gemeinde und Modell";
/** tblParameter's Finanzierungsmodell value. */
const MODEL_CELL = "B4";
/** A pane is 320–450 px wide in Excel; the middle of that range. */
const PANE_VIEWPORT = { width: 380, height: 900 };

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

/** The golden report's total of a region (test/fixtures/golden/sample-report.json). */
async function goldenTotal(region: string): Promise<number> {
  const text = await readFile(path.join(ROOT, "test/fixtures/golden/sample-report.json"), "utf8");
  const report = JSON.parse(text) as { regions: { name: string; total: number }[] };
  const total = report.regions.find((entry) => entry.name === region)?.total;
  if (total === undefined) throw new Error(`Die Golden-Datei kennt ${region} nicht.`);
  return total;
}

/** What a fill writes after the fix and a co-author's new total budget, computed in Node. */
async function expectedTotalAfterEdit(totalBudget: number): Promise<number> {
  const excel = createHarnessHost();
  // As the pane's fix does: General first, since a number typed into a text cell stays text.
  excel.setNumberFormats(TEXT_NUMBER_CELL.sheet, TEXT_NUMBER_CELL.cell, [["General"]]);
  excel.setValues(TEXT_NUMBER_CELL.sheet, TEXT_NUMBER_CELL.cell, [[15015.6]]);
  excel.setValues("Parameter", "B3", [[totalBudget]]);
  const run = ((...args: unknown[]) => excel.run(...args)) as ExcelRunFunction;
  const outcome = await fillWorkbook(new OfficeTaskpaneHost({ run }), {
    now: new Date(),
    productVersion: "e2e",
  });
  const total = outcome.result?.regions[0]?.total;
  if (!outcome.written || total === undefined)
    throw new Error("Die Vergleichsfüllung schlug fehl.");
  return total.toNumber();
}

/** German EUR as the pane shows it (Intl de-DE), with plain spaces. */
function germanEur(amount: number): string {
  const text = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(
    amount
  );
  return text.replace(/\s/g, " ");
}

type HostWindow = Window & { __excelHost: ExcelHost };

/** Reads the page's workbook: values of a range. */
function hostValues(page: Page, sheet: string, a1: string): Promise<unknown[][]> {
  return page.evaluate(([s, r]) => (window as unknown as HostWindow).__excelHost.getValues(s, r), [
    sheet,
    a1,
  ] as const);
}

/** The amount in the "Gesamt" row of a region sheet's block, or undefined. */
async function hostRegionTotal(page: Page, sheet: string): Promise<unknown> {
  const sheets = await page.evaluate(
    () => (window as unknown as HostWindow).__excelHost.sheetNames
  );
  if (!sheets.includes(sheet)) return undefined;
  const rows = await hostValues(page, sheet, "A1:F30");
  return rows.find((row) => row[0] === "Gesamt")?.[5];
}

let browser: Browser;
let page: Page;
let server: Server;
const blocked: string[] = [];
const pageErrors: string[] = [];
/** The preview row before a slider moved, for the reset step. */
let weightsPreviewBefore = "";

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The text of the pane's table row that starts with `label`, with plain spaces. */
async function tableRow(label: string): Promise<string> {
  const row = page.getByRole("row", { name: new RegExp(`^${label}`) });
  return ((await row.textContent()) ?? "").replace(/\s/g, " ");
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  await buildHarness();
  const served = await serveBuild();
  server = served.server;
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: PANE_VIEWPORT, locale: "de-DE", acceptDownloads: true });
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await page.goto(served.url);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("when a user works through the sample with one problem", () => {
  it("can list the problem after a check", async () => {
    await page.getByRole("button", { name: "Prüfen", exact: true }).click();

    const issue = page.getByRole("button", { name: /^C4 »Sachkosten« von »SG Dahlenburg«/ });
    await issue.waitFor();
    expect(await page.getByRole("status").first().textContent()).toContain("1 Fehler");
    expect(await issue.textContent()).toContain("als Text »15.015,60« gespeichert");
    const types = await page.evaluate(() =>
      (window as unknown as HostWindow).__excelHost.getValueTypes("Verwendung", "C4")
    );
    expect(types).toEqual([["String"]]);
    await screenshot("01-validate");
  });

  it("can select the problem's cell in Excel", async () => {
    await page.getByRole("button", { name: /^C4 »Sachkosten«/ }).click();

    await page.waitForFunction(
      () => (window as unknown as HostWindow).__excelHost.selection === "Verwendung!C4"
    );
    await screenshot("02-select");
  });

  it("can apply the fix: the cell holds a number and the problem is gone", async () => {
    await page.getByRole("button", { name: "Als Zahl 15015,6 übernehmen" }).click();

    await page.getByText("Keine Probleme gefunden").waitFor();
    expect(await page.getByRole("button", { name: /^C4 / }).count()).toBe(0);
    expect(await hostValues(page, "Verwendung", "C4")).toEqual([[15015.6]]);
    await screenshot("03-fix");
  });

  it("can fill the region sheets with the golden totals", async () => {
    await page.getByRole("tab", { name: "Füllen" }).click();
    await page.getByRole("button", { name: "Regionsblätter füllen" }).click();

    await page.getByRole("table", { name: "Budget je Region" }).waitFor();
    const region1 = await goldenTotal("Region 1");
    expect(await tableRow("Region 1")).toBe(`Region 1${germanEur(region1)}`);
    expect(await hostRegionTotal(page, "Region 1")).toBe(region1);
    const sheets = await page.evaluate(
      () => (window as unknown as HostWindow).__excelHost.sheetNames
    );
    expect(sheets).toEqual(expect.arrayContaining(REGION_SHEETS));
    await screenshot("04-fill");
  });

  it("can undo the fill: the sheets it created are gone", async () => {
    await page.getByRole("button", { name: "Rückgängig" }).click();

    await page
      .getByText(/^Die letzte Füllung ist rückgängig gemacht; die dabei angelegten/)
      .waitFor();
    const sheets = await page.evaluate(
      () => (window as unknown as HostWindow).__excelHost.sheetNames
    );
    expect(sheets.filter((sheet) => REGION_SHEETS.includes(sheet))).toEqual([]);
    expect(await page.getByRole("button", { name: "Rückgängig" }).isDisabled()).toBe(true);
    await screenshot("05-undo");
  });

  it("can refill by itself in live mode after a co-author's edit", async () => {
    const expected = await expectedTotalAfterEdit(2234000);
    expect(expected).not.toBe(await goldenTotal("Region 1"));
    await page.getByRole("switch", { name: "Automatisch aktualisieren" }).check();

    await page.evaluate(() =>
      (window as unknown as HostWindow).__excelHost.editCell("Parameter", "B3", 2234000, {
        source: "Remote",
      })
    );

    await page.waitForFunction((total) => {
      const host = (window as unknown as HostWindow).__excelHost;
      if (!host.sheetNames.includes("Region 1")) return false;
      return host
        .getValues("Region 1", "A1:F30")
        .some((row) => row[0] === "Gesamt" && row[5] === total);
    }, expected);
    await page
      .getByRole("row")
      .filter({ hasText: germanEur(expected) })
      .waitFor();
    expect(await tableRow("Region 1")).toBe(`Region 1${germanEur(expected)}`);
    await page
      .getByRole("button", { name: "Rückgängig", disabled: false })
      .waitFor({ timeout: 5000 });
    // The undo message of the step before is obsolete once a fill has written.
    expect(await page.getByText(/rückgängig gemacht/).count()).toBe(0);
    await screenshot("06-live");
  });

  it("can show the settings for the shared mapping", async () => {
    await page.getByRole("tab", { name: "Einstellungen" }).click();

    await page.getByRole("combobox", { name: "Gemeinden" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Gemeinden" }).textContent()).toBe(
      "tblGemeinden (Blatt Stammdaten)"
    );
    await screenshot("07-settings");
  });

  it("can compare the four models side by side with a chart", async () => {
    await page.getByRole("tab", { name: "Beraten" }).click();

    await page.getByRole("table", { name: "Modelle im Überblick" }).waitFor();
    await page.getByRole("img", { name: CHART_NAME }).waitFor();
    expect(await tableRow("BELASTUNG")).toContain("aktuell");
    expect(await tableRow("KORRIDOR")).toContain("nicht möglich");
    await screenshot("08-compare");
    // The narrowest pane Excel offers: nothing may overflow sideways.
    await page.setViewportSize({ ...PANE_VIEWPORT, width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320
    );
    await screenshot("09-compare-320");
    await page.setViewportSize(PANE_VIEWPORT);
  });

  it("can adopt a model: the Finanzierungsmodell cell in Excel changes", async () => {
    expect(await hostValues(page, "Parameter", MODEL_CELL)).toEqual([["BELASTUNG"]]);

    await page.getByRole("button", { name: "Modell SOCKEL übernehmen" }).click();

    await page.getByText(/^Modell SOCKEL in die Parameter übernommen/).waitFor();
    expect(await hostValues(page, "Parameter", MODEL_CELL)).toEqual([["SOCKEL"]]);
    await page
      .getByRole("row", { name: /^SOCKEL/ })
      .filter({ hasText: "aktuell" })
      .waitFor();
    await screenshot("10-adopt");
  });

  it("can write the Modellvergleich sheet with its Excel chart", async () => {
    await page.getByRole("button", { name: "In Arbeitsmappe schreiben" }).click();

    await page.getByText("Blatt »Modellvergleich« geschrieben.").waitFor();
    const charts = await page.evaluate(() =>
      (window as unknown as HostWindow).__excelHost.getCharts("Modellvergleich")
    );
    expect(charts.map((chart) => chart.title)).toEqual([CHART_NAME]);
  });

  it("can move a weight slider and see the preview change, with nothing written", async () => {
    await page.getByRole("tab", { name: "Gewichte" }).click();
    const before = await tableRow("Gemeinde Amt Neuhaus");
    const weightCell = await hostValues(page, "Indikatoren", "G2");

    // The keyboard moves a range input as a drag does: 20 steps of 0.01, from 0.4 to 0.6.
    await page.getByRole("slider", { name: "Kinder in SGB-II-Haushalten (%)" }).focus();
    for (let step = 0; step < 20; step++) await page.keyboard.press("ArrowRight");

    await page.getByText(/Gemeinden anders als in der Arbeitsmappe/).waitFor();
    expect(
      await page.getByRole("spinbutton", { name: /^Kinder in SGB-II.*genauer Wert$/ }).inputValue()
    ).toBe("0,60");
    expect(await tableRow("Gemeinde Amt Neuhaus")).not.toBe(before);
    expect(await hostValues(page, "Indikatoren", "G2")).toEqual(weightCell);
    await screenshot("11-weights");
    weightsPreviewBefore = before;
  });

  it("can reset the tried weights to the workbook's", async () => {
    await page.getByRole("button", { name: "Zurücksetzen" }).click();

    await page.getByText("Noch keine Änderung gegenüber der Arbeitsmappe.").waitFor();
    expect(await tableRow("Gemeinde Amt Neuhaus")).toBe(weightsPreviewBefore);
    await screenshot("12-reset");
  });

  it("can show the multi-year plan", async () => {
    await page.getByRole("tab", { name: "Mehrjahresplan" }).click();

    await page.getByRole("table", { name: "Ausgleich je Gemeinde (Euro)" }).waitFor();
    expect(await tableRow("Summe Ausgleich")).toMatch(/^Summe Ausgleich/);
    await screenshot("13-plan");
  });

  it("can create the annex to the committee paper and save it as a Word file", async () => {
    await page.getByRole("tab", { name: "Füllen" }).click();
    await page.getByRole("checkbox", { name: "mit Vergleich der Finanzierungsmodelle" }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Anlage erstellen" }).click(),
    ]);

    expect(download.suggestedFilename()).toBe("Anlage-Sozialraumbudget-2027.docx");
    const saved = path.join(SCREENSHOTS, "anlage.docx");
    await download.saveAs(saved);
    const zip = await JSZip.loadAsync(await readFile(saved));
    const body = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(body).toContain("Anlage zur Vorlage: Sozialraumbudget 2027");
    expect(body).toContain("Tabelle 3: Vergleich der Finanzierungsmodelle");
    expect(body).toContain("alle Beträge centgenau: die Teile ergeben die Summe");
    await page
      .getByText("Die Anlage »Anlage-Sozialraumbudget-2027.docx« wurde erstellt", { exact: false })
      .waitFor();
    await screenshot("14-annex");
  });

  it("can do all of it without any request outside the machine and without errors", () => {
    expect(blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
