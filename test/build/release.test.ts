/**
 * scripts/release.cjs (`npm run release`): what it accepts, what it refuses with one German line
 * and exit code 2 before writing anything, and how it finds the last release's version. The build
 * itself runs in test/integration/deploy, against nginx.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { ROOT, release } from "./buildScripts";

const URL_OK = "https://addins.kreis.example/sozialraumbudget/";
const { version: PACKAGE_VERSION } = JSON.parse(
  readFileSync(path.join(ROOT, "package.json"), "utf8")
) as { version: string };

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), "sr-release-"));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

/** Expects `run` to throw the release's refusal with exactly `message`. */
function expectRefusal(run: () => unknown, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(release.ReleaseRefusal);
  expect((thrown as Error).message).toBe(message);
}

/** Writes a release folder at `dir` as an earlier release left it. */
function earlierRelease(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

describe("parseReleaseArgs", () => {
  it.each([
    [["--url", URL_OK], {}],
    [[`--url=${URL_OK}`], {}],
    [[], { SR_RELEASE_URL: URL_OK }],
    [["--url", URL_OK], { SR_RELEASE_URL: "https://andere.example/sr/" }],
  ])("reads the URL from %j with the environment %j", (argv, env) => {
    expect(release.parseReleaseArgs(argv, env)).toEqual({
      url: URL_OK,
      outDir: path.join(ROOT, "release"),
    });
  });

  it("puts the release where --out says, relative to the working directory", () => {
    expect(release.parseReleaseArgs(["--url", URL_OK, "--out", "x/rel"], {}).outDir).toBe(
      path.resolve("x/rel")
    );
  });

  const USAGE = "Aufruf: npm run release -- --url https://server.example/sozialraumbudget/";
  it.each([
    [[], `Keine URL angegeben; ${USAGE} (oder SR_RELEASE_URL setzen).`],
    [["--url"], `Nach --url fehlt der Wert; ${USAGE}`],
    [["--url", "--out", "x"], `Nach --url fehlt der Wert; ${USAGE}`],
    [["--url", URL_OK, "--out"], `Nach --out fehlt der Wert; ${USAGE}`],
    [["--ziel", URL_OK], `Unbekannte Angabe "--ziel"; ${USAGE}`],
    [[URL_OK], `Unbekannte Angabe "${URL_OK}"; ${USAGE}`],
  ])("refuses %j", (argv, message) => {
    expectRefusal(() => release.parseReleaseArgs(argv, {}), message);
  });
});

describe("toReleaseUrl", () => {
  it.each([
    [URL_OK, URL_OK],
    ["https://addins.kreis.example/", "https://addins.kreis.example/"],
    ["https://addins.kreis.example:8443/a/b/", "https://addins.kreis.example:8443/a/b/"],
  ])("accepts %s as %s", (url, expected) => {
    expect(release.toReleaseUrl(url)).toBe(expected);
  });

  it.each([
    [
      "http://addins.kreis.example/sozialraumbudget/",
      'Die URL "http://addins.kreis.example/sozialraumbudget/" muss mit https:// beginnen: Office lädt Add-ins nur über https.',
    ],
    [
      "https://addins.kreis.example/sozialraumbudget",
      'Die URL "https://addins.kreis.example/sozialraumbudget" muss mit "/" enden, denn sie nennt den Ordner des Add-ins (https://addins.kreis.example/sozialraumbudget/).',
    ],
    [
      "https://addins.kreis.example/sr/?v=2",
      '--url: "https://addins.kreis.example/sr/?v=2" darf keine ?Query oder #Fragment enthalten.',
    ],
    [
      "https://localhost:3000/",
      '--url: "https://localhost:3000/" ist der Entwicklungsserver, kein Produktionsserver.',
    ],
    ["addins.kreis.example/sr/", '--url: "addins.kreis.example/sr/" ist keine gültige URL.'],
  ])("refuses %s", (url, message) => {
    expectRefusal(() => release.toReleaseUrl(url), message);
  });
});

describe("toManifestVersion", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["12.0.99999", "12.0.99999.0"],
  ])("turns %s into %s", (version, expected) => {
    expect(release.toManifestVersion(version)).toBe(expected);
  });

  it.each([["1.2"], ["1.2.3-beta.1"], ["1.2.3.4"], ["123456.0.0"], ["v1.2.3"]])(
    "refuses %s, which the manifest cannot carry",
    (version) => {
      expectRefusal(
        () => release.toManifestVersion(version),
        `Die Version "${version}" in package.json hat nicht die Form Haupt.Neben.Patch (z. B. 1.2.0), die das Manifest als <Version> braucht.`
      );
    }
  );
});

describe("compareManifestVersions", () => {
  it.each([
    ["1.2.3.0", "1.2.3.0", 0],
    ["1.2.3.0", "1.2.4.0", -1],
    ["1.10.0.0", "1.9.0.0", 1],
    ["2.0.0.0", "1.99.99.0", 1],
    ["1.2.3", "1.2.3.0", 0],
    ["1.2.3.1", "1.2.3", 1],
  ])("compares %s with %s as %d", (a, b, expected) => {
    expect(release.compareManifestVersions(a, b)).toBe(expected);
  });

  it("orders versions as their numbers, part by part", () => {
    const part = fc.integer({ min: 0, max: 99999 });
    const version = fc.tuple(part, part, part, part);
    fc.assert(
      fc.property(version, version, (a, b) => {
        const result = release.compareManifestVersions(a.join("."), b.join("."));
        const firstDifference = a.findIndex((value, i) => value !== b[i]);
        const expected =
          firstDifference === -1 ? 0 : a[firstDifference]! < b[firstDifference]! ? -1 : 1;
        return (
          result === expected &&
          release.compareManifestVersions(b.join("."), a.join(".")) === -expected
        );
      })
    );
  });
});

describe("readLastRelease", () => {
  it("finds none in a folder that does not exist or holds no release", () => {
    expect(release.readLastRelease(path.join(temp, "release"))).toBeUndefined();
    expect(release.readLastRelease(temp)).toBeUndefined();
  });

  it("reads release.json", () => {
    const record = { version: "1.2.0", manifestVersion: "1.2.0.0", buildHash: "0123456789ab" };
    earlierRelease(temp, { "release.json": JSON.stringify(record) });
    expect(release.readLastRelease(temp)).toEqual(record);
  });

  it("falls back to the manifest's <Version> when there is no release.json", () => {
    earlierRelease(temp, { "manifest.xml": "<OfficeApp><Version>1.4.0.0</Version></OfficeApp>" });
    expect(release.readLastRelease(temp)).toEqual({ manifestVersion: "1.4.0.0" });
  });

  it.each([
    ["{ kaputt", `release.json ist nicht lesbar`],
    ['{ "version": "1.2.0" }', "release.json nennt keine manifestVersion."],
  ])("refuses an unreadable release.json: %s", (text, message) => {
    earlierRelease(temp, { "release.json": text });
    expect(() => release.readLastRelease(temp)).toThrow(release.ReleaseRefusal);
    expect(() => release.readLastRelease(temp)).toThrow(message);
  });
});

describe("planRelease", () => {
  /** A repository root whose package.json has `version`. */
  function rootWithVersion(version: string): string {
    const root = path.join(temp, "repo");
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, "package.json"), JSON.stringify({ version }));
    return root;
  }

  it("plans the first release of a version", () => {
    const out = path.join(temp, "release");
    expect(
      release.planRelease(["--url", URL_OK, "--out", out], {}, rootWithVersion("1.3.0"))
    ).toEqual({
      url: URL_OK,
      outDir: out,
      version: "1.3.0",
      manifestVersion: "1.3.0.0",
      lastRelease: undefined,
    });
  });

  it("plans a release above the last one and remembers the last one", () => {
    const out = path.join(temp, "release");
    const last = { version: "1.2.9", manifestVersion: "1.2.9.0", buildHash: "aaaaaaaaaaaa" };
    earlierRelease(out, { "release.json": JSON.stringify(last) });
    const plan = release.planRelease(["--url", URL_OK, "--out", out], {}, rootWithVersion("1.3.0"));
    expect(plan.lastRelease).toEqual(last);
  });

  it.each([
    [
      "1.3.0",
      `Version 1.3.0 ist schon veröffentlicht (RELEASE_JSON); bitte die Version in package.json erhöhen.`,
    ],
    [
      "1.2.0",
      "Version 1.2.0 liegt unter der zuletzt veröffentlichten 1.3.0; bitte die Version in package.json darüber setzen.",
    ],
  ])("refuses version %s when 1.3.0 is released", (version, message) => {
    const out = path.join(temp, "release");
    earlierRelease(out, {
      "release.json": JSON.stringify({ version: "1.3.0", manifestVersion: "1.3.0.0" }),
    });
    expectRefusal(
      () => release.planRelease(["--url", URL_OK, "--out", out], {}, rootWithVersion(version)),
      message.replace("RELEASE_JSON", path.join(out, "release.json"))
    );
  });
});

describe("manifestUrls and toBuildHash", () => {
  it("lists each https URL of the manifest once, in order", () => {
    const xml =
      '<a DefaultValue="https://h.example/sr/taskpane.html"/><b DefaultValue="https://h.example/sr/icon.png"/>' +
      '<c DefaultValue="https://h.example/sr/taskpane.html"/><d xmlns="http://schemas.example/x"/>';
    expect(release.manifestUrls(xml)).toEqual([
      "https://h.example/sr/taskpane.html",
      "https://h.example/sr/icon.png",
    ]);
  });

  it("shortens webpack's compilation hash to 12 hex digits", () => {
    expect(release.toBuildHash("ee81b286d6283a03eee4")).toBe("ee81b286d628");
  });
});

describe("replaceFolder", () => {
  it("puts a new release in place of the old one by renaming, leaving nothing else", () => {
    const out = path.join(temp, "release");
    earlierRelease(out, { "alt.txt": "alt" });
    const built = path.join(temp, ".release-neu-abc");
    earlierRelease(built, { "neu.txt": "neu" });

    release.replaceFolder(built, out);

    expect(readdirSync(temp)).toEqual(["release"]);
    expect(readdirSync(out)).toEqual(["neu.txt"]);
  });

  it("puts the first release in place", () => {
    const built = path.join(temp, ".release-neu-abc");
    earlierRelease(built, { "neu.txt": "neu" });

    release.replaceFolder(built, path.join(temp, "release"));

    expect(readdirSync(temp)).toEqual(["release"]);
  });
});

describe("when `npm run release` gets bad input", () => {
  /** Runs the release script as npm does; SR_RELEASE_URL is unset unless `env` sets it. */
  function runRelease(args: string[], env: Record<string, string> = {}) {
    return spawnSync(process.execPath, [path.join(ROOT, "scripts/release.cjs"), ...args], {
      cwd: temp,
      encoding: "utf8",
      env: { ...process.env, SR_RELEASE_URL: "", ...env },
    });
  }

  /** Every file below `dir` with its content, to show that nothing was written. */
  function snapshot(dir: string): Record<string, string> {
    return Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const file = path.join(entry.parentPath, entry.name);
          return [path.relative(dir, file), readFileSync(file, "utf8")];
        })
    );
  }

  it.each([
    [[], "Keine URL angegeben"],
    [["--url", "http://addins.kreis.example/sozialraumbudget/"], "muss mit https:// beginnen"],
    [["--url", "https://addins.kreis.example/sozialraumbudget"], 'muss mit "/" enden'],
    [["--url", URL_OK], "ist schon veröffentlicht"],
  ])("refuses %j with one German line and exit code 2, writing nothing", (args, reason) => {
    const out = path.join(temp, "sites", "release");
    earlierRelease(out, {
      "release.json": JSON.stringify({
        version: PACKAGE_VERSION,
        manifestVersion: `${PACKAGE_VERSION}.0`,
      }),
      "taskpane.html": "<!doctype html>",
    });
    const before = snapshot(temp);

    const result = runRelease([...args, "--out", out]);

    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Release abgelehnt: /);
    expect(lines[0]).toContain(reason);
    expect(snapshot(temp)).toEqual(before);
  });

  it("takes the URL from SR_RELEASE_URL and refuses it as it would --url", () => {
    const result = runRelease(["--out", path.join(temp, "release")], {
      SR_RELEASE_URL: "http://addins.kreis.example/sr/",
    });
    expect([result.status, result.stderr.trim()]).toEqual([
      2,
      'Release abgelehnt: Die URL "http://addins.kreis.example/sr/" muss mit https:// beginnen: Office lädt Add-ins nur über https.',
    ]);
    expect(readdirSync(temp)).toEqual([]);
  });
});
