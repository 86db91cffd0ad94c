/** Where the repository is, for code that runs from test/ (jest) and from lib/ (the benchmark). */
import { existsSync } from "node:fs";
import path from "node:path";

/** The nearest folder above `from` that holds webpack.config.js: the repository root. */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "webpack.config.js"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`Kein Repository über ${from}.`);
  }
}

export const REPO_ROOT = findRepoRoot(__dirname);
