import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Size of one production bundle, raw and gzipped. */
export interface BundleFigure {
  readonly bundle: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** True when the bundle contains React (the functions bundle must not). */
  readonly containsReact: boolean;
}

/**
 * Sizes of dist/functions.js, dist/taskpane.js and the annex renderer the pane loads on demand
 * (dist/annex-docx.js) from the last production build (`npm run build`); undefined when there is
 * no build yet.
 */
export function measureBundles(distDir = "dist"): BundleFigure[] | undefined {
  const names = ["functions.js", "taskpane.js", "annex-docx.js"];
  if (!names.every((name) => existsSync(join(distDir, name)))) return undefined;
  return names.map((name) => {
    const code = readFileSync(join(distDir, name));
    const text = code.toString("utf8");
    return {
      bundle: name,
      bytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      // React's production build always carries this error-decoder URL and its version string.
      containsReact:
        text.includes("reactjs.org/docs/error-decoder") || text.includes("react.production"),
    };
  });
}
