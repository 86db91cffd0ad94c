/**
 * The CSP in the page and in the web server's header come from one definition (scripts/csp.cjs)
 * and cannot drift: the header is the page's policy plus the directives only a header can carry,
 * and every Content-Security-Policy line in deploy/nginx.conf and deploy/web.config is that header.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SaxesParser } from "saxes";
import { ROOT, csp, webpackConfig } from "./buildScripts";

const deployFile = (name: string) => readFileSync(path.join(ROOT, "deploy", name), "utf8");

describe("when the page's and the header's policies are compared", () => {
  const page = csp.parsePolicy(csp.pagePolicy());
  const header = csp.parsePolicy(csp.headerPolicy());

  it("agree on every directive the page has", () => {
    for (const [name, sources] of page) expect([name, header.get(name)]).toEqual([name, sources]);
  });

  it("differ only in frame-ancestors, which a browser obeys in a header only", () => {
    const extra = [...header.keys()].filter((name) => !page.has(name));
    expect(extra).toEqual(["frame-ancestors"]);
    expect(header.get("frame-ancestors")).toEqual([
      "'self'",
      "https://*.officeapps.live.com",
      "https://*.sharepoint.com",
      "https://excel.cloud.microsoft",
      "https://excel.cloud.microsoft.com",
    ]);
  });

  it("is the policy webpack puts into taskpane.html", () => {
    const config = webpackConfig.createConfig({ mode: "production" });
    const html = config.plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin");
    expect(html?.userOptions?.templateParameters).toEqual({
      contentSecurityPolicy: csp.pagePolicy(),
    });
  });
});

describe("when the e2e harness page gets its policy", () => {
  const e2eConfig = require("../../webpack.e2e.config.js") as {
    createE2eConfig(): { plugins: { userOptions?: { templateParameters?: unknown } }[] };
  };

  it("is the page's policy without office.js's host, which the harness replaces", () => {
    expect(csp.harnessPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'none'"
    );
    const page = csp.parsePolicy(csp.pagePolicy());
    const harness = csp.parsePolicy(csp.harnessPolicy());
    expect([...harness.keys()]).toEqual([...page.keys()]);
    for (const [name, sources] of page) {
      expect([name, harness.get(name)]).toEqual([
        name,
        sources.filter((source) => source !== csp.OFFICE_JS_HOST),
      ]);
    }
  });

  it("is what webpack.e2e.config.js puts into e2e.html, which holds no policy of its own", () => {
    const html = e2eConfig
      .createE2eConfig()
      .plugins.find((plugin) => plugin.constructor.name === "HtmlWebpackPlugin");
    expect(html?.userOptions?.templateParameters).toEqual({
      contentSecurityPolicy: csp.harnessPolicy(),
    });
    const template = readFileSync(path.join(ROOT, "test/e2e-page/e2e.html"), "utf8");
    const metas = [
      ...template.matchAll(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/g),
    ];
    expect(metas.map((match) => match[1])).toEqual(["<%= contentSecurityPolicy %>"]);
  });
});

describe.each(["nginx.conf", "web.config"])("when deploy/%s sends the header", (name) => {
  const text = deployFile(name);

  it("sends exactly the definition's header policy on every line that sets it", () => {
    const policies = csp.headerPoliciesIn(text);
    expect(policies.length).toBeGreaterThan(0);
    expect(new Set(policies)).toEqual(new Set([csp.headerPolicy()]));
  });

  it("is what `npm run deploy:csp` would write", () => {
    expect(csp.withHeaderPolicy(text, csp.headerPolicy())).toBe(text);
  });
});

describe("when `npm run deploy:csp` runs after the definition changed", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "sr-deploy-csp-"));
    cpSync(path.join(ROOT, "deploy"), path.join(root, "deploy"), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("rewrites every stale policy line in both files and nothing else", () => {
    const nginx = path.join(root, "deploy/nginx.conf");
    const original = readFileSync(nginx, "utf8");
    writeFileSync(nginx, csp.withHeaderPolicy(original, "default-src *"));

    expect(csp.writeDeployPolicies(root)).toEqual(["deploy/nginx.conf"]);
    expect(readFileSync(nginx, "utf8")).toBe(original);
    expect(csp.writeDeployPolicies(root)).toEqual([]);
  });

  it("refuses a configuration without a policy line", () => {
    writeFileSync(path.join(root, "deploy/web.config"), "<configuration/>");
    expect(() => csp.writeDeployPolicies(root)).toThrow(
      "deploy/web.config enthält keine Content-Security-Policy-Zeile."
    );
  });
});

/** The elements of an XML text with their attributes, in document order (saxes, strict). */
function xmlElements(xml: string): { name: string; attributes: Record<string, string> }[] {
  const found: { name: string; attributes: Record<string, string> }[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) =>
    found.push({ name: tag.name, attributes: tag.attributes as Record<string, string> })
  );
  parser.write(xml).close();
  return found;
}

describe("when IIS reads deploy/web.config", () => {
  const elements = xmlElements(deployFile("web.config"));
  const mime = Object.fromEntries(
    elements
      .filter((e) => e.name === "mimeMap")
      .map((e) => [e.attributes.fileExtension, e.attributes.mimeType])
  );
  const headers = elements
    .filter((e) => e.name === "add")
    .map((e) => [e.attributes.name, e.attributes.value]);

  it("maps the release's file types", () => {
    expect(mime).toEqual({
      ".html": "text/html; charset=utf-8",
      ".js": "text/javascript; charset=utf-8",
      ".json": "application/json; charset=utf-8",
      ".xml": "application/xml; charset=utf-8",
      ".png": "image/png",
      ".txt": "text/plain; charset=utf-8",
    });
  });

  it("sends the security headers on everything and CORS on the functions' files", () => {
    expect(headers).toEqual([
      ["Content-Security-Policy", csp.headerPolicy()],
      ["X-Content-Type-Options", "nosniff"],
      ["Referrer-Policy", "no-referrer"],
      ["Strict-Transport-Security", "max-age=31536000"],
      ["Access-Control-Allow-Origin", "*"],
      ["Access-Control-Allow-Origin", "*"],
    ]);
    const locations = elements.filter((e) => e.name === "location").map((e) => e.attributes.path);
    expect(locations).toEqual([webpackConfig.RELEASE_STATIC_DIR, "functions.json", "functions.js"]);
  });

  it("revalidates by default and caches only the hashed bundles' folder for a year", () => {
    const caches = elements.filter((e) => e.name === "clientCache").map((e) => e.attributes);
    expect(caches).toEqual([
      { cacheControlMode: "DisableCache" },
      {
        cacheControlMode: "UseMaxAge",
        cacheControlMaxAge: "365.00:00:00",
        cacheControlCustom: "public, immutable",
      },
    ]);
  });
});
