/**
 * Dataset ▶ KnowledgeGraph: one graphology MultiDirectedGraph per dataset, built once and never
 * mutated afterwards (filters and highlights are the view's reducers' job). Node keys are entity
 * ids and edge keys relation ids, so a URL's ids are graph keys too.
 *
 * The attributes set here (x, y, size, color, label, type) are the ones sigma reads, but this
 * module only writes data: the edge `type` names a drawing style that src/view/ maps to a
 * program.
 */
import { MultiDirectedGraph } from "graphology";
import { entityMark } from "../model/marks";
import { palette } from "../model/palette";
import type { Dataset } from "../model/schema";
import { hasUsablePositions, placeAsGiven, seedPositions } from "./layout";

export interface EntityNodeAttributes {
  label: string;
  entityType: string;
  color: string;
  /** The entity type's mark (model/marks.ts), which names the node program that draws it; unset, a disc. */
  type?: string;
  /** Overrides the mark's outline colour (a dimmed entity); unset, the palette's `nodeBorder`. */
  borderColor?: string;
  size: number;
  x: number;
  y: number;
  /** Relations at either end, self-loops counted once. */
  relationCount: number;
}

/** How sigma should draw an edge; src/view/ registers a program under each name. */
export type EdgeStyle = "arrow" | "line" | "curvedArrow" | "curvedLine";

export interface RelationEdgeAttributes {
  relationType: string;
  label: string;
  color: string;
  size: number;
  type: EdgeStyle;
  /** Bend of a curved edge; 0 for a straight one. */
  curvature: number;
}

export type KnowledgeGraph = MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes>;

const MIN_NODE_SIZE = 5;
const MAX_GIVEN_SIZE = 20;
const NODE_SIZE_PER_SQRT_RELATION = 3;

/** Size grows with the square root of the relation count so hubs stand out without swamping. */
export function nodeSize(relationCount: number): number {
  return MIN_NODE_SIZE + NODE_SIZE_PER_SQRT_RELATION * Math.sqrt(relationCount);
}

/** Spacing between the curves of relations that join the same two entities. */
const CURVE_STEP = 0.35;

/**
 * Entities get their start positions (or the file's own): the page's layout worker
 * (src/app/layoutWorker.ts) moves them afterwards, off the main thread, and `buildLaidOutGraph`
 * (laidOut.ts) lays them out at once.
 */
export function buildGraph(dataset: Dataset): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const entityColor = new Map(dataset.entityTypes.map((type) => [type.id, type.color]));
  const entityMarkOf = new Map(
    dataset.entityTypes.map((type, index) => [type.id, entityMark(index).id]),
  );
  const relationTypes = new Map(dataset.relationTypes.map((type) => [type.id, type]));

  for (const entity of dataset.entities) {
    graph.addNode(entity.id, {
      label: entity.label,
      entityType: entity.type,
      color: entity.color ?? entityColor.get(entity.type) ?? palette.unknownEntity,
      type: entityMarkOf.get(entity.type) ?? entityMark(0).id,
      size: MIN_NODE_SIZE,
      x: 0,
      y: 0,
      relationCount: 0,
    });
  }

  // Relations joining the same unordered pair are drawn as separate curves: each gets an offset
  // around the straight line, signed from a canonical direction so A→B and B→A separate too.
  const pairs = new Map<string, string[]>();
  for (const relation of dataset.relations) {
    const key =
      relation.from < relation.to
        ? `${relation.from}\u0000${relation.to}`
        : `${relation.to}\u0000${relation.from}`;
    const ids = pairs.get(key) ?? [];
    ids.push(relation.id);
    pairs.set(key, ids);
  }
  const curvature = new Map<string, number>();
  for (const ids of pairs.values()) {
    ids.forEach((id, index) => curvature.set(id, (index - (ids.length - 1) / 2) * CURVE_STEP));
  }

  for (const relation of dataset.relations) {
    const type = relationTypes.get(relation.type);
    const directed = type?.directed ?? true;
    let bend = curvature.get(relation.id) ?? 0;
    if (relation.from > relation.to) bend = -bend;
    const curved = bend !== 0;
    graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, {
      relationType: relation.type,
      label: type?.label ?? relation.type,
      color: type?.color ?? palette.unknownRelation,
      size: 2,
      type: curved ? (directed ? "curvedArrow" : "curvedLine") : directed ? "arrow" : "line",
      curvature: bend,
    });
  }

  // edges(node) lists a self-loop once, as a reader would count it (degree() counts it twice).
  for (const entity of dataset.entities) {
    const count = graph.edges(entity.id).length;
    graph.mergeNodeAttributes(entity.id, { relationCount: count, size: nodeSize(count) });
  }

  // Sizes from the file the dataset came from, where it gave them all: only their ratios count.
  const givenSizes = dataset.entities.map((entity) => entity.size);
  if (givenSizes.length > 0 && givenSizes.every((size) => size !== undefined)) {
    const largest = (givenSizes as number[]).reduce((a, b) => Math.max(a, b), 0);
    for (const entity of dataset.entities) {
      const share = Math.sqrt((entity.size as number) / largest);
      graph.setNodeAttribute(
        entity.id,
        "size",
        MIN_NODE_SIZE + share * (MAX_GIVEN_SIZE - MIN_NODE_SIZE),
      );
    }
  }

  if (!placeAsGiven(graph, dataset)) seedPositions(graph, dataset.id);
  return graph;
}

/** Whether the dataset's file gave usable positions, so that no layout is needed. */
export function hasOwnLayout(dataset: Dataset): boolean {
  return hasUsablePositions(dataset);
}
