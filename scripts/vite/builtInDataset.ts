/**
 * The built-in dataset, checked and laid out when the app is built rather than on every page load.
 *
 * It is the result of the same `loadDataset` a file opened by a reader goes through, with each
 * entity placed where the same seeded layout puts it. The page then starts drawing as soon as it
 * has the file: no validation, no layout worker. That was about half of the built-in dataset's
 * time to its first frame (validation in the page's main chunk, and a worker started to lay out
 * ~100 entities). The picture is unchanged: an entity with a position is placed as given
 * (src/graph/layout.ts, `placeAsGiven`), and these are the positions the worker would have
 * computed.
 *
 * The build writes it as a JSON file among the assets, and the module
 * `virtual:dramatis/built-in-dataset` gives its address. It is data, not code: as its own file
 * it keeps the page's script to the app (it was 24 kB of its gzip), it downloads alongside the
 * script (a preload in index.html), and a reader's browser keeps it cached across app updates
 * that do not change it.
 *
 * A dataset that does not validate stops the build (and the dev server's page) with every
 * problem listed, so a broken built-in dataset never reaches a reader.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { runnerImport, type Plugin } from "vite";
import type { BuiltInDataset } from "virtual:dramatis/built-in-dataset";

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
/** The dataset's file among the built assets (Vite adds a content hash to the name). */
const ASSET_NAME = "built-in-dataset.json";
/** Where the dev server serves it; the build writes it among the assets instead. */
const DEV_PATH = "/@dramatis/built-in-dataset.json";

export function builtInDataset(datasetFile: string): Plugin {
  let building = false;
  /** Where the app is served from ("/" unless the config says otherwise). */
  let base = "/";
  /**
   * The dev server's latest file, made when the module was last loaded: editing the dataset or a
   * source text reloads the module (and the page), so it is never stale, and is not made twice.
   */
  let latest: Promise<string> | undefined;
  return {
    name: "dramatis-built-in-dataset",
    configResolved(config) {
      building = config.command === "build";
      base = config.base;
    },
    resolveId: (id) => (id === BUILT_IN_MODULE ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      try {
        // Made here in the dev server too, so that a broken dataset shows in its error overlay.
        latest = builtInJson(datasetFile, (file) => this.addWatchFile(file));
        const json = await latest;
        if (!building) return `export const builtInUrl = ${JSON.stringify(DEV_PATH)};`;
        const reference = this.emitFile({ type: "asset", name: ASSET_NAME, source: json });
        return `export const builtInUrl = import.meta.ROLLUP_FILE_URL_${reference};`;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_request, response, next) => {
        (latest ?? builtInJson(datasetFile, () => {})).then((json) => {
          response.setHeader("content-type", "application/json");
          response.end(json);
        }, next);
      });
    },
    /**
     * The page asks for the dataset as soon as its script runs; a preload starts the download
     * with the script's instead, so the dataset costs no extra round trip before the first frame.
     */
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const asset = Object.values(context.bundle ?? {}).find(
          (output) => output.type === "asset" && output.names.includes(ASSET_NAME),
        );
        if (!asset) return;
        return [
          {
            tag: "link",
            attrs: {
              rel: "preload",
              href: `${base}${asset.fileName}`,
              as: "fetch",
              type: "application/json",
              crossorigin: "anonymous",
            },
            injectTo: "head",
          },
        ];
      },
    },
  };
}

/**
 * The dataset checked and placed, with its source texts, as the JSON the page fetches. Throws,
 * listing every problem, when the dataset does not validate. `watch` hears of each file read.
 */
export async function builtInJson(
  datasetFile: string,
  watch: (file: string) => void,
): Promise<string> {
  const { loadAndPlace, placeOf } = await placeBuiltIn();
  watch(datasetFile);
  const folder = path.dirname(datasetFile);
  // loadDataset reads only paths inside the dataset's folder (it refuses others first).
  const result = await loadAndPlace(await readFile(datasetFile, "utf8"), (relativePath) => {
    const file = path.join(folder, relativePath);
    watch(file);
    return readFile(file, "utf8");
  });
  if (!result.ok) {
    const problems = result.problems.map((p) => `  ${placeOf(p)}: ${p.message}`).join("\n");
    throw new Error(`${path.basename(datasetFile)} is not a valid dataset:\n${problems}`);
  }
  const { dataset, sourceTexts } = result.loaded;
  return JSON.stringify({ dataset, sourceTexts: [...sourceTexts] } satisfies BuiltInDataset);
}
