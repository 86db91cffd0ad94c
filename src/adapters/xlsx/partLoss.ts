/**
 * The honest check behind "nothing is lost": what the package about to be saved lacks compared
 * with the loaded one. Both packages are taken apart into countable items (a chart, a picture, a
 * pivot table, a note, …) with the sheet each belongs to; an item the loaded file has more often
 * than the saved one is lost. Parts the writer produces anew under other names (sheets, styles,
 * strings, tables renumbered, …) are counted by what they hold or not at all, so a normal save
 * reports nothing.
 */
import JSZip from "jszip";
import { readContentTypes, readRelationships, sheetParts, workbookPartOf } from "./opc";
import { PART_CATEGORIES, partKind, type PartCategory, type PartKind } from "./partKinds";

export { PART_CATEGORIES, type PartCategory } from "./partKinds";

/** Items of one category on one sheet (none for workbook-wide ones) that a saved copy lacks. */
export interface LostParts {
  readonly category: PartCategory;
  /** The sheet the items belong to; absent for parts of the workbook as a whole. */
  readonly sheet?: string;
  /** For "other": the parts' content type (the part name when the package gives none). */
  readonly detail?: string;
  readonly count: number;
}

/** One countable item of a package. */
interface Item {
  readonly category: PartCategory;
  readonly sheet?: string;
  readonly detail?: string;
}

/** Counts of the patterns' matches, per category, in one part's XML. */
type Counter = readonly (readonly [PartCategory, RegExp])[];

/** What a worksheet holds in its own XML that ExcelJS does not write. */
const WORKSHEET_ITEMS: Counter = [
  ["sparkline", /<(?:\w+:)?sparkline[\s>]/g],
  ["headerFooterImage", /<(?:\w+:)?legacyDrawingHF\b/g],
  ["backgroundImage", /<(?:\w+:)?picture\b[^>]*\b\w+:id=/g],
];

const CONTENT_ITEMS: Partial<Record<PartKind, Counter>> = {
  comments: [["note", /<(?:\w+:)?comment\b/g]],
  // A thread is its first comment; replies carry the parentId of the first.
  threadedComments: [["threadedComment", /<(?:\w+:)?threadedComment\b(?![^>]*\bparentId=)/g]],
  connections: [["connection", /<(?:\w+:)?connection\b/g]],
  customProperties: [["customProperty", /<(?:\w+:)?property\b/g]],
};

/** A drawing's anchored objects (ECMA-376 part 1, 20.5.2). */
const ANCHOR = /<(\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;
/** Frames whose content is a part of its own (chart, SmartArt, slicer, …), counted there. */
const FRAME_WITH_PART =
  /<(?:\w+:)?graphicData\b[^>]*\buri="[^"]*(?:chart|diagram|slicer|webextension)[^"]*"/i;

/** The category of one drawing object; undefined when it is counted elsewhere. */
function anchorCategory(anchor: string): PartCategory | undefined {
  // Form controls and OLE objects draw a shape tied to the sheet's <controls>/<oleObjects>.
  if (/\bcompatExt\b/.test(anchor)) return undefined;
  const choice = /<(?:\w+:)?Choice\b[^>]*>([\s\S]*?)<\/(?:\w+:)?Choice>/.exec(anchor)?.[1];
  const content = choice ?? anchor;
  const first = /<(?:\w+:)?(pic|sp|cxnSp|grpSp|graphicFrame|contentPart)\b/.exec(content)?.[1];
  if (first === undefined) return undefined;
  if (first === "pic") return "picture";
  if (first === "graphicFrame" && FRAME_WITH_PART.test(content)) return undefined;
  return "shape";
}

function countItems(xml: string, counter: Counter, sheet: string | undefined): Item[] {
  return counter.flatMap(([category, pattern]) =>
    [...xml.matchAll(pattern)].map(() => ({ category, ...(sheet === undefined ? {} : { sheet }) }))
  );
}

/**
 * The sheet each part belongs to: the sheet from whose part it is reached through relationships
 * without passing a part that the workbook or the package relates to directly (a pivot cache is
 * the workbook's, though a pivot table refers to it).
 */
async function owners(zip: JSZip): Promise<{ reached: string[]; sheetOf: Map<string, string> }> {
  const workbookPart = await workbookPartOf(zip);
  const sheets = await sheetParts(zip);
  const sheetOf = new Map<string, string>();
  for (const [name, part] of sheets) sheetOf.set(part, name);
  const shared = new Set<string>([workbookPart]);
  for (const holder of ["", workbookPart]) {
    for (const relationship of await readRelationships(zip, holder)) {
      if (!relationship.external) shared.add(relationship.target);
    }
  }
  for (const [name, part] of sheets) {
    const queue = [part];
    while (queue.length > 0) {
      for (const relationship of await readRelationships(zip, queue.shift() ?? "")) {
        const target = relationship.target;
        if (relationship.external || shared.has(target) || sheetOf.has(target)) continue;
        sheetOf.set(target, name);
        queue.push(target);
      }
    }
  }
  // Everything the package reaches from its root; parts nothing refers to are not content.
  const reached: string[] = [];
  const seen = new Set<string>([""]);
  const queue = [""];
  while (queue.length > 0) {
    for (const relationship of await readRelationships(zip, queue.shift() ?? "")) {
      if (relationship.external || seen.has(relationship.target)) continue;
      if (zip.file(relationship.target) === null) continue;
      seen.add(relationship.target);
      reached.push(relationship.target);
      queue.push(relationship.target);
    }
  }
  return { reached, sheetOf };
}

const SPECIAL_KINDS: ReadonlySet<PartKind> = new Set<PartKind>([
  "rewritten",
  "companion",
  "worksheet",
  "drawing",
  "comments",
  "threadedComments",
  "connections",
  "customProperties",
]);

function isCategory(kind: PartKind): kind is PartCategory {
  return !SPECIAL_KINDS.has(kind);
}

/** The items of one part: itself, or what it holds, or nothing for a rewritten part. */
async function itemsOf(zip: JSZip, part: string, kind: PartKind, sheet?: string): Promise<Item[]> {
  const at = sheet === undefined ? {} : { sheet };
  if (isCategory(kind)) return [{ category: kind, ...at }];
  const counter = kind === "worksheet" ? WORKSHEET_ITEMS : CONTENT_ITEMS[kind];
  if (counter === undefined && kind !== "drawing") return [];
  const xml = (await zip.file(part)?.async("string")) ?? "";
  if (counter !== undefined) return countItems(xml, counter, sheet);
  return [...xml.matchAll(ANCHOR)].flatMap((anchor) => {
    const category = anchorCategory(anchor[0]);
    return category === undefined ? [] : [{ category, ...at }];
  });
}

/** Returns the countable items of a package, in the order its relationships reach them. */
async function inventory(data: Uint8Array): Promise<Item[]> {
  const zip = await JSZip.loadAsync(data);
  const typeOf = await readContentTypes(zip);
  const { reached, sheetOf } = await owners(zip);
  const items: Item[] = [];
  for (const part of reached) {
    const contentType = typeOf(part);
    const kind = partKind(part, contentType);
    const found = await itemsOf(zip, part, kind, sheetOf.get(part));
    // A part of a type the check does not know is named by its type (or its name, lacking one).
    items.push(
      ...(kind === "other"
        ? found.map((item) => ({ ...item, detail: contentType ?? part }))
        : found)
    );
  }
  return items;
}

function keyOf(item: Item): string {
  return JSON.stringify([item.category, item.sheet ?? null, item.detail ?? null]);
}

/** Items the caller changes on purpose, which the comparison must not mistake for losses. */
export interface IntendedChanges {
  /** Items of the loaded file left out on purpose (the add-in's own charts a replan drops). */
  readonly removed?: readonly LostParts[];
  /** Items the saved file has that the loaded one had not (the planned charts). */
  readonly added?: readonly LostParts[];
}

/**
 * Returns what `saved` lacks compared with `loaded`, one entry per category and sheet in the
 * order of PART_CATEGORIES and then of the loaded file; [] when nothing is lost. Intended changes
 * are taken out first, so a new chart never makes up for a user's chart that was dropped.
 */
export async function findLostParts(
  loaded: Uint8Array,
  saved: Uint8Array,
  intended: IntendedChanges = {}
): Promise<LostParts[]> {
  const counts = new Map<string, { item: Item; count: number }>();
  const change = (item: Item, count: number) => {
    const entry = counts.get(keyOf(item));
    if (entry === undefined) counts.set(keyOf(item), { item, count });
    else entry.count += count;
  };
  for (const item of await inventory(loaded)) change(item, 1);
  for (const entry of intended.removed ?? []) change(entry, -entry.count);
  for (const item of await inventory(saved)) change(item, -1);
  for (const entry of intended.added ?? []) change(entry, entry.count);
  const lost = [...counts.values()].filter((entry) => entry.count > 0);
  const rank = (category: PartCategory) => PART_CATEGORIES.indexOf(category);
  return lost
    .sort((a, b) => rank(a.item.category) - rank(b.item.category))
    .map(({ item, count }) => ({ ...item, count }));
}
