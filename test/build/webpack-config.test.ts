/**
 * webpack.config.js: the shared-runtime page, self-contained bundles, CSP-safe source maps, the
 * manifest rewrite, and a dev server that is only configured when certificates are given.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import * as devCerts from "office-addin-dev-certs";
import { type BuiltConfig, type PluginInstance, ROOT, webpackConfig } from "./buildScripts";

// The real module would create and trust a certificate on this machine.
jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions: jest.fn() }));

const HTTPS = { key: "KEY", cert: "CERT", ca: "CA" };

function plugin(config: BuiltConfig, className: string): PluginInstance {
  const found = config.plugins.filter((p) => p.constructor.name === className);
  expect(found).toHaveLength(1);
  return found[0] as PluginInstance;
}

describe.each(["development", "production"])("when building in %s mode", (mode) => {
  const config = webpackConfig.createConfig({ mode });

  it("builds functions.js and taskpane.js from their own entries", () => {
    expect(config.entry).toEqual({
      functions: path.join(ROOT, "src/functions/functions.ts"),
      taskpane: "./src/taskpane/index.tsx",
    });
    expect(config.output.filename({ chunk: { name: "functions" } })).toBe("[name].js");
    expect(config.output.filename({ chunk: { name: "taskpane" } })).toBe("[name].js");
    expect(config.output.path).toBe(path.join(ROOT, "dist"));
  });

  it("shares no chunk between the entries, so React cannot reach functions.js", () => {
    expect(config.optimization).toEqual({ splitChunks: false, runtimeChunk: false });
  });

  it("writes separate source maps, never eval (the CSP has no 'unsafe-eval')", () => {
    expect(config.devtool).toBe("source-map");
  });

  it("loads both bundles in the one page, functions first", () => {
    const html = plugin(config, "HtmlWebpackPlugin");
    expect(html.userOptions?.filename).toBe("taskpane.html");
    expect(html.userOptions?.chunks).toEqual(["functions", "taskpane"]);
  });

  it("copies the icons and the manifest for this mode", () => {
    const patterns = plugin(config, "CopyPlugin").patterns ?? [];
    expect(patterns.map((p) => p.from)).toEqual(["assets/icon-*.png", "manifest.xml"]);
    const manifest = patterns[1];
    const source = readFileSync(path.join(ROOT, "manifest.xml"));
    const written = manifest?.transform?.(source, path.join(ROOT, "manifest.xml"));
    expect(written).toBe(webpackConfig.manifestFor(mode, source.toString("utf8")));
  });

  it("generates functions.json from the functions entry", () => {
    expect(plugin(config, "CustomFunctionsMetadataPlugin")).toBeDefined();
  });

  it("configures no dev server without certificates", () => {
    expect(config.devServer).toBeUndefined();
  });
});

describe("when building a release", () => {
  const release = {
    baseUrl: "https://addins.kreis.example/sozialraumbudget/",
    manifestVersion: "2.3.4.0",
    outputPath: "/tmp/sr-release-build",
  };
  const config = webpackConfig.createConfig({ mode: "production", release });

  it("builds into the release's folder", () => {
    expect(config.output.path).toBe(release.outputPath);
  });

  it("keeps functions.js's name (the manifest names it) and hashes the page-only bundle", () => {
    expect(config.output.filename({ chunk: { name: "functions" } })).toBe("[name].js");
    expect(config.output.filename({ chunk: { name: "taskpane" } })).toBe(
      "static/[name].[contenthash:20].js"
    );
  });

  it("hashes the chunks the page loads on demand (the annex renderer) into the same folder", () => {
    expect(config.output.chunkFilename).toBe("static/[name].[contenthash:20].js");
  });

  it("ships no source maps", () => {
    expect(config.devtool).toBe(false);
  });

  it("writes the manifest for the release's URL and version, and copies IIS's web.config", () => {
    const patterns = plugin(config, "CopyPlugin").patterns ?? [];
    expect(patterns.map((p) => [p.from, p.to])).toEqual([
      ["assets/icon-*.png", "assets/[name][ext]"],
      ["manifest.xml", "manifest.xml"],
      ["deploy/web.config", "web.config"],
    ]);
    const source = readFileSync(path.join(ROOT, "manifest.xml"));
    const written = String(patterns[1]?.transform?.(source, path.join(ROOT, "manifest.xml")));
    expect(written).toContain("<Version>2.3.4.0</Version>");
    expect(written).toContain(
      '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://addins.kreis.example/sozialraumbudget/functions.json"/>'
    );
    expect(written).not.toContain("localhost");
  });
});

describe("when serving", () => {
  const devServer = webpackConfig.createConfig({ mode: "development", https: HTTPS }).devServer;

  it("serves https on port 3000 with the given certificate", () => {
    expect(devServer?.port).toBe(3000);
    expect(devServer?.server).toEqual({ type: "https", options: HTTPS });
  });

  it.each([
    ["/functions.json", { "Access-Control-Allow-Origin": "*" }],
    ["/functions.js", { "Access-Control-Allow-Origin": "*" }],
    ["/functions.json?v=1", { "Access-Control-Allow-Origin": "*" }],
    ["/taskpane.html", {}],
    ["/functions.js.map", {}],
  ])("sends %s with the headers %j", (url, headers) => {
    expect(devServer?.headers({ url })).toEqual(headers);
  });
});

describe("productionUrl", () => {
  it.each([
    [{}, "https://sozialraumbudget.example.de/"],
    [{ SR_PRODUCTION_URL: "" }, "https://sozialraumbudget.example.de/"],
    [{ SR_PRODUCTION_URL: "https://addins.kreis.example/sr" }, "https://addins.kreis.example/sr/"],
  ])("reads %j as %s", (env, expected) => {
    expect(webpackConfig.productionUrl(env)).toBe(expected);
  });

  it("rejects an http URL by naming the variable", () => {
    expect(() =>
      webpackConfig.productionUrl({ SR_PRODUCTION_URL: "http://kreis.example/" })
    ).toThrow("SR_PRODUCTION_URL");
  });
});

describe("when webpack-cli runs the config", () => {
  const getHttpsServerOptions = jest.mocked(devCerts.getHttpsServerOptions);
  beforeEach(() => getHttpsServerOptions.mockReset());

  it("builds without asking for certificates", async () => {
    const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(config.mode).toBe("production");
    expect(config.devServer).toBeUndefined();
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
  });

  it("serves in development mode with the dev certificate", async () => {
    getHttpsServerOptions.mockResolvedValue({
      key: Buffer.from("KEY"),
      cert: Buffer.from("CERT"),
      ca: Buffer.from("CA"),
    });
    const config = await webpackConfig({ WEBPACK_SERVE: true }, {});
    expect(config.mode).toBe("development");
    expect(config.devServer?.server.options).toEqual({
      key: Buffer.from("KEY"),
      cert: Buffer.from("CERT"),
      ca: Buffer.from("CA"),
    });
  });
});
