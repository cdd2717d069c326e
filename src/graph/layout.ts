/**
 * Positions on a graph: the start positions, a file's own positions, and what the layout reads
 * (`forceLayout.ts` works on plain arrays, so that the layout worker needs no graphology) taken
 * from the graph and its results put back. The layout itself is not imported here: the page runs
 * it only in the worker (laidOut.ts runs it in place, for tests and the build).
 */
import type Graph from "graphology-types";
import type { LayoutInput } from "./forceLayout";
import { startPosition } from "./startPosition";

export interface LayoutAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
}

/** The entities (in graph order) and relation ends of `graph`, as the layout reads them. */
export function layoutInputOf<N extends LayoutAttributes>(graph: Graph<N>): LayoutInput {
  const ids = graph.nodes();
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  let index = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    sources[index] = indexOf.get(source) as number;
    targets[index] = indexOf.get(target) as number;
    index++;
  });
  return {
    ids,
    sizes: Float64Array.from(ids, (id) => graph.getNodeAttribute(id, "size")),
    labels: ids.map((id) => graph.getNodeAttribute(id, "label")),
    sources,
    targets,
  };
}

/** Moves every entity to x, y of `positions` (graph order), in place. */
export function applyPositions<N extends LayoutAttributes>(
  graph: Graph<N>,
  positions: ArrayLike<number>,
): void {
  let index = 0;
  // In place, with a hint, so that sigma re-reads only positions (no new object per entity).
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      attributes.x = positions[index++] as number;
      attributes.y = positions[index++] as number;
      return attributes;
    },
    { attributes: ["x", "y"] },
  );
}

/** Start positions from a hash of (seed, entity id), independent of file order and Math.random. */
export function seedPositions<N extends LayoutAttributes>(graph: Graph<N>, seed: string): void {
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, startPosition(seed, node) as Partial<N>);
  });
}

/**
 * Keeps the positions a file gave (Gephi's layout, say) when every entity has one and they are
 * not all on one spot; returns false, to lay out afresh, otherwise. sigma fits whatever range
 * they span to the screen, so their units do not matter, and like Gephi it draws y upwards.
 */
export function placeAsGiven<N extends LayoutAttributes>(
  graph: Graph<N>,
  dataset: { entities: readonly { id: string; x?: number; y?: number }[] },
): boolean {
  if (!hasUsablePositions(dataset)) return false;
  for (const entity of dataset.entities) {
    graph.mergeNodeAttributes(entity.id, { x: entity.x, y: entity.y } as Partial<N>);
  }
  return true;
}

/** Every entity has a position, and they are not all on one spot. */
export function hasUsablePositions(dataset: {
  entities: readonly { x?: number; y?: number }[];
}): boolean {
  const { entities } = dataset;
  if (entities.length === 0 || entities.some((e) => e.x === undefined || e.y === undefined)) {
    return false;
  }
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  // A loop, not Math.max(...xs): spreading 200,000 arguments overflows the stack.
  for (const { x, y } of entities as { x: number; y: number }[]) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return Math.max(maxX - minX, maxY - minY) > 0;
}

/** Where laying out a graph has got, as the page shows it. */
export type LayoutState =
  | { status: "done"; stopped: boolean }
  | { status: "running"; fraction: number }
  | { status: "failed"; message: string };
