/**
 * The add-in talks to nobody but its own host and Office.js's host: its CSP (scripts/csp.cjs, put
 * into taskpane.html by the build) says so, and the source has no network calls or foreign URLs
 * that the CSP would only catch at run time.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import ts from "typescript";
import { ROOT, csp } from "./buildScripts";

const OFFICE_HOST = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_HOST}/lib/1/hosted/office.js`;
const SRC = path.join(ROOT, "src");

const TEMPLATE = readFileSync(path.join(SRC, "taskpane/taskpane.html"), "utf8");
const page = new JSDOM(TEMPLATE).window.document;

describe("when the build puts the CSP into taskpane.html", () => {
  it("has one CSP <meta>, filled from the one definition", () => {
    const metas = Array.from(page.querySelectorAll("meta[http-equiv='Content-Security-Policy']"));
    expect(metas.map((meta) => meta.getAttribute("content"))).toEqual([
      "<%= contentSecurityPolicy %>",
    ]);
  });
});

describe("when the browser reads the page's CSP", () => {
  const policy = csp.parsePolicy(csp.pagePolicy());

  it.each([
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", OFFICE_HOST]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:"]],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", ["'self'", OFFICE_HOST]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'none'"]],
  ])("allows %s from %j only", (directive, sources) => {
    expect(policy.get(directive)).toEqual(sources);
  });

  it("has no other directives", () => {
    expect(policy.size).toBe(9);
  });

  it("names no host but Office.js's and never allows eval", () => {
    const sources = [...policy.values()].flat();
    const hosts = sources.filter((s) => !s.startsWith("'") && s !== "data:");
    expect(new Set(hosts)).toEqual(new Set([OFFICE_HOST]));
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain("*");
  });
});

describe("when the browser loads taskpane.html", () => {
  it("loads office.js first, from Microsoft's host", () => {
    const first = page.querySelector("script");
    expect(first?.getAttribute("src")).toBe(OFFICE_JS);
  });

  it("fetches functions.js while office.js loads, so SR.* never wait for it", () => {
    const preloads = Array.from(page.querySelectorAll("link[rel='preload']"));
    expect(preloads.map((link) => [link.getAttribute("href"), link.getAttribute("as")])).toEqual([
      ["functions.js", "script"],
    ]);
    const order = Array.from(page.querySelectorAll("link[rel='preload'], script"));
    expect(order[0]).toBe(preloads[0]);
  });

  it("loads nothing else from another origin and runs no inline script", () => {
    const references = Array.from(page.querySelectorAll("[src], [href]")).map(
      (e) => e.getAttribute("src") ?? e.getAttribute("href") ?? ""
    );
    expect(references.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([OFFICE_JS]);
    const inline = Array.from(page.querySelectorAll("script:not([src])"));
    expect(inline).toEqual([]);
  });
});

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : [full];
  });
}

const NETWORK_APIS = new Set(["fetch", "XMLHttpRequest", "sendBeacon", "WebSocket", "EventSource"]);
const URL_PATTERN = /https?:\/\/[^\s"'`<>)]*/g;

/**
 * XML namespace names of the Office Open XML formats (the .xlsx chart parts the CLI writes). They
 * are identifiers that no program ever requests, so they are no network use.
 */
const XML_NAMESPACE = /^http:\/\/schemas\.openxmlformats\.org\/[\w./-]+$/;

/** URLs in `text` that point anywhere but Office.js's host (XML namespace names excepted). */
function foreignUrls(text: string): string[] {
  return (text.match(URL_PATTERN) ?? [])
    .map((url) => url.replace(/[.,;:]+$/, ""))
    .filter((url) => !XML_NAMESPACE.test(url))
    .filter((url) => !URL.canParse(url) || new URL(url).origin !== OFFICE_HOST);
}

/**
 * Network APIs and foreign URLs in a TypeScript file's code. Comments are skipped: a link in a doc
 * comment is documentation, not a request.
 */
function networkUseInCode(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NETWORK_APIS.has(node.text)) found.push(node.text);
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      found.push(...foreignUrls(node.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("when src/ is searched for network access", () => {
  const files = filesBelow(SRC);
  const isCode = (file: string) => /\.tsx?$/.test(file);

  it("finds code to search", () => {
    expect(files.filter(isCode).length).toBeGreaterThan(5);
  });

  it("finds no fetch, XMLHttpRequest, sendBeacon, WebSocket or foreign URL in the code", () => {
    const findings = files
      .filter(isCode)
      .flatMap((file) =>
        networkUseInCode(file).map((use) => `${path.relative(ROOT, file)}: ${use}`)
      );
    expect(findings).toEqual([]);
  });

  it("tells an XML namespace name from a request", () => {
    expect(foreignUrls("http://schemas.openxmlformats.org/drawingml/2006/chart")).toEqual([]);
    expect(foreignUrls("https://schemas.openxmlformats.org.evil.example/x")).toHaveLength(1);
    expect(foreignUrls("http://telemetry.example.com/collect")).toHaveLength(1);
  });

  it("finds no foreign URL in the other files", () => {
    const findings = files
      .filter((file) => !isCode(file))
      .flatMap((file) => foreignUrls(readFileSync(file, "utf8")).map((url) => `${file}: ${url}`));
    expect(findings).toEqual([]);
  });
});
