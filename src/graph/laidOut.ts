/**
 * A graph laid out at once, on the calling thread: for the tests, the build of the built-in
 * dataset and benchmarks of the graph layer. The page never does this (it lays out
 * in a worker, src/app/useLayout.ts), so ForceAtlas2 stays out of the page's own script.
 */
import { buildGraph, hasOwnLayout, type KnowledgeGraph } from "./build";
import { layoutAll } from "./forceLayout";
import { applyPositions, layoutInputOf, type LayoutAttributes } from "./layout";
import type Graph from "graphology-types";
import type { Dataset } from "../model/schema";

/** Lays `graph` out in one go from the start positions of `seed`, moving every entity. */
export function layoutGraph<N extends LayoutAttributes>(graph: Graph<N>, seed: string): void {
  applyPositions(graph, layoutAll(layoutInputOf(graph), seed));
}

/** The dataset's graph, laid out, unless its file gave positions of its own. */
export function buildLaidOutGraph(dataset: Dataset): KnowledgeGraph {
  const graph = buildGraph(dataset);
  if (!hasOwnLayout(dataset)) layoutGraph(graph, dataset.id);
  return graph;
}
