/**
 * Text in the XML parts of an .xlsx package: the five predefined entities, decoded (with character
 * references) when the adapter reads names, relationship targets and add-in settings, and escaped
 * when it writes chart parts.
 */

/** The predefined entities and character references (decimal and hex) of XML 1.0. */
const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(quot|apos|lt|gt|amp));/g;
const NAMED: Readonly<Record<string, string>> = {
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  amp: "&",
};

/**
 * Returns XML text (element content or attribute value) with the predefined entities and the
 * character references resolved, in one pass so "&amp;lt;" stays "&lt;". Any XML writer may use references (a line
 * break in an attribute value must be "&#xA;"); one beyond Unicode is kept as written.
 */
export function decodeXml(text: string): string {
  return text.replace(REFERENCE, (reference, hex?: string, decimal?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? reference;
    const codePoint = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
  });
}

/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
