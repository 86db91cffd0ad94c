/**
 * The package layer of an .xlsx file (ECMA-376 part 2, Open Packaging Conventions) over JSZip:
 * relationships, content types and part names. ExcelJS hides all of this; the adapter needs it
 * where it writes what ExcelJS cannot (charts, carried parts) and where it checks what ExcelJS
 * left out.
 */
import type JSZip from "jszip";
import { decodeXml, escapeXml } from "./xml";

/** The namespace of relationship parts. */
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The prefix of the relationship types of ECMA-376 part 1 (worksheet, drawing, chart, …). */
export const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The relationship part name of the package itself (its root relationships). */
export const PACKAGE_RELS = "_rels/.rels";

/** One relationship of a part; `target` is a part path for internal ones, else the raw URI. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** Returns the rels part of a part: "xl/a/b.xml" → "xl/a/_rels/b.xml.rels"; of "" the root's. */
export function relsPathOf(part: string): string {
  if (part === "") return PACKAGE_RELS;
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that holds it ("" = package). */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = part.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** Returns the target of `to` relative to the folder of `from` ("" = package), as Excel writes. */
export function relativeTarget(from: string, to: string): string {
  const fromFolder = from.split("/").slice(0, -1);
  const toSegments = to.split("/");
  let common = 0;
  while (
    common < fromFolder.length &&
    common < toSegments.length - 1 &&
    fromFolder[common] === toSegments[common]
  ) {
    common++;
  }
  const up = fromFolder.slice(common).map(() => "..");
  return [...up, ...toSegments.slice(common)].join("/");
}

function attribute(element: string, name: string): string | undefined {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1];
  return value === undefined ? undefined : decodeXml(value);
}

/** Parses a relationship part; internal targets are resolved against `part`. */
export function parseRelationships(part: string, xml: string): Relationship[] {
  const found: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], "Id");
    const type = attribute(match[0], "Type");
    const target = attribute(match[0], "Target");
    if (id === undefined || type === undefined || target === undefined) continue;
    const external = attribute(match[0], "TargetMode") === "External";
    found.push({ id, type, external, target: external ? target : resolveTarget(part, target) });
  }
  return found;
}

/** Returns the relationships of `part` ("" = the package); [] when it has none. */
export async function readRelationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await zip.file(relsPathOf(part))?.async("string");
  return xml === undefined ? [] : parseRelationships(part, xml);
}

/**
 * Adds a relationship of `type` (a full URI) from `part` to `target` (a part path, or a URI when
 * `external`), creating the relationship part when missing; returns the new id.
 */
export async function addRelationship(
  zip: JSZip,
  part: string,
  type: string,
  target: string,
  options: { readonly external?: boolean; readonly id?: string } = {}
): Promise<string> {
  const relsPath = relsPathOf(part);
  const xml =
    (await zip.file(relsPath)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const used = new Set(parseRelationships(part, xml).map((relationship) => relationship.id));
  let id = options.id;
  if (id === undefined || used.has(id)) {
    let number = used.size + 1;
    while (used.has(`rId${number}`)) number++;
    id = `rId${number}`;
  }
  const written = options.external === true ? target : relativeTarget(part, target);
  const mode = options.external === true ? ` TargetMode="External"` : "";
  const element = `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(written)}"${mode}/>`;
  zip.file(relsPath, xml.replace(/<\/Relationships>\s*$/, `${element}</Relationships>`));
  return id;
}

/** Returns the first free part path "folder/prefixN.ext" (N from 1; "" is the package root). */
export function freePart(zip: JSZip, folder: string, prefix: string, extension = ".xml"): string {
  const start = folder === "" ? prefix : `${folder}/${prefix}`;
  let number = 1;
  while (zip.file(`${start}${number}${extension}`) !== null) number++;
  return `${start}${number}${extension}`;
}

/** Returns `path` when no part has that name yet, else a free name of the same folder and kind. */
export function freePartLike(zip: JSZip, path: string): string {
  if (zip.file(path) === null) return path;
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : "";
  return freePart(zip, path.slice(0, Math.max(slash, 0)), stem.replace(/\d+$/, ""), extension);
}

const CONTENT_TYPES = "[Content_Types].xml";

/** Returns a lookup of a part's content type: its Override, else the Default of its extension. */
export async function readContentTypes(zip: JSZip): Promise<(part: string) => string | undefined> {
  const xml = (await zip.file(CONTENT_TYPES)?.async("string")) ?? "";
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?(Override|Default)\b[^>]*>/g)) {
    const type = attribute(match[0], "ContentType");
    if (type === undefined) continue;
    if (match[1] === "Override") {
      const name = attribute(match[0], "PartName");
      // Part names compare case-insensitively (OPC 9.1.1.1).
      if (name !== undefined) overrides.set(name.replace(/^\//, "").toLowerCase(), type);
    } else {
      const extension = attribute(match[0], "Extension");
      if (extension !== undefined) defaults.set(extension.toLowerCase(), type);
    }
  }
  return (part) => {
    const override = overrides.get(part.toLowerCase());
    if (override !== undefined) return override;
    const dot = part.lastIndexOf(".");
    return dot < 0 ? undefined : defaults.get(part.slice(dot + 1).toLowerCase());
  };
}

/** Gives `part` its content type by an Override (kept as is when the part has one already). */
export async function addOverride(zip: JSZip, part: string, type: string): Promise<void> {
  const xml = (await zip.file(CONTENT_TYPES)?.async("string")) ?? "";
  if (xml.includes(`PartName="/${escapeXml(part)}"`)) return;
  const element = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
  zip.file(CONTENT_TYPES, xml.replace(/<\/Types>\s*$/, `${element}</Types>`));
}

/** Returns the workbook part: the target of the package's officeDocument relationship. */
export async function workbookPartOf(zip: JSZip): Promise<string> {
  const root = await readRelationships(zip, "");
  const main = root.find((relationship) => relationship.type === `${REL_TYPE}/officeDocument`);
  return main?.target ?? "xl/workbook.xml";
}

/** The part of each sheet (worksheets, chart sheets, …) by sheet name, in tab order. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookPart = await workbookPartOf(zip);
  const workbook = (await zip.file(workbookPart)?.async("string")) ?? "";
  const targets = new Map(
    (await readRelationships(zip, workbookPart)).map((relationship) => [
      relationship.id,
      relationship.target,
    ])
  );
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(match[0], "name");
    const id = /\b\w+:id="([^"]*)"/.exec(match[0])?.[1];
    const target = id === undefined ? undefined : targets.get(decodeXml(id));
    if (name !== undefined && target !== undefined) parts.set(name, target);
  }
  return parts;
}
