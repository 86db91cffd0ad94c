/**
 * scripts/manifest-url.cjs: the rewrite of manifest.xml from the dev server to the production host.
 */
import { manifestUrl } from "./buildScripts";

const { DEV_URL, toBaseUrl, toProductionManifest, withManifestVersion } = manifestUrl;

describe("toBaseUrl", () => {
  it.each([
    ["https://sozialraumbudget.example.de/", "https://sozialraumbudget.example.de/"],
    ["https://sozialraumbudget.example.de", "https://sozialraumbudget.example.de/"],
    ["https://addins.kreis.example/sr", "https://addins.kreis.example/sr/"],
    ["https://addins.kreis.example:8443/sr/", "https://addins.kreis.example:8443/sr/"],
  ])("turns %s into the base URL %s", (url, expected) => {
    expect(toBaseUrl(url, "SR_PRODUCTION_URL")).toBe(expected);
  });

  it.each([
    ["http://addins.kreis.example/", "muss mit https:// beginnen"],
    ["https://localhost:3000/", "Entwicklungsserver"],
    ["https://addins.kreis.example/?v=2", "keine ?Query"],
    ["https://addins.kreis.example/#top", "keine ?Query"],
    ["addins.kreis.example", "keine gültige URL"],
  ])("rejects %s (%s)", (url, reason) => {
    expect(() => toBaseUrl(url, "SR_PRODUCTION_URL")).toThrow(reason);
    expect(() => toBaseUrl(url, "SR_PRODUCTION_URL")).toThrow("SR_PRODUCTION_URL");
  });
});

describe("toProductionManifest", () => {
  it("replaces every dev-server URL, not only the first", () => {
    const xml = `<a u="${DEV_URL}taskpane.html"/><b u="${DEV_URL}functions.js"/><c u="${DEV_URL}"/>`;
    expect(toProductionManifest(xml, "https://addins.kreis.example/sr/")).toBe(
      '<a u="https://addins.kreis.example/sr/taskpane.html"/>' +
        '<b u="https://addins.kreis.example/sr/functions.js"/>' +
        '<c u="https://addins.kreis.example/sr/"/>'
    );
  });

  it.each([
    ['<a u="https://localhost:3001/taskpane.html"/>'],
    ['<a u="http://localhost:3000/taskpane.html"/>'],
  ])("refuses a manifest that would still name localhost: %s", (xml) => {
    expect(() => toProductionManifest(xml, "https://addins.kreis.example/")).toThrow("localhost");
  });
});

describe("withManifestVersion", () => {
  it("sets the one <Version> and leaves the rest as it was", () => {
    const xml = "<OfficeApp><Id>x</Id><Version>0.1.0.0</Version><Name>SR</Name></OfficeApp>";
    expect(withManifestVersion(xml, "1.2.3.0")).toBe(
      "<OfficeApp><Id>x</Id><Version>1.2.3.0</Version><Name>SR</Name></OfficeApp>"
    );
  });

  it.each([
    ["<OfficeApp><Id>x</Id></OfficeApp>", 0],
    ["<OfficeApp><Version>1.0.0.0</Version><Version>1.0.0.0</Version></OfficeApp>", 2],
  ])("refuses a manifest without exactly one <Version>: %s", (xml, count) => {
    expect(() => withManifestVersion(xml, "1.2.3.0")).toThrow(
      `manifest.xml muss genau ein <Version>-Element haben, hat aber ${count}.`
    );
  });
});
