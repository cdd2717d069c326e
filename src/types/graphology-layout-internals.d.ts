// The step-by-step parts of graphology-layout-forceatlas2 and graphology-layout-noverlap (their
// own workers use them): one iteration at a time on flat matrices, so that a layout can report
// progress and be stopped between iterations, and run without a graph object.
declare module "graphology-layout-forceatlas2/iterate.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  /** One iteration over the flat matrices, in place. */
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module "graphology-layout-forceatlas2/defaults.js" {
  import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module "graphology-layout-noverlap/iterate.js" {
  import type { NoverlapSettings } from "graphology-layout-noverlap";
  /** One iteration over x, y, size per node, in place. */
  export default function iterate(
    settings: Required<NoverlapSettings>,
    nodes: Float32Array,
  ): { converged: boolean };
}

declare module "graphology-layout-noverlap/defaults.js" {
  import type { NoverlapSettings } from "graphology-layout-noverlap";
  const defaults: Required<NoverlapSettings>;
  export default defaults;
}
