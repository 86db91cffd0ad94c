/**
 * Reading an add-in manifest the way Excel does: as namespaced XML (jsdom's DOMParser), resources
 * looked up by id. Also reads a PNG's pixel size from its IHDR chunk, for the icon checks.
 */
import { JSDOM } from "jsdom";

/** The namespace of the base manifest (OfficeApp and its direct settings). */
export const APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
/** The namespace of bt:Url, bt:Image and bt:String resources. */
export const BT_NS = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

/** The resource tables of <Resources>, by the element that holds them. */
export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  "Images",
  "Urls",
  "ShortStrings",
  "LongStrings",
];

/** One resource: its id and DefaultValue. */
export interface Resource {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly value: string;
}

/** A parsed manifest: the document plus its resources by id. */
export interface Manifest {
  readonly doc: Document;
  readonly resources: ReadonlyMap<string, Resource>;
  /** Ids defined more than once (Excel rejects such a manifest). */
  readonly duplicateIds: readonly string[];
}

/** Parses manifest XML; throws when it is not well-formed. */
export function parseManifest(xml: string): Manifest {
  const { DOMParser } = new JSDOM("").window;
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml is not well-formed: ${error.textContent ?? ""}`);
  const resources = new Map<string, Resource>();
  const duplicateIds: string[] = [];
  for (const kind of RESOURCE_KINDS) {
    for (const table of elements(doc, kind, BT_NS)) {
      for (const entry of Array.from(table.children)) {
        const id = entry.getAttribute("id") ?? "";
        if (resources.has(id)) duplicateIds.push(id);
        resources.set(id, { kind, id, value: entry.getAttribute("DefaultValue") ?? "" });
      }
    }
  }
  return { doc, resources, duplicateIds };
}

/** Every element with this local name (in `namespace`, or any namespace), in document order. */
export function elements(root: Document | Element, localName: string, namespace = "*"): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

/** The one element with this local name below `root`; throws when there is none or several. */
export function single(root: Document | Element, localName: string, namespace = "*"): Element {
  const found = elements(root, localName, namespace);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0] as Element;
}

/** The one base-manifest element of this name (not one of VersionOverrides' namesakes). */
export function baseElement(manifest: Manifest, localName: string): Element {
  return single(manifest.doc, localName, APP_NS);
}

/** The xsi:type of an element ("" when absent). */
export function xsiType(element: Element): string {
  return element.getAttributeNS(XSI_NS, "type") ?? "";
}

/** The extension point with this xsi:type, e.g. "CustomFunctions". */
export function extensionPoint(manifest: Manifest, type: string): Element {
  const found = elements(manifest.doc, "ExtensionPoint").filter((e) => xsiType(e) === type);
  if (found.length !== 1)
    throw new Error(`expected one ExtensionPoint ${type}, found ${found.length}`);
  return found[0] as Element;
}

/** The resid of the <SourceLocation> directly inside `parent`. */
export function sourceLocationResid(parent: Element): string {
  return single(parent, "SourceLocation").getAttribute("resid") ?? "";
}

/** The value of resource `id`; throws when it is not defined. */
export function resourceValue(manifest: Manifest, id: string): string {
  const resource = manifest.resources.get(id);
  if (!resource) throw new Error(`resource ${id} is not defined`);
  return resource.value;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width and height of a PNG file; throws when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  // Signature (8 bytes), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
