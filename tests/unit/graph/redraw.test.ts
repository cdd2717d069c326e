import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { Emphasis } from "../../../src/graph/emphasis";
import { changedItems } from "../../../src/graph/redraw";

const graph = new MultiDirectedGraph();
for (const id of ["a", "b", "c", "d"]) graph.addNode(id);
graph.addEdgeWithKey("ab", "a", "b");
graph.addEdgeWithKey("bc", "b", "c");
graph.addEdgeWithKey("cd", "c", "d");

const around = (id: string, nodes: string[], edges: string[]): Emphasis => ({
  primary: new Set([id]),
  nodes: new Set(nodes),
  edges: new Set(edges),
});
const sorted = (changed: { entities: string[]; relations: string[] }) => ({
  entities: [...changed.entities].sort(),
  relations: [...changed.relations].sort(),
});

describe("changedItems", () => {
  it("finds nothing to repaint when the inputs are the same objects", () => {
    const visible = { entities: new Set(["a"]), relations: new Set<string>() };
    const emphasis = around("a", ["a", "b"], ["ab"]);
    expect(changedItems(graph, { visible, emphasis }, { visible, emphasis })).toEqual({
      entities: [],
      relations: [],
    });
  });

  it("repaints what leaves and what gains emphasis, and nothing else", () => {
    const onA = around("a", ["a", "b"], ["ab"]);
    const onD = around("d", ["c", "d"], ["cd"]);
    expect(
      sorted(
        changedItems(graph, { visible: null, emphasis: onA }, { visible: null, emphasis: onD }),
      ),
    ).toEqual({
      entities: ["a", "b", "c", "d"],
      relations: ["ab", "cd"],
    });
    expect(
      sorted(
        changedItems(graph, { visible: null, emphasis: null }, { visible: null, emphasis: onD }),
      ),
    ).toEqual({
      entities: ["c", "d"],
      relations: ["cd"],
    });
  });

  it("repaints only the entities and relations whose visibility flips", () => {
    const early = { entities: new Set(["a", "b", "c"]), relations: new Set(["ab"]) };
    const later = { entities: new Set(["a", "b", "c", "d"]), relations: new Set(["ab", "cd"]) };
    expect(
      sorted(
        changedItems(graph, { visible: early, emphasis: null }, { visible: later, emphasis: null }),
      ),
    ).toEqual({
      entities: ["d"],
      relations: ["cd"],
    });
    // Back to everything on show: what the date hid comes back.
    expect(
      sorted(
        changedItems(graph, { visible: early, emphasis: null }, { visible: null, emphasis: null }),
      ),
    ).toEqual({
      entities: ["d"],
      relations: ["bc", "cd"],
    });
  });
});
