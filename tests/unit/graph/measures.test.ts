import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, type KnowledgeGraph } from "../../../src/graph/build";
import { computeMeasure } from "../../../src/graph/centrality";
import { ordinal, rankOf, sizeFor } from "../../../src/graph/measures";
import { MEASURES, type Measure } from "../../../src/model/vocabulary";
import { smallDataset } from "./fixture";

/** [relation id, from, to, undirected?] */
type EdgeSpec = [string, string, string, boolean?];

function graphOf(edges: readonly EdgeSpec[], lone: readonly string[] = []): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const addNode = (id: string) => {
    if (graph.hasNode(id)) return;
    graph.addNode(id, {
      label: id,
      entityType: "thing",
      color: "#000000",
      size: 5,
      x: 0,
      y: 0,
      relationCount: 0,
    });
  };
  lone.forEach(addNode);
  for (const [id, from, to, undirected] of edges) {
    addNode(from);
    addNode(to);
    graph.addDirectedEdgeWithKey(id, from, to, {
      relationType: undirected ? "rivalled" : "arrested",
      label: id,
      color: "#000000",
      size: 2,
      type: undirected ? "line" : "arrow",
      curvature: 0,
    });
  }
  graph.forEachNode((node) =>
    graph.setNodeAttribute(node, "relationCount", graph.edges(node).length),
  );
  return graph;
}

/** A star round "hub" whose relations run both ways, some in parallel, plus a tail e–d. */
const star = graphOf(
  [
    ["s1", "hub", "a"],
    ["s2", "b", "hub"],
    ["s3", "hub", "c"],
    ["s4", "hub", "c"],
    ["s5", "c", "hub"],
    ["s6", "hub", "d", true],
    ["s7", "d", "e"],
    ["s8", "a", "a"],
  ],
  ["alone"],
);

const sum = (values: ReadonlyMap<string, number>) =>
  [...values.values()].reduce((total, value) => total + value, 0);

describe("computeMeasure", () => {
  it.each(MEASURES)("%s: an empty graph has no values", (measure) => {
    expect(computeMeasure(graphOf([]), measure)).toEqual(new Map());
  });

  it.each(MEASURES)("%s: one value per entity, in the graph's order", (measure) => {
    expect([...computeMeasure(star, measure).keys()]).toEqual(star.nodes());
  });

  it.each(MEASURES)("%s: leaves the graph untouched", (measure) => {
    const graph = buildGraph(smallDataset);
    const before = graph.export();
    computeMeasure(graph, measure);
    expect(graph.export()).toEqual(before);
  });

  it("relations: the relation count of each entity", () => {
    const values = computeMeasure(buildGraph(smallDataset), "relations");
    expect(Object.fromEntries(values)).toEqual({
      khrushchev: 4,
      beria: 1,
      malenkov: 2,
      presidium: 1,
    });
  });

  it("betweenness: the centre of a star is the largest, leaves and loners zero", () => {
    const values = computeMeasure(star, "betweenness");
    const hub = values.get("hub")!;
    for (const [id, value] of values) if (id !== "hub") expect(value).toBeLessThan(hub);
    expect(values.get("d")).toBeGreaterThan(0); // between the tail e and the rest
    for (const leaf of ["a", "b", "c", "e", "alone"]) expect(values.get(leaf)).toBe(0);
    expect(rankOf(values, "hub")).toEqual({ rank: 1, of: 7 });
  });

  it("betweenness: parallel relations and direction do not change who lies between", () => {
    // a →→ b → c → d: b and c each lie between two pairs of the four.
    const chain = graphOf([
      ["x1", "a", "b"],
      ["x2", "a", "b"],
      ["x3", "b", "c"],
      ["x4", "d", "c"],
    ]);
    const values = computeMeasure(chain, "betweenness");
    expect(values.get("a")).toBe(0);
    expect(values.get("d")).toBe(0);
    expect(values.get("b")).toBeGreaterThan(0);
    expect(values.get("b")).toBeCloseTo(values.get("c")!);
  });

  it.each([
    ["the fixture", buildGraph(smallDataset)],
    ["the star", star],
    ["a graph without relations", graphOf([], ["x", "y", "z"])],
  ])("pagerank: values on %s sum to 1", (_case, graph) => {
    const values = computeMeasure(graph, "pagerank");
    expect(sum(values)).toBeCloseTo(1, 5);
    for (const value of values.values()) expect(value).toBeGreaterThan(0);
  });

  it("pagerank: flows along a directed relation, both ways along an undirected one", () => {
    const directed = computeMeasure(graphOf([["r", "a", "b"]]), "pagerank");
    expect(directed.get("b")).toBeGreaterThan(directed.get("a")!);
    const undirected = computeMeasure(graphOf([["r", "a", "b", true]]), "pagerank");
    expect(undirected.get("a")).toBeCloseTo(undirected.get("b")!);
  });
});

describe("rankOf", () => {
  const values = new Map([
    ["a", 5],
    ["b", 3],
    ["c", 3],
    ["d", 1],
    ["e", 0],
  ]);

  it.each<[string, ReadonlyMap<string, number>, string, { rank: number; of: number } | null]>([
    // [case, values, id, rank]
    ["an empty map", new Map(), "a", null],
    ["an unknown id", values, "nobody", null],
    ["a value that is not a number", new Map([["a", Number.NaN]]), "a", null],
    ["the largest", values, "a", { rank: 1, of: 5 }],
    ["a tie shares the better rank", values, "b", { rank: 2, of: 5 }],
    ["the other of the tie", values, "c", { rank: 2, of: 5 }],
    ["after a tie, the rank skips", values, "d", { rank: 4, of: 5 }],
    ["the smallest", values, "e", { rank: 5, of: 5 }],
    [
      "all equal",
      new Map([
        ["x", 2],
        ["y", 2],
      ]),
      "y",
      { rank: 1, of: 2 },
    ],
    [
      "a NaN elsewhere ranks below",
      new Map([
        ["x", Number.NaN],
        ["y", 2],
      ]),
      "y",
      { rank: 1, of: 2 },
    ],
  ])("%s", (_case, map, id, expected) => {
    expect(rankOf(map, id)).toEqual(expected);
  });

  it("agrees with counting the values greater (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1 }), (numbers) => {
        const map = new Map(numbers.map((value, i) => [`n${i}`, value]));
        numbers.forEach((value, i) => {
          const greater = numbers.filter((other) => other > value).length;
          expect(rankOf(map, `n${i}`)).toEqual({ rank: greater + 1, of: numbers.length });
        });
      }),
    );
  });
});

describe("ordinal", () => {
  it.each([
    [0, "0th"],
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [10, "10th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [23, "23rd"],
    [100, "100th"],
    [101, "101st"],
    [111, "111th"],
    [112, "112th"],
    [1001, "1001st"],
  ])("%i → %s", (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe("sizeFor", () => {
  const values = new Map([
    ["top", 16],
    ["quarter", 4],
    ["zero", 0],
    ["negative", -3],
  ]);

  it.each<
    [string, ReadonlyMap<string, number>, string, number | undefined, number | undefined, number]
  >([
    // [case, values, id, min, max, size]
    ["an empty map", new Map(), "top", undefined, undefined, 5],
    ["an unknown id", values, "nobody", undefined, undefined, 5],
    ["all values zero", new Map([["x", 0]]), "x", undefined, undefined, 5],
    ["the maximum", values, "top", undefined, undefined, 22],
    [
      "a quarter of the maximum: half way (square root)",
      values,
      "quarter",
      undefined,
      undefined,
      13.5,
    ],
    ["zero", values, "zero", undefined, undefined, 5],
    ["a negative value", values, "negative", undefined, undefined, 5],
    ["custom bounds, maximum", values, "top", 2, 10, 10],
    ["custom bounds, quarter", values, "quarter", 2, 10, 6],
  ])("%s", (_case, map, id, min, max, size) => {
    expect(sizeFor(map, id, min, max)).toBeCloseTo(size);
  });

  it.each<Measure>(MEASURES)("stays within 5–22 for every entity by %s", (measure) => {
    const measured = computeMeasure(star, measure);
    for (const id of star.nodes()) {
      const size = sizeFor(measured, id);
      expect(size).toBeGreaterThanOrEqual(5);
      expect(size).toBeLessThanOrEqual(22);
    }
  });
});
