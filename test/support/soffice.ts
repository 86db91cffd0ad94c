/**
 * LibreOffice for the integration tests: one headless conversion with a private profile, so
 * parallel runs (and a user's own LibreOffice) never share a user installation.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Lets soffice open `input` and convert it to `filter` (e.g. "pdf", "xlsx") into `outDir`, with
 * the profile in `profileDir`. Returns the written file's path; throws with soffice's stderr.
 */
export function convertWithLibreOffice(
  input: string,
  filter: string,
  outDir: string,
  profileDir: string,
  options: { calc?: boolean } = {}
): string {
  mkdirSync(profileDir, { recursive: true });
  const result = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      "--headless",
      "--norestore",
      ...(options.calc ? ["--calc"] : []),
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      input,
    ],
    { encoding: "utf8", timeout: 150_000 }
  );
  if (result.error || result.status !== 0) {
    throw new Error(
      `soffice failed (${String(result.status)}): ${result.error?.message ?? result.stderr}. ` +
        "LibreOffice is needed (.ci/run installs it)."
    );
  }
  const extension = filter.split(":")[0] ?? filter;
  return join(outDir, `${basename(input, extname(input))}.${extension}`);
}
