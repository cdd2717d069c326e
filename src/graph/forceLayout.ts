/**
 * Deterministic layout on plain arrays: the same dataset gives the same picture on every load.
 * Start positions come from a hash of (dataset id, entity id) (startPosition.ts); ForceAtlas2 and
 * Noverlap are deterministic from there.
 *
 * It takes no graph object, only what the layout reads (ids, sizes, labels, relation ends), so
 * that the layout worker carries no graphology of its own: the page already has one, and a second
 * copy in the worker was most of its download. `layout.ts` puts a graph into this form and back.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import fa2Defaults from "graphology-layout-forceatlas2/defaults.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import noverlapDefaults from "graphology-layout-noverlap/defaults.js";
import noverlapIterate from "graphology-layout-noverlap/iterate.js";
import { separateLabels, type LabelBox } from "./labelSpacing";
import { scaleOf } from "./scale";
import { startPosition } from "./startPosition";

/**
 * What the layout reads of a graph, entities in graph order. The numbers are in typed arrays so
 * that their buffers can be handed to the layout worker without a copy.
 */
export interface LayoutInput {
  ids: string[];
  sizes: Float64Array;
  labels: string[];
  /** Relation ends as indexes into `ids`, in the graph's edge order. */
  sources: Uint32Array;
  targets: Uint32Array;
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
/** Numbers per relation in ForceAtlas2's matrix: source offset, target offset, weight. */
const EDGE_STRIDE = 3;
/** Numbers per node in Noverlap's matrix: x, y, size. */
const NOVERLAP_STRIDE = 3;

/** The graph area of a laptop screen, in CSS pixels: the layout is made in these units so that
 * node and label sizes (which sigma draws in pixels) can be compared with distances. */
const FIRST_VIEW_WIDTH = 860;
const FIRST_VIEW_HEIGHT = 600;
/** Width of one label character and height of a label line at the 14px label font. */
const LABEL_CHAR_WIDTH = 7.4;
const LABEL_HEIGHT = 17;

/** Noverlap runs up to this many entities (see the end of tidy). */
const NOVERLAP_MAX_NODES = 5000;
const NOVERLAP_MAX_ITERATIONS = 100;
const NOVERLAP_TUNING = { margin: 2, ratio: 1 };

/** LinLog makes tighter clusters with more room between them, which leaves room for labels. */
export const FA2_TUNING = { gravity: 1, scalingRatio: 10, adjustSizes: false, linLogMode: true };

/** Force iterations: small graphs settle with more, and on large ones each costs more. */
export function forceIterations(order: number): number {
  return order < 500 ? 800 : 200;
}

/**
 * The whole layout, one ForceAtlas2 iteration per step: yields after each, so that a caller (the
 * layout worker) can report progress, pass on positions, and stop early. `stopped` is asked
 * before every iteration; once it says yes, the forces end there and the tidying still runs, so
 * a stopped layout is scaled and spaced like a finished one. Returns x, y of each entity in turn.
 */
export function* layoutSteps(
  input: LayoutInput,
  seed: string,
  stopped: () => boolean = () => false,
): Generator<LayoutProgress, Float64Array, void> {
  const order = input.ids.length;
  const positions = new Float64Array(order * 2);
  input.ids.forEach((id, node) => {
    const { x, y } = startPosition(seed, id);
    positions[node * 2] = x;
    positions[node * 2 + 1] = y;
  });
  if (order < 2) return positions;

  // The same computation as forceAtlas2.assign, unrolled so it can pause between iterations.
  const settings = { ...fa2Defaults, ...forceAtlas2.inferSettings(order), ...FA2_TUNING };
  const { nodes, edges } = forceMatrices(input, positions);
  const iterations = forceIterations(order);
  for (let iteration = 0; iteration < iterations && !stopped(); iteration++) {
    iterate(settings, nodes, edges);
    yield { iteration: iteration + 1, iterations, matrix: nodes };
  }
  for (let node = 0; node < order; node++) {
    positions[node * 2] = nodes[node * NODE_STRIDE] as number;
    positions[node * 2 + 1] = nodes[node * NODE_STRIDE + 1] as number;
  }
  tidy(input, positions);
  return positions;
}

/** Runs the layout in one go, on the calling thread (see laidOut.ts). */
export function layoutAll(input: LayoutInput, seed: string): Float64Array {
  const steps = layoutSteps(input, seed);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * ForceAtlas2's matrices, laid out as its own graphToByteArrays lays them out: per node x, y,
 * dx, dy, old dx, old dy, mass (1 + degree, a self-loop counting twice), convergence, size,
 * fixed; per relation the two ends' offsets into the node matrix and a weight of 1.
 */
function forceMatrices(
  input: LayoutInput,
  positions: Float64Array,
): { nodes: Float32Array; edges: Float32Array } {
  const order = input.ids.length;
  const size = input.sources.length;
  const nodes = new Float32Array(order * NODE_STRIDE);
  for (let node = 0; node < order; node++) {
    const offset = node * NODE_STRIDE;
    nodes[offset] = positions[node * 2] as number;
    nodes[offset + 1] = positions[node * 2 + 1] as number;
    nodes[offset + 6] = 1;
    nodes[offset + 7] = 1;
    nodes[offset + 8] = input.sizes[node] || 1;
  }
  const edges = new Float32Array(size * EDGE_STRIDE);
  for (let edge = 0; edge < size; edge++) {
    const source = (input.sources[edge] as number) * NODE_STRIDE;
    const target = (input.targets[edge] as number) * NODE_STRIDE;
    (nodes[source + 6] as number) += 1;
    (nodes[target + 6] as number) += 1;
    edges[edge * EDGE_STRIDE] = source;
    edges[edge * EDGE_STRIDE + 1] = target;
    edges[edge * EDGE_STRIDE + 2] = 1;
  }
  return { nodes, edges };
}

/**
 * Scales the forces' result into the first view's box, where a label's size is known, then
 * pushes apart whatever would overlap there.
 */
function tidy(input: LayoutInput, positions: Float64Array): void {
  const order = input.ids.length;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let node = 0; node < order; node++) {
    const x = positions[node * 2] as number;
    const y = positions[node * 2 + 1] as number;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // Labels run to the right of their nodes, so the nodes themselves get the view's width less
  // a typical label, and its full height: the picture is stretched to the shape of the view.
  const averageLabel =
    (input.labels.reduce((sum, label) => sum + label.length, 0) / order) * LABEL_CHAR_WIDTH;
  const scaleX =
    Math.max(FIRST_VIEW_WIDTH - averageLabel, FIRST_VIEW_WIDTH / 2) / Math.max(maxX - minX, 1e-9);
  const scaleY = FIRST_VIEW_HEIGHT / Math.max(maxY - minY, 1e-9);
  for (let node = 0; node < order; node++) {
    positions[node * 2] = ((positions[node * 2] as number) - (minX + maxX) / 2) * scaleX;
    positions[node * 2 + 1] = ((positions[node * 2 + 1] as number) - (minY + maxY) / 2) * scaleY;
  }

  if (scaleOf(order).allLabels) {
    const boxes: LabelBox[] = input.ids.map((_id, node) => ({
      x: positions[node * 2] as number,
      y: positions[node * 2 + 1] as number,
      radius: input.sizes[node] as number,
      labelWidth: (input.labels[node] as string).length * LABEL_CHAR_WIDTH,
      labelHeight: LABEL_HEIGHT,
    }));
    separateLabels(boxes);
    boxes.forEach((box, node) => {
      positions[node * 2] = box.x;
      positions[node * 2 + 1] = box.y;
    });
  } else if (order <= NOVERLAP_MAX_NODES) {
    noverlap(input, positions);
  }
  // Above that, Noverlap's grid of overlapping pairs outgrows what a Set can hold (it throws
  // "Set maximum size exceeded" on 10,000 entities); sigma's label grid keeps labels apart.
}

/** Noverlap as its `assign` runs it: iterate on x, y, size until nothing overlaps or time is up. */
function noverlap(input: LayoutInput, positions: Float64Array): void {
  const order = input.ids.length;
  const matrix = new Float32Array(order * NOVERLAP_STRIDE);
  for (let node = 0; node < order; node++) {
    matrix[node * NOVERLAP_STRIDE] = positions[node * 2] as number;
    matrix[node * NOVERLAP_STRIDE + 1] = positions[node * 2 + 1] as number;
    matrix[node * NOVERLAP_STRIDE + 2] = input.sizes[node] || 1;
  }
  const settings = { ...noverlapDefaults, ...NOVERLAP_TUNING };
  let converged = false;
  for (let i = 0; i < NOVERLAP_MAX_ITERATIONS && !converged; i++) {
    converged = noverlapIterate(settings, matrix).converged;
  }
  for (let node = 0; node < order; node++) {
    positions[node * 2] = matrix[node * NOVERLAP_STRIDE] as number;
    positions[node * 2 + 1] = matrix[node * NOVERLAP_STRIDE + 1] as number;
  }
}
