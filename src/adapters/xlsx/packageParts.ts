/**
 * Parts of the package as a whole that ExcelJS drops although nothing in the sheets refers to
 * them, so they can be written back unchanged: the task pane add-ins with their settings (Office
 * web extensions, where the add-in keeps its mapping), the custom document properties (where
 * sensitivity labels live) and the custom XML data parts of the workbook.
 */
import JSZip from "jszip";
import { UNDO_SETTING_PREFIX } from "../../workbook";
import { addRelationship, readRelationships, REL_TYPE, workbookPartOf } from "./opc";
import { PartReader, PartWriter, type CarriedLink, type CarriedPart } from "./partTree";
import { decodeXml } from "./xml";

/** Which part holds the relationship: the package itself or the workbook part. */
type Holder = "package" | "workbook";

/** A part tree related from the package or the workbook part, to be written back on save. */
export interface PackagePart {
  readonly holder: Holder;
  /** The relationship type (a full URI). */
  readonly type: string;
  readonly part: CarriedPart;
}

/**
 * The relationship types carried, by the part that holds them. Microsoft's type is matched
 * without its scheme, so the code spells no URL of a foreign host (the network check of
 * test/build/csp.test.ts); the type is written back as the file had it.
 */
const CARRIED_TYPES: Readonly<Record<Holder, (type: string) => boolean>> = {
  package: (type) =>
    type === `${REL_TYPE}/custom-properties` ||
    type.endsWith("//schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes"),
  workbook: (type) => type === `${REL_TYPE}/customXml`,
};

/** Returns the carried parts of a loaded file, in the order of its relationships. */
export async function readPackageParts(data: Uint8Array): Promise<PackagePart[]> {
  const zip = await JSZip.loadAsync(data);
  const reader = await PartReader.of(zip);
  const holders: [Holder, string][] = [
    ["package", ""],
    ["workbook", await workbookPartOf(zip)],
  ];
  const found: PackagePart[] = [];
  for (const [holder, path] of holders) {
    for (const relationship of await readRelationships(zip, path)) {
      if (relationship.external || !CARRIED_TYPES[holder](relationship.type)) continue;
      const part = await reader.tree(relationship.target);
      if (part !== undefined) found.push({ holder, type: relationship.type, part });
    }
  }
  return found;
}

/**
 * Returns the saved bytes with the carried parts written back; a type the saved package relates
 * already (should ExcelJS ever write it) is left as ExcelJS wrote it. Unchanged when none.
 */
export async function addPackageParts(
  saved: Uint8Array,
  parts: readonly PackagePart[]
): Promise<Buffer> {
  if (parts.length === 0) return Buffer.from(saved);
  const zip = await JSZip.loadAsync(saved);
  const holders: Record<Holder, string> = { package: "", workbook: await workbookPartOf(zip) };
  const present = new Set<string>();
  for (const holder of ["package", "workbook"] as const) {
    for (const relationship of await readRelationships(zip, holders[holder])) {
      present.add(`${holder} ${relationship.type}`);
    }
  }
  const writer = new PartWriter(zip);
  for (const { holder, type, part } of parts) {
    if (present.has(`${holder} ${type}`)) continue;
    const path = await writer.write(part);
    await addRelationship(zip, holders[holder], type, path);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The content type of a web extension part: one add-in with its settings as <we:property>. */
const WEBEXTENSION_TYPE = "application/vnd.ms-office.webextension+xml";

/**
 * A settings property element. Attribute values are matched as quoted strings, since a value (JSON
 * holding sheet names) may contain ">"; a `"` inside a value is always escaped as &quot;.
 */
const PROPERTY = /<(?:[\w.-]+:)?property\b(?:\s+[\w:.-]+\s*=\s*"[^"]*")*\s*\/>/g;
const NAME = /\bname\s*=\s*"([^"]*)"/;
const VALUE = /\bvalue\s*=\s*"([^"]*)"/;

/**
 * Returns the value of the add-in setting `name` saved in the carried web extension parts (the
 * first one found), or undefined when none holds it. Office keeps each setting as the JSON text
 * of its value in an XML attribute, so the value is decoded twice: XML references, then JSON; a
 * value that is not JSON is returned as its text, for the caller to call unreadable.
 */
export function readAddinSetting(parts: readonly PackagePart[], name: string): unknown {
  const seen = new Set<CarriedPart>();
  const pending = parts.map((entry) => entry.part);
  for (let part = pending.shift(); part !== undefined; part = pending.shift()) {
    if (seen.has(part)) continue;
    seen.add(part);
    const text = part.contentType === WEBEXTENSION_TYPE ? propertyValue(part, name) : undefined;
    if (text !== undefined) return parseJsonOrText(text);
    for (const link of part.links) if ("part" in link) pending.push(link.part);
  }
  return undefined;
}

/** Returns the decoded value attribute of the property `name` in a web extension part. */
function propertyValue(part: CarriedPart, name: string): string | undefined {
  const xml = new TextDecoder().decode(part.data);
  for (const element of xml.match(PROPERTY) ?? []) {
    const found = NAME.exec(element)?.[1];
    if (found === undefined || decodeXml(found) !== name) continue;
    const value = VALUE.exec(element)?.[1];
    return value === undefined ? undefined : decodeXml(value);
  }
  return undefined;
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Returns `parts` with the task pane's undo index taken out of its settings. Written by the CLI
 * whenever it rewrote output sheets: the index describes the sheets before the add-in's last
 * fill, so "Rückgängig" in Excel would otherwise put those back over the CLI's figures. The other
 * settings (the mapping) stay byte for byte; a part without an undo index is not touched.
 */
export function withoutUndoIndex(parts: readonly PackagePart[]): PackagePart[] {
  const done = new Map<CarriedPart, CarriedPart>();
  return parts.map((entry) => ({ ...entry, part: mapTree(entry.part, done) }));
}

/** Returns `part` with the undo properties removed from every web extension part in its tree. */
function mapTree(part: CarriedPart, done: Map<CarriedPart, CarriedPart>): CarriedPart {
  const known = done.get(part);
  if (known !== undefined) return known;
  const links: CarriedLink[] = [];
  const mapped: CarriedPart = { ...part, data: withoutUndoProperties(part), links };
  // Registered before the links are mapped, so a relationship back to it ends the walk.
  done.set(part, mapped);
  for (const link of part.links) {
    links.push("part" in link ? { ...link, part: mapTree(link.part, done) } : link);
  }
  return mapped;
}

/** Returns the part's bytes without undo properties (the same array when it has none). */
function withoutUndoProperties(part: CarriedPart): Uint8Array {
  if (part.contentType !== WEBEXTENSION_TYPE) return part.data;
  const xml = new TextDecoder().decode(part.data);
  let removed = false;
  const kept = xml.replace(PROPERTY, (element) => {
    const name = NAME.exec(element)?.[1] ?? "";
    if (!name.startsWith(UNDO_SETTING_PREFIX)) return element;
    removed = true;
    return "";
  });
  return removed ? new TextEncoder().encode(kept) : part.data;
}
