/**
 * Builds the end-to-end harness page (test/e2e-page/) into out/e2e-build/: harness.js (the
 * in-memory Excel host as the Excel/Office globals) followed by the real, unchanged task pane
 * bundle (src/taskpane/index.tsx). The e2e test runs this through the webpack Node API.
 */
"use strict";

const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { harnessPolicy } = require("./scripts/csp.cjs");

/** Where the harness page is built by default. */
const E2E_BUILD_DIR = path.resolve(__dirname, "out/e2e-build");

/**
 * Returns the webpack configuration of the harness page, built into `outputPath`. Production
 * mode, as the add-in ships: React's development build runs every effect twice under StrictMode,
 * so each message bar would be announced twice, which no user hears. Not minified, which keeps
 * the build fast; never an eval devtool, because the page's CSP forbids eval.
 */
function createE2eConfig({ outputPath = E2E_BUILD_DIR } = {}) {
  return {
    mode: "production",
    context: __dirname,
    devtool: false,
    target: ["web", "es2020"],
    entry: {
      harness: "./test/e2e-page/harness.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: { path: outputPath, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    // Each entry is self-contained, like the production build: harness.js must have installed
    // the globals before taskpane.js starts.
    optimization: { splitChunks: false, runtimeChunk: false, minimize: false },
    performance: { hints: false },
    infrastructureLogging: { level: "warn" },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./test/e2e-page/e2e.html",
        // The add-in's own policy without office.js's host (scripts/csp.cjs), so it cannot drift.
        templateParameters: { contentSecurityPolicy: harnessPolicy() },
        chunks: ["harness", "taskpane"],
        chunksSortMode: "manual",
      }),
    ],
  };
}

module.exports = () => createE2eConfig();
module.exports.createE2eConfig = createE2eConfig;
module.exports.E2E_BUILD_DIR = E2E_BUILD_DIR;
