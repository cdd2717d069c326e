/**
 * Types for the parser factories of graphology-gexf and graphology-graphml. Their packages type
 * only the Node entry points, which bundle a parser of their own (xmldom 0.8); the import passes
 * the caller's DOMParser to the shared factory instead, so the page and the CLI parse alike.
 */
declare module "graphology-gexf/common/parser.js" {
  import type { default as AbstractGraph, GraphConstructor } from "graphology-types";

  export type GexfParse = (
    Graph: GraphConstructor,
    source: string | Document,
    options?: {
      addMissingNodes?: boolean;
      allowUndeclaredAttributes?: boolean;
      respectInputGraphType?: boolean;
    },
  ) => AbstractGraph;

  export default function createParserFunction(DOMParser: unknown, Document: unknown): GexfParse;
}

declare module "graphology-graphml/common/parser.js" {
  import type { default as AbstractGraph, GraphConstructor } from "graphology-types";

  export type GraphmlParse = (
    Graph: GraphConstructor,
    source: string | Document,
    options?: { addMissingNodes?: boolean },
  ) => AbstractGraph;

  export default function createParserFunction(DOMParser: unknown, Document: unknown): GraphmlParse;
}
