/**
 * What each part of an .xlsx package is, for the check of what a saved copy lacks: taken from its
 * content type ([Content_Types].xml) and, where the type says too little, its part name.
 */

/** The kinds of content a saved copy can lack, in the order a report names them. */
export const PART_CATEGORIES = [
  "chartsheet",
  "dialogsheet",
  "macrosheet",
  "chart",
  "picture",
  "shape",
  "smartArt",
  "pivotTable",
  "pivotCache",
  "slicer",
  "timeline",
  "table",
  "queryTable",
  "connection",
  "externalLink",
  "dataModel",
  "note",
  "threadedComment",
  "sparkline",
  "formControl",
  "activeX",
  "embedding",
  "vbaProject",
  "customUi",
  "webextension",
  "customProperty",
  "customXml",
  "xmlMap",
  "namedSheetView",
  "revisions",
  "sheetMetadata",
  "richData",
  "printerSettings",
  "headerFooterImage",
  "backgroundImage",
  "signature",
  "other",
] as const;

/** A kind of content a saved copy can lack; "other" is a part of a type the check does not know. */
export type PartCategory = (typeof PART_CATEGORIES)[number];

/**
 * How the check treats a part: counted as one item of a category; "rewritten" when the writer
 * produces it anew (possibly under another name) or a program derives it again; "companion" when
 * it belongs to a counted part (a chart's style, a pivot cache's records) and goes with it; or
 * counted by what it contains (the objects of a drawing, the notes of a comments part, …).
 */
export type PartKind =
  | PartCategory
  | "rewritten"
  | "companion"
  | "worksheet"
  | "drawing"
  | "comments"
  | "threadedComments"
  | "connections"
  | "customProperties";

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
const DML = "application/vnd.openxmlformats-officedocument.drawingml.";
const OFFICE = "application/vnd.openxmlformats-officedocument.";
const MS_EXCEL = "application/vnd.ms-excel.";
const MS_OFFICE = "application/vnd.ms-office.";

const CONTENT_TYPES: readonly (readonly [string, PartKind])[] = [
  // The workbook with its sheets' cells, styles and strings: ExcelJS writes them anew.
  [`${SML}sheet.main+xml`, "rewritten"],
  [`${SML}template.main+xml`, "rewritten"],
  [`${MS_EXCEL}sheet.macroEnabled.main+xml`, "rewritten"],
  [`${MS_EXCEL}template.macroEnabled.main+xml`, "rewritten"],
  [`${MS_EXCEL}addin.macroEnabled.main+xml`, "rewritten"],
  [`${SML}worksheet+xml`, "worksheet"],
  [`${SML}styles+xml`, "rewritten"],
  [`${SML}sharedStrings+xml`, "rewritten"],
  [`${OFFICE}theme+xml`, "rewritten"],
  [`${OFFICE}vmlDrawing`, "rewritten"],
  [`${OFFICE}extended-properties+xml`, "rewritten"],
  ["application/vnd.openxmlformats-package.core-properties+xml", "rewritten"],
  // Caches Excel rebuilds on its own when they are missing.
  [`${SML}calcChain+xml`, "rewritten"],
  [`${SML}volatileDependencies+xml`, "rewritten"],
  [`${SML}chartsheet+xml`, "chartsheet"],
  [`${SML}dialogsheet+xml`, "dialogsheet"],
  [`${MS_EXCEL}macrosheet+xml`, "macrosheet"],
  [`${MS_EXCEL}intlmacrosheet+xml`, "macrosheet"],
  [`${DML}chart+xml`, "chart"],
  [`${MS_OFFICE}chartex+xml`, "chart"],
  [`${MS_OFFICE}chartstyle+xml`, "companion"],
  [`${MS_OFFICE}chartcolorstyle+xml`, "companion"],
  [`${DML}chartshapes+xml`, "companion"],
  [`${OFFICE}themeOverride+xml`, "companion"],
  [`${OFFICE}drawing+xml`, "drawing"],
  [`${DML}diagramData+xml`, "smartArt"],
  [`${DML}diagramLayout+xml`, "companion"],
  [`${DML}diagramStyle+xml`, "companion"],
  [`${DML}diagramColors+xml`, "companion"],
  [`${MS_OFFICE}drawingml.diagramDrawing+xml`, "companion"],
  [`${SML}pivotTable+xml`, "pivotTable"],
  [`${SML}pivotCacheDefinition+xml`, "pivotCache"],
  [`${SML}pivotCacheRecords+xml`, "companion"],
  [`${MS_EXCEL}slicer+xml`, "slicer"],
  [`${MS_EXCEL}slicerCache+xml`, "companion"],
  [`${MS_EXCEL}timeline+xml`, "timeline"],
  [`${MS_EXCEL}timelineCache+xml`, "companion"],
  [`${SML}table+xml`, "table"],
  [`${SML}queryTable+xml`, "queryTable"],
  [`${SML}tableSingleCells+xml`, "companion"],
  [`${SML}connections+xml`, "connections"],
  [`${SML}externalLink+xml`, "externalLink"],
  [`${OFFICE}model+data`, "dataModel"],
  [`${SML}comments+xml`, "comments"],
  [`${MS_EXCEL}threadedcomments+xml`, "threadedComments"],
  [`${MS_EXCEL}person+xml`, "companion"],
  [`${MS_EXCEL}controlproperties+xml`, "formControl"],
  [`${MS_OFFICE}activeX+xml`, "activeX"],
  [`${MS_OFFICE}activeX`, "companion"],
  [`${OFFICE}oleObject`, "embedding"],
  [`${MS_OFFICE}vbaProject`, "vbaProject"],
  [`${MS_OFFICE}vbaProjectSignature`, "companion"],
  [`${MS_OFFICE}vbaProjectSignatureAgile`, "companion"],
  [`${MS_OFFICE}vbaProjectSignatureV3`, "companion"],
  [`${MS_OFFICE}webextension+xml`, "webextension"],
  [`${MS_OFFICE}webextensiontaskpanes+xml`, "companion"],
  [`${OFFICE}custom-properties+xml`, "customProperties"],
  [`${OFFICE}customXmlProperties+xml`, "companion"],
  [`${MS_EXCEL}namedsheetviews+xml`, "namedSheetView"],
  [`${SML}revisionHeaders+xml`, "revisions"],
  [`${SML}revisionLog+xml`, "companion"],
  [`${SML}userNames+xml`, "companion"],
  [`${SML}sheetMetadata+xml`, "sheetMetadata"],
  [`${MS_EXCEL}rdrichvalue+xml`, "richData"],
  [`${MS_EXCEL}rdrichvaluestructure+xml`, "companion"],
  [`${MS_EXCEL}rdrichvaluetypes+xml`, "companion"],
  [`${MS_EXCEL}rdarray+xml`, "companion"],
  [`${MS_EXCEL}rdsupportingpropertybag+xml`, "companion"],
  [`${MS_EXCEL}rdsupportingpropertybagstructure+xml`, "companion"],
  [`${MS_EXCEL}richvaluerel+xml`, "companion"],
  [`${SML}printerSettings`, "printerSettings"],
  ["application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml", "signature"],
  ["application/vnd.openxmlformats-package.digital-signature-origin", "companion"],
];

/** Media types compare case-insensitively (RFC 6838), so the table is keyed in lower case. */
const BY_CONTENT_TYPE: ReadonlyMap<string, PartKind> = new Map(
  CONTENT_TYPES.map(([type, kind]) => [type.toLowerCase(), kind])
);

/** Parts whose content type says too little (plain XML, any embedded file), by name. */
const BY_NAME: readonly (readonly [RegExp, PartKind])[] = [
  [/^xl\/embeddings\//i, "embedding"],
  [/^customXml\/item\d*\.xml$/i, "customXml"],
  [/^customUI\/customUI\d*\.xml$/i, "customUi"],
  [/^xl\/xmlMaps\.xml$/i, "xmlMap"],
];

/**
 * Returns how the check treats a part of this name and content type. Images are "rewritten":
 * the pictures that show them are counted on their drawings instead.
 */
export function partKind(path: string, contentType: string | undefined): PartKind {
  const byName = BY_NAME.find(([pattern]) => pattern.test(path));
  if (byName !== undefined) return byName[1];
  if (contentType === undefined) return "other";
  const type = contentType.toLowerCase();
  const known = BY_CONTENT_TYPE.get(type);
  if (known !== undefined) return known;
  return type.startsWith("image/") ? "rewritten" : "other";
}
