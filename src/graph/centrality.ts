/**
 * Computing the three measures (measures.ts ranks and sizes by them). Apart from measures.ts so
 * that graphology-metrics travels only in the worker that runs it (src/app/measureWorker.ts), not
 * in the page's own script.
 *
 * - "relations": the relation count build.ts stores on each node (self-loops counted once).
 * - "betweenness": how often an entity lies on the shortest paths between others — "who
 *   connects others". Computed on a *simple undirected projection* of the graph (one edge per
 *   pair of entities joined by any relation, self-loops dropped), because:
 *   · that question is about connection, for which a relation's direction and how many relations
 *     join the same pair do not matter (a rivalry joins both ends; two arrests make no shorter
 *     path than one);
 *   · graphology-metrics 2.4.2 mishandles multigraphs: its unweighted Brandes reads a neighbour
 *     index sized for one entry per edge but filled with one entry per *neighbour*, so with
 *     parallel edges the tail holds stray zeros (on a→b, a→b, b→c, c→d every node scores 0.5);
 *     its weighted variant counts each parallel edge as a separate shortest path.
 *   Values are normalised (0–1). Brandes is O(entities × relations): measured here about 0.2 s at
 *   1,000 entities / 3,000 relations and 5 s at 5,000 / 15,000, so minutes at 50,000 / 150,000.
 *   The page computes it on demand in a worker (src/app/useMeasure.ts) and keeps the result:
 *   the graph never changes. Nothing here caches it.
 * - "pagerank": where the relations lead, weighted by where they come from. Computed on a
 *   *weighted directed projection*: one edge per ordered pair, weighted by the number of
 *   relations, an undirected relation (a rivalry) counting both ways — the stored direction of an
 *   undirected relation is only the order its ends were written in, and must not decide rank.
 *   Self-loops are dropped. About 0.3 s at 5,000 / 15,000 and 1–3 s at 50,000 / 150,000 (most
 *   of it building the projection), so it too is for the caller to compute once and keep.
 *
 * Both use the graphology-metrics functions that return a mapping, never `.assign`: the
 * KnowledgeGraph is built once and never mutated.
 */
import { DirectedGraph, UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { Measure } from "../model/vocabulary";
import type { KnowledgeGraph } from "./build";
import { measureInputOf, relationCounts, type MeasureInput } from "./measures";

function toMap(
  ids: readonly string[],
  mapping: Readonly<Record<string, number>>,
): Map<string, number> {
  // In the graph's node order, so that iteration order does not depend on the projection.
  const values = new Map<string, number>();
  for (const id of ids) values.set(id, mapping[id] ?? 0);
  return values;
}

function undirectedProjection(input: MeasureInput): UndirectedGraph {
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  for (const id of input.ids) simple.addNode(id);
  for (let e = 0; e < input.sources.length; e++) {
    const source = input.ids[input.sources[e]!]!;
    const target = input.ids[input.targets[e]!]!;
    if (source !== target && !simple.hasEdge(source, target)) simple.addEdge(source, target);
  }
  return simple;
}

function weightedDirectedProjection(input: MeasureInput): DirectedGraph {
  const simple = new DirectedGraph({ allowSelfLoops: false });
  for (const id of input.ids) simple.addNode(id);
  const add = (source: string, target: string): void => {
    if (simple.hasEdge(source, target)) {
      simple.updateEdgeAttribute(source, target, "weight", (weight: number = 0) => weight + 1);
    } else {
      simple.addEdge(source, target, { weight: 1 });
    }
  };
  for (let e = 0; e < input.sources.length; e++) {
    const source = input.ids[input.sources[e]!]!;
    const target = input.ids[input.targets[e]!]!;
    if (source === target) continue;
    add(source, target);
    if (input.undirected[e] === 1) add(target, source);
  }
  return simple;
}

/** Each entity's betweenness or PageRank, keyed by entity id, in the input's order. */
export function computeMeasureOn(
  input: MeasureInput,
  measure: Exclude<Measure, "relations">,
): Map<string, number> {
  // Both metrics throw on a graph without nodes (pagerank "fails to converge").
  if (input.ids.length === 0) return new Map();
  if (measure === "betweenness") {
    const simple = undirectedProjection(input);
    return toMap(input.ids, betweennessCentrality(simple, { getEdgeWeight: null }));
  }
  const weighted = weightedDirectedProjection(input);
  return toMap(input.ids, pagerank(weighted, { getEdgeWeight: "weight", maxIterations: 1000 }));
}

/** Each entity's value under `measure`, keyed by entity id, in the graph's node order. */
export function computeMeasure(graph: KnowledgeGraph, measure: Measure): Map<string, number> {
  if (measure === "relations") return relationCounts(graph);
  return computeMeasureOn(measureInputOf(graph), measure);
}
