/**
 * The add-in's own settings in a package. Excel keeps the document settings of an add-in in its
 * web extension part (one <we:property> per setting, the value as JSON text in an attribute);
 * that is where the task pane saved the input mapping, the undo index and the record of the
 * blocks it wrote. A workbook the add-in never saw settings in has no such part, so the CLI keeps
 * its block record in a custom XML part of its own namespace instead. Both are the add-in's parts:
 * the CLI changes them, and nothing else of the package.
 */
import { UNDO_SETTING_PREFIX } from "../../workbook";
import { REL_TYPE } from "./opc";
import type { XlsxPackage } from "./xlsxPackage";
import { insertBeforeEnd } from "./xlsxPackage";
import { decodeXml, escapeXml } from "./xml";

/** The content type of a web extension part: one add-in with its settings. */
const WEBEXTENSION_TYPE = "application/vnd.ms-office.webextension+xml";
/** The namespace of the CLI's own custom XML part holding its block record. */
export const BLOCK_RECORD_NAMESPACE = "urn:sozialraumbudget:blocks";

/**
 * A settings property element. Attribute values are matched as quoted strings, since a value (JSON
 * holding sheet names) may contain ">"; a `"` inside a value is always escaped as &quot;.
 */
const PROPERTY = /<(?:[\w.-]+:)?property\b(?:\s+[\w:.-]+\s*=\s*"[^"]*")*\s*\/>/g;
const NAME = /\bname\s*=\s*"([^"]*)"/;
const VALUE = /\bvalue\s*=\s*"([^"]*)"/;

/** The web extension parts of the package, in part-name order. */
function webExtensionParts(pkg: XlsxPackage): string[] {
  return pkg
    .partNames()
    .filter(
      (part) => part.toLowerCase().endsWith(".xml") && pkg.contentTypeOf(part) === WEBEXTENSION_TYPE
    )
    .sort();
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Returns the value of the add-in setting `name` (the first web extension part holding it), JSON
 * decoded (a value that is not JSON as its text), or undefined when no part holds it.
 */
export function readAddinSetting(pkg: XlsxPackage, name: string): unknown {
  for (const part of webExtensionParts(pkg)) {
    for (const element of pkg.text(part)?.match(PROPERTY) ?? []) {
      if (decodeXml(NAME.exec(element)?.[1] ?? "") !== name) continue;
      const value = VALUE.exec(element)?.[1];
      return value === undefined ? undefined : parseJsonOrText(decodeXml(value));
    }
  }
  return undefined;
}

/** The web extension part that holds the add-in's settings (any property with its prefix). */
function settingsPart(pkg: XlsxPackage, prefix: string): string | undefined {
  return webExtensionParts(pkg).find((part) =>
    (pkg.text(part)?.match(PROPERTY) ?? []).some((element) =>
      decodeXml(NAME.exec(element)?.[1] ?? "").startsWith(prefix)
    )
  );
}

/**
 * Sets the add-in setting `name` to the JSON of `value` in the part that holds the add-in's
 * settings (those starting with `prefix`); returns false when the package has no such part.
 */
export function writeAddinSetting(
  pkg: XlsxPackage,
  prefix: string,
  name: string,
  value: unknown
): boolean {
  const part = settingsPart(pkg, prefix);
  const xml = part === undefined ? undefined : pkg.text(part);
  if (part === undefined || xml === undefined) return false;
  const propertyPrefix = /<([\w.-]+:)?property\b/.exec(xml)?.[1] ?? "";
  const element = `<${propertyPrefix}property name="${escapeXml(name)}" value="${escapeXml(JSON.stringify(value))}"/>`;
  let replaced = false;
  let updated = xml.replace(PROPERTY, (found) => {
    if (decodeXml(NAME.exec(found)?.[1] ?? "") !== name) return found;
    replaced = true;
    return element;
  });
  if (!replaced) {
    updated = updated.replace(/<\/([\w.-]+:)?properties>/, (end) => element + end);
  }
  pkg.setText(part, updated);
  return true;
}

/**
 * Takes the task pane's undo index out of its settings. Written whenever the CLI rewrote output
 * sheets: the index describes the sheets before the add-in's last fill, so "Rückgängig" in Excel
 * would otherwise put those back over the CLI's figures. Other settings stay byte for byte.
 */
export function removeUndoIndex(pkg: XlsxPackage): void {
  for (const part of webExtensionParts(pkg)) {
    const xml = pkg.text(part) ?? "";
    const kept = xml.replace(PROPERTY, (element) =>
      decodeXml(NAME.exec(element)?.[1] ?? "").startsWith(UNDO_SETTING_PREFIX) ? "" : element
    );
    pkg.setText(part, kept);
  }
}

/** The CLI's custom XML part with the block record, if the package has one. */
function recordPart(pkg: XlsxPackage, workbookPart: string): string | undefined {
  return pkg
    .relationships(workbookPart)
    .filter((rel) => !rel.external && rel.type === `${REL_TYPE}/customXml`)
    .map((rel) => rel.target)
    .find((part) => pkg.text(part)?.includes(BLOCK_RECORD_NAMESPACE) === true);
}

/** Returns the JSON the CLI's custom XML part holds, or undefined. */
export function readRecordPart(pkg: XlsxPackage, workbookPart: string): unknown {
  const part = recordPart(pkg, workbookPart);
  const xml = part === undefined ? undefined : pkg.text(part);
  const text =
    xml === undefined
      ? undefined
      : /<(?:\w+:)?blocks\b[^>]*>([\s\S]*)<\/(?:\w+:)?blocks>/.exec(xml)?.[1];
  return text === undefined ? undefined : parseJsonOrText(decodeXml(text));
}

/** Writes the JSON of `value` into the CLI's custom XML part, creating the part when missing. */
export function writeRecordPart(pkg: XlsxPackage, workbookPart: string, value: unknown): void {
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<srb:blocks xmlns:srb="${BLOCK_RECORD_NAMESPACE}">${escapeXml(JSON.stringify(value))}</srb:blocks>`;
  const existing = recordPart(pkg, workbookPart);
  if (existing !== undefined) {
    pkg.setText(existing, xml);
    return;
  }
  const part = pkg.freePart("customXml", "item");
  pkg.setText(part, xml);
  pkg.addRelationship(workbookPart, `${REL_TYPE}/customXml`, part);
  if (pkg.contentTypeOf(part) === undefined) {
    const types = pkg.text("[Content_Types].xml") ?? "";
    pkg.setText(
      "[Content_Types].xml",
      insertBeforeEnd(types, "Types", `<Default Extension="xml" ContentType="application/xml"/>`)
    );
  }
}
