/**
 * Unit and component tests: pure Node, no browser and no spreadsheet program needed.
 * The real-program tests (LibreOffice, Chromium) live in jest.integration.config.js.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/integration/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "CommonJS",
          moduleResolution: "Node",
          jsx: "react-jsx",
          isolatedModules: true,
        },
      },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // @fluentui/react-charts requires the d3 packages, whose "main" is an ES module that jest's
  // CommonJS runtime cannot load; each also ships a UMD build, which it can.
  moduleNameMapper: {
    "^(d3-(?:array|axis|color|format|hierarchy|interpolate|path|scale|selection|shape|time)|internmap)$":
      "<rootDir>/node_modules/$1/dist/$1.js",
  },
};
