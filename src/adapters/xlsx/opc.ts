/**
 * Relationships of the package layer (ECMA-376 part 2, Open Packaging Conventions): relationship
 * part names, target resolution and parsing; XlsxPackage (xlsxPackage.ts) uses them.
 */
import { decodeXml } from "./xml";

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
