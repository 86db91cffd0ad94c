/**
 * The release as a district's IT would put it into service: `npm run release`'s script builds it
 * for a localhost URL, Debian's nginx serves it with deploy/nginx.conf (only its "# SITE" lines
 * pointed at a free port, a self-signed certificate and a temporary folder), every URL the
 * released manifest names is fetched over https, and headless Chromium loads the task pane from
 * nginx with the Content-Security-Policy header active. nginx is stopped in afterAll, also when a
 * test failed. Prints how many manifest URLs were checked and how many CSP violations occurred.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import {
  REPO_ROOT,
  type ServedRelease,
  buildOfficeStub,
  callFunction,
  launchChromium,
  openPane,
  readProbe,
  runReleaseCommand,
  serveRelease,
  waitForFunctions,
  waitForPane,
} from "../../support/served-release";
import { parseManifest, baseElement } from "../../manifest/manifestXml";

// The one CSP definition the page's <meta> and the server's header are generated from.
const csp = require("../../../scripts/csp.cjs") as {
  pagePolicy(): string;
  headerPolicy(): string;
};

/** Where the pane's screenshot goes, for a person to look at. */
const SCREENSHOTS = path.join(REPO_ROOT, "out/deploy");
const REVALIDATE = "no-cache";
const IMMUTABLE = "public, max-age=31536000, immutable";
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
};
const SR_FUNCTIONS = [
  "LOADFACTOR",
  "QUOTE",
  "ALLOCATE",
  "MODEL",
  "PHASEOUT",
  "SPLIT",
  "BUDGET2",
  "INCENTIVE",
];

interface Fetched {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

let workDir: string;
let served: ServedRelease | undefined;
let browser: Browser | undefined;
let officeStub: string;
let manifestUrlsChecked = 0;
let cspViolations: number | undefined;

/** GETs `url` from nginx, trusting the test's certificate only. */
function fetchHttps(url: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = httpsGet(url, { ca: served!.certificate.pem, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        })
      );
    });
    request.on("error", reject);
  });
}

/** The released manifest's URLs (every resource and DefaultValue URL), without repeats. */
function releasedManifestUrls(): string[] {
  const xml = readFileSync(path.join(served!.releaseDir, "manifest.xml"), "utf8");
  const manifest = parseManifest(xml);
  const resources = [...manifest.resources.values()]
    .filter((r) => r.kind === "Urls" || r.kind === "Images")
    .map((r) => r.value);
  const direct = [...manifest.doc.getElementsByTagName("*")]
    .filter((e) => ["IconUrl", "HighResolutionIconUrl", "SourceLocation"].includes(e.localName))
    .map((e) => e.getAttribute("DefaultValue"))
    .filter((value): value is string => value !== null);
  return [...new Set([...resources, ...direct])];
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "sr-nginx-"));
  served = await serveRelease(workDir);
  officeStub = await buildOfficeStub();
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  rmSync(workDir, { recursive: true, force: true });
  process.stdout.write(
    `nginx-Test: ${manifestUrlsChecked} Manifest-URLs geprüft, ` +
      `CSP-Verstöße beim Laden des Aufgabenbereichs: ${cspViolations ?? "nicht gemessen"}\n`
  );
});

describe("when the release was built for the server's URL", () => {
  it("points every manifest URL there and carries the package's version and the pinned Id", () => {
    const urls = releasedManifestUrls();
    expect(urls.length).toBeGreaterThanOrEqual(6);
    expect(urls.filter((url) => !url.startsWith(served!.baseUrl))).toEqual([]);
    const manifest = parseManifest(
      readFileSync(path.join(served!.releaseDir, "manifest.xml"), "utf8")
    );
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(baseElement(manifest, "Version").textContent).toBe(`${version}.0`);
    expect(baseElement(manifest, "Id").textContent).toBe("05bc3065-6141-42a7-9f11-d67f91558741");
    expect(served!.record).toMatchObject({ version, url: served!.baseUrl });
  });

  it("refuses to release the same version again, writing nothing", () => {
    const before = readdirSync(served!.releaseDir).sort();
    const record = readFileSync(path.join(served!.releaseDir, "release.json"), "utf8");

    const again = runReleaseCommand(["--url", served!.baseUrl, "--out", served!.releaseDir]);

    expect(again.status).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toContain("ist schon veröffentlicht");
    expect(readdirSync(served!.releaseDir).sort()).toEqual(before);
    expect(readFileSync(path.join(served!.releaseDir, "release.json"), "utf8")).toBe(record);
    expect(readdirSync(path.dirname(served!.releaseDir))).toEqual(["sozialraumbudget"]);
  });
});

describe("when a release's build fails", () => {
  it("leaves the previous release as it was and no temporary folder", () => {
    const sites = path.join(workDir, "failing");
    const out = path.join(sites, "sozialraumbudget");
    mkdirSync(out, { recursive: true });
    const previous = JSON.stringify({ version: "0.0.1", manifestVersion: "0.0.1.0" });
    writeFileSync(path.join(out, "release.json"), previous);

    // A manifest that still names "localhost" is refused while webpack writes it.
    const failed = runReleaseCommand([
      "--url",
      "https://localhost.kreis.example/sozialraumbudget/",
      "--out",
      out,
    ]);

    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("Release fehlgeschlagen, sozialraumbudget/ ist unverändert:");
    expect(failed.stderr).toContain('manifest.xml enthält nach dem Umschreiben noch "localhost"');
    expect(readdirSync(sites)).toEqual(["sozialraumbudget"]);
    expect(readdirSync(out)).toEqual(["release.json"]);
    expect(readFileSync(path.join(out, "release.json"), "utf8")).toBe(previous);
  });
});

describe("when Office fetches what the released manifest names from nginx", () => {
  it("answers every URL with 200, its content type, the security headers and revalidation", async () => {
    const urls = releasedManifestUrls();
    for (const url of urls) {
      const response = await fetchHttps(url);
      const extension = path.extname(new URL(url).pathname);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect({ url, type: response.headers["content-type"] }).toEqual({
        url,
        type: CONTENT_TYPES[extension],
      });
      expect({ url, cache: response.headers["cache-control"] }).toEqual({ url, cache: REVALIDATE });
      expect(response.headers["content-security-policy"]).toBe(csp.headerPolicy());
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      const local = readFileSync(path.join(served!.releaseDir, url.slice(served!.baseUrl.length)));
      expect(response.body.equals(local)).toBe(true);
      manifestUrlsChecked += 1;
    }
    expect(manifestUrlsChecked).toBe(urls.length);
  });

  it("sends functions.json with Access-Control-Allow-Origin: *", async () => {
    const response = await fetchHttps(`${served!.baseUrl}functions.json`);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    const metadata = JSON.parse(response.body.toString("utf8")) as { functions: { id: string }[] };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...SR_FUNCTIONS].sort());
  });

  it("serves the manifest itself as XML, revalidated", async () => {
    const response = await fetchHttps(`${served!.baseUrl}manifest.xml`);
    expect([
      response.status,
      response.headers["content-type"],
      response.headers["cache-control"],
    ]).toEqual([200, CONTENT_TYPES[".xml"], REVALIDATE]);
  });

  it("answers a revalidation of an unchanged file with 304", async () => {
    const first = await fetchHttps(`${served!.baseUrl}taskpane.html`);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetchHttps(`${served!.baseUrl}taskpane.html`, { "If-None-Match": etag });
    expect(again.status).toBe(304);
  });

  it("lets the page's content-hashed bundle be cached for a year", async () => {
    const html = readFileSync(path.join(served!.releaseDir, "taskpane.html"), "utf8");
    const bundles = [...html.matchAll(/src="?(static\/[^"\s>]+)/g)].map((match) => match[1]);
    expect(bundles).toEqual([expect.stringMatching(/^static\/taskpane\.[0-9a-f]{20}\.js$/)]);
    const response = await fetchHttps(`${served!.baseUrl}${bundles[0]}`);
    expect([
      response.status,
      response.headers["content-type"],
      response.headers["cache-control"],
    ]).toEqual([200, CONTENT_TYPES[".js"], IMMUTABLE]);
  });

  it.each([["web.config"], ["static/"], [""], ["nicht-vorhanden.js"]])(
    "serves nothing else: %j is 404",
    async (name) => {
      expect((await fetchHttps(`${served!.baseUrl}${name}`)).status).toBe(404);
    }
  );

  it("serves nothing over plain http on its port", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      httpGet(served!.baseUrl.replace("https:", "http:") + "taskpane.html", (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }).on("error", reject);
    });
    expect(status).toBe(400);
  });
});

describe("when Chromium loads the task pane from nginx with the CSP header", () => {
  it("registers the eight SR functions and renders the pane without a single CSP violation", async () => {
    const pane = await openPane(browser!, `${served!.baseUrl}taskpane.html`, { officeStub });
    try {
      expect(pane.headers["content-security-policy"]).toBe(csp.headerPolicy());
      const meta = await pane.page
        .locator("meta[http-equiv='Content-Security-Policy']")
        .getAttribute("content");
      expect(meta).toBe(csp.pagePolicy());

      const registered = await waitForFunctions(pane.page, SR_FUNCTIONS.length);
      await waitForPane(pane.page);

      expect(registered.map((r) => r.id)).toEqual(SR_FUNCTIONS);
      expect(await callFunction(pane.page, "ALLOCATE", [100, [[1], [1], [1]]])).toEqual([
        [33.34],
        [33.33],
        [33.33],
      ]);
      await pane.page.getByRole("tab", { name: "Prüfen" }).waitFor();
      expect(await pane.page.getByText(/^Über: /).textContent()).toBe(
        `Über: Version ${served!.record.version}, Build ${served!.record.buildHash}`
      );
      mkdirSync(SCREENSHOTS, { recursive: true });
      await pane.page.screenshot({ path: path.join(SCREENSHOTS, "01-pane.png"), fullPage: true });
      const probe = await readProbe(pane.page);
      cspViolations = probe.violations.length;
      expect(probe.violations).toEqual([]);
      expect(pane.blocked).toEqual([]);
    } finally {
      await pane.context.close();
    }
  });

  it("enforces both the header's and the page's policy: the probe sees a foreign image twice", async () => {
    const pane = await openPane(browser!, `${served!.baseUrl}taskpane.html`, { officeStub });
    try {
      await waitForPane(pane.page);
      await pane.page.evaluate(() => {
        const image = document.createElement("img");
        image.src = "https://telemetrie.example/pixel.png";
        document.body.append(image);
      });
      await pane.page.waitForFunction(
        // One violation per policy in force: the header's and the <meta>'s.
        () =>
          (window as unknown as { __srProbe: { violations: unknown[] } }).__srProbe.violations
            .length >= 2
      );
      const blocked = { directive: "img-src", blocked: "https://telemetrie.example/pixel.png" };
      const { violations } = await readProbe(pane.page);
      expect(violations).toEqual(
        expect.arrayContaining([
          { ...blocked, policy: csp.headerPolicy() },
          { ...blocked, policy: csp.pagePolicy() },
        ])
      );
      expect(violations).toHaveLength(2);
      expect(pane.blocked).toEqual([]);
    } finally {
      await pane.context.close();
    }
  });

  it("registers the functions without waiting for the pane's React bundle", async () => {
    const pane = await openPane(browser!, `${served!.baseUrl}taskpane.html`, {
      officeStub,
      withhold: "/static/",
    });
    try {
      const registered = await waitForFunctions(pane.page, SR_FUNCTIONS.length);
      expect(registered.map((r) => r.id)).toEqual(SR_FUNCTIONS);
      await pane.page.waitForLoadState("load");
      expect(pane.withheld).toEqual([
        expect.stringMatching(/\/static\/taskpane\.[0-9a-f]{20}\.js$/),
      ]);
      expect(await pane.page.locator("#container main").count()).toBe(0);
    } finally {
      await pane.context.close();
    }
  });
});
