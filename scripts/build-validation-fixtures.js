#!/usr/bin/env node
// Regenerates test/fixtures/validation/*.xlsx from test/fixtures/validation/cases.ts.
// The generator is TypeScript; it is transpiled on the fly (TypeScript's own transpileModule, no
// type check: `npm run typecheck` does that), so no build step or extra package is needed.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const directory = join(__dirname, "../test/fixtures/validation");
require(join(directory, "generate.ts"))
  .writeFixtures(directory)
  .then((paths) => console.log(`${paths.length} Prüf-Arbeitsmappen geschrieben.`))
  .catch((error) => {
    console.error(`Prüf-Arbeitsmappen nicht erstellt: ${error.message}`);
    process.exit(1);
  });
