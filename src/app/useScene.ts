/**
 * The scene of the open dataset (scene/scene.ts) for the current state, with its steps
 * remembered between renders and the chosen measure computed off the main thread.
 */
import { useMemo, useState } from "react";
import type { KnowledgeGraph } from "../graph/build";
import type { Catalog } from "../graph/catalog";
import { createScene, type Scene } from "../scene/scene";
import type { ExplorerState } from "../state/explorer";
import { useMeasure } from "./useMeasure";

export function useScene(catalog: Catalog, graph: KnowledgeGraph, state: ExplorerState): Scene {
  const measured = useMeasure(graph, state.measure);
  const [derive] = useState(createScene);
  return useMemo(
    () => derive({ catalog, graph, measured }, state),
    [derive, catalog, graph, measured, state],
  );
}
