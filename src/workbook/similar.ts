/**
 * "Did you mean" for names the user typed: the closest known name by edit distance on the
 * normalised spelling (WORKBOOK.md header matching), so "Ilmenau" finds "SG Ilmenau".
 */
import { normalizeHeader } from "./cells";
import type { CellRef } from "./issues";
import { makeFix } from "./issues";
import { FIX_LABELS } from "./messages";
import type { IssueFix } from "./types";

/** Returns the Levenshtein distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] ?? 0;
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/**
 * Returns the candidate closest to `typed`, or undefined when none is close: within a third of
 * the longer name's length (at least 2 edits), or containing the typed text as a whole word part
 * ("Ilmenau" in "SG Ilmenau"). Ties go to the earlier candidate.
 */
export function suggestName(typed: string, candidates: readonly string[]): string | undefined {
  const key = normalizeHeader(typed);
  if (key === "") return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const candidateKey = normalizeHeader(name);
    const distance = levenshtein(key, candidateKey);
    const limit = Math.max(2, Math.floor(Math.max(key.length, candidateKey.length) / 3));
    const contains = key.length >= 4 && candidateKey.split(" ").includes(key);
    if ((distance <= limit || contains) && (best === undefined || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name;
}

/** Returns the one-click fix "Meinten Sie »…«?" writing the closest candidate, when one is close. */
export function didYouMeanFix(
  typed: string,
  candidates: readonly string[],
  ref: CellRef
): IssueFix | undefined {
  const suggestion = suggestName(typed, candidates);
  return suggestion === undefined
    ? undefined
    : makeFix(FIX_LABELS.didYouMean(suggestion), ref, suggestion);
}
