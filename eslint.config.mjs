import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import layers from "./eslint-rules/layers.mjs";

// eslint-plugin-office-addins' recommended block registers @typescript-eslint, prettier and the
// office-addins rules (load before read, sync after load, no sync in a loop …) for .ts/.js.
// The same block is re-applied to .tsx so the task pane gets the Office.js rules too.
// Its own parser import resolves to undefined (the plugin default-imports a CommonJS module), so
// the TypeScript parser is set explicitly below.
const officeBlock = officeAddins.configs.recommended.find(
  (c) => c.plugins && c.plugins["office-addins"]
);

export default [
  {
    ignores: [
      "dist/",
      "lib/",
      ".bench/",
      "node_modules/",
      "coverage/",
      "test-output/",
      ".stryker-tmp/",
      "reports/",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.tsx"],
    plugins: officeBlock.plugins,
    languageOptions: officeBlock.languageOptions,
    rules: officeBlock.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" },
    },
    settings: { react: { version: "detect" } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "react/react-in-jsx-scope": "off",
      // Props are typed by TypeScript.
      "react/prop-types": "off",
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    // The layer order of src/ (eslint-rules/layers.mjs; README's code map).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { mh: layers },
    rules: { "mh/layers": "error", "mh/door": "error" },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
