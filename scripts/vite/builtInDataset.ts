/**
 * The built-in dataset, checked and laid out when the app is built rather than on every page load.
 *
 * The module `virtual:dramatis/built-in-dataset` is the result of the same `loadDataset` a file
 * opened by a reader goes through, with each entity placed where the same seeded layout
 * puts it. The page then starts drawing at once: no validation, no layout worker. That was about
 * half of the built-in dataset's time to its first frame (validation in the page's main chunk,
 * and a worker started to lay out ~100 entities). The picture is unchanged: an entity with a
 * position is placed as given (src/graph/layout.ts, `placeAsGiven`), and these are the positions
 * the worker would have computed.
 *
 * A dataset that does not validate stops the build (and the dev server's page) with every
 * problem listed, so a broken built-in dataset never reaches a reader.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { runnerImport, type Plugin } from "vite";

type PlaceBuiltIn = typeof import("./placeBuiltIn");

/**
 * The app's own loader and layout (placeBuiltIn.ts), run through Vite's module runner: the config
 * then imports no TypeScript of the app's (which Vite's coming native config loader would refuse),
 * and nothing here can drift from what the page runs. No config file: this config is the one
 * being loaded.
 */
async function placeBuiltIn(): Promise<PlaceBuiltIn> {
  const url = new URL("./placeBuiltIn.ts", import.meta.url);
  const { module } = await runnerImport<PlaceBuiltIn>(url.pathname, {
    configFile: false,
    logLevel: "warn",
  });
  return module;
}

export const BUILT_IN_MODULE = "virtual:dramatis/built-in-dataset";
/** Vite's convention: a resolved virtual id starts with \0 so no other plugin touches it. */
const RESOLVED = `\0${BUILT_IN_MODULE}`;

export function builtInDataset(datasetFile: string): Plugin {
  return {
    name: "dramatis-built-in-dataset",
    resolveId: (id) => (id === BUILT_IN_MODULE ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      try {
        return await builtInModule(datasetFile, (file) => this.addWatchFile(file));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/**
 * The module's code: the dataset checked and placed, and its source texts. Throws, listing every
 * problem, when the dataset does not validate. `watch` hears of each file read.
 */
export async function builtInModule(
  datasetFile: string,
  watch: (file: string) => void,
): Promise<string> {
  const { loadAndPlace } = await placeBuiltIn();
  watch(datasetFile);
  const folder = path.dirname(datasetFile);
  // loadDataset reads only paths inside the dataset's folder (it refuses others first).
  const result = await loadAndPlace(await readFile(datasetFile, "utf8"), (relativePath) => {
    const file = path.join(folder, relativePath);
    watch(file);
    return readFile(file, "utf8");
  });
  if (!result.ok) {
    const problems = result.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n");
    throw new Error(`${path.basename(datasetFile)} is not a valid dataset:\n${problems}`);
  }
  const { dataset, sourceTexts } = result.loaded;
  // JSON.parse of one string literal is parsed faster by the browser than an object literal.
  return [
    `export const dataset = JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`,
    `export const sourceTexts = ${JSON.stringify([...sourceTexts])};`,
  ].join("\n");
}
