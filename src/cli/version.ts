import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const PACKAGE_NAME = "sozialraumbudget";

/**
 * Returns the product version from the project's package.json, found by walking up from this file:
 * the same code runs from src/cli (tests) and from lib/src/cli (the built command).
 */
export function readProductVersion(startDir: string = __dirname): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    const version = versionIn(join(dir, "package.json"));
    if (version !== undefined) return version;
    if (dirname(dir) === dir) {
      throw new Error("package.json von Sozialraumbudget nicht gefunden.");
    }
  }
}

function versionIn(path: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  const manifest = JSON.parse(text) as { name?: unknown; version?: unknown };
  return manifest.name === PACKAGE_NAME && typeof manifest.version === "string"
    ? manifest.version
    : undefined;
}
