/**
 * The built-in dataset through the app's own boundary and layout: loaded and checked by
 * `loadDataset`, with each entity placed where the seeded `buildLaidOutGraph` puts it. Imported by the
 * build plugin (builtInDataset.ts) through Vite's module runner, once, so both come from one load
 * of the app's modules.
 */
import { buildLaidOutGraph } from "../../src/graph/laidOut";
import { loadDataset, type LoadResult } from "../../src/model/load";

// The build lists a broken dataset's problems as the page would, with the page's places.
export { placeOf } from "../../src/model/problem";

export async function loadAndPlace(
  jsonText: string,
  readText: (relativePath: string) => Promise<string>,
): Promise<LoadResult> {
  const result = await loadDataset(jsonText, readText);
  if (!result.ok) return result;
  const { dataset, sourceTexts } = result.loaded;
  const graph = buildLaidOutGraph(dataset);
  const entities = dataset.entities.map((entity) => ({
    ...entity,
    x: graph.getNodeAttribute(entity.id, "x"),
    y: graph.getNodeAttribute(entity.id, "y"),
  }));
  return { ok: true, loaded: { dataset: { ...dataset, entities }, sourceTexts } };
}
