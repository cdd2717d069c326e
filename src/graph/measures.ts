/**
 * Sizes and ranks by a measure (model/vocabulary.ts: relations, betweenness, PageRank): an
 * entity's rank among the others ("3rd of 120 by betweenness") and a node size for it. The
 * relation count is read off the graph here; the other two are computed by centrality.ts, which
 * the page runs in a worker, so this module stays free of graphology-metrics.
 */
import type { KnowledgeGraph } from "./build";
import { isDrawnUndirected } from "./paths";

/** Each entity's relation count (build.ts stores it on the node, self-loops counted once). */
export function relationCounts(graph: KnowledgeGraph): Map<string, number> {
  const values = new Map<string, number>();
  graph.forEachNode((node, attributes) => values.set(node, attributes.relationCount));
  return values;
}

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
