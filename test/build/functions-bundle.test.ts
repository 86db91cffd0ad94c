/**
 * functions.js runs in every workbook that has the add-in, pane open or not, so it must stay small:
 * the import graph of src/functions/functions.ts may not reach React, Fluent UI, ExcelJS or
 * another surface. Checked on the sources (fast) rather than on a bundle.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROOT } from "./buildScripts";

const ENTRY = path.join(ROOT, "src/functions/functions.ts");
const FORBIDDEN_PACKAGES = /^(react|react-dom|@fluentui\/.*|exceljs|hyperformula|docx)(\/.*)?$/;
const FORBIDDEN_FOLDERS = ["src/taskpane", "src/cli", "src/adapters/xlsx"];

/** Resolves a relative import the way the bundler does (extension or index file). */
function resolveRelative(fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  const found = candidates.find((file) => existsSync(file) && /\.tsx?$/.test(file));
  if (!found) throw new Error(`cannot resolve ${specifier} from ${fromFile}`);
  return found;
}

/** Every source file and every package the entry reaches through imports and re-exports. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith(".")) pending.push(resolveRelative(file, fileName));
      else packages.add(fileName);
    }
  }
  return { files, packages };
}

describe("when the functions bundle's imports are followed", () => {
  const { files, packages } = importGraph(ENTRY);

  it("reaches the core", () => {
    const relative = [...files].map((file) => path.relative(ROOT, file));
    expect(relative).toContain("src/functions/functions.ts");
    expect(relative.some((file) => file.startsWith("src/core/"))).toBe(true);
  });

  it("reaches no UI or spreadsheet-file package", () => {
    expect([...packages].filter((name) => FORBIDDEN_PACKAGES.test(name))).toEqual([]);
  });

  it("reaches no other surface", () => {
    const reached = [...files].map((file) => path.relative(ROOT, file));
    const forbidden = reached.filter((file) =>
      FORBIDDEN_FOLDERS.some((folder) => file.startsWith(`${folder}/`))
    );
    expect(forbidden).toEqual([]);
  });
});
