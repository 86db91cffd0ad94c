/**
 * A small, forgiving XML reader for the parts of an .xlsx package the adapter reads (workbook,
 * worksheets, tables, styles, strings). It builds a plain element tree and never writes: parts the
 * adapter changes are edited as text around the spans it owns, so everything it does not
 * understand stays byte for byte as the file had it.
 */
import { decodeXml } from "./xml";

/** One element: qualified name, local name (prefix removed), attributes and children in order. */
export interface XmlElement {
  readonly name: string;
  readonly local: string;
  /** Attributes by qualified name ("r:id"), values decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
}

/** An element or a piece of decoded text. */
export type XmlNode = XmlElement | string;

/** A tag, comment, CDATA section or processing instruction; quoted values may hold ">". */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function localOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

interface OpenElement {
  readonly name: string;
  readonly local: string;
  readonly attributes: Map<string, string>;
  readonly children: XmlNode[];
}

function openTag(tag: string): { element: OpenElement; selfClosing: boolean } {
  const selfClosing = tag.endsWith("/>");
  const body = tag.slice(1, selfClosing ? -2 : -1);
  const nameEnd = body.search(/[\s/]|$/);
  const name = body.slice(0, nameEnd);
  const attributes = new Map<string, string>();
  for (const match of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
    attributes.set(match[1] ?? "", decodeXml(match[2] ?? match[3] ?? ""));
  }
  return { element: { name, local: localOf(name), attributes, children: [] }, selfClosing };
}

/** Parses XML text into its root element; throws only when there is no element at all. */
export function parseXml(text: string): XmlElement {
  const root: OpenElement = { name: "", local: "", attributes: new Map(), children: [] };
  const stack: OpenElement[] = [root];
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const parent = stack[stack.length - 1] ?? root;
    if (!token.startsWith("<")) {
      if (stack.length > 1) parent.children.push(decodeXml(token));
    } else if (match[1] !== undefined) {
      parent.children.push(match[1]);
    } else if (token.startsWith("</")) {
      // Forgiving like the programs that open such files: a closing tag ends its element and
      // any left open inside it; one that closes nothing open is ignored.
      const name = token.slice(2, -1).trim();
      const open = stack.map((element) => element.name).lastIndexOf(name);
      if (open > 0) stack.length = open;
    } else if (!token.startsWith("<!") && !token.startsWith("<?")) {
      const { element, selfClosing } = openTag(token);
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  const first = root.children.find((child): child is XmlElement => typeof child !== "string");
  if (first === undefined) throw new Error("Kein XML-Element");
  return first;
}

/** The child elements of `element` with local name `local` (all child elements when absent). */
export function childrenOf(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      typeof child !== "string" && (local === undefined || child.local === local)
  );
}

/** The first child element with local name `local`. */
export function childOf(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find(
    (child): child is XmlElement => typeof child !== "string" && child.local === local
  );
}

/** An attribute by local name: the unprefixed one first, else any prefix ("r:id" for "id"). */
export function attributeOf(element: XmlElement, local: string): string | undefined {
  const plain = element.attributes.get(local);
  if (plain !== undefined) return plain;
  for (const [name, value] of element.attributes) if (localOf(name) === local) return value;
  return undefined;
}

/** The relationship id of an element (`r:id` under whatever prefix the file chose). */
export function relationshipIdOf(element: XmlElement): string | undefined {
  for (const [name, value] of element.attributes) {
    if (name.includes(":") && localOf(name) === "id") return value;
  }
  return undefined;
}

/** All text below `element`, skipping subtrees whose local name is in `skip`. */
export function textOf(element: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  let text = "";
  for (const child of element.children) {
    if (typeof child === "string") text += child;
    else if (!skip.has(child.local)) text += textOf(child, skip);
  }
  return text;
}
