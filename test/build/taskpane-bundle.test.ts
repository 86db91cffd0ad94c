/**
 * The task pane loads the annex renderer (the `docx` library, about 230 kB minified) only when a
 * user creates an annex: its static import graph must not reach `docx` or src/report/docx.ts,
 * and exactly the annex hook imports the renderer dynamically (webpack makes it its own chunk,
 * dist/annex-docx.js). Checked on the sources (fast) rather than on a bundle.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { ROOT } from "./buildScripts";

const ENTRY = path.join(ROOT, "src/taskpane/index.tsx");
const RENDERER = path.join(ROOT, "src/report/docx.ts");

function resolveRelative(fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), base];
  const found = candidates.find((file) => existsSync(file) && /\.(tsx?|json)$/.test(file));
  if (!found) throw new Error(`cannot resolve ${specifier} from ${fromFile}`);
  return found;
}

/** The module specifiers a file imports statically, and the ones it imports with import(). */
function importsOf(file: string): { statics: string[]; dynamics: string[] } {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.ES2020,
    true
  );
  const statics: string[] = [];
  const dynamics: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      statics.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      dynamics.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { statics, dynamics };
}

describe("when the task pane's static imports are followed", () => {
  const files = new Set<string>();
  const packages = new Set<string>();
  const dynamic: { from: string; to: string }[] = [];
  const pending = [ENTRY];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file) || file.endsWith(".json")) continue;
    files.add(file);
    const { statics, dynamics } = importsOf(file);
    for (const specifier of statics) {
      if (specifier.startsWith(".")) pending.push(resolveRelative(file, specifier));
      else packages.add(specifier);
    }
    for (const specifier of dynamics) {
      dynamic.push({ from: path.relative(ROOT, file), to: resolveRelative(file, specifier) });
    }
  }

  it("reaches the annex model but not the docx library or its renderer", () => {
    const reached = [...files].map((file) => path.relative(ROOT, file));
    expect(reached).toContain("src/report/annex-run.ts");
    expect(reached).not.toContain(path.relative(ROOT, RENDERER));
    expect([...packages].filter((name) => name === "docx" || name.startsWith("docx/"))).toEqual([]);
  });

  it("loads the renderer with one dynamic import, from the annex hook", () => {
    expect(dynamic).toEqual([{ from: "src/taskpane/annex/useAnnex.ts", to: RENDERER }]);
  });
});
