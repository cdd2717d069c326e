import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, hasOwnLayout } from "../../../src/graph/build";
import { layoutSteps, NODE_STRIDE, type LayoutAttributes } from "../../../src/graph/layout";
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

describe("layoutSteps", () => {
  it("stops between iterations when asked, and still scales the arrangement reached", () => {
    const graph = ring(30);
    let steps = 0;
    for (const step of layoutSteps(graph, "seed", () => steps >= 5)) {
      steps++;
      expect(step.iteration).toBe(steps);
    }
    expect(steps).toBe(5);
    // Scaled into the first view's box, like a finished layout (not left in ForceAtlas2's units).
    const xs = graph.mapNodes((_node, { x }) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
  });

  it("reports every iteration with the positions so far, and ends where the one-go layout does", () => {
    const stepped = ring(30);
    const reported: number[] = [];
    let lastX = NaN;
    for (const step of layoutSteps(stepped, "seed")) {
      reported.push(step.iteration);
      expect(step.iterations).toBe(800);
      lastX = step.matrix[NODE_STRIDE * 3] as number;
    }
    expect(reported).toHaveLength(800);
    expect(Number.isFinite(lastX)).toBe(true);

    const oneGo = buildGraph(smallDataset);
    const later = buildGraph(smallDataset, { layout: "later" });
    for (const step of layoutSteps(later, smallDataset.id)) void step;
    expect(positions(later)).toEqual(positions(oneGo));
  });

  it("leaves a graph unlaid when asked for later, from start positions that do not depend on file order", () => {
    const later = buildGraph(smallDataset, { layout: "later" });
    const reversed = buildGraph(
      { ...smallDataset, entities: [...smallDataset.entities].reverse() },
      { layout: "later" },
    );
    const byId = (graph: typeof later) =>
      new Map(positions(graph).map(([id, x, y]) => [id, [x, y]]));
    expect(byId(reversed)).toEqual(byId(later));
    expect(positions(later)).not.toEqual(positions(buildGraph(smallDataset)));
  });

  it("keeps a file's own positions and needs no layout then", () => {
    expect(hasOwnLayout(smallDataset)).toBe(false);
    const placed = {
      ...smallDataset,
      entities: smallDataset.entities.map((entity, index) => ({ ...entity, x: index, y: -index })),
    };
    expect(hasOwnLayout(placed)).toBe(true);
    const graph = buildGraph(placed, { layout: "later" });
    expect(graph.getNodeAttributes(placed.entities[2]!.id)).toMatchObject({ x: 2, y: -2 });
    // All on one spot is no layout at all.
    const stacked = {
      ...smallDataset,
      entities: smallDataset.entities.map((entity) => ({ ...entity, x: 1, y: 1 })),
    };
    expect(hasOwnLayout(stacked)).toBe(false);
  });
});
