// The writer alone: graphology-gexf's browser entry also loads its parser, which needs a global
// DOMParser and so cannot load in Node (the validator) or a worker. The writer needs none.
declare module "graphology-gexf/common/writer.js" {
  import type Graph from "graphology-types";
  export default function write(graph: Graph, options?: { version?: "1.2" | "1.3" }): string;
}
