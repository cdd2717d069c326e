/** The context a panel reads, for a dataset and a state, derived by the real scene. */
import type { ExplorerContextValue } from "../../../src/panels/context";
import { buildCatalog } from "../../../src/graph/catalog";
import { buildGraph } from "../../../src/graph/build";
import { computeMeasure } from "../../../src/graph/centrality";
import type { Dataset } from "../../../src/model/schema";
import { sceneOf } from "../../../src/scene/scene";
import { emptyExplorerState, type ExplorerState } from "../../../src/state/explorer";

export function explorerContext(
  dataset: Dataset,
  dispatch: ExplorerContextValue["dispatch"],
  state: ExplorerState = emptyExplorerState(),
  passing: Partial<Pick<ExplorerContextValue, "cursor" | "moveCursor" | "announce">> = {},
): ExplorerContextValue {
  const catalog = buildCatalog(dataset);
  const graph = buildGraph(dataset);
  const measured = {
    measure: state.measure,
    status: "ready" as const,
    values: computeMeasure(graph, state.measure),
  };
  return {
    catalog,
    state,
    scene: sceneOf({ catalog, graph, measured }, state),
    dispatch,
    cursor: state.selection,
    moveCursor: () => {},
    announce: () => {},
    ...passing,
  };
}
