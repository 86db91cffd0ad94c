/**
 * Builds the add-in for Office's shared runtime: one page (taskpane.html) that loads both the
 * custom functions (functions.js) and the task pane (taskpane.js), plus functions.json, the icons
 * and the manifest. `webpack --mode production` needs no certificates; only `webpack serve` does.
 */
"use strict";

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { pagePolicy } = require("./scripts/csp.cjs");
const {
  toBaseUrl,
  toProductionManifest,
  withManifestVersion,
} = require("./scripts/manifest-url.cjs");

/**
 * Where the production build is hosted (the base of every URL in dist/manifest.xml). Set
 * SR_PRODUCTION_URL to override it, e.g. `SR_PRODUCTION_URL=https://addins.kreis.de/sr/`.
 */
const DEFAULT_PRODUCTION_URL = "https://sozialraumbudget.example.de/";

/** The dev server's port; manifest.xml's URLs name it, so it is fixed, not configurable. */
const DEV_PORT = 3000;

// Absolute, because the metadata plugin resolves its input against the working directory.
const FUNCTIONS_ENTRY = path.resolve(__dirname, "src/functions/functions.ts");

/** Returns the production base URL: SR_PRODUCTION_URL when set, else DEFAULT_PRODUCTION_URL. */
function productionUrl(env = process.env) {
  const fromEnv = env.SR_PRODUCTION_URL;
  return fromEnv
    ? toBaseUrl(fromEnv, "SR_PRODUCTION_URL")
    : toBaseUrl(DEFAULT_PRODUCTION_URL, "DEFAULT_PRODUCTION_URL");
}

/**
 * Returns dist/manifest.xml's text for `mode`: the dev manifest unchanged in development, every
 * dev-server URL replaced by productionUrl(env) otherwise.
 */
function manifestFor(mode, manifestXml, env = process.env) {
  return mode === "development"
    ? manifestXml
    : toProductionManifest(manifestXml, productionUrl(env));
}

/**
 * Excel fetches the custom-function files from its own origin (Excel on the web), so they need a
 * CORS header; nothing else the dev server serves is read cross-origin.
 */
function devServerHeaders(req) {
  const url = req.url || "";
  return /^\/functions\.js(on)?(\?|$)/.test(url) ? { "Access-Control-Allow-Origin": "*" } : {};
}

/**
 * Where a release puts the bundles that only the page loads. Their names carry a content hash, so
 * the web server lets clients cache this folder for a year (deploy/nginx.conf, deploy/web.config).
 */
const RELEASE_STATIC_DIR = "static";

/**
 * Returns the output file name of a chunk. The manifest names functions.js (its Script URL), so
 * it keeps its name in every build; in a release everything else is page-only and content-hashed.
 */
function bundleFilename(release) {
  return (pathData) =>
    !release || pathData.chunk?.name === "functions"
      ? "[name].js"
      : `${RELEASE_STATIC_DIR}/[name].[contenthash:20].js`;
}

/**
 * Returns dist/manifest.xml's (or a release's) text: a release points every URL at its base URL
 * and carries its version; otherwise as manifestFor(mode, …).
 */
function manifestOf(mode, release, manifestXml) {
  if (!release) return manifestFor(mode, manifestXml);
  return withManifestVersion(
    toProductionManifest(manifestXml, release.baseUrl),
    release.manifestVersion
  );
}

/**
 * Returns the webpack configuration. `mode` is "development" or "production"; `https` (key, cert,
 * ca) is only needed to serve, and the dev server is configured only when it is given. `release`
 * ({ baseUrl, manifestVersion, outputPath }, from scripts/release.cjs) builds a release instead
 * of dist/: manifest for baseUrl, hashed page-only bundles, no source maps, IIS's web.config.
 */
function createConfig({ mode, https, release }) {
  const dev = mode === "development";
  // Resolved now, so a bad SR_PRODUCTION_URL fails before anything is compiled.
  if (!dev && !release) productionUrl();
  return {
    mode,
    context: __dirname,
    // Never an eval-based devtool: taskpane.html's CSP has no 'unsafe-eval'. A release ships no
    // source maps: the server hands out what the add-in runs, not its sources.
    devtool: release ? false : "source-map",
    target: ["web", "es2020"],
    entry: {
      functions: FUNCTIONS_ENTRY,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: release ? release.outputPath : path.resolve(__dirname, "dist"),
      filename: bundleFilename(release),
      // Chunks loaded on demand (the annex renderer, annex-docx) are page-only too.
      chunkFilename: release ? `${RELEASE_STATIC_DIR}/[name].[contenthash:20].js` : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are `npm run typecheck`'s job; transpiling alone keeps builds fast.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // Each entry stays self-contained: functions.js must run alone (the manifest's Script URL)
      // and must never pull React in through a shared vendor chunk.
      splitChunks: false,
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_ENTRY, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The page's CSP comes from the one definition the web server's header also comes from.
        templateParameters: { contentSecurityPolicy: pagePolicy() },
        // Functions first so SR.* are associated before the task pane renders.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestOf(mode, release, content.toString("utf8")),
          },
          ...(release ? [{ from: "deploy/web.config", to: "web.config" }] : []),
        ],
      }),
    ],
    devServer: https
      ? {
          port: DEV_PORT,
          server: { type: "https", options: https },
          headers: devServerHeaders,
          // Everything served is built or copied by webpack; there is no public/ folder.
          static: false,
          // Without react-refresh, hot updates cannot patch React components; reload instead.
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
}

/** Loads the office-addin-dev-certs certificate for https://localhost (throws if it cannot). */
async function loadDevCertificates() {
  const devCerts = require("office-addin-dev-certs");
  const { key, cert, ca } = await devCerts.getHttpsServerOptions();
  return { key, cert, ca };
}

/** The entry point for webpack-cli: `webpack --mode …` builds, `webpack serve` also serves. */
async function webpackConfig(env = {}, argv = {}) {
  // webpack's own default: production for a build, development for the dev server.
  const mode = argv.mode ?? (env.WEBPACK_SERVE ? "development" : "production");
  const https = env.WEBPACK_SERVE ? await loadDevCertificates() : undefined;
  return createConfig({ mode, https });
}

module.exports = webpackConfig;
module.exports.createConfig = createConfig;
module.exports.productionUrl = productionUrl;
module.exports.manifestFor = manifestFor;
module.exports.loadDevCertificates = loadDevCertificates;
module.exports.DEFAULT_PRODUCTION_URL = DEFAULT_PRODUCTION_URL;
module.exports.DEV_PORT = DEV_PORT;
module.exports.RELEASE_STATIC_DIR = RELEASE_STATIC_DIR;
