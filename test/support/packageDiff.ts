/**
 * A part-by-part comparison of two .xlsx packages: which parts were added, removed or changed
 * (by their decompressed bytes). The tests use it to show that a save changed only the parts the
 * add-in owns and left every other part byte for byte as it was.
 */
import JSZip from "jszip";

/** The parts that differ between two packages, each list sorted. */
export interface PackageDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async("nodebuffer"));
  }
  return parts;
}

/** Compares two packages part by part. */
export async function diffPackages(before: Uint8Array, after: Uint8Array): Promise<PackageDiff> {
  const a = await partsOf(before);
  const b = await partsOf(after);
  const added = [...b.keys()].filter((name) => !a.has(name)).sort();
  const removed = [...a.keys()].filter((name) => !b.has(name)).sort();
  const changed = [...a.keys()]
    .filter((name) => b.has(name) && !(a.get(name) as Buffer).equals(b.get(name) as Buffer))
    .sort();
  return { added, removed, changed };
}

/** Every part of `diff` (added, removed or changed) that none of the `owned` patterns matches. */
export function unownedChanges(diff: PackageDiff, owned: readonly RegExp[]): string[] {
  return [...diff.added, ...diff.removed, ...diff.changed].filter(
    (name) => !owned.some((pattern) => pattern.test(name))
  );
}

/**
 * The parts a fill may change besides the output sheets' own parts (see docs/ARCHITECTURE.md),
 * and Excel's calculation chain, which it removes (Excel rebuilds it).
 */
export const PACKAGE_PARTS_OF_A_FILL: readonly RegExp[] = [
  /^xl\/calcChain\.xml$/,
  /^\[Content_Types\]\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^docProps\/app\.xml$/,
  /^customXml\/item\d+\.xml$/,
  /^xl\/webextensions\/webextension\d+\.xml$/,
];
