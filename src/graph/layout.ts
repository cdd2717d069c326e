/**
 * Deterministic layout: the same dataset gives the same picture on every load. Start positions
 * come from a hash of (dataset id, entity id), so they do not depend on the order of the file
 * or on Math.random; ForceAtlas2 and Noverlap are deterministic from there.
 */
import type Graph from "graphology-types";
import forceAtlas2 from "graphology-layout-forceatlas2";
import fa2Defaults from "graphology-layout-forceatlas2/defaults.js";
import { assignLayoutChanges, graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import noverlap from "graphology-layout-noverlap";
import { LABEL_SPACING_MAX_NODES, separateLabels, type LabelBox } from "./labelSpacing";

/** FNV-1a, enough to spread start positions; not for security. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The graph area of a laptop screen, in CSS pixels: the layout is made in these units so that
 * node and label sizes (which sigma draws in pixels) can be compared with distances. */
const FIRST_VIEW_WIDTH = 860;
const FIRST_VIEW_HEIGHT = 600;
/** Width of one label character and height of a label line at the 14px label font. */
const LABEL_CHAR_WIDTH = 7.4;
const LABEL_HEIGHT = 17;

/** Noverlap runs up to this many entities (see the end of tidy). */
const NOVERLAP_MAX_NODES = 5000;

/** LinLog makes tighter clusters with more room between them, which leaves room for labels. */
export const FA2_TUNING = { gravity: 1, scalingRatio: 10, adjustSizes: false, linLogMode: true };

export interface LayoutAttributes {
  x: number;
  y: number;
  size: number;
  label: string;
}

/** Where the layout has got to: force iterations done out of those planned. */
export interface LayoutProgress {
  iteration: number;
  iterations: number;
  /** Flat ForceAtlas2 node matrix: x at [i * NODE_STRIDE], y at [i * NODE_STRIDE + 1]. */
  matrix: Float32Array;
}

/** Numbers per node in ForceAtlas2's matrix (graphology-layout-forceatlas2/iterate.js). */
export const NODE_STRIDE = 10;

/** Force iterations: small graphs settle with more, and on large ones each costs more. */
export function forceIterations(order: number): number {
  return order < 500 ? 800 : 200;
}

/** Start positions from a hash of (seed, entity id), independent of file order and Math.random. */
export function seedPositions<N extends LayoutAttributes>(graph: Graph<N>, seed: string): void {
  graph.forEachNode((node) => {
    const h = hash(`${seed}/${node}`);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = 0.2 + ((h >>> 16) / 0x10000) * 0.8;
    graph.mergeNodeAttributes(node, {
      x: Math.cos(angle) * radius,
      y: Math.sin(angle) * radius,
    } as Partial<N>);
  });
}

/**
 * The whole layout, one ForceAtlas2 iteration per step: yields after each, so that a caller (the
 * layout worker) can report progress, pass on positions, and stop early. `stopped` is asked
 * before every iteration; once it says yes, the forces end there and the tidying still runs, so
 * a stopped layout is scaled and spaced like a finished one. The graph's x and y are written at
 * the end.
 */
export function* layoutSteps<N extends LayoutAttributes>(
  graph: Graph<N>,
  seed: string,
  stopped: () => boolean = () => false,
): Generator<LayoutProgress, void, void> {
  seedPositions(graph, seed);
  if (graph.order < 2) return;

  // The same computation as forceAtlas2.assign, unrolled so it can pause between iterations.
  const settings = { ...fa2Defaults, ...forceAtlas2.inferSettings(graph), ...FA2_TUNING };
  const matrices = graphToByteArrays(graph, () => 1);
  const iterations = forceIterations(graph.order);
  for (let iteration = 0; iteration < iterations && !stopped(); iteration++) {
    iterate(settings, matrices.nodes, matrices.edges);
    yield { iteration: iteration + 1, iterations, matrix: matrices.nodes };
  }
  assignLayoutChanges(graph, matrices.nodes, null);
  tidy(graph);
}

/** Lays the graph out in one go (tests, the command line, benchmarks of the graph layer). */
export function layoutGraph<N extends LayoutAttributes>(graph: Graph<N>, seed: string): void {
  for (const step of layoutSteps(graph, seed)) void step;
}

/**
 * Scales the forces' result into the first view's box, where a label's size is known, then
 * pushes apart whatever would overlap there.
 */
function tidy<N extends LayoutAttributes>(graph: Graph<N>): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_node, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  // Labels run to the right of their nodes, so the nodes themselves get the view's width less
  // a typical label, and its full height: the picture is stretched to the shape of the view.
  const averageLabel =
    (graph.reduceNodes((sum, _node, { label }) => sum + label.length, 0) / graph.order) *
    LABEL_CHAR_WIDTH;
  const scaleX =
    Math.max(FIRST_VIEW_WIDTH - averageLabel, FIRST_VIEW_WIDTH / 2) / Math.max(maxX - minX, 1e-9);
  const scaleY = FIRST_VIEW_HEIGHT / Math.max(maxY - minY, 1e-9);
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: (attributes.x - (minX + maxX) / 2) * scaleX,
    y: (attributes.y - (minY + maxY) / 2) * scaleY,
  }));

  if (graph.order <= LABEL_SPACING_MAX_NODES) {
    const nodes = graph.nodes();
    const boxes: LabelBox[] = nodes.map((node) => {
      const { x, y, size, label } = graph.getNodeAttributes(node);
      return {
        x,
        y,
        radius: size,
        labelWidth: label.length * LABEL_CHAR_WIDTH,
        labelHeight: LABEL_HEIGHT,
      };
    });
    separateLabels(boxes);
    nodes.forEach((node, index) => {
      const box = boxes[index] as LabelBox;
      graph.mergeNodeAttributes(node, { x: box.x, y: box.y } as Partial<N>);
    });
  } else if (graph.order <= NOVERLAP_MAX_NODES) {
    noverlap.assign(graph, { maxIterations: 100, settings: { margin: 2, ratio: 1 } });
  }
  // Above that, Noverlap's grid of overlapping pairs outgrows what a Set can hold (it throws
  // "Set maximum size exceeded" on 10,000 entities); sigma's label grid keeps labels apart.
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
