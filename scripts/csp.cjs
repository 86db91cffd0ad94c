/**
 * The add-in's one Content-Security-Policy. Everything else is generated from it: the <meta> in
 * taskpane.html (webpack.config.js injects pagePolicy()), the <meta> of the e2e harness page
 * (webpack.e2e.config.js injects harnessPolicy()) and the HTTP header in deploy/nginx.conf
 * and deploy/web.config (`npm run deploy:csp` writes headerPolicy() into both). A unit test
 * (test/build/deploy-csp.test.ts) fails when a file no longer carries this definition.
 */
"use strict";

const { readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");

/** Microsoft's CDN for office.js; the page loads office.js from it and office.js its host parts. */
const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";

/**
 * What the page may load: its own origin and office.js's host, no eval, no plugins, no forms.
 * 'unsafe-inline' styles are needed because Fluent UI (Griffel) inserts its CSS at runtime.
 */
const PAGE_DIRECTIVES = [
  ["default-src", ["'self'"]],
  ["script-src", ["'self'", OFFICE_JS_HOST]],
  ["style-src", ["'self'", "'unsafe-inline'"]],
  ["img-src", ["'self'", "data:"]],
  ["font-src", ["'self'", "data:"]],
  ["connect-src", ["'self'", OFFICE_JS_HOST]],
  ["object-src", ["'none'"]],
  ["base-uri", ["'self'"]],
  ["form-action", ["'none'"]],
];

/**
 * Who may frame the pane. Excel on the web shows it in an iframe inside its own frame, and a
 * browser checks every ancestor, so each origin that Excel on the web runs under must be listed.
 * Desktop Excel (Windows, Mac) shows the page top-level in a web view: no ancestor to check.
 * Microsoft documents no list (OfficeDev/office-js#1005 asks for one and is open since 2019);
 * these are the origins named in the issue threads:
 * - https://*.officeapps.live.com: Excel on the web's own frame (excel.officeapps.live.com);
 *   OfficeDev/office-js#3342, whose list Microsoft's answer did not correct.
 * - https://*.sharepoint.com: the page around Excel on the web for workbooks in SharePoint and
 *   OneDrive for work (tenant.sharepoint.com, tenant-my.sharepoint.com); needed in practice
 *   according to OfficeDev/office-js-docs-pr#4911 (and listed in office-js#3342).
 * - https://excel.cloud.microsoft and https://excel.cloud.microsoft.com: Excel on the web's newer
 *   address; suggested by Microsoft (Rick-Kirkham) in OfficeDev/office-js-docs-pr#4911.
 */
const FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.sharepoint.com",
  "https://excel.cloud.microsoft",
  "https://excel.cloud.microsoft.com",
];

/**
 * Directives a browser obeys only in the HTTP header: in a <meta> it ignores frame-ancestors
 * (and warns on the console), so the page leaves it out.
 */
const HEADER_ONLY_DIRECTIVES = [["frame-ancestors", FRAME_ANCESTORS]];

/** Returns directives as policy text: "name source source; name source". */
function toPolicyText(directives) {
  return directives.map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/** Returns the policy for taskpane.html's <meta http-equiv="Content-Security-Policy">. */
function pagePolicy() {
  return toPolicyText(PAGE_DIRECTIVES);
}

/**
 * Returns the policy of the e2e harness page (test/e2e-page/e2e.html): the page's policy without
 * office.js's host, since the harness serves its stand-in for office.js from its own origin. The
 * same bundle must run under it, so nothing is added.
 */
function harnessPolicy() {
  return toPolicyText(
    PAGE_DIRECTIVES.map(([name, sources]) => [
      name,
      sources.filter((source) => source !== OFFICE_JS_HOST),
    ])
  );
}

/** Returns the policy the web server sends as the Content-Security-Policy header. */
function headerPolicy() {
  return toPolicyText([...PAGE_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);
}

/** Returns policy text as a Map of directive name → sources, in the text's order. */
function parsePolicy(text) {
  const directives = text
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0]);
  return new Map(directives.map(([name, ...sources]) => [name, sources]));
}

/** The server configurations that carry the header, relative to the repository root. */
const DEPLOY_FILES = ["deploy/nginx.conf", "deploy/web.config"];

/**
 * The lines that carry the header in each server configuration: nginx's add_header and IIS's
 * customHeaders entry. Group 2 is the policy.
 */
const HEADER_LINE =
  /(add_header Content-Security-Policy "|<add name="Content-Security-Policy" value=")([^"]*)(")/g;

/** Returns every Content-Security-Policy header value in a server configuration's text. */
function headerPoliciesIn(configText) {
  return [...configText.matchAll(HEADER_LINE)].map((match) => match[2]);
}

/** Returns the configuration text with every Content-Security-Policy header set to `policy`. */
function withHeaderPolicy(configText, policy) {
  return configText.replace(HEADER_LINE, (_all, before, _old, after) => before + policy + after);
}

/**
 * `npm run deploy:csp`: writes headerPolicy() into deploy/'s server configurations. Returns the
 * files it changed.
 */
function writeDeployPolicies(root = path.resolve(__dirname, "..")) {
  const changed = [];
  for (const file of DEPLOY_FILES) {
    const full = path.join(root, file);
    const text = readFileSync(full, "utf8");
    if (headerPoliciesIn(text).length === 0) {
      throw new Error(`${file} enthält keine Content-Security-Policy-Zeile.`);
    }
    const updated = withHeaderPolicy(text, headerPolicy());
    if (updated !== text) {
      writeFileSync(full, updated);
      changed.push(file);
    }
  }
  return changed;
}

if (require.main === module) {
  const changed = writeDeployPolicies();
  console.log(
    changed.length === 0
      ? "deploy/: Die Content-Security-Policy ist aktuell."
      : `deploy/: Content-Security-Policy geschrieben in ${changed.join(", ")}.`
  );
}

module.exports = {
  OFFICE_JS_HOST,
  FRAME_ANCESTORS,
  DEPLOY_FILES,
  pagePolicy,
  harnessPolicy,
  headerPolicy,
  parsePolicy,
  headerPoliciesIn,
  withHeaderPolicy,
  writeDeployPolicies,
};
