import { describe, expect, it } from "vitest";
import { buildGraph, nodeSize } from "../../../src/graph/build";
import { buildLaidOutGraph } from "../../../src/graph/laidOut";
import { smallDataset } from "./fixture";

describe("buildGraph", () => {
  it("refuses a relation whose end is not an entity (validation must come first)", () => {
    const broken = {
      ...smallDataset,
      relations: [{ ...smallDataset.relations[0]!, to: "nobody" }],
    };
    expect(() => buildGraph(broken)).toThrow();
  });

  it("makes one node per entity and one edge per relation, keyed by their ids", () => {
    const graph = buildGraph(smallDataset);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.source("k-arrested-b")).toBe("khrushchev");
    expect(graph.target("k-arrested-b")).toBe("beria");
    expect(graph.getNodeAttribute("presidium", "color")).toBe("#009e73");
  });

  it("sizes entities by their number of relations", () => {
    const graph = buildGraph(smallDataset);
    expect(graph.getNodeAttribute("khrushchev", "relationCount")).toBe(4);
    expect(graph.getNodeAttribute("beria", "relationCount")).toBe(1);
    expect(graph.getNodeAttribute("khrushchev", "size")).toBe(nodeSize(4));
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
  });

  it("draws two relations between the same pair as curves bending apart", () => {
    const graph = buildGraph(smallDataset);
    const rivalry = graph.getEdgeAttributes("k-rivalled-m");
    const arrest = graph.getEdgeAttributes("m-arrested-k");
    expect(rivalry.type).toBe("curvedLine"); // undirected: no arrow head
    expect(arrest.type).toBe("curvedArrow");
    // Opposite directions: the same sign in the pair's canonical frame means opposite sides.
    expect(Math.sign(rivalry.curvature)).toBe(Math.sign(arrest.curvature));
    expect(rivalry.curvature).not.toBe(0);
    expect(graph.getEdgeAttribute("k-arrested-b", "type")).toBe("arrow");
  });

  it("lays out the same way on every build, with no two entities on one spot", () => {
    const first = buildLaidOutGraph(smallDataset);
    const second = buildLaidOutGraph(smallDataset);
    const positions = (graph: ReturnType<typeof buildGraph>) =>
      graph.mapNodes((node, { x, y }) => [node, x, y]);
    expect(positions(second)).toEqual(positions(first));
    const spots = new Set(positions(first).map(([, x, y]) => `${x},${y}`));
    expect(spots.size).toBe(4);
    for (const [, x, y] of positions(first)) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
  });
});
