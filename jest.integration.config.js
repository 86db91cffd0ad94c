/**
 * Tests against real programs: LibreOffice (recalculates the filled .xlsx) and headless Chromium
 * (drives the built task pane). .ci/run installs both with apt-get before running these.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/test/integration"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 180000,
  maxWorkers: 1,
};
