#!/usr/bin/env node
// The command `sr-budget`: a shim over the compiled CLI (npm run build:cli → lib/).
const entry = require("node:path").join(__dirname, "../lib/src/cli/main.js");
if (!require("node:fs").existsSync(entry)) {
  process.stderr.write("sr-budget: noch nicht gebaut – bitte zuerst »npm run build« ausführen.\n");
  process.exitCode = 2;
} else require(entry).main();
