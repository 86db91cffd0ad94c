/**
 * Text in the XML parts of an .xlsx package: the five predefined entities, decoded when the
 * adapter reads names and relationship targets and escaped when it writes chart parts.
 */

/** Returns XML text (element content or attribute value) with the predefined entities resolved. */
export function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
