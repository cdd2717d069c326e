/**
 * Sizes and ranks: how much each entity matters by one of three measures, its rank among the
 * others ("3rd of 120 by betweenness"), and a node size for it.
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
import type { KnowledgeGraph } from "./build";
import { isDrawnUndirected } from "./paths";
import type { Measure } from "../model/vocabulary";

/**
 * What the two computed measures read of a graph: entity ids in graph order and each relation's
 * ends as indices into them, with whether it is drawn undirected. Plain arrays, so that a worker
 * can be sent them (src/app/measureWorker.ts) without the graph or its attributes.
 */
export interface MeasureInput {
  ids: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  /** 1 where the relation is drawn undirected (a rivalry), which PageRank counts both ways. */
  undirected: Uint8Array;
}

export function measureInputOf(graph: KnowledgeGraph): MeasureInput {
  const ids = graph.nodes();
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const undirected = new Uint8Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    sources[e] = indexOf.get(source)!;
    targets[e] = indexOf.get(target)!;
    undirected[e] = isDrawnUndirected(attributes) ? 1 : 0;
    e++;
  });
  return { ids, sources, targets, undirected };
}

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
  if (measure === "relations") {
    const values = new Map<string, number>();
    graph.forEachNode((node, attributes) => values.set(node, attributes.relationCount));
    return values;
  }
  return computeMeasureOn(measureInputOf(graph), measure);
}

/*
 * rankOf and sizeFor are called once per entity (a panel, a node reducer), so what they need of
 * the whole map — its values in order, its maximum — is computed once per map and kept in a
 * WeakMap. A values map is treated as immutable once it has been ranked or sized, as
 * computeMeasure's results are.
 */
const ascendingCache = new WeakMap<ReadonlyMap<string, number>, Float64Array>();
const maximumCache = new WeakMap<ReadonlyMap<string, number>, number>();

function ascending(values: ReadonlyMap<string, number>): Float64Array {
  let sorted = ascendingCache.get(values);
  if (!sorted) {
    const numbers = [...values.values()].filter((value) => !Number.isNaN(value));
    sorted = Float64Array.from(numbers).sort();
    ascendingCache.set(values, sorted);
  }
  return sorted;
}

function maximum(values: ReadonlyMap<string, number>): number {
  let max = maximumCache.get(values);
  if (max === undefined) {
    max = 0;
    for (const value of values.values()) if (value > max) max = value;
    maximumCache.set(values, max);
  }
  return max;
}

/**
 * The 1-based rank of `id` by value, largest first, out of every entity in `values`. Ties share
 * the better rank (competition ranking: 1, 2, 2, 4). Null for an id without a (numeric) value.
 */
export function rankOf(
  values: ReadonlyMap<string, number>,
  id: string,
): { rank: number; of: number } | null {
  const value = values.get(id);
  if (value === undefined || Number.isNaN(value)) return null;
  const sorted = ascending(values);
  // The first index holding a value greater than `value`; everything from there on ranks above.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! > value) high = middle;
    else low = middle + 1;
  }
  return { rank: sorted.length - low + 1, of: values.size };
}

/** 1st 2nd 3rd 4th … 11th 12th 13th … 21st 22nd 23rd … 101st 111th 112th. */
export function ordinal(n: number): string {
  const abs = Math.abs(n);
  if (!Number.isInteger(abs)) return `${n}th`;
  const lastTwo = abs % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (abs % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

export const MIN_MEASURE_SIZE = 5;
export const MAX_MEASURE_SIZE = 22;

/**
 * A node size for `id` between `min` and `max`, on a square-root scale of its value relative to
 * the largest value (so areas, roughly, follow the measure). An entity without a positive value,
 * or a map whose values are all zero, gets `min`.
 */
export function sizeFor(
  values: ReadonlyMap<string, number>,
  id: string,
  min: number = MIN_MEASURE_SIZE,
  max: number = MAX_MEASURE_SIZE,
): number {
  const value = values.get(id);
  const top = maximum(values);
  if (value === undefined || !(value > 0) || !(top > 0)) return min;
  if (value >= top) return max;
  return min + (max - min) * Math.sqrt(Math.min(1, value / top));
}
