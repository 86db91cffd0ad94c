#!/usr/bin/env node
// Rebuilds assets/Sozialraumbudget-Beispiel.xlsx from assets/beispiel/Beispielwerte.json.
// Run through `npm run build:sample`, which compiles the generator (src/cli/sample.ts) first.
const { join } = require("node:path");
const { writeSampleWorkbook } = require("../lib/src/cli/sample.js");

const root = join(__dirname, "..");
writeSampleWorkbook(
  join(root, "assets/beispiel/Beispielwerte.json"),
  join(root, "assets/Sozialraumbudget-Beispiel.xlsx")
).catch((error) => {
  console.error(`Beispielarbeitsmappe nicht erstellt: ${error.message}`);
  process.exit(1);
});
