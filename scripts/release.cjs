/**
 * `npm run release -- --url https://server.example/sozialraumbudget/`: builds what a district's
 * IT puts on its web server, into release/ (or --out DIR): the bundles, manifest.xml with every
 * URL under the given URL and the version from package.json, IIS's web.config and release.json
 * (version, URL, build hash, earlier releases).
 *
 * The last release is the one in the output folder: its release.json (or, failing that, its
 * manifest's <Version>). Every release must raise the version above it, because Excel reads the
 * custom functions' files again only for a new manifest version (it caches functions.json for up
 * to 24 hours). Keep release/ (or copy the server's release.json back into it) between releases.
 *
 * Bad input (no URL, not https, no trailing "/", a version not above the last release's) ends in
 * one German line and exit code 2 before anything is written. The build goes into a temporary
 * folder beside the output folder and replaces it by renaming, so a partial release/ never
 * remains; a failed build ends in exit code 1 and leaves the old release/ as it was.
 */
"use strict";

const { randomBytes } = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { toBaseUrl } = require("./manifest-url.cjs");

const ROOT = path.resolve(__dirname, "..");
const DEFAULT_OUT_DIR = path.join(ROOT, "release");
/** The environment variable that may supply the URL when --url is not given. */
const URL_VARIABLE = "SR_RELEASE_URL";
/** What the output folder records about its release. */
const RELEASE_RECORD = "release.json";
const USAGE = "npm run release -- --url https://server.example/sozialraumbudget/";

/** Bad input: the release is refused with this one-line German message and exit code 2. */
class ReleaseRefusal extends Error {
  constructor(message) {
    super(message);
    this.name = "ReleaseRefusal";
  }
}

/**
 * Returns { url, outDir } from the command line (`--url U`, `--url=U`, `--out DIR`) and the
 * environment (SR_RELEASE_URL, used when --url is absent). Throws ReleaseRefusal on bad input.
 */
function parseReleaseArgs(argv, env = process.env) {
  let url;
  let outDir = DEFAULT_OUT_DIR;
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].startsWith("--") ? argv[i].split(/=(.*)/s, 2) : [argv[i]];
    const value = inline ?? argv[i + 1];
    if (flag !== "--url" && flag !== "--out") {
      throw new ReleaseRefusal(`Unbekannte Angabe "${argv[i]}"; Aufruf: ${USAGE}`);
    }
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) {
      throw new ReleaseRefusal(`Nach ${flag} fehlt der Wert; Aufruf: ${USAGE}`);
    }
    if (inline === undefined) i += 1;
    if (flag === "--url") url = value;
    else outDir = path.resolve(value);
  }
  url = url ?? env[URL_VARIABLE];
  if (!url) {
    throw new ReleaseRefusal(
      `Keine URL angegeben; Aufruf: ${USAGE} (oder ${URL_VARIABLE} setzen).`
    );
  }
  return { url: toReleaseUrl(url), outDir };
}

/**
 * Returns `url` if a release can be hosted there: https, a folder (ending in "/"), no query or
 * fragment, not the dev server. Throws ReleaseRefusal otherwise.
 */
function toReleaseUrl(url) {
  if (/^http:\/\//i.test(url)) {
    throw new ReleaseRefusal(
      `Die URL "${url}" muss mit https:// beginnen: Office lädt Add-ins nur über https.`
    );
  }
  let baseUrl;
  try {
    baseUrl = toBaseUrl(url, "--url");
  } catch (error) {
    throw new ReleaseRefusal(error.message);
  }
  if (!url.endsWith("/")) {
    throw new ReleaseRefusal(
      `Die URL "${url}" muss mit "/" enden, denn sie nennt den Ordner des Add-ins (${baseUrl}).`
    );
  }
  return baseUrl;
}

/**
 * Returns the manifest version ("1.2.3.0") of a package.json version ("1.2.3"). Throws
 * ReleaseRefusal for anything else: a manifest version has numbers only, each at most 5 digits.
 */
function toManifestVersion(packageVersion) {
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(packageVersion)) {
    throw new ReleaseRefusal(
      `Die Version "${packageVersion}" in package.json hat nicht die Form Haupt.Neben.Patch ` +
        "(z. B. 1.2.0), die das Manifest als <Version> braucht."
    );
  }
  return `${packageVersion}.0`;
}

/** Returns -1, 0 or 1 as manifest version `a` is below, equal to or above `b`. */
function compareManifestVersions(a, b) {
  const parts = (version) => {
    const numbers = version.split(".").map(Number);
    return [0, 1, 2, 3].map((i) => numbers[i] ?? 0);
  };
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < 4; i += 1) {
    if (left[i] !== right[i]) return left[i] < right[i] ? -1 : 1;
  }
  return 0;
}

/**
 * Returns what the output folder records of its release ({ manifestVersion, version?, … }), or
 * undefined when it holds none. Throws ReleaseRefusal when a record is there but unreadable, since
 * then nobody can say whether the new version is above it.
 */
function readLastRelease(outDir) {
  const recordFile = path.join(outDir, RELEASE_RECORD);
  const manifestFile = path.join(outDir, "manifest.xml");
  if (fs.existsSync(recordFile)) {
    let record;
    try {
      record = JSON.parse(fs.readFileSync(recordFile, "utf8"));
    } catch (error) {
      throw new ReleaseRefusal(`${recordFile} ist nicht lesbar (${error.message}).`);
    }
    if (typeof record?.manifestVersion !== "string") {
      throw new ReleaseRefusal(`${recordFile} nennt keine manifestVersion.`);
    }
    return record;
  }
  if (fs.existsSync(manifestFile)) {
    const version = /<Version>([^<]*)<\/Version>/.exec(fs.readFileSync(manifestFile, "utf8"));
    if (!version) throw new ReleaseRefusal(`${manifestFile} nennt keine <Version>.`);
    return { manifestVersion: version[1].trim() };
  }
  return undefined;
}

/**
 * Returns the release plan { url, outDir, version, manifestVersion, lastRelease } or throws
 * ReleaseRefusal. Reads package.json and the output folder; writes nothing.
 */
function planRelease(argv, env = process.env, root = ROOT) {
  const { url, outDir } = parseReleaseArgs(argv, env);
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  const manifestVersion = toManifestVersion(version);
  const lastRelease = readLastRelease(outDir);
  const order = lastRelease
    ? compareManifestVersions(manifestVersion, lastRelease.manifestVersion)
    : 1;
  if (order === 0) {
    throw new ReleaseRefusal(
      `Version ${version} ist schon veröffentlicht (${path.join(outDir, RELEASE_RECORD)}); ` +
        "bitte die Version in package.json erhöhen."
    );
  }
  if (order < 0) {
    throw new ReleaseRefusal(
      `Version ${version} liegt unter der zuletzt veröffentlichten ` +
        `${lastRelease.version ?? lastRelease.manifestVersion}; ` +
        "bitte die Version in package.json darüber setzen."
    );
  }
  return { url, outDir, version, manifestVersion, lastRelease };
}

/** Every https URL the manifest names (attribute values), in document order, without repeats. */
function manifestUrls(manifestXml) {
  const urls = [...manifestXml.matchAll(/="(https:\/\/[^"]+)"/g)].map((match) => match[1]);
  return [...new Set(urls)];
}

/** Runs webpack with `config`; resolves with the compilation's hash, rejects with its errors. */
function runWebpack(config) {
  const webpack = require("webpack");
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only")));
      else resolve(stats.hash);
    });
  });
}

/**
 * Checks a built release before it replaces the old one: every URL in its manifest lies under the
 * release URL and names a file of the release. Throws an Error naming the first that does not.
 */
function verifyRelease(dir, url) {
  const urls = manifestUrls(fs.readFileSync(path.join(dir, "manifest.xml"), "utf8"));
  for (const each of urls) {
    if (!each.startsWith(url)) throw new Error(`manifest.xml nennt ${each}, nicht unter ${url}.`);
    const file = path.join(
      dir,
      decodeURIComponent(new URL(each).pathname.slice(new URL(url).pathname.length))
    );
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw new Error(`manifest.xml nennt ${each}, aber die Datei fehlt im Release.`);
    }
  }
  return urls;
}

/** Moves the built folder `built` to `outDir`, replacing what was there by renames only. */
function replaceFolder(built, outDir) {
  if (!fs.existsSync(outDir)) {
    fs.renameSync(built, outDir);
    return;
  }
  const old = `${outDir}.alt-${randomBytes(4).toString("hex")}`;
  fs.renameSync(outDir, old);
  try {
    fs.renameSync(built, outDir);
  } catch (error) {
    fs.renameSync(old, outDir);
    throw error;
  }
  fs.rmSync(old, { recursive: true, force: true });
}

/**
 * Builds the release of `plan` (from planRelease) and puts it in place. Resolves with the record
 * written to release.json; on failure nothing but the temporary folder was written, and it is gone.
 */
async function buildRelease(plan, { now = new Date() } = {}) {
  const { createConfig } = require("../webpack.config.js");
  fs.mkdirSync(path.dirname(plan.outDir), { recursive: true });
  const built = fs.mkdtempSync(path.join(path.dirname(plan.outDir), ".release-neu-"));
  try {
    const hash = await runWebpack(
      createConfig({
        mode: "production",
        release: { baseUrl: plan.url, manifestVersion: plan.manifestVersion, outputPath: built },
      })
    );
    const urls = verifyRelease(built, plan.url);
    const { lastRelease } = plan;
    const record = {
      version: plan.version,
      manifestVersion: plan.manifestVersion,
      url: plan.url,
      buildHash: toBuildHash(hash),
      builtAt: now.toISOString(),
      manifestUrls: urls,
      previous: lastRelease
        ? [
            {
              version: lastRelease.version ?? lastRelease.manifestVersion,
              buildHash: lastRelease.buildHash,
              builtAt: lastRelease.builtAt,
            },
            ...(lastRelease.previous ?? []),
          ]
        : [],
    };
    fs.writeFileSync(path.join(built, RELEASE_RECORD), `${JSON.stringify(record, null, 2)}\n`);
    replaceFolder(built, plan.outDir);
    return record;
  } catch (error) {
    fs.rmSync(built, { recursive: true, force: true });
    throw error;
  }
}

/** The build hash as the pane shows it: the first 12 hex digits of webpack's compilation hash. */
function toBuildHash(compilationHash) {
  return compilationHash.slice(0, 12);
}

/** The command: plan, build, report. Returns the exit code. */
async function main(argv, env = process.env) {
  let plan;
  try {
    plan = planRelease(argv, env);
  } catch (error) {
    if (!(error instanceof ReleaseRefusal)) throw error;
    console.error(`Release abgelehnt: ${error.message}`);
    return 2;
  }
  try {
    const record = await buildRelease(plan);
    console.log(
      `Release ${record.version} (Build ${record.buildHash}) für ${record.url} liegt in ` +
        `${path.relative(process.cwd(), plan.outDir) || "."}/: ${record.manifestUrls.length} ` +
        "Adressen im Manifest geprüft."
    );
    return 0;
  } catch (error) {
    console.error(`Release fehlgeschlagen, ${path.basename(plan.outDir)}/ ist unverändert:`);
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

module.exports = {
  ReleaseRefusal,
  RELEASE_RECORD,
  URL_VARIABLE,
  parseReleaseArgs,
  toReleaseUrl,
  toManifestVersion,
  compareManifestVersions,
  readLastRelease,
  planRelease,
  manifestUrls,
  toBuildHash,
  replaceFolder,
  main,
};
