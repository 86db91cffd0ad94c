/**
 * Shared set-up for the task pane's component tests: the real OfficeTaskpaneHost over the
 * in-memory Excel host (its Excel.run injected, no globals touched), seeded with the sample, and
 * the pane rendered in Fluent UI's provider.
 */
import "@testing-library/jest-dom";
import { FluentProvider, RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { OfficeTaskpaneHost } from "../../src/adapters/officejs/index";
import type { ExcelRunFunction } from "../../src/adapters/officejs/index";
import { App } from "../../src/taskpane/App";
import type { AppProps } from "../../src/taskpane/App.types";
import type { TaskpaneHost } from "../../src/workbook/index";
import { ExcelHost, seedWorkbook } from "../support/excel-host";

/** A fixed clock: 22.11.2026, 14:03:12 local time, whatever the machine's time zone. */
export const CHECK_TIME = new Date(2026, 10, 22, 14, 3, 12);

/** The in-memory workbook and the pane's host over it. */
export interface Workbook {
  readonly excel: ExcelHost;
  readonly host: OfficeTaskpaneHost;
}

/** Returns an OfficeTaskpaneHost whose Excel.run is the in-memory host's. */
export function hostFor(excel: ExcelHost): OfficeTaskpaneHost {
  const run = ((...args: unknown[]) => excel.run(...args)) as ExcelRunFunction;
  return new OfficeTaskpaneHost({ run });
}

/** Returns the sample workbook (Beispielwerte), or an empty one for `empty`. */
export function sampleWorkbook(content: "sample" | "empty" = "sample"): Workbook {
  const excel = new ExcelHost();
  if (content === "sample") seedWorkbook(excel);
  return { excel, host: hostFor(excel) };
}

/**
 * The sample with one fixable problem: the usage amount of SG Dahlenburg's Sachkosten
 * (Verwendung!C4, 15015.6) typed as German text "15.015,60".
 */
export function sampleWithTextNumber(): Workbook {
  const workbook = sampleWorkbook();
  workbook.excel.setNumberFormats("Verwendung", "C4", [["@"]]);
  workbook.excel.setValues("Verwendung", "C4", [["15.015,60"]]);
  return workbook;
}

/** The sample with two errors on Verwendung and one warning on Parameter. */
export function sampleWithThreeProblems(): Workbook {
  const workbook = sampleWithTextNumber();
  // A misspelt municipality: an error with the fix "Meinten Sie »SG Ilmenau«?" (and, because
  // SG Ilmenau itself is then missing, a second error on the row after the table).
  workbook.excel.setValues("Verwendung", "A10", [["SG Ilmenua"]]);
  // A misspelt parameter name: a warning (the row is ignored, Sockelbetrag defaults to 0).
  workbook.excel.setValues("Parameter", "A6", [["Sockelbetrg"]]);
  return workbook;
}

/**
 * Renders the pane on `host`; returns the user-event driver and the render result. Tests on
 * jest's fake timers say so with `fakeTimers`, so user-event advances them while it waits.
 */
export function renderPane(
  host: TaskpaneHost,
  props: Partial<AppProps> = {},
  { fakeTimers = false } = {}
) {
  // user-event's pointer-events check calls getComputedStyle up the tree on every click, which
  // is slow in jsdom with Fluent UI's many style rules; no test here relies on pointer-events.
  const user = userEvent.setup({
    pointerEventsCheck: PointerEventsCheckLevel.Never,
    ...(fakeTimers ? { advanceTimers: jest.advanceTimersByTime } : {}),
  });
  const result = render(
    <RendererProvider renderer={styleRenderer()} targetDocument={document}>
      <FluentProvider theme={UNPAINTED_THEME}>
        <App
          host={host}
          language="de-DE"
          productVersion="1.2.3"
          clock={() => CHECK_TIME}
          {...props}
        />
      </FluentProvider>
    </RendererProvider>
  );
  return { user, ...result };
}

/**
 * Fluent UI's styles in these tests: only the rules that decide whether an element is hidden.
 * Every role query asks jsdom's getComputedStyle whether an element and its ancestors are
 * hidden (display: none, visibility: hidden), and jsdom answers by matching every one of
 * Griffel's thousands of atomic rules against each of them: that was over half of a component
 * test's time (profiled with node --cpu-prof). Rules that set neither property cannot change
 * those answers, so role queries see exactly the roles and names they would with every rule
 * (a Tab's reserved-space copy of its label stays hidden, for one). How the pane looks is
 * tested in real Chromium (test/integration/e2e).
 */
/**
 * The theme in these tests: no design tokens. jsdom paints nothing, and FluentProvider writes
 * the ~400 custom properties of webLightTheme into one rule on its element, which jsdom copies
 * into every getComputedStyle of that element; floating-ui asks for it on every positioning
 * pass of an open dropdown (two thirds of a settings test's time). The tokens only feed var()
 * in colours, spacing and fonts, never display or visibility. Real Chromium renders the real
 * theme (test/integration/e2e).
 */
const UNPAINTED_THEME = {};

const HIDING_PROPERTIES = /(^|[{;])\s*(display|visibility)\s*:/;
let hidingRulesOnly: ReturnType<typeof createDOMRenderer> | null = null;
function styleRenderer(): ReturnType<typeof createDOMRenderer> {
  hidingRulesOnly ??= createDOMRenderer(document, {
    unstable_filterCSSRule: (cssRule) => HIDING_PROPERTIES.test(cssRule),
  });
  return hidingRulesOnly;
}

/** Waits until the first check after opening the pane has finished. */
export async function firstCheck(): Promise<void> {
  await waitFor(() => expect(screen.getByText(/Zuletzt geprüft um/)).toBeInTheDocument());
}

/** Returns the check's verdict: the section "Ergebnis der Prüfung" (English: "Check result"). */
export function verdict(): HTMLElement {
  return screen.getByRole("region", { name: /^(Ergebnis der Prüfung|Check result)$/ });
}

/** Returns the section of the issue list with the heading `name` (e.g. /^Fehler/). */
export function issueSection(name: RegExp): HTMLElement {
  return screen.getByRole("region", { name });
}

export { screen, waitFor, within };
