/**
 * What Excel needs from manifest.xml to load the add-in in its shared runtime, checked on the dev
 * manifest and on the production manifests the webpack config writes to dist/.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, webpackConfig } from "../build/buildScripts";
import {
  type Manifest,
  type ResourceKind,
  baseElement,
  elements,
  extensionPoint,
  parseManifest,
  pngSize,
  resourceValue,
  single,
  sourceLocationResid,
  xsiType,
} from "./manifestXml";

const DEV_XML = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
/** Pinned: a changed Id makes Excel treat the add-in as a different one for every user. */
const ADDIN_ID = "05bc3065-6141-42a7-9f11-d67f91558741";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const VARIANTS = [
  { name: "the dev manifest", xml: DEV_XML, baseUrl: "https://localhost:3000/" },
  {
    name: "the production manifest with the default URL",
    xml: webpackConfig.manifestFor("production", DEV_XML, {}),
    baseUrl: webpackConfig.DEFAULT_PRODUCTION_URL,
  },
  {
    name: "the production manifest with SR_PRODUCTION_URL set",
    xml: webpackConfig.manifestFor("production", DEV_XML, {
      SR_PRODUCTION_URL: "https://addins.landkreis.example/sozialraumbudget",
    }),
    baseUrl: "https://addins.landkreis.example/sozialraumbudget/",
  },
];

/** Which resource table a resid must point into, by the referring element's local name. */
const RESID_KINDS: Readonly<Record<string, ResourceKind>> = {
  Image: "Images",
  Runtime: "Urls",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Namespace: "ShortStrings",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/** Every element that carries a resid attribute. */
function residReferences(manifest: Manifest): Element[] {
  return elements(manifest.doc, "*").filter((e) => e.hasAttribute("resid"));
}

/** Every URL in the manifest: URL and image resources and the DefaultValue-style URL elements. */
function allUrls(manifest: Manifest): string[] {
  const resources = [...manifest.resources.values()]
    .filter((r) => r.kind === "Urls" || r.kind === "Images")
    .map((r) => r.value);
  const direct = ["IconUrl", "HighResolutionIconUrl", "SourceLocation", "SupportUrl"]
    .flatMap((name) => elements(manifest.doc, name))
    .map((e) => e.getAttribute("DefaultValue"))
    .filter((value): value is string => value !== null);
  return [...resources, ...direct];
}

describe.each(VARIANTS)("when Excel reads $name", ({ xml, baseUrl }) => {
  const manifest = parseManifest(xml);
  const root = manifest.doc.documentElement;
  const localFile = (url: string) => path.join(ROOT, url.slice(baseUrl.length));

  it("is a task pane add-in with the pinned GUID as its Id", () => {
    expect([root.localName, xsiType(root)]).toEqual(["OfficeApp", "TaskPaneApp"]);
    const id = baseElement(manifest, "Id").textContent ?? "";
    expect(id).toMatch(GUID);
    expect(id).toBe(ADDIN_ID);
  });

  it("requires ExcelApi 1.9, which the print layout (worksheet.pageLayout) needs", () => {
    const sets = elements(manifest.doc, "Set").map((set) => [
      set.getAttribute("Name"),
      set.getAttribute("MinVersion"),
    ]);
    expect(sets).toContainEqual(["ExcelApi", "1.9"]);
  });

  it("is German by default and named Sozialraumbudget", () => {
    expect(baseElement(manifest, "DefaultLocale").textContent).toBe("de-DE");
    expect(baseElement(manifest, "DisplayName").getAttribute("DefaultValue")).toBe(
      "Sozialraumbudget"
    );
  });

  it("may read and write the workbook, and only Excel workbooks", () => {
    expect(baseElement(manifest, "Permissions").textContent).toBe("ReadWriteDocument");
    const hosts = elements(baseElement(manifest, "Hosts"), "Host").map((h) =>
      h.getAttribute("Name")
    );
    expect(hosts).toEqual(["Workbook"]);
  });

  it.each([
    ["SharedRuntime", "1.1"],
    ["CustomFunctionsRuntime", "1.2"],
  ])("requires %s %s", (name, version) => {
    const sets = elements(baseElement(manifest, "Requirements"), "Set");
    const set = sets.find((s) => s.getAttribute("Name") === name);
    expect(set?.getAttribute("MinVersion")).toBe(version);
  });

  it("defines every resource id once, at most 32 characters long", () => {
    expect(manifest.duplicateIds).toEqual([]);
    const tooLong = [...manifest.resources.keys()].filter((id) => id.length > 32);
    expect(tooLong).toEqual([]);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const references = residReferences(manifest);
    expect(references.length).toBeGreaterThan(10);
    const unresolved = references
      .map((e) => ({ element: e.localName, resid: e.getAttribute("resid") ?? "" }))
      .filter(({ element, resid }) => manifest.resources.get(resid)?.kind !== RESID_KINDS[element]);
    expect(unresolved).toEqual([]);
  });

  it("runs the task pane and the functions in one long-lived runtime", () => {
    const runtime = single(manifest.doc, "Runtime");
    const functions = extensionPoint(manifest, "CustomFunctions");
    const showTaskpane = elements(manifest.doc, "Action").filter(
      (a) => xsiType(a) === "ShowTaskpane"
    );
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(showTaskpane).toHaveLength(1);
    expect({
      runtime: runtime.getAttribute("resid"),
      page: sourceLocationResid(single(functions, "Page")),
      functionFile: single(manifest.doc, "FunctionFile").getAttribute("resid"),
      showTaskpane: sourceLocationResid(showTaskpane[0] as Element),
    }).toEqual({
      runtime: "Taskpane.Url",
      page: "Taskpane.Url",
      functionFile: "Taskpane.Url",
      showTaskpane: "Taskpane.Url",
    });
  });

  it.each([
    ["Page", "taskpane.html"],
    ["Script", "functions.js"],
    ["Metadata", "functions.json"],
  ])("points the custom functions' %s at %s", (part, file) => {
    const functions = extensionPoint(manifest, "CustomFunctions");
    const resid = sourceLocationResid(single(functions, part));
    expect(resourceValue(manifest, resid)).toBe(`${baseUrl}${file}`);
  });

  it("names the custom functions' namespace SR", () => {
    const namespace = single(extensionPoint(manifest, "CustomFunctions"), "Namespace");
    expect(resourceValue(manifest, namespace.getAttribute("resid") ?? "")).toBe("SR");
  });

  it("loads everything over https from the add-in's own host", () => {
    const urls = allUrls(manifest);
    expect(urls.length).toBeGreaterThan(5);
    expect(baseUrl.startsWith("https://")).toBe(true);
    expect(urls.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(elements(manifest.doc, "AppDomain")).toEqual([]);
  });

  it("opens the task pane from a ribbon button labelled Sozialraumbudget", () => {
    const ribbon = extensionPoint(manifest, "PrimaryCommandSurface");
    const button = elements(ribbon, "Control").filter((c) => xsiType(c) === "Button");
    expect(button).toHaveLength(1);
    const control = button[0] as Element;
    const label = Array.from(control.children).find((child) => child.localName === "Label");
    const labelResid = label?.getAttribute("resid") ?? "";
    expect(resourceValue(manifest, labelResid)).toBe("Sozialraumbudget");
    expect(single(control, "TaskpaneId").textContent).toBe("ButtonId1");
  });

  it("has every icon it names, as a PNG of the size it claims", () => {
    const sized = elements(manifest.doc, "Image")
      .filter((e) => e.hasAttribute("size"))
      .map((e) => ({
        url: resourceValue(manifest, e.getAttribute("resid") ?? ""),
        size: Number(e.getAttribute("size")),
      }));
    const listed = [
      { url: baseElement(manifest, "IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      {
        url: baseElement(manifest, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "",
        size: 64,
      },
    ];
    const icons = [...sized, ...listed];
    expect(icons.length).toBeGreaterThanOrEqual(8);
    for (const { url, size } of icons) {
      const file = localFile(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });

  it("keeps display texts within Office's length limits", () => {
    const limits: [string, number][] = [
      ...[...manifest.resources.values()]
        .filter((r) => r.kind === "ShortStrings")
        .map((r): [string, number] => [r.value, 125]),
      ...[...manifest.resources.values()]
        .filter((r) => r.kind === "LongStrings")
        .map((r): [string, number] => [r.value, 250]),
      [baseElement(manifest, "DisplayName").getAttribute("DefaultValue") ?? "", 125],
      [baseElement(manifest, "Description").getAttribute("DefaultValue") ?? "", 250],
    ];
    expect(limits.filter(([text, max]) => text.length === 0 || text.length > max)).toEqual([]);
  });
});

describe("when the production manifest is written", () => {
  it("contains no dev-server URL", () => {
    const xml = webpackConfig.manifestFor("production", DEV_XML, {});
    expect(xml).not.toContain("localhost");
    expect(xml.split(webpackConfig.DEFAULT_PRODUCTION_URL).length - 1).toBe(
      DEV_XML.split("https://localhost:3000/").length - 1
    );
  });

  it("leaves the dev manifest unchanged in development mode", () => {
    expect(webpackConfig.manifestFor("development", DEV_XML, {})).toBe(DEV_XML);
  });
});

describe("when the icons in assets/ are listed", () => {
  it.each([16, 32, 64, 80, 128])("has icon-%i.png at exactly that size", (size) => {
    const bytes = readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
  });
});
