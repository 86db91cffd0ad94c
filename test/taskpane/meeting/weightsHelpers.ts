/**
 * Set-up shared by the two weight-trial specs (weights.test.tsx, weights-adopt.test.tsx), which
 * stay separate files because jsdom slowed down after an adopting test in the same file.
 */
import { firstCheck, type renderPane, screen, within } from "../helpers";

/** The sample's first indicator: the label of its weight slider. */
export const FIRST_INDICATOR = "Kinder in SGB-II-Haushalten (%)";

/** Opens the weight trial; returns its preview table (it stays mounted while it has rows). */
export async function openWeights(
  user: ReturnType<typeof renderPane>["user"]
): Promise<HTMLElement> {
  await firstCheck();
  await user.click(screen.getByRole("tab", { name: "Beraten" }));
  await user.click(screen.getByRole("tab", { name: "Gewichte" }));
  return screen.findByRole("table", { name: "Vorschau je Gemeinde" });
}

/**
 * A preview row's text with plain spaces. Rows are found by their text, not by accessible name:
 * computing the names of every row in jsdom on each waitFor retry is what makes such tests slow.
 */
export function previewRow(table: HTMLElement, name: string): string {
  const texts = within(table)
    .getAllByRole("row")
    .map((row) => (row.textContent ?? "").replace(/\s/g, " "));
  const row = texts.find((text) => text.startsWith(name));
  if (row === undefined) throw new Error(`Keine Zeile »${name}« in der Vorschau.`);
  return row;
}
