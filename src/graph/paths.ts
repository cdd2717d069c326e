/**
 * "How are they connected?": every shortest chain of relations between two entities, using only
 * what the current filters and date leave on show, and — when there is none — which single
 * relaxation (another relation type, all time, ignoring direction) would open one.
 *
 * Why a hand-written breadth-first search rather than a graphology library:
 * - graphology-shortest-path (bidirectional, singleSource) and graphology-traversal's bfs take
 *   no node or edge filter, so honouring `visible` would mean copying the graph (a subgraph of
 *   up to 50,000 entities / 150,000 relations) on every query, date change or relaxation.
 * - They walk a directed graph only along its direction; here an undirected relation type (or
 *   "ignore direction") must be walked both ways on the same MultiDirectedGraph.
 * - graphology-simple-path's allSimpleEdgeGroupPaths(maxDepth = distance) groups parallel
 *   relations, but it enumerates *every* simple path up to that depth (exponential on a large
 *   graph, not only the shortest), has no filter either, and cannot stop at a limit.
 *
 * So: one breadth-first search from `from`, with the visibility and direction checks inline,
 * that stops once the layer holding `to` is complete; then, from `to` backwards, the relations
 * that step down one layer at a time form the DAG of all shortest paths (predecessors looked up
 * only for entities on a shortest path), which is walked in order of relation ids, stopping after
 * `limit + 1` paths.
 *
 * The search runs over a compact adjacency index (typed arrays) built once per graph on the
 * first query, not over graphology's own adjacency: iterating a graphology node's edges costs
 * about 0.5–1 µs per edge, so a search that reaches most of a 50,000 / 150,000 graph took
 * 200–400 ms; over the index it takes about 5 ms (building the index once, a few hundred ms).
 * The graph is never mutated after buildGraph (DESIGN.md); should nodes or edges still be added
 * or dropped, the index is forgotten and rebuilt. It reads each relation's `relationType` and
 * drawn `type` once, when it is built.
 */
import type { KnowledgeGraph, RelationEdgeAttributes } from "./build";
import type { VisibleSets } from "../model/vocabulary";

/** One step of a path: a relation walked from one entity to the next. */
export interface Hop {
  relation: string;
  from: string;
  to: string;
  /**
   * True when the hop runs against the relation's direction: `from` here is the relation's `to`
   * end. For an undirected relation type this only records which end the dataset wrote first
   * (its inverse wording reads the same), so it can still be phrased from the right side.
   */
  reversed: boolean;
}

export interface ConnectionPath {
  /** The entities along the path, `from` first and `to` last: one more than the hops. */
  entities: string[];
  hops: Hop[];
}

export interface Connection {
  /** The shortest paths, at most `limit`, ordered by their sequence of relation ids. */
  paths: ConnectionPath[];
  /** True when more shortest paths exist than the limit. */
  truncated: boolean;
  /** Hops in a shortest path; null when there is none (or an end is unknown or not visible). */
  length: number | null;
}

export interface ConnectionOptions {
  /** Walk each relation only from its `from` to its `to` (undirected relation types aside). */
  directed: boolean;
  /**
   * At most this many paths are returned (default 10; 0 gives only `length` and `truncated`);
   * `truncated` says when more exist.
   */
  limit?: number;
  /**
   * Relation type ids that can always be walked both ways, even with `directed: true` (the
   * relation types declared `directed: false`, e.g. from a Catalog's `relationType` map). When
   * omitted, a relation counts as undirected when build.ts drew it without an arrow (edge style
   * "line" or "curvedLine"), which it derives from that same `directed` flag.
   */
  undirectedTypes?: ReadonlySet<string>;
}

export const DEFAULT_PATH_LIMIT = 10;

const NO_CONNECTION: Connection = { paths: [], truncated: false, length: null };

/** True when build.ts drew the relation without an arrow, i.e. its type is undirected. */
export function isDrawnUndirected(attributes: RelationEdgeAttributes): boolean {
  return attributes.type === "line" || attributes.type === "curvedLine";
}

/**
 * The graph's structure as typed arrays: entity i's relations are the entries
 * `start[i] .. start[i + 1] - 1`, each naming the entity at the other end, the relation, and
 * whether entity i is the relation's `to` end. Self-loops are left out: they never shorten a path.
 */
interface AdjacencyIndex {
  ids: string[];
  indexOf: Map<string, number>;
  relationIds: string[];
  /** Each relation's type, as an index into `typeIds`. */
  relationType: Int32Array;
  typeIds: string[];
  /** 1 for a relation drawn without an arrow. */
  drawnUndirected: Uint8Array;
  start: Int32Array;
  neighbour: Int32Array;
  relation: Int32Array;
  reversed: Uint8Array;
  /** `visible` sets turned into one byte per entity / relation, see visibleMask. */
  entityMasks: WeakMap<ReadonlySet<string>, Mask>;
  relationMasks: WeakMap<ReadonlySet<string>, Mask>;
}

interface Mask {
  /** The set's size when the mask was made: a set that has grown or shrunk since is re-read. */
  size: number;
  mask: Uint8Array;
}

/**
 * A visible set as one byte per entity or relation of the index, made once per set. Looking
 * ids up in a Set of 150,000 strings at random, edge by edge, cost several times the rest of the
 * search (cache misses); reading the set once in index order and then indexing bytes is cheap,
 * and the same sets serve every query until the date or the filters change. Sets are treated as
 * immutable once queried, as asOfDate's are (a change of size is noticed, a swap is not).
 */
function visibleMask(
  cache: WeakMap<ReadonlySet<string>, Mask>,
  set: ReadonlySet<string>,
  keys: readonly string[],
): Uint8Array {
  const cached = cache.get(set);
  if (cached && cached.size === set.size) return cached.mask;
  const mask = new Uint8Array(keys.length);
  for (let i = 0; i < keys.length; i++) mask[i] = set.has(keys[i]!) ? 1 : 0;
  cache.set(set, { size: set.size, mask });
  return mask;
}

function buildIndex(graph: KnowledgeGraph): AdjacencyIndex {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  graph.forEachNode((node) => {
    indexOf.set(node, ids.length);
    ids.push(node);
  });
  const size = graph.size;
  const relationIds: string[] = [];
  const relationType = new Int32Array(size);
  const typeIds: string[] = [];
  const typeIndex = new Map<string, number>();
  const drawnUndirected = new Uint8Array(size);
  const sources = new Int32Array(size);
  const targets = new Int32Array(size);
  const degree = new Int32Array(ids.length + 1);
  graph.forEachEdge((edge, attributes, source, target) => {
    const e = relationIds.length;
    relationIds.push(edge);
    let type = typeIndex.get(attributes.relationType);
    if (type === undefined) {
      type = typeIds.length;
      typeIndex.set(attributes.relationType, type);
      typeIds.push(attributes.relationType);
    }
    relationType[e] = type;
    drawnUndirected[e] = isDrawnUndirected(attributes) ? 1 : 0;
    const s = indexOf.get(source)!;
    const t = indexOf.get(target)!;
    sources[e] = s;
    targets[e] = t;
    if (s !== t) {
      degree[s]! += 1;
      degree[t]! += 1;
    }
  });
  const start = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) start[i + 1] = start[i]! + degree[i]!;
  const entries = start[ids.length]!;
  const neighbour = new Int32Array(entries);
  const relation = new Int32Array(entries);
  const reversed = new Uint8Array(entries);
  const fill = start.slice(0, ids.length);
  for (let e = 0; e < size; e++) {
    const s = sources[e]!;
    const t = targets[e]!;
    if (s === t) continue;
    let k = fill[s]!++;
    neighbour[k] = t;
    relation[k] = e;
    k = fill[t]!++;
    neighbour[k] = s;
    relation[k] = e;
    reversed[k] = 1;
  }
  return {
    ids,
    indexOf,
    relationIds,
    relationType,
    typeIds,
    drawnUndirected,
    start,
    neighbour,
    relation,
    reversed,
    entityMasks: new WeakMap(),
    relationMasks: new WeakMap(),
  };
}

const indexCache = new WeakMap<KnowledgeGraph, AdjacencyIndex>();
const watched = new WeakSet<KnowledgeGraph>();
const STRUCTURE_EVENTS = [
  "nodeAdded",
  "edgeAdded",
  "nodeDropped",
  "edgeDropped",
  "cleared",
  "edgesCleared",
] as const;

function adjacencyOf(graph: KnowledgeGraph): AdjacencyIndex {
  let index = indexCache.get(graph);
  if (!index) {
    index = buildIndex(graph);
    indexCache.set(graph, index);
    if (!watched.has(graph)) {
      watched.add(graph);
      const forget = () => indexCache.delete(graph);
      for (const event of STRUCTURE_EVENTS) graph.on(event, forget);
    }
  }
  return index;
}

/**
 * What one query may walk: the index, the visible masks (null = everything) and which relations
 * may be walked against their direction.
 */
interface Walk {
  index: AdjacencyIndex;
  visibleEntity: Uint8Array | null;
  visibleRelation: Uint8Array | null;
  /** 1 for each relation that may be walked from its `to` end to its `from` end. */
  backwards: Uint8Array;
}

function walkOf(
  graph: KnowledgeGraph,
  visible: VisibleSets | null,
  directed: boolean,
  undirectedTypes: ReadonlySet<string> | undefined,
): Walk {
  const index = adjacencyOf(graph);
  let backwards: Uint8Array;
  if (!directed) backwards = new Uint8Array(index.relationIds.length).fill(1);
  else if (!undirectedTypes) backwards = index.drawnUndirected;
  else {
    const byType = Uint8Array.from(index.typeIds, (type) => (undirectedTypes.has(type) ? 1 : 0));
    backwards = Uint8Array.from(index.relationType, (type) => byType[type]!);
  }
  return {
    index,
    visibleEntity: visible && visibleMask(index.entityMasks, visible.entities, index.ids),
    visibleRelation:
      visible && visibleMask(index.relationMasks, visible.relations, index.relationIds),
    backwards,
  };
}

/**
 * Breadth-first search from `source`, layer by layer, stopping once the layer holding `target`
 * is complete. Returns each reached entity's distance (-1 when not reached) and the distance of
 * `target` (null when unreachable). Distances below the target's are final.
 */
function search(
  walk: Walk,
  source: number,
  target: number,
): { distance: Int32Array; length: number | null } {
  const { ids, start, neighbour, relation, reversed } = walk.index;
  const { visibleEntity, visibleRelation, backwards } = walk;
  const distance = new Int32Array(ids.length).fill(-1);
  distance[source] = 0;
  if (source === target) return { distance, length: 0 };
  const queue = new Int32Array(ids.length);
  queue[0] = source;
  let head = 0;
  let tail = 1;
  let depth = 0;
  while (head < tail) {
    const layerEnd = tail;
    depth += 1;
    for (; head < layerEnd; head++) {
      const u = queue[head]!;
      for (let k = start[u]!, end = start[u + 1]!; k < end; k++) {
        const v = neighbour[k]!;
        if (distance[v] !== -1) continue;
        const e = relation[k]!;
        if (reversed[k] === 1 && backwards[e] === 0) continue;
        if (visibleRelation && (visibleRelation[e] === 0 || visibleEntity![v] === 0)) continue;
        distance[v] = depth;
        queue[tail++] = v;
      }
    }
    // The whole layer is done, so every distance up to `depth` is final.
    if (distance[target] !== -1) return { distance, length: depth };
  }
  return { distance, length: null };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Up to `max` shortest paths, in lexicographic order of their relation ids. From the target
 * backwards, each entity v on a shortest path gets as predecessors the entities u one step
 * closer to the source with a relation walkable from u to v (looked up now, only for entities on
 * a shortest path, rather than recorded for every entity the search reached). That DAG, turned
 * round into successor lists sorted by relation id, is walked depth-first from the source; every
 * entity in it lies on a shortest path, so each leaf is a path and the walk stops after `max`.
 */
function enumeratePaths(
  walk: Walk,
  distance: Int32Array,
  source: number,
  target: number,
  max: number,
): ConnectionPath[] {
  const { ids, relationIds, start, neighbour, relation, reversed } = walk.index;
  const { visibleRelation, backwards } = walk;

  /** A step from an entity: the relation, the entity it leads to, against its direction or not. */
  interface Step {
    relation: string;
    to: number;
    reversed: boolean;
  }
  const successors = new Map<number, Step[]>();
  const onPath = new Uint8Array(ids.length);
  onPath[target] = 1;
  const queue = [target];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    const before = distance[v]! - 1;
    if (before < 0) continue;
    for (let k = start[v]!, end = start[v + 1]!; k < end; k++) {
      const u = neighbour[k]!;
      if (distance[u] !== before) continue;
      const e = relation[k]!;
      // Entry k is seen from v: walking u → v runs against the relation when v is its `from`.
      const against = reversed[k] === 0;
      if (against && backwards[e] === 0) continue;
      if (visibleRelation && visibleRelation[e] === 0) continue;
      const step: Step = { relation: relationIds[e]!, to: v, reversed: against };
      const list = successors.get(u);
      if (list) list.push(step);
      else successors.set(u, [step]);
      if (onPath[u] === 0) {
        onPath[u] = 1;
        queue.push(u);
      }
    }
  }
  for (const list of successors.values()) list.sort((a, b) => compareIds(a.relation, b.relation));

  // Iterative depth-first walk (a path may be long): `trail` holds the entities walked so far,
  // `taken` the steps between them, `choice[d]` the next successor to try at depth d.
  const paths: ConnectionPath[] = [];
  const trail: number[] = [source];
  const taken: Step[] = [];
  const choice: number[] = [0];
  while (paths.length < max && choice.length > 0) {
    const at = trail[trail.length - 1]!;
    if (at === target) {
      paths.push({
        entities: trail.map((entity) => ids[entity]!),
        hops: taken.map((step, i) => ({
          relation: step.relation,
          from: ids[trail[i]!]!,
          to: ids[step.to]!,
          reversed: step.reversed,
        })),
      });
    } else {
      const options = successors.get(at) ?? [];
      const next = choice[choice.length - 1]!;
      if (next < options.length) {
        const step = options[next]!;
        choice[choice.length - 1] = next + 1;
        taken.push(step);
        trail.push(step.to);
        choice.push(0);
        continue;
      }
    }
    // Done with this entity: step back to the one before.
    choice.pop();
    trail.pop();
    taken.pop();
  }
  return paths;
}

function endsVisible(
  graph: KnowledgeGraph,
  visible: VisibleSets | null,
  ...ids: string[]
): boolean {
  return ids.every((id) => graph.hasNode(id) && (!visible || visible.entities.has(id)));
}

/**
 * Every shortest path (fewest hops) from `from` to `to` over the visible entities and relations,
 * `visible` null meaning everything. Parallel relations between the same two entities make
 * distinct paths. `from === to` gives one path of no hops; an unknown or hidden end gives none.
 */
export function findConnections(
  graph: KnowledgeGraph,
  visible: VisibleSets | null,
  from: string,
  to: string,
  options: ConnectionOptions,
): Connection {
  if (!endsVisible(graph, visible, from, to)) return NO_CONNECTION;
  const requested = options.limit ?? DEFAULT_PATH_LIMIT;
  const limit = Number.isNaN(requested) ? DEFAULT_PATH_LIMIT : Math.max(0, Math.floor(requested));
  const walk = walkOf(graph, visible, options.directed, options.undirectedTypes);
  const source = walk.index.indexOf.get(from)!;
  const target = walk.index.indexOf.get(to)!;
  const { distance, length } = search(walk, source, target);
  if (length === null) return NO_CONNECTION;
  const paths = enumeratePaths(walk, distance, source, target, limit + 1);
  return { paths: paths.slice(0, limit), truncated: paths.length > limit, length };
}

/** Hops in a shortest visible path from `from` to `to`, or null when there is none. */
export function connectionLength(
  graph: KnowledgeGraph,
  visible: VisibleSets | null,
  from: string,
  to: string,
  options: Pick<ConnectionOptions, "directed" | "undirectedTypes">,
): number | null {
  if (!endsVisible(graph, visible, from, to)) return null;
  const walk = walkOf(graph, visible, options.directed, options.undirectedTypes);
  const source = walk.index.indexOf.get(from)!;
  const target = walk.index.indexOf.get(to)!;
  return search(walk, source, target).length;
}

/** One change the caller could make to what is visible: "show relation type X", "all time"… */
export interface Relaxation {
  label: string;
  visible: VisibleSets | null;
  directed: boolean;
}

/**
 * The labels of the relaxations under which `from` and `to` are connected, in the order given:
 * when no path is shown, these are the single changes that would open one. Each candidate is a
 * distance-only search (no path enumeration).
 */
export function explainNoConnection(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  relaxations: readonly Relaxation[],
  undirectedTypes?: ReadonlySet<string>,
): string[] {
  return relaxations
    .filter(
      (relaxation) =>
        connectionLength(graph, relaxation.visible, from, to, {
          directed: relaxation.directed,
          undirectedTypes,
        }) !== null,
    )
    .map((relaxation) => relaxation.label);
}
