/**
 * An .xlsx package held in memory, opened once per run (ECMA-376 part 2, Open Packaging
 * Conventions): every XML part decompressed once at load, read and edited as text, and written
 * back with every part nobody changed exactly as it was. Relationships, content types and free
 * part names are handled here, so the readers and the writer of the adapter never see the zip.
 */
import JSZip from "jszip";
import { parseRelationships, relativeTarget, relsPathOf, type Relationship } from "./opc";
import { escapeXml } from "./xml";

const CONTENT_TYPES = "[Content_Types].xml";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/**
 * The parts the adapter reads or edits, decompressed once at load: content types, relationships,
 * the workbook, styles, strings, worksheets, tables, drawings, the add-in's settings and custom XML
 * items, and the sheet list of the document properties. Every other part (pivot caches, external
 * links, charts, media, …) stays compressed as it came and is written back as it was.
 */
const TEXT_PART =
  /^\[Content_Types\]\.xml$|\.rels$|(?:^|\/)(?:workbook|styles|sharedStrings)\.xml$|\/worksheets\/[^/]+\.xml$|\/tables\/[^/]+\.xml$|\/drawings\/[^/]+\.xml$|\/webextensions\/[^/]+\.xml$|^customXml\/item\d+\.xml$|^docProps\/app\.xml$/i;

/** A package whose XML parts can be read and replaced; binary parts are carried untouched. */
export class XlsxPackage {
  private readonly changed = new Set<string>();

  private constructor(
    private readonly zip: JSZip,
    private readonly texts: Map<string, string>
  ) {}

  /** Opens .xlsx bytes; throws when they are no zip archive. */
  static async load(bytes: Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const texts = new Map<string, string>();
    const entries = Object.values(zip.files).filter(
      (file) => !file.dir && TEXT_PART.test(file.name)
    );
    for (const file of entries) texts.set(file.name, await file.async("string"));
    return new XlsxPackage(zip, texts);
  }

  /** True when the package has a part of that name (files only, not folders). */
  has(path: string): boolean {
    const file = this.zip.file(path);
    return file !== null && !file.dir;
  }

  /** The names of every part, in the archive's order. */
  partNames(): string[] {
    return Object.values(this.zip.files)
      .filter((file) => !file.dir)
      .map((file) => file.name);
  }

  /** The text of an XML part the adapter reads (see TEXT_PART); undefined for any other part. */
  text(path: string): string | undefined {
    return this.texts.get(path);
  }

  /** Replaces (or adds) an XML part; an identical text counts as no change. */
  setText(path: string, text: string): void {
    if (this.texts.get(path) === text) return;
    this.texts.set(path, text);
    this.zip.file(path, text);
    this.changed.add(path);
  }

  /** Removes a part (and its relationship part's entry is the caller's business). */
  remove(path: string): void {
    this.texts.delete(path);
    this.zip.remove(path);
    this.changed.add(path);
  }

  /** The parts changed, added or removed since loading, sorted. */
  changedParts(): string[] {
    return [...this.changed].sort();
  }

  /** The package as .xlsx bytes. */
  bytes(): Promise<Buffer> {
    return this.zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  /** The relationships of `part` ("" = the package); [] when it has none. */
  relationships(part: string): Relationship[] {
    const xml = this.text(relsPathOf(part));
    return xml === undefined ? [] : parseRelationships(part, xml);
  }

  /**
   * Adds a relationship of `type` from `part` to the part `target`, creating the relationship part
   * when missing; returns the new id (the first free "rIdN").
   */
  addRelationship(part: string, type: string, target: string): string {
    const relsPath = relsPathOf(part);
    const xml =
      this.text(relsPath) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
    const used = new Set(parseRelationships(part, xml).map((relationship) => relationship.id));
    let number = used.size + 1;
    while (used.has(`rId${number}`)) number++;
    const id = `rId${number}`;
    const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
    this.setText(relsPath, insertBeforeEnd(xml, "Relationships", element));
    return id;
  }

  /** Removes the relationship `id` of `part`. */
  removeRelationship(part: string, id: string): void {
    const relsPath = relsPathOf(part);
    const xml = this.text(relsPath);
    if (xml === undefined) return;
    const pattern = /<(?:\w+:)?Relationship\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
    this.setText(
      relsPath,
      xml.replace(pattern, (element) => (new RegExp(`\\bId="${id}"`).test(element) ? "" : element))
    );
  }

  /** Gives `part` its content type by an Override (kept when it has one already). */
  addOverride(part: string, type: string): void {
    const xml = this.text(CONTENT_TYPES) ?? "";
    if (xml.includes(`PartName="/${escapeXml(part)}"`)) return;
    const element = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
    this.setText(CONTENT_TYPES, insertBeforeEnd(xml, "Types", element));
  }

  /** Removes the Override of `part`, if any. */
  removeOverride(part: string): void {
    const xml = this.text(CONTENT_TYPES);
    if (xml === undefined) return;
    const pattern = new RegExp(
      `<Override\\b[^>]*PartName="/${escapeRegExp(escapeXml(part))}"[^>]*/>`
    );
    this.setText(CONTENT_TYPES, xml.replace(pattern, ""));
  }

  /** The content type of a part: its Override, else the Default of its extension. */
  contentTypeOf(part: string): string | undefined {
    const xml = this.text(CONTENT_TYPES) ?? "";
    for (const match of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
      const name = /\bPartName="\/?([^"]*)"/.exec(match[0])?.[1];
      // Part names compare case-insensitively (OPC 9.1.1.1).
      if (name?.toLowerCase() === part.toLowerCase())
        return /\bContentType="([^"]*)"/.exec(match[0])?.[1];
    }
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    for (const match of xml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) {
      if (/\bExtension="([^"]*)"/.exec(match[0])?.[1]?.toLowerCase() === extension)
        return /\bContentType="([^"]*)"/.exec(match[0])?.[1];
    }
    return undefined;
  }

  /** The first free part name "folder/prefixN.ext" (N from 1). */
  freePart(folder: string, prefix: string, extension = ".xml"): string {
    const names = new Set(this.partNames().map((name) => name.toLowerCase()));
    let number = 1;
    while (names.has(`${folder}/${prefix}${number}${extension}`.toLowerCase())) number++;
    return `${folder}/${prefix}${number}${extension}`;
  }
}

/** Inserts `element` before the closing tag of the root `root` (any prefix). */
export function insertBeforeEnd(xml: string, root: string, element: string): string {
  const end = new RegExp(`</((?:\\w+:)?)${root}>\\s*$`);
  return end.test(xml) ? xml.replace(end, (closing) => element + closing) : xml;
}

/** Escapes a text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
