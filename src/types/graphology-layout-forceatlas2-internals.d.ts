// The step-by-step parts of graphology-layout-forceatlas2 (the package's own worker uses them):
// one iteration at a time, so a layout can report progress and be stopped between iterations.
declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  /** One iteration over the flat matrices, in place. */
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology-types";
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: () => number,
  ): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, reducer: null): void;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
