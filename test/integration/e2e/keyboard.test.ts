/**
 * The pane without a pointer, in headless Chromium: a walk that presses only Tab, Shift+Tab, the
 * arrow keys, Enter, Space and Escape (WCAG 2.1.1) through every section of the harness page
 * (test/e2e-page/, the sample with one fixable problem). Every control that Tab reaches must show
 * that it has the focus (2.4.7: its pixels change when it gains focus), the order must follow
 * the layout (2.4.3), and after each action focus is on its result, never on <body>.
 * out/e2e/keyboard-focus.png shows one focus ring; out/e2e/keyboard-walk.json lists the walk.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import type { Harness, HostWindow } from "./browser";
import { OUT_DIR, hostValues, startHarness, takeAnnouncements } from "./browser";

/** The only keys the walk may press. */
const KEYS = [
  "Tab",
  "Shift+Tab",
  "ArrowLeft",
  "ArrowRight",
  "ArrowUp",
  "ArrowDown",
  "Enter",
  " ",
  "Escape",
] as const;
type Key = (typeof KEYS)[number];

/** Tall enough that the pane never scrolls: a control's place on the page stays put. */
const VIEWPORT = { width: 380, height: 2600 };
/** More Tab presses than the pane has controls in any one section. */
const MAX_TABS = 60;

let harness: Harness;
let page: Page;
/** Every control Tab or an arrow key reached, as "role name". */
const reached = new Set<string>();
/** Whether each reached control showed its focus (see focusIsVisible). */
const focusRings = new Map<string, boolean>();
/** The actions done with the keyboard, in order. */
const actions: string[] = [];

/** Presses one of the allowed keys. */
async function press(key: Key): Promise<void> {
  expect(KEYS).toContain(key);
  await page.keyboard.press(key);
}

/**
 * The focused element as "role name": its role and accessible name as Chromium computes them
 * (Playwright's ARIA snapshot), or "body" when nothing has the focus.
 */
async function focused(): Promise<string> {
  const onBody = await page.evaluate(
    () => document.activeElement === null || document.activeElement === document.body
  );
  if (onBody) return "body";
  const snapshot = await page.locator("*:focus").ariaSnapshot();
  const first = snapshot.split("\n")[0] ?? "";
  const match = /^- (\w+)(?: "((?:[^"\\]|\\.)*)")?/.exec(first);
  if (!match) return first;
  return `${match[1]} ${(match[2] ?? "").replace(/\\"/g, '"')}`.trim();
}

/** The focused element's box on the page, a few pixels wider for an outline around it. */
async function focusedBox(): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate(() => {
    const rect = document.activeElement?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  });
  if (box === null) throw new Error("Nichts hat den Fokus.");
  const pad = 4;
  return {
    x: Math.max(0, box.x - pad),
    y: Math.max(0, box.y - pad),
    width: box.width + 2 * pad,
    height: box.height + 2 * pad,
  };
}

/**
 * Presses `key` and returns the newly focused control; records it and, the first time, whether
 * its focus is visible.
 */
async function move(key: Key): Promise<string> {
  await press(key);
  const now = await focused();
  expect(now).not.toBe("body");
  reached.add(now);
  if (!focusRings.has(now)) focusRings.set(now, await focusIsVisible());
  return now;
}

/**
 * Presses Tab (or Shift+Tab) until focus is in the page again: past the last control it leaves
 * the page (to the browser), and the next press brings it back at the other end.
 */
async function backIntoPage(key: "Tab" | "Shift+Tab"): Promise<void> {
  for (let step = 0; step < 3 && (await focused()) === "body"; step++) await press(key);
  expect(await focused()).not.toBe("body");
}

/** Presses Tab (or Shift+Tab) until the focused control starts with `target`; returns it. */
async function tabTo(target: string, key: "Tab" | "Shift+Tab" = "Tab"): Promise<string> {
  for (let step = 0; step < MAX_TABS; step++) {
    await press(key);
    // Leaving the page at its end is the browser's way; the walk goes round.
    if ((await focused()) === "body") await backIntoPage(key);
    const now = await focused();
    reached.add(now);
    if (!focusRings.has(now)) focusRings.set(now, await focusIsVisible());
    if (now.startsWith(target)) return now;
  }
  throw new Error(`»${target}« ist mit ${key} nicht erreichbar.`);
}

/**
 * Tabs through the pane from the focused control until focus leaves the page, then Tab once more
 * to come round to the first control. Checks that each control shows its focus and that the
 * order follows the layout: top to bottom, left to right within a row. Returns the order, the
 * control focused at the start first.
 */
async function sweep(): Promise<string[]> {
  const order: string[] = [];
  const tops: number[] = [];
  for (let step = 0; step < MAX_TABS; step++) {
    const now = await focused();
    if (now === "body") break;
    order.push(now);
    reached.add(now);
    tops.push(await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? 0));
    if (!focusRings.has(now)) focusRings.set(now, await focusIsVisible());
    await press("Tab");
  }
  // Controls side by side (a slider and its spin button) may differ by a few pixels in height.
  const backwards = tops.flatMap((top, index) =>
    index > 0 && top < (tops[index - 1] ?? 0) - 12 ? [`${order[index - 1]} → ${order[index]}`] : []
  );
  expect(backwards).toEqual([]);
  await backIntoPage("Tab");
  return order;
}

/** Waits until the focused control starts with `target` (focus moves when an action ends). */
async function focusArrives(target: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const element = document.activeElement;
      return (
        element !== null &&
        element !== document.body &&
        (element.getAttribute("aria-label") ?? element.textContent ?? "")
          .replace(/\s+/g, " ")
          .trim()
          .startsWith(expected)
      );
    },
    target,
    { timeout: 10_000 }
  );
}

/**
 * Returns true when the control focused now looks different without the focus. The test takes
 * the focus away and gives it back itself (blur, focus): that is the test looking, not the user
 * acting, and it leaves focus where it was.
 */
async function focusIsVisible(): Promise<boolean> {
  const clip = await focusedBox();
  const withFocus = await page.screenshot({ clip });
  const before = await focused();
  const element = await page.evaluateHandle(() => document.activeElement as HTMLElement);
  await element.evaluate((target) => target.blur());
  const withoutFocus = await page.screenshot({ clip });
  await element.evaluate((target) => target.focus());
  await element.dispose();
  expect(await focused()).toBe(before);
  return !withFocus.equals(withoutFocus);
}

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open("", { viewport: VIEWPORT });
  await page.getByText(/Zuletzt geprüft um/).waitFor();
}, 600_000);

afterAll(async () => {
  await writeFile(
    path.join(OUT_DIR, "keyboard-walk.json"),
    JSON.stringify({ controlsReached: [...reached], actions }, null, 2) + "\n"
  );
  await harness?.close();
});

describe("when a user has only the keyboard", () => {
  it("can reach every control of Prüfen in reading order, each with a visible focus", async () => {
    const order: string[] = [];
    for (let step = 0; step < MAX_TABS; step++) {
      await press("Tab");
      const now = await focused();
      if (now === "body" || order.includes(now)) break;
      order.push(now);
      reached.add(now);
    }
    // Past the last control focus leaves the page; Tab brings it back at the start.
    await backIntoPage("Tab");
    expect(await focused()).toBe(order[0]);
    await tabTo(order.at(-1) ?? "");

    expect(order).toEqual([
      "tab Prüfen (1 Fehler)",
      "button Prüfen",
      expect.stringMatching(/^button C4 »Sachkosten« von »SG Dahlenburg« ist als Text/),
      "button Als Zahl 15015,6 übernehmen",
    ]);
    expect(await focused()).toBe(order.at(-1));
    // Back up again with Shift+Tab, checking the focus ring of each on the way.
    for (const expected of [...order].reverse().slice(1)) {
      await press("Shift+Tab");
      expect(await focused()).toBe(expected);
      focusRings.set(expected, await focusIsVisible());
    }
    expect(await focused()).toBe("tab Prüfen (1 Fehler)");
  });

  it("can run Prüfen with Enter; focus lands on the verdict, which shows its focus ring", async () => {
    await tabTo("button Prüfen");
    await page.screenshot({ path: path.join(OUT_DIR, "keyboard-focus.png") });
    await takeAnnouncements(page);

    await press("Enter");

    await focusArrives("1 Fehler");
    expect(await focused()).toMatch(/^group /);
    expect(await takeAnnouncements(page)).toEqual(["Prüfung: 1 Fehler"]);
    await page.screenshot({ path: path.join(OUT_DIR, "keyboard-focus-result.png") });
    actions.push("Prüfen");
  });

  it("can apply the fix with Space; focus lands on the message", async () => {
    await tabTo("button Als Zahl 15015,6 übernehmen");

    await press(" ");

    await focusArrives("Korrektur in Verwendung!C4 übernommen.");
    expect(await hostValues(page, "Verwendung", "C4")).toEqual([[15015.6]]);
    actions.push("Korrektur übernehmen");
  });

  it("can switch to Füllen with the arrow keys, fill, and land on the result", async () => {
    await tabTo("tab Prüfen");
    expect(await move("ArrowRight")).toBe("tab Füllen");
    await press("Enter");
    actions.push("Reiter Füllen");
    expect(await sweep()).toEqual([
      "tab Füllen",
      "button Regionsblätter füllen",
      "switch Automatisch aktualisieren",
      "checkbox mit Vergleich der Finanzierungsmodelle",
      "checkbox mit Plan der Abschmelzung",
      "button Anlage erstellen",
    ]);
    await tabTo("button Regionsblätter füllen");

    await press("Enter");

    await focusArrives("Regionsblätter gefüllt um");
    const sheets = await page.evaluate(
      () => (window as unknown as HostWindow).__excelHost.sheetNames
    );
    expect(sheets).toContain("Region 1");
    actions.push("Füllen");
  });

  it("can undo with Enter and close the message with Escape; focus goes to the heading", async () => {
    await tabTo("button Rückgängig", "Shift+Tab");

    await press("Enter");

    await focusArrives("Die letzte Füllung ist rückgängig gemacht");
    actions.push("Rückgängig");
    await press("Escape");
    expect(await page.getByText(/rückgängig gemacht/).count()).toBe(0);
    expect(await focused()).toBe("heading Sozialraumbudget");
    actions.push("Meldung schließen");
  });

  it("can switch the live refill on and off with Space", async () => {
    const toggle = await tabTo("switch Automatisch aktualisieren");
    expect(toggle).toBe("switch Automatisch aktualisieren");

    await press(" ");
    expect(await page.getByRole("switch", { name: "Automatisch aktualisieren" }).isChecked()).toBe(
      true
    );
    await press(" ");
    expect(await page.getByRole("switch", { name: "Automatisch aktualisieren" }).isChecked()).toBe(
      false
    );
    actions.push("Live-Schalter");
  });

  it("can adopt a model in Beraten → Modelle; focus lands on the message", async () => {
    await tabTo("tab Füllen", "Shift+Tab");
    expect(await move("ArrowRight")).toBe("tab Beraten");
    await press("Enter");
    actions.push("Reiter Beraten");
    expect(await sweep()).toEqual([
      "tab Beraten",
      "tab Modelle",
      "button Modell EINWOHNER übernehmen",
      "button Modell SOCKEL übernehmen",
      "button Als Tabelle anzeigen",
      "combobox Je Gemeinde für Modell",
      "button In Arbeitsmappe schreiben",
    ]);
    await tabTo("tab Beraten");
    expect(await move("Tab")).toBe("tab Modelle");
    await tabTo("button Modell SOCKEL übernehmen");

    await press("Enter");

    await focusArrives("Modell SOCKEL in die Parameter übernommen");
    expect(await hostValues(page, "Parameter", "B4")).toEqual([["SOCKEL"]]);
    actions.push("Modell übernehmen");
  });

  it("can open the chart's table with Enter", async () => {
    await tabTo("button Als Tabelle anzeigen");

    await press("Enter");

    await page.getByRole("table", { name: /^Veränderung gegenüber Vorjahr.*\(Euro\)$/ }).waitFor();
    expect(await focused()).toBe("button Tabelle ausblenden");
    // The table scrolls in its own region, which Tab reaches.
    expect(await move("Tab")).toBe(
      "region Veränderung gegenüber Vorjahr je Gemeinde und Modell (Euro)"
    );
    actions.push("Diagramm als Tabelle");
  });

  it("can move a weight with the arrow keys in Beraten → Gewichte", async () => {
    await tabTo("tab Modelle", "Shift+Tab");
    expect(await move("ArrowRight")).toBe("tab Gewichte");
    await press("Enter");
    actions.push("Reiter Gewichte");
    const weights = await sweep();
    expect(weights.slice(0, 2)).toEqual(["tab Gewichte", "slider Kinder in SGB-II-Haushalten (%)"]);
    // Übernehmen and Zurücksetzen are disabled (out of the tab order) until a weight changes.
    expect(weights.slice(-2)).toEqual([
      "switch Untergrenze verwenden",
      "switch Obergrenze verwenden",
    ]);
    await tabTo("tab Beraten");
    await tabTo("tab Gewichte");
    await tabTo("slider Kinder in SGB-II-Haushalten (%)");

    for (let step = 0; step < 10; step++) await press("ArrowRight");

    await page.getByText(/Gemeinden anders als in der Arbeitsmappe/).waitFor();
    expect(
      await page.getByRole("spinbutton", { name: /^Kinder in SGB-II.*genauer Wert$/ }).inputValue()
    ).toBe("0,50");
    actions.push("Gewicht mit Pfeiltasten");
    await tabTo("button Zurücksetzen");
    await press("Enter");
    await page.getByText("Noch keine Änderung gegenüber der Arbeitsmappe.").waitFor();
    actions.push("Gewichte zurücksetzen");
  });

  it("can scroll the multi-year plan's table with the arrow keys", async () => {
    await tabTo("tab Gewichte", "Shift+Tab");
    expect(await move("ArrowRight")).toBe("tab Mehrjahresplan");
    await press("Enter");
    actions.push("Reiter Mehrjahresplan");
    expect(await sweep()).toEqual([
      "tab Mehrjahresplan",
      "region Ausgleich je Gemeinde (Euro)",
      "region Freigesetzt je Region (Euro)",
      "button Mehrjahresplan in Arbeitsmappe schreiben",
    ]);
    await tabTo("tab Beraten");
    await tabTo("tab Mehrjahresplan");
    const region = await tabTo("region Ausgleich je Gemeinde (Euro)");
    expect(region).toBe("region Ausgleich je Gemeinde (Euro)");
    await page.setViewportSize({ width: 320, height: VIEWPORT.height });

    for (let step = 0; step < 5; step++) await press("ArrowRight");

    // Chromium scrolls smoothly: wait for the region to have moved.
    await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0, null, {
      timeout: 5000,
    });
    expect(await page.evaluate(() => document.documentElement.scrollLeft)).toBe(0);
    await page.setViewportSize(VIEWPORT);
    actions.push("Tabelle scrollen");
  });

  it("can open and close a list in Einstellungen with Enter and Escape", async () => {
    await tabTo("tab Beraten", "Shift+Tab");
    expect(await move("ArrowRight")).toBe("tab Einstellungen");
    await press("Enter");
    actions.push("Reiter Einstellungen");
    expect(await sweep()).toEqual([
      "tab Einstellungen",
      "combobox Gemeinden",
      "combobox Indikatoren",
      "combobox Gewichte",
      "combobox Verwendung",
      "combobox Zuordnung",
      "combobox Parameter",
      "button Standard",
      "button Eingabeblätter anlegen",
    ]);
    await tabTo("combobox Gemeinden");

    await press("Enter");
    await page.getByRole("listbox").waitFor();
    await press("ArrowDown");
    await press("Escape");

    expect(await page.getByRole("listbox").count()).toBe(0);
    expect(await focused()).toMatch(/^combobox Gemeinden/);
    actions.push("Auswahlliste öffnen und schließen");
  });

  it("can get back to Prüfen with the arrow keys from the last tab", async () => {
    await tabTo("tab Einstellungen", "Shift+Tab");

    // The tab list wraps around: from the last tab on to the first.
    expect(await move("ArrowRight")).toBe("tab Prüfen");
    await press("Enter");

    await page.getByRole("button", { name: "Prüfen", exact: true }).waitFor();
    actions.push("Reiter Prüfen");
  });

  it("can do all of it with every control's focus visible and no error", () => {
    const invisible = [...focusRings].filter(([, visible]) => !visible).map(([name]) => name);
    expect(invisible).toEqual([]);
    expect(reached.size).toBeGreaterThanOrEqual(25);
    expect(actions).toEqual([
      "Prüfen",
      "Korrektur übernehmen",
      "Reiter Füllen",
      "Füllen",
      "Rückgängig",
      "Meldung schließen",
      "Live-Schalter",
      "Reiter Beraten",
      "Modell übernehmen",
      "Diagramm als Tabelle",
      "Reiter Gewichte",
      "Gewicht mit Pfeiltasten",
      "Gewichte zurücksetzen",
      "Reiter Mehrjahresplan",
      "Tabelle scrollen",
      "Reiter Einstellungen",
      "Auswahlliste öffnen und schließen",
      "Reiter Prüfen",
    ]);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.blocked).toEqual([]);
  });
});
