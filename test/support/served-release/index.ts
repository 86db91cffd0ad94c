/**
 * A release served the way a district's IT serves it: `npm run release`'s script builds it for a
 * localhost URL, and Debian's nginx serves it with deploy/nginx.conf over https. Used by the
 * nginx integration test (test/integration/deploy) and the cold-start benchmark (bench/).
 *
 *   const served = await serveRelease(workDir);   // release + certificate + nginx
 *   … fetch served.baseUrl + "taskpane.html" (trust served.certificate.pem) …
 *   await served.stop();                           // always, also when a test failed
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  type Certificate,
  type RunningNginx,
  freePort,
  makeCertificate,
  startNginx,
  toLocalSiteConf,
} from "./nginx";
import { REPO_ROOT } from "./paths";

export * from "./nginx";
export * from "./pane";
export { REPO_ROOT } from "./paths";
export type { Association, StubState } from "./stub-state";

/** The URL path deploy/nginx.conf serves a release under. */
export const RELEASE_PATH = "/sozialraumbudget/";

/** What scripts/release.cjs writes to release.json. */
export interface ReleaseRecord {
  readonly version: string;
  readonly manifestVersion: string;
  readonly url: string;
  readonly buildHash: string;
  readonly builtAt: string;
  readonly manifestUrls: readonly string[];
}

export interface ServedRelease {
  /** The release's URL, e.g. https://127.0.0.1:41234/sozialraumbudget/ */
  readonly baseUrl: string;
  readonly releaseDir: string;
  readonly record: ReleaseRecord;
  readonly certificate: Certificate;
  readonly nginx: RunningNginx;
  stop(): Promise<void>;
}

/** Runs the release command (the script behind `npm run release`); returns its exit code and output. */
export function runReleaseCommand(args: readonly string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, "scripts/release.cjs"), ...args],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, SR_RELEASE_URL: "" },
    }
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Builds a release for a free localhost port into `workDir`/www/sozialraumbudget/ and serves it
 * with nginx on that port. Rejects (with nothing left running) when a step fails.
 */
export async function serveRelease(workDir: string): Promise<ServedRelease> {
  const port = await freePort();
  const baseUrl = `https://127.0.0.1:${port}${RELEASE_PATH}`;
  const root = path.join(workDir, "www");
  const releaseDir = path.join(root, RELEASE_PATH);
  const release = runReleaseCommand(["--url", baseUrl, "--out", releaseDir]);
  if (release.status !== 0) {
    throw new Error(`npm run release endete mit ${release.status}: ${release.stderr}`);
  }
  const record = JSON.parse(
    readFileSync(path.join(releaseDir, "release.json"), "utf8")
  ) as ReleaseRecord;
  const certificate = makeCertificate(workDir);
  const siteConf = toLocalSiteConf(
    readFileSync(path.join(REPO_ROOT, "deploy/nginx.conf"), "utf8"),
    {
      port,
      certificate,
      root,
    }
  );
  const nginx = await startNginx(path.join(workDir, "nginx"), siteConf, port);
  return { baseUrl, releaseDir, record, certificate, nginx, stop: () => nginx.stop() };
}
