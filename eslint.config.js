import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The architecture DESIGN.md draws is kept by the linter, not by memory:
// model/ knows no graphology, graph/ no React, only view/ touches sigma.
const sigmaImports = {
  paths: [{ name: "sigma", message: "Only src/view/ may import sigma." }],
  patterns: [
    {
      group: ["sigma/*", "@sigma/*", "@react-sigma/*"],
      message: "Only src/view/ may import sigma.",
    },
  ],
};
const graphologyImports = [
  { group: ["graphology", "graphology-*"], message: "src/model/ knows nothing of graphology." },
];
const reactImports = [
  {
    group: ["react", "react-dom", "react/*", "react-dom/*"],
    message: "This folder knows nothing of React.",
  },
];

export default tseslint.config(
  { ignores: ["dist", "dist-bench", "node_modules", "test-results"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["scripts/**/*.{js,mjs}", "*.js"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/view/**"],
    rules: { "no-restricted-imports": ["error", sigmaImports] },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...sigmaImports,
          patterns: [...sigmaImports.patterns, ...graphologyImports, ...reactImports],
        },
      ],
    },
  },
  {
    files: ["src/graph/**/*.ts", "src/state/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { ...sigmaImports, patterns: [...sigmaImports.patterns, ...reactImports] },
      ],
    },
  },
);
