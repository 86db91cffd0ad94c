/**
 * The planned looks (src/workbook/look.ts) as cell formats of the styles part (ECMA-376 part 1,
 * 18.8). Formats the new cells need are appended to the part's lists (number formats, fonts,
 * fills, borders, cellXfs); an entry already there in exactly the same spelling (from an earlier
 * fill) is reused, and no existing entry is ever moved or renumbered, so every cell of the
 * workbook keeps its look.
 */
import {
  CELL_LOOKS,
  NUMBER_FORMAT_CODES,
  RULE_COLOR,
  type CellLook,
  type CellStyle,
  type NumberFormat,
} from "../../workbook";
import { escapeRegExp, type XlsxPackage } from "./xlsxPackage";
import { decodeXml, escapeXml } from "./xml";

/** Built-in number formats (ECMA-376 part 1, 18.8.30) the planned formats can use as they are. */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = {
  "0.00%": 10,
  "#,##0": 3,
  "@": 49,
};

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/** "#RRGGBB" → "FFRRGGBB". */
function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

function fontXml(look: CellLook, p: string): string {
  return (
    `<${p}font>${look.bold ? `<${p}b/>` : ""}${look.italic ? `<${p}i/>` : ""}` +
    `<${p}sz val="${look.size ?? 11}"/>` +
    (look.fontColor !== undefined ? `<${p}color rgb="${argb(look.fontColor)}"/>` : "") +
    `<${p}name val="Calibri"/><${p}family val="2"/></${p}font>`
  );
}

function fillXml(color: string, p: string): string {
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

function borderXml(look: CellLook, p: string): string {
  const edge = (name: string, on: boolean | undefined) =>
    on === true
      ? `<${p}${name} style="thin"><${p}color rgb="${argb(RULE_COLOR)}"/></${p}${name}>`
      : `<${p}${name}/>`;
  return `<${p}border>${edge("left", false)}${edge("right", false)}${edge("top", look.ruleTop)}${edge("bottom", look.ruleBottom)}<${p}diagonal/></${p}border>`;
}

/** One list of the styles part: where it is, its prefix and its child elements as written. */
interface StyleList {
  readonly items: string[];
  readonly prefix: string;
}

/** Appends cell formats to a package's styles part; `flush` writes the part once at the end. */
export class StylesWriter {
  private xml: string;
  private readonly prefix: string;
  private readonly byKey = new Map<string, number>();

  private constructor(
    private readonly pkg: XlsxPackage,
    private readonly part: string
  ) {
    this.xml = pkg.text(part) ?? MINIMAL_STYLES;
    this.prefix = /<(\w+:)?styleSheet\b/.exec(this.xml)?.[1] ?? "";
  }

  /** The writer for the styles part of `workbookPart`, creating a minimal part when it has none. */
  static of(pkg: XlsxPackage, workbookPart: string): StylesWriter {
    const rel = pkg.relationships(workbookPart).find((entry) => entry.type.endsWith("/styles"));
    if (rel !== undefined && pkg.text(rel.target) !== undefined)
      return new StylesWriter(pkg, rel.target);
    const part = "xl/styles.xml";
    pkg.setText(part, MINIMAL_STYLES);
    pkg.addOverride(part, STYLES_TYPE);
    pkg.addRelationship(workbookPart, STYLES_REL, part);
    return new StylesWriter(pkg, part);
  }

  /** Returns the cellXfs index for a planned cell's look; 0 (the default) for a plain cell. */
  styleIndex(style: CellStyle | undefined, format: NumberFormat | undefined): number {
    if (style === undefined && format === undefined) return 0;
    const key = `${style ?? ""}|${format ?? ""}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const look: CellLook = style === undefined ? {} : CELL_LOOKS[style];
    const numFmtId = format === undefined ? 0 : this.numberFormatId(NUMBER_FORMAT_CODES[format]);
    const fontId = style === undefined ? 0 : this.indexIn("fonts", "font", fontXml(look, p));
    const fillId =
      look.fillColor === undefined ? 0 : this.indexIn("fills", "fill", fillXml(look.fillColor, p));
    const borderId =
      look.ruleTop || look.ruleBottom ? this.indexIn("borders", "border", borderXml(look, p)) : 0;
    const alignment =
      look.middle || look.wrap
        ? `<${p}alignment${look.middle ? ' vertical="center"' : ""}${look.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const applied = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
      fontId !== 0 ? ' applyFont="1"' : "",
      fillId !== 0 ? ' applyFill="1"' : "",
      borderId !== 0 ? ' applyBorder="1"' : "",
      alignment !== "" ? ' applyAlignment="1"' : "",
    ].join("");
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    const xf =
      alignment === "" ? `<${p}xf ${attributes}/>` : `<${p}xf ${attributes}>${alignment}</${p}xf>`;
    const index = this.indexIn("cellXfs", "xf", xf);
    this.byKey.set(key, index);
    return index;
  }

  /** Writes the styles part back when anything was appended. */
  flush(): void {
    this.pkg.setText(this.part, this.xml);
  }

  private numberFormatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const list = this.list("numFmts", "numFmt");
    let highest = 163;
    for (const item of list.items) {
      const id = Number(/\bnumFmtId="(\d+)"/.exec(item)?.[1] ?? 0);
      highest = Math.max(highest, id);
      if (decodeXml(/\bformatCode="([^"]*)"/.exec(item)?.[1] ?? "") === code) return id;
    }
    const id = highest + 1;
    this.append(
      "numFmts",
      list,
      `<${list.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    return id;
  }

  /** The index of `element` in the list, appending it when it is not there yet. */
  private indexIn(listName: string, itemName: string, element: string): number {
    const list = this.list(listName, itemName);
    const found = list.items.indexOf(element);
    if (found >= 0) return found;
    const index = list.items.length;
    this.append(listName, list, element);
    return index;
  }

  private listPattern(listName: string): RegExp {
    return new RegExp(`<((?:\\w+:)?)${listName}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1${listName}>)`);
  }

  private list(listName: string, itemName: string): StyleList {
    const match = this.listPattern(listName).exec(this.xml);
    const prefix = match?.[1] ?? this.prefix;
    const body = match?.[3] ?? "";
    const item = new RegExp(
      `<${escapeRegExp(prefix)}${itemName}\\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:/>|>[\\s\\S]*?</${escapeRegExp(prefix)}${itemName}>)`,
      "g"
    );
    return { items: body.match(item) ?? [], prefix };
  }

  /** Appends an element to a list (creating the list, numFmts first, when missing). */
  private append(listName: string, list: StyleList, element: string): void {
    const p = list.prefix;
    const count = list.items.length + 1;
    const pattern = this.listPattern(listName);
    if (pattern.test(this.xml)) {
      this.xml = this.xml.replace(
        pattern,
        (_all, prefix: string, attributes: string, body?: string) => {
          const counted = /\bcount="\d+"/.test(attributes)
            ? attributes.replace(/\bcount="\d+"/, `count="${count}"`)
            : `${attributes} count="${count}"`;
          return `<${prefix}${listName}${counted}>${body ?? ""}${element}</${prefix}${listName}>`;
        }
      );
    } else {
      const created = `<${p}${listName} count="1">${element}</${p}${listName}>`;
      this.xml = this.xml.replace(/<(\w+:)?styleSheet\b[^>]*>/, (open) => open + created);
    }
    list.items.push(element);
  }
}
