/**
 * The folder fences in eslint.config.js, proved by running wrong imports through the real
 * configuration: each rule must refuse its import, and the allowed arrows must pass.
 */
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of the import-fence rule for `source` placed at `filePath`. */
async function fenceMessages(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import "${specifier}";\n`, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("folder fences", () => {
  // The first lint loads the configuration and its plugins: seconds on a busy machine.
  beforeAll(() => fenceMessages("src/model/x.ts", "./time"), 60_000);

  it.each([
    // [importing file, import, what the message names]
    ["src/model/x.ts", "../graph/build", "src/model/ may not import from src/graph/"],
    ["src/model/x.ts", "../import/index", "src/model/ may not import from src/import/"],
    ["src/model/x.ts", "graphology", "knows nothing of graphology"],
    ["src/model/x.ts", "react", "knows nothing of React"],
    ["src/graph/x.ts", "../state/explorer", "src/graph/ may not import from src/state/"],
    ["src/graph/x.ts", "../scene/openings", "src/graph/ may not import from src/scene/"],
    ["src/graph/x.ts", "../view/GraphView", "src/graph/ may not import from src/view/"],
    ["src/graph/x.ts", "react", "knows nothing of React"],
    ["src/state/x.ts", "../graph/catalog", "src/state/ may not import from src/graph/"],
    ["src/import/x.ts", "../graph/build", "src/import/ may not import from src/graph/"],
    ["src/export/x.ts", "../import/index", "src/export/ may not import from src/import/"],
    ["src/scene/x.ts", "../panels/context", "src/scene/ may not import from src/panels/"],
    ["src/scene/x.ts", "react", "knows nothing of React"],
    ["src/scene/x.ts", "sigma", "Only src/view/ may import sigma"],
    ["src/panels/x.tsx", "../view/exportView", "src/panels/ may not import from src/view/"],
    ["src/panels/x.tsx", "../app/useLayout", "src/panels/ may not import from src/app/"],
    ["src/panels/x.tsx", "@react-sigma/core", "Only src/view/ may import sigma"],
    ["src/app/x.ts", "../panels/PathPanel", "src/app/ may not import from src/panels/"],
    ["src/app/x.ts", "../view/webgl", "src/app/ may not import from src/view/"],
    ["src/view/x.tsx", "../panels/context", "src/view/ may not import from src/panels/"],
    ["src/view/x.tsx", "../app/timing", "src/view/ may not import from src/app/"],
    ["src/cli/x.ts", "../state/url", "src/cli/ may not import from src/state/"],
    ["src/cli/x.ts", "react-dom/client", "knows nothing of React"],
    ["src/Explorer.tsx", "sigma", "Only src/view/ may import sigma"],
    ["src/import/formats/x.ts", "../../graph/build", "src/import/ may not import from src/graph/"],
    ["src/draft/x.ts", "react", "knows nothing of React"],
    ["src/draft/x.ts", "../graph/build", "src/draft/ may not import from src/graph/"],
    ["src/panels/x.tsx", "../draft/draft", "Only src/app/draftWorker.ts runs the drafting engine"],
    ["src/app/x.ts", "../draft/draft", "Only src/app/draftWorker.ts runs the drafting engine"],
    ["src/App.tsx", "./draft/draft", "Only src/app/draftWorker.ts runs the drafting engine"],
  ])("%s may not import %s", async (filePath, specifier, expected) => {
    const messages = await fenceMessages(filePath, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(expected);
  });

  it.each([
    ["src/graph/x.ts", "../model/schema"],
    ["src/scene/x.ts", "../graph/visibility"],
    ["src/scene/x.ts", "../state/explorer"],
    ["src/view/x.tsx", "../scene/openings"],
    ["src/view/x.tsx", "@react-sigma/core"],
    ["src/panels/x.tsx", "../export/picture"],
    ["src/panels/x.tsx", "../import/progress"],
    ["src/app/x.ts", "../import/index"],
    ["src/Explorer.tsx", "./panels/Legend"],
    ["src/graph/x.ts", "./catalog"],
    ["src/panels/x.tsx", "../draft/review"],
    ["src/panels/x.tsx", "../draft/toDataset"],
    ["src/app/draftWorker.ts", "../draft/draft"],
    ["src/cli/x.ts", "../draft/draft"],
    ["src/draft/x.ts", "./draft"],
  ])("%s may import %s", async (filePath, specifier) => {
    expect(await fenceMessages(filePath, specifier)).toEqual([]);
  });
});
