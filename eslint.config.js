import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// The architecture DESIGN.md draws is kept by the linter, not by memory. Each folder of src/ gets
// one fence: the packages it may not know and the folders it may not reach. Read bottom up:
//
//   model     the format, the checks, time     knows no library but zod, and no other folder
//   graph     graphology and the catalog       model only; no state, scene, view or React
//   state     explorer state and its URL       model only
//   import    other tools' files → a dataset   model only
//   export    a dataset → files, pictures      model only
//   draft     notes → a proposed dataset       model, import (its limits and ids); no React
//   scene     what the reader sees, as data    model, graph, state; no React, no sigma
//   view      sigma                            anything below; never panels or app
//   panels    the React side panels            anything below but view and app
//   app       workers, hooks, loading          anything below but view and panels
//   cli       the command line                 model, import, export, draft; no React, no sigma
//
// The drafting engine (src/draft/draft.ts, with its language model of several MB) runs only in
// src/app/draftWorker.ts: everything else may use the draft's words and the review's functions but
// not the engine, so that the model never lands in the page's first bundle.
//
// src/App.tsx, src/Explorer.tsx and src/main.tsx compose the page and may import any folder.
// tests/unit/lint/fences.test.ts runs a wrong import through this file for every rule.
const FOLDERS = [
  "model",
  "graph",
  "state",
  "import",
  "export",
  "draft",
  "scene",
  "view",
  "panels",
  "app",
  "cli",
];

const packages = {
  sigma: {
    group: ["sigma", "sigma/*", "@sigma/*", "@react-sigma/*"],
    message: "Only src/view/ may import sigma.",
  },
  graphology: {
    group: ["graphology", "graphology-*"],
    message: "This folder knows nothing of graphology: the graph is built in src/graph/.",
  },
  react: {
    group: ["react", "react-dom", "react/*", "react-dom/*"],
    message: "This folder knows nothing of React.",
  },
};

/** Importing the drafting engine from anywhere but its worker (see the header). */
const draftEngine = {
  regex: "^(\\.\\./)+draft/draft$",
  message: "Only src/app/draftWorker.ts runs the drafting engine: ask it with askDraftWorker.",
};

/**
 * The fence for src/<folder>: packages it may not import, folders it may not reach, and whether
 * the drafting engine is out of bounds (every folder but draft/ itself, and the worker).
 */
function fence(folder, { without = [], reaches, engine = folder === "draft", ignores = [] }) {
  const banned = FOLDERS.filter((other) => other !== folder && !reaches.includes(other));
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    ignores,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...["sigma", ...without]
              .filter((name) => !(folder === "view" && name === "sigma"))
              .map((name) => packages[name]),
            ...banned.map((other) => ({
              regex: `^(\\.\\./)+${other}(/|$)`,
              message: `src/${folder}/ may not import from src/${other}/ (see the fences in eslint.config.js).`,
            })),
            ...(engine ? [] : [draftEngine]),
          ],
        },
      ],
    },
  };
}

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
    files: ["src/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [packages.sigma, { regex: "^\\./draft/draft$", message: draftEngine.message }],
        },
      ],
    },
  },
  fence("model", { without: ["graphology", "react"], reaches: [] }),
  fence("graph", { without: ["react"], reaches: ["model"] }),
  fence("state", { without: ["graphology", "react"], reaches: ["model"] }),
  fence("import", { without: ["react"], reaches: ["model"] }),
  fence("export", { without: ["react"], reaches: ["model"] }),
  // Drafting reads notes into a dataset: the format's words and the import's limits, no graph.
  fence("draft", { without: ["graphology", "react"], reaches: ["model", "import"] }),
  fence("scene", { without: ["react"], reaches: ["model", "graph", "state"] }),
  fence("view", { reaches: ["model", "graph", "state", "scene", "export"] }),
  fence("panels", { reaches: ["model", "graph", "state", "scene", "import", "export", "draft"] }),
  fence("app", {
    reaches: ["model", "graph", "state", "scene", "import", "export", "draft"],
    ignores: ["src/app/draftWorker.ts"],
  }),
  {
    ...fence("app", {
      reaches: ["model", "graph", "state", "scene", "import", "export", "draft"],
      engine: true,
    }),
    files: ["src/app/draftWorker.ts"],
  },
  fence("cli", {
    without: ["graphology", "react"],
    reaches: ["model", "import", "export", "draft"],
    engine: true,
  }),
);
