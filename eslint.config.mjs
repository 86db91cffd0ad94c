/**
 * ESLint 9 flat config. Besides the recommended rules it enforces the architecture of
 * docs/ARCHITECTURE.md: dependencies point inward (core ← workbook ← adapters ← surfaces), only
 * src/adapters/officejs talks to Excel (Excel.run, context.sync), and decimal.js is configured in
 * one place (src/core/decimal.ts), never globally with Decimal.set.
 */
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

/** The office-addins plugin's own rules only: its preset also pins an old parser and prettier. */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/"))
);

const noGlobalDecimalConfig = [
  {
    selector:
      "CallExpression[callee.property.name=/^(set|config)$/][callee.object.name=/^(Decimal|DecimalJs|Dec)$/]",
    message:
      "decimal.js is configured once, as a clone, in src/core/decimal.ts; use Dec, never Decimal.set.",
  },
];

const excelOnlyInOfficeJsAdapter = [
  { selector: "MemberExpression[object.name='Excel'][property.name='run']" },
  { selector: "NewExpression[callee.object.name='Excel'][callee.property.name='RequestContext']" },
  { selector: "CallExpression[callee.property.name='sync'][callee.object.name=/^(context|ctx)$/]" },
  {
    selector: "CallExpression[callee.property.name='sync'][callee.object.property.name='context']",
  },
].map(({ selector }) => ({
  selector,
  message: "Only src/adapters/officejs talks to Excel; go through a WorkbookPort.",
}));

/** Import specifiers (gitignore-style) a folder must not use, with the reason. */
function forbidImports(groups, reason) {
  return { "no-restricted-imports": ["error", { patterns: [{ group: groups, message: reason }] }] };
}

const folder = (name) => [`**/${name}`, `**/${name}/**`];
const REACT = ["react", "react/**", "react-dom", "react-dom/**", "@fluentui/**"];
const OFFICE = ["@microsoft/office-js", "office-addin-*"];

export default tseslint.config(
  {
    ignores: ["dist/", "lib/", "out/", "node_modules/", "coverage/", "release/", ".release-neu-*/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "no-restricted-syntax": ["error", ...noGlobalDecimalConfig],
    },
  },
  {
    // Without "type": "module" in package.json every .js file is CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["**/*.mjs"], languageOptions: { globals: globals.node } },
  { files: ["src/**"], languageOptions: { globals: globals.browser } },
  { files: ["test/**", "bench/**", "scripts/**"], languageOptions: { globals: globals.node } },
  {
    files: ["test/**"],
    languageOptions: { globals: globals.jest },
    // Tests load the repo's own CommonJS build scripts (webpack.config.js, scripts/*.cjs).
    rules: { "@typescript-eslint/no-require-imports": ["error", { allow: ["\\.c?js$"] }] },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    // Its rules recognise Office.js proxies by method names (getCell, load …) and misread ExcelJS
    // objects, so the code that works on .xlsx files is left out.
    ignores: ["src/cli/**", "src/adapters/xlsx/**"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ["src/**"],
    ignores: ["src/adapters/officejs/**"],
    rules: {
      "no-restricted-syntax": ["error", ...noGlobalDecimalConfig, ...excelOnlyInOfficeJsAdapter],
    },
  },
  {
    files: ["src/core/**"],
    rules: {
      ...forbidImports(
        [
          ...["workbook", "adapters", "taskpane", "functions", "cli"].flatMap(folder),
          ...REACT,
          "exceljs",
          ...OFFICE,
        ],
        "src/core is pure budget arithmetic: it imports decimal.js and itself only."
      ),
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "OfficeRuntime"],
    },
  },
  {
    files: ["src/workbook/**"],
    rules: {
      ...forbidImports(
        [
          ...["adapters", "taskpane", "functions", "cli"].flatMap(folder),
          ...REACT,
          "exceljs",
          ...OFFICE,
        ],
        "src/workbook knows the ports, not the adapters or surfaces; it imports src/core only."
      ),
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "OfficeRuntime"],
    },
  },
  {
    files: ["src/report/**"],
    rules: {
      ...forbidImports(
        [
          ...["adapters", "taskpane", "functions", "cli"].flatMap(folder),
          ...REACT,
          "exceljs",
          ...OFFICE,
        ],
        "src/report builds the annex from core and workbook results; it knows no adapter or surface."
      ),
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "OfficeRuntime"],
    },
  },
  {
    files: ["src/functions/**"],
    rules: forbidImports(
      [...["taskpane", "cli"].flatMap(folder), ...REACT, "exceljs"],
      "Surfaces never import each other, and the custom functions bundle must stay free of React."
    ),
  },
  {
    files: ["src/taskpane/**"],
    rules: forbidImports(
      [...["functions", "cli", "adapters/xlsx"].flatMap(folder), "exceljs"],
      "Surfaces never import each other; the task pane reaches Excel through the Office.js adapter."
    ),
  },
  {
    files: ["src/cli/**"],
    rules: forbidImports(
      [...["taskpane", "functions", "adapters/officejs"].flatMap(folder), ...REACT, ...OFFICE],
      "Surfaces never import each other; the CLI works on .xlsx files through the xlsx adapter."
    ),
  },
  prettier
);
