/**
 * axe-core in the e2e page: injects the library's own source (node_modules/axe-core/axe.js)
 * through the DevTools protocol, which the page's CSP does not govern, runs the WCAG 2.1 A and
 * AA rules on the whole document and keeps one entry per audited state for out/e2e/axe.json.
 *
 * One kind of element is left out: Fluent UI's focus manager (tabster) puts invisible <i
 * tabindex="0" aria-hidden="true" data-tabster-dummy> elements around arrow-key groups (tab
 * lists, sliders) that pass focus on at once; axe reports them as aria-hidden-focus. Fluent
 * treats this as by design (microsoft/fluentui#27517, microsoft/tabster#288), and Microsoft's
 * Accessibility Insights suppresses exactly these elements (accessibility-insights-web#7605).
 * docs/BARRIEREFREIHEIT.md says so.
 */
import { readFile, writeFile } from "node:fs/promises";
import type { Page } from "playwright-core";

/** Fluent's focus-redirecting elements, excluded from the audit (see above). */
export const EXCLUDED = "[data-tabster-dummy]";

/** The rule tags of WCAG 2.0 and 2.1, levels A and AA (EN 301 549 chapter 9, BITV 2.0). */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

/** One violated rule in a state: its id, impact, axe's one-line help and the failing elements. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** The failing elements as CSS selectors. */
  readonly nodes: readonly string[];
}

/** One audited state of the pane. */
export interface AxeEntry {
  readonly state: string;
  readonly violations: readonly AxeViolation[];
}

let axeSource: string | undefined;

interface RawResult {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** Runs axe on `page` and returns the state's entry. */
export async function auditPage(page: Page, state: string): Promise<AxeEntry> {
  axeSource ??= await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  // A bar that is still fading in has a lower contrast than the one that stays: audit what
  // stays. (A spinner turns forever; it is not waited for.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => null))
    )
  );
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(axeSource);
  const raw = (await page.evaluate(
    ([tags, excluded]) =>
      (
        window as unknown as {
          axe: { run(context: object, options: object): Promise<unknown> };
        }
      ).axe.run(
        { include: [["html"]], exclude: [[excluded]] },
        { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }
      ),
    [[...WCAG_TAGS], EXCLUDED] as const
  )) as RawResult;
  return {
    state,
    violations: raw.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.map(String).join(" ")),
    })),
  };
}

/** Writes the entries, one per state, as a JSON array (out/e2e/axe.json). */
export async function writeAxeReport(file: string, entries: readonly AxeEntry[]): Promise<void> {
  await writeFile(file, JSON.stringify(entries, null, 2) + "\n");
}

/** The violations of impact serious or critical, as "state: id (n)" lines. */
export function severeViolations(entries: readonly AxeEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${entry.state}: ${violation.id} (${violation.impact}) ${violation.nodes.join(", ")}`
      )
  );
}
