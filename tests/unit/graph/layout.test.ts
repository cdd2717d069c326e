import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, hasOwnLayout } from "../../../src/graph/build";
import { buildLaidOutGraph } from "../../../src/graph/laidOut";
import { layoutSteps, NODE_STRIDE } from "../../../src/graph/forceLayout";
import { applyPositions, layoutInputOf, type LayoutAttributes } from "../../../src/graph/layout";
import { smallDataset } from "./fixture";

/** A ring of `n` entities with a chord across: enough structure for the forces to act on. */
function ring(n: number) {
  const graph = new MultiDirectedGraph<LayoutAttributes>({ allowSelfLoops: true });
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`, { x: 0, y: 0, size: 5, label: `Node ${i}` });
  for (let i = 0; i < n; i++) graph.addEdge(`n${i}`, `n${(i + 1) % n}`);
  graph.addEdge("n0", `n${Math.floor(n / 2)}`);
  return graph;
}

const positions = (graph: MultiDirectedGraph<LayoutAttributes>) =>
  graph.mapNodes((node, { x, y }) => [node, x, y]);

/** Runs `steps` to its end, calling `onStep` with each progress report; returns the positions. */
function runSteps(
  steps: ReturnType<typeof layoutSteps>,
  onStep: (step: {
    iteration: number;
    iterations: number;
    matrix: Float32Array;
  }) => void = () => {},
): Float64Array {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onStep(step.value);
  }
}

describe("layoutSteps", () => {
  it("stops between iterations when asked, and still scales the arrangement reached", () => {
    const graph = ring(30);
    let steps = 0;
    const final = runSteps(
      layoutSteps(layoutInputOf(graph), "seed", () => steps >= 5),
      (step) => {
        steps++;
        expect(step.iteration).toBe(steps);
      },
    );
    expect(steps).toBe(5);
    // Scaled into the first view's box, like a finished layout (not left in ForceAtlas2's units).
    const xs = Array.from(final.filter((_value, index) => index % 2 === 0));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
  });

  it("reports every iteration with the positions so far, and ends where the one-go layout does", () => {
    const stepped = ring(30);
    const reported: number[] = [];
    let lastX = NaN;
    runSteps(layoutSteps(layoutInputOf(stepped), "seed"), (step) => {
      reported.push(step.iteration);
      expect(step.iterations).toBe(800);
      lastX = step.matrix[NODE_STRIDE * 3] as number;
    });
    expect(reported).toHaveLength(800);
    expect(Number.isFinite(lastX)).toBe(true);

    const oneGo = buildLaidOutGraph(smallDataset);
    const later = buildGraph(smallDataset);
    applyPositions(later, runSteps(layoutSteps(layoutInputOf(later), smallDataset.id)));
    expect(positions(later)).toEqual(positions(oneGo));
  });

  it("leaves a graph unlaid when asked for later, from start positions that do not depend on file order", () => {
    const later = buildGraph(smallDataset);
    const reversed = buildGraph({
      ...smallDataset,
      entities: [...smallDataset.entities].reverse(),
    });
    const byId = (graph: typeof later) =>
      new Map(positions(graph).map(([id, x, y]) => [id, [x, y]]));
    expect(byId(reversed)).toEqual(byId(later));
    expect(positions(later)).not.toEqual(positions(buildLaidOutGraph(smallDataset)));
  });

  it("keeps a file's own positions and needs no layout then", () => {
    expect(hasOwnLayout(smallDataset)).toBe(false);
    const placed = {
      ...smallDataset,
      entities: smallDataset.entities.map((entity, index) => ({ ...entity, x: index, y: -index })),
    };
    expect(hasOwnLayout(placed)).toBe(true);
    const graph = buildGraph(placed);
    expect(graph.getNodeAttributes(placed.entities[2]!.id)).toMatchObject({ x: 2, y: -2 });
    // All on one spot is no layout at all.
    const stacked = {
      ...smallDataset,
      entities: smallDataset.entities.map((entity) => ({ ...entity, x: 1, y: 1 })),
    };
    expect(hasOwnLayout(stacked)).toBe(false);
  });
});
