import {
  attributeOf,
  childOf,
  parseXml,
  relationshipIdOf,
  textOf,
} from "../../../src/adapters/xlsx/xmlTree";

describe("parseXml", () => {
  it("reads elements, prefixes, attributes with > inside and references", () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<x:sheet xmlns:x="urn:x" xmlns:r="urn:r" name="a &gt; b" r:id="rId7"><!-- Notiz --><x:t xml:space="preserve"> A &amp; B </x:t><![CDATA[<roh>]]></x:sheet>'
    );
    expect([root.name, root.local, attributeOf(root, "name"), relationshipIdOf(root)]).toEqual([
      "x:sheet",
      "sheet",
      "a > b",
      "rId7",
    ]);
    expect(textOf(childOf(root, "t") ?? root)).toBe(" A & B ");
    expect(textOf(root)).toBe(" A & B <roh>");
  });

  it("reads a file whose tags do not nest as far as it can, as spreadsheet programs do", () => {
    const root = parseXml("<a><b><c>1</b><d>2</d></x></a>");
    expect(root.children.map((child) => (typeof child === "string" ? child : child.local))).toEqual(
      ["b", "d"]
    );
  });

  it("throws when there is no element at all", () => {
    expect(() => parseXml("kein XML")).toThrow("Kein XML-Element");
  });
});
