/**
 * The pane at the narrowest width and at 200 % zoom, and in forced-colours (high-contrast) mode,
 * in headless Chromium on the harness page (test/e2e-page/). WCAG 1.4.10: at 320 CSS px nothing
 * makes the whole pane scroll sideways (a wide table scrolls in its own region). 1.4.4: at
 * 200 % zoom the same holds; a 640 px wide pane zoomed to 200 % lays out at 320 CSS px with two
 * device pixels per CSS pixel, which is what Chromium's zoom does and what the context below
 * sets. 1.4.11 and EN 301 549 (high contrast): with forced colours every control is still drawn
 * and the selected tab, a switch that is on and the focus differ visibly from their other state.
 * Every state includes the message states (Excel's error, the plan's error and "no compensation",
 * the settings' "table missing"). Screenshots of every state go to
 * out/e2e/{320,zoom200,forced}-NN-state.png.
 */
import path from "node:path";
import type { BrowserContextOptions, Locator, Page } from "playwright-core";
import type { Harness } from "./browser";
import { OUT_DIR, editCell, failNextExcelCall, startHarness } from "./browser";

/** tblParameter's Finanzierungsmodell and Abschmelzjahre values in the sample. */
const MODEL_CELL = "B4";
const PHASE_OUT_YEARS_CELL = "B14";
/** Every state the walks check: seven working states and four with a message. */
const STATE_COUNT = 11;
/** The narrowest pane: 320 CSS px. */
const NARROW = { width: 320, height: 900 };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
}, 600_000);

afterAll(async () => {
  await harness?.close();
});

/** What to check in each state. */
type Check = (page: Page, state: string) => Promise<void>;

/** Records each state: a full-page screenshot named `prefix-NN-state.png`, then `check`. */
function stateRecorder(page: Page, prefix: string, check: Check) {
  const states: string[] = [];
  const at = async (state: string, on: Page = page) => {
    states.push(state);
    const name = `${prefix}-${String(states.length).padStart(2, "0")}-${state}.png`;
    await on.screenshot({ path: path.join(OUT_DIR, name), fullPage: true });
    await check(on, state);
  };
  return { states, at };
}

type Recorder = ReturnType<typeof stateRecorder>;

/**
 * Walks the pane through its states — Prüfen with an error, the fix, a fill, the model
 * comparison with its table, a moved weight, the multi-year plan, the settings — and runs
 * `check` in each (see stateRecorder).
 */
async function walkStates(page: Page, { at }: Recorder): Promise<void> {
  await page.getByRole("button", { name: "Als Zahl 15015,6 übernehmen" }).waitFor();
  await at("pruefen-fehler");
  await page.getByRole("button", { name: "Als Zahl 15015,6 übernehmen" }).click();
  await page.getByText("Korrektur in Verwendung!C4 übernommen.").waitFor();
  await at("korrektur");
  await page.getByRole("tab", { name: "Füllen" }).click();
  await page.getByRole("button", { name: "Regionsblätter füllen", disabled: false }).click();
  await page.getByRole("table", { name: "Budget je Region" }).waitFor();
  await at("gefuellt");
  await page.getByRole("tab", { name: "Beraten" }).click();
  await page.getByRole("button", { name: "Als Tabelle anzeigen" }).click();
  await page
    .getByRole("table", { name: /\(Euro\)$/ })
    .first()
    .waitFor();
  await at("modelle");
  await page.getByRole("tab", { name: "Gewichte" }).click();
  await page.getByRole("slider", { name: "Kinder in SGB-II-Haushalten (%)" }).focus();
  for (let step = 0; step < 10; step++) await page.keyboard.press("ArrowRight");
  await page.getByText(/Gemeinden anders als in der Arbeitsmappe/).waitFor();
  await at("gewichte");
  await page.getByRole("tab", { name: "Mehrjahresplan" }).click();
  await page.getByRole("table", { name: "Ausgleich je Gemeinde (Euro)" }).waitFor();
  await at("mehrjahresplan");
  await page.getByRole("tab", { name: "Einstellungen" }).click();
  await page.getByRole("combobox", { name: "Gemeinden" }).waitFor();
  await at("einstellungen");
}

/**
 * Continues walkStates on the same page through the message states — Excel's error, the
 * multi-year plan's error and its "no compensation" message — and opens an empty workbook in a
 * second page (with `options`) for the settings' "table missing" warnings.
 */
async function walkMessageStates(
  page: Page,
  options: BrowserContextOptions,
  { at }: Recorder
): Promise<void> {
  await page.getByRole("tab", { name: /^Prüfen/ }).click();
  await failNextExcelCall(page, "excel");
  await page.getByRole("button", { name: "Prüfen", exact: true, disabled: false }).click();
  await page.getByText("Excel hat den Vorgang nicht ausgeführt").waitFor();
  await at("excel-fehler");
  await page.getByRole("button", { name: "Meldung schließen" }).click();
  await editCell(page, "Parameter", MODEL_CELL, "KORRIDOR");
  await page.getByRole("tab", { name: "Beraten" }).click();
  await page.getByRole("tab", { name: "Mehrjahresplan" }).click();
  await page.getByText(/^Mit einem Korridor von/).waitFor();
  await at("plan-fehler");
  await editCell(page, "Parameter", MODEL_CELL, "BELASTUNG");
  await editCell(page, "Parameter", PHASE_OUT_YEARS_CELL, 0);
  await page.getByText(/^Keine Gemeinde erhält einen Ausgleich/).waitFor();
  await at("plan-kein-ausgleich");
  // Back to the sample's four years, so the plan's tables are there again.
  await editCell(page, "Parameter", PHASE_OUT_YEARS_CELL, 4);
  await page.getByRole("table", { name: "Ausgleich je Gemeinde (Euro)" }).waitFor();
  const empty = await harness.open("?workbook=empty", options);
  await empty.getByRole("tab", { name: "Einstellungen" }).click();
  await empty.getByRole("combobox", { name: "Gemeinden" }).waitFor();
  await empty
    .getByText(/^Weder die Tabelle noch das Blatt gibt es/)
    .first()
    .waitFor();
  await at("tabelle-fehlt", empty);
  await empty.close();
}

/** Runs both walks with `options` and returns the states checked. */
async function walkAll(
  options: BrowserContextOptions,
  prefix: string,
  check: Check
): Promise<{ page: Page; states: string[] }> {
  const page = await openPane(options);
  const recorder = stateRecorder(page, prefix, check);
  await walkStates(page, recorder);
  await walkMessageStates(page, options, recorder);
  return { page, states: recorder.states };
}

/** Opens the pane in a fresh context with `options`. */
async function openPane(options: BrowserContextOptions): Promise<Page> {
  const page = await harness.open("", options);
  await page.getByText(/Zuletzt geprüft um/).waitFor();
  return page;
}

/** Fails the state if the page scrolls sideways; returns the widths for the message. */
const noSidewaysScroll: Check = async (page, state) => {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect([state, widths.scroll <= widths.client, widths]).toEqual([state, true, widths]);
};

describe("when the pane is 320 CSS px wide", () => {
  it("can show every state without scrolling the pane sideways", async () => {
    const { page, states } = await walkAll({ viewport: NARROW }, "320", noSidewaysScroll);

    expect(states).toHaveLength(STATE_COUNT);
    // The plan's years are wider than the pane: its table scrolls in a labelled, focusable region.
    const region = page.getByRole("region", { name: "Ausgleich je Gemeinde (Euro)" });
    await page.getByRole("tab", { name: "Beraten" }).click();
    await page.getByRole("tab", { name: "Mehrjahresplan" }).click();
    expect(await region.getAttribute("tabindex")).toBe("0");
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(
      true
    );
    await page.close();
  });
});

describe("when a 640 px pane is zoomed to 200 %", () => {
  it("can show every state without scrolling the pane sideways", async () => {
    const { page, states } = await walkAll(
      { viewport: NARROW, deviceScaleFactor: 2 },
      "zoom200",
      noSidewaysScroll
    );

    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
    expect(states).toHaveLength(STATE_COUNT);
    await page.close();
  });
});

/** Counts the distinct colours of a PNG screenshot, decoded by the page's own canvas. */
async function colourCount(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    if (context === null) return 0;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const colours = new Set<number>();
    for (let index = 0; index < data.length; index += 4) {
      colours.add(
        ((data[index] ?? 0) << 16) | ((data[index + 1] ?? 0) << 8) | (data[index + 2] ?? 0)
      );
    }
    return colours.size;
  }, png.toString("base64"));
}

/** The pane's controls: everything Tab or a click can reach. */
const CONTROLS =
  'button, [role="tab"], [role="switch"], input, [role="combobox"], select, [role="region"][tabindex="0"]';

/** Fails the state if a visible control is drawn as a blank box (one colour only). */
const everyControlDrawn: Check = async (page, state) => {
  const controls = page.locator(CONTROLS);
  const blank: string[] = [];
  for (let index = 0; index < (await controls.count()); index++) {
    const control = controls.nth(index);
    const box = await control.boundingBox();
    if (box === null || box.width < 2 || box.height < 2) continue;
    // An input inside a Fluent control (switch, slider) is transparent by design: its parent draws.
    const drawn =
      (await control.evaluate((element) => element.tagName)) === "INPUT"
        ? control.locator("xpath=..")
        : control;
    const colours = await colourCount(page, await drawn.screenshot());
    if (colours < 2)
      blank.push(await control.evaluate((element) => element.outerHTML.slice(0, 80)));
  }
  expect([state, blank]).toEqual([state, []]);
};

/** Screenshot of `locator` as bytes, to compare two states of one control. */
function pixels(locator: Locator): Promise<Buffer> {
  return locator.screenshot();
}

describe("when Windows high contrast (forced colours) is on", () => {
  it("can draw every control in every state", async () => {
    const { page, states } = await walkAll(
      { viewport: { width: 380, height: 900 }, forcedColors: "active" },
      "forced",
      async (on, state) => {
        expect(await on.evaluate(() => matchMedia("(forced-colors: active)").matches)).toBe(true);
        await everyControlDrawn(on, state);
      }
    );

    expect(states).toHaveLength(STATE_COUNT);
    await page.close();
  });

  it("can show the selected tab, a switch that is on, and the focus", async () => {
    const page = await openPane({ viewport: { width: 380, height: 900 }, forcedColors: "active" });
    const fillTab = page.getByRole("tab", { name: "Füllen" });
    const unselected = await pixels(fillTab);
    await fillTab.click();
    await page.mouse.move(0, 0);
    // Click focus is not keyboard focus: no ring, only the selection differs.
    expect((await pixels(fillTab)).equals(unselected)).toBe(false);

    const toggle = page.getByRole("switch", { name: "Automatisch aktualisieren" });
    const indicator = toggle.locator("xpath=..");
    const off = await pixels(indicator);
    await toggle.check();
    await page.mouse.move(0, 0);
    await toggle.evaluate((element) => (element as HTMLElement).blur());
    expect((await pixels(indicator)).equals(off)).toBe(false);

    const fill = page.getByRole("button", { name: "Regionsblätter füllen" });
    const unfocused = await pixels(fill);
    // Keyboard focus (the ring shows for the keyboard only): onto the switch, back to the button.
    await toggle.focus();
    await page.keyboard.press("Shift+Tab");
    expect(await fill.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await pixels(fill)).equals(unfocused)).toBe(false);
    await page.screenshot({ path: path.join(OUT_DIR, "forced-focus.png") });
    await page.close();
  });

  it("can do it without errors or outside requests", () => {
    expect(harness.pageErrors).toEqual([]);
    expect(harness.blocked).toEqual([]);
  });
});
