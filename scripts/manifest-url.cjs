/**
 * The one rule for moving manifest.xml from the dev server to the production host. Shared by
 * webpack.config.js (which writes dist/manifest.xml) and test/manifest (which checks that result),
 * so the tested rewrite is the shipped one.
 */
"use strict";

/** The dev server's origin as written in manifest.xml; every add-in URL starts with it. */
const DEV_URL = "https://localhost:3000/";

/**
 * Returns `url` as a base URL for the add-in's files: https, no query or fragment, ending in "/".
 * Throws an Error naming `source` when `url` cannot host an Office add-in (Office loads https only).
 */
function toBaseUrl(url, source) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${source}: "${url}" ist keine gültige URL.`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(
      `${source}: "${url}" muss mit https:// beginnen (Office lädt Add-ins nur über https).`
    );
  }
  if (parsed.search || parsed.hash) {
    throw new Error(`${source}: "${url}" darf keine ?Query oder #Fragment enthalten.`);
  }
  if (parsed.hostname === "localhost") {
    throw new Error(`${source}: "${url}" ist der Entwicklungsserver, kein Produktionsserver.`);
  }
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/**
 * Returns the manifest text with every dev-server URL replaced by `productionUrl` (a base URL from
 * toBaseUrl). Throws when a "localhost" remains, because such a manifest would load in Excel and
 * then fail for every user whose machine runs no dev server.
 */
function toProductionManifest(manifestXml, productionUrl) {
  const rewritten = manifestXml.split(DEV_URL).join(productionUrl);
  if (rewritten.includes("localhost")) {
    throw new Error(`manifest.xml enthält nach dem Umschreiben noch "localhost" (${DEV_URL}?).`);
  }
  return rewritten;
}

/** The manifest's <Version> element: Office reads its Id and Version as a pair. */
const VERSION_ELEMENT = /<Version>[^<]*<\/Version>/g;

/**
 * Returns the manifest text with its one <Version> set to `manifestVersion` ("1.2.3.0"). Throws
 * unless there is exactly one, since Office would then read an unknown version.
 */
function withManifestVersion(manifestXml, manifestVersion) {
  const found = manifestXml.match(VERSION_ELEMENT) ?? [];
  if (found.length !== 1) {
    throw new Error(
      `manifest.xml muss genau ein <Version>-Element haben, hat aber ${found.length}.`
    );
  }
  return manifestXml.replace(VERSION_ELEMENT, `<Version>${manifestVersion}</Version>`);
}

module.exports = { DEV_URL, toBaseUrl, toProductionManifest, withManifestVersion };
