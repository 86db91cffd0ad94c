/**
 * Parts carried from the loaded file into the saved one, together with every part they refer to
 * through their own relationships (a chart's style and colour parts, its user shapes and their
 * images; a web extension under its task pane part). Bytes are copied unchanged; only part names
 * may change when the saved package already uses them, and the relationship parts follow.
 */
import type JSZip from "jszip";
import {
  addOverride,
  addRelationship,
  freePartLike,
  readContentTypes,
  readRelationships,
} from "./opc";

/** One relationship of a carried part: to another carried part, or to an external URI. */
export type CarriedLink =
  | { readonly id: string; readonly type: string; readonly part: CarriedPart }
  | { readonly id: string; readonly type: string; readonly external: string };

/** A part of the loaded file with its bytes, content type and relationships. */
export interface CarriedPart {
  /** The part's name in the loaded file. */
  readonly path: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly links: readonly CarriedLink[];
}

/** Reads parts of one loaded package; shared parts and cycles resolve to one CarriedPart. */
export class PartReader {
  private readonly read = new Map<string, CarriedPart>();

  private constructor(
    private readonly zip: JSZip,
    private readonly typeOf: (part: string) => string | undefined
  ) {}

  /** Returns a reader over `zip`. */
  static async of(zip: JSZip): Promise<PartReader> {
    return new PartReader(zip, await readContentTypes(zip));
  }

  /**
   * Returns `path` with everything it refers to, or undefined when it, or any part it refers to,
   * is missing or has no content type (then carrying it would write a broken package).
   */
  async tree(path: string): Promise<CarriedPart | undefined> {
    const known = this.read.get(path);
    if (known !== undefined) return known;
    const file = this.zip.file(path);
    const contentType = this.typeOf(path);
    if (file === null || contentType === undefined) return undefined;
    const links: CarriedLink[] = [];
    const part: CarriedPart = { path, contentType, data: await file.async("uint8array"), links };
    // Registered before its links are read, so a relationship back to it ends the walk.
    this.read.set(path, part);
    for (const relationship of await readRelationships(this.zip, path)) {
      const { id, type } = relationship;
      if (relationship.external) {
        links.push({ id, type, external: relationship.target });
        continue;
      }
      const target = await this.tree(relationship.target);
      if (target === undefined) {
        this.read.delete(path);
        return undefined;
      }
      links.push({ id, type, part: target });
    }
    return part;
  }
}

/** Writes carried parts into one package, each part once however often it is referred to. */
export class PartWriter {
  private readonly written = new Map<CarriedPart, string>();

  /** @param zip the package being saved */
  constructor(private readonly zip: JSZip) {}

  /**
   * Writes `part` under its old name (or a free one like it) and the parts it refers to, with the
   * relationship ids unchanged so the part's own references stay valid; returns its new name.
   */
  async write(part: CarriedPart, name?: string): Promise<string> {
    const done = this.written.get(part);
    if (done !== undefined) return done;
    const path = name ?? freePartLike(this.zip, part.path);
    this.written.set(part, path);
    this.zip.file(path, part.data);
    await addOverride(this.zip, path, part.contentType);
    for (const link of part.links) {
      if ("external" in link) {
        await addRelationship(this.zip, path, link.type, link.external, {
          external: true,
          id: link.id,
        });
      } else {
        const target = await this.write(link.part);
        await addRelationship(this.zip, path, link.type, target, { id: link.id });
      }
    }
    return path;
  }
}
