import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { asOfDate } from "../../../src/graph/asOf";
import { buildGraph, type KnowledgeGraph } from "../../../src/graph/build";
import { buildCatalog } from "../../../src/graph/catalog";
import {
  connectionLength,
  explainNoConnection,
  findConnections,
  type Connection,
  type Relaxation,
} from "../../../src/graph/paths";
import type { VisibleSets } from "../../../src/model/vocabulary";
import { smallDataset } from "./fixture";

/** [relation id, from, to, undirected?] */
type EdgeSpec = [string, string, string, boolean?];

/** A KnowledgeGraph with the attributes build.ts would give, without a layout. */
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
  return graph;
}

/**
 *   a ─r1→ b ─r2→ d ─r5→ e ←r6─ f      a ─r7→ i ─r8→ j ─r9→ d   (a longer way round)
 *   a ─r3→ c ─r4→ d                     b ─p1→ g, b ─p2→ g        (parallel relations)
 *   h ─u1─ a  (undirected: walkable both ways)                     z  (alone)
 */
const graph = graphOf(
  [
    ["r1", "a", "b"],
    ["r2", "b", "d"],
    ["r3", "a", "c"],
    ["r4", "c", "d"],
    ["r5", "d", "e"],
    ["r6", "f", "e"],
    ["r7", "a", "i"],
    ["r8", "i", "j"],
    ["r9", "j", "d"],
    ["p1", "b", "g"],
    ["p2", "b", "g"],
    ["u1", "h", "a", true],
    ["loop", "a", "a"],
  ],
  ["z"],
);

const everything: VisibleSets = {
  entities: new Set(graph.nodes()),
  relations: new Set(graph.edges()),
};
function without(...ids: string[]): VisibleSets {
  return {
    entities: new Set([...everything.entities].filter((id) => !ids.includes(id))),
    relations: new Set([...everything.relations].filter((id) => !ids.includes(id))),
  };
}

const relationsOf = (connection: Connection) =>
  connection.paths.map((path) => path.hops.map((hop) => hop.relation));

describe("findConnections", () => {
  it.each<
    [
      string,
      VisibleSets | null,
      string,
      string,
      boolean,
      number | undefined,
      string[][],
      number | null,
      boolean,
    ]
  >([
    // [case, visible, from, to, directed, limit, paths (relation ids), length, truncated]
    ["an unknown start", null, "nobody", "d", true, undefined, [], null, false],
    ["an unknown end", null, "a", "nobody", false, undefined, [], null, false],
    ["a hidden start", without("a"), "a", "d", true, undefined, [], null, false],
    ["a hidden end", without("d"), "a", "d", false, undefined, [], null, false],
    ["an entity with no relations", null, "a", "z", false, undefined, [], null, false],
    ["the same entity at both ends", null, "a", "a", true, undefined, [[]], 0, false],
    ["a path against the direction, directed", null, "a", "f", true, undefined, [], null, false],
    [
      "a path against the direction, ignoring direction",
      null,
      "a",
      "f",
      false,
      undefined,
      [
        ["r1", "r2", "r5", "r6"],
        ["r3", "r4", "r5", "r6"],
      ],
      4,
      false,
    ],
    ["backwards, directed", null, "d", "a", true, undefined, [], null, false],
    [
      "backwards, ignoring direction",
      null,
      "d",
      "a",
      false,
      undefined,
      [
        ["r2", "r1"],
        ["r4", "r3"],
      ],
      2,
      false,
    ],
    [
      "two shortest paths of equal length",
      null,
      "a",
      "d",
      true,
      undefined,
      [
        ["r1", "r2"],
        ["r3", "r4"],
      ],
      2,
      false,
    ],
    [
      "every relation shown",
      everything,
      "a",
      "d",
      true,
      undefined,
      [
        ["r1", "r2"],
        ["r3", "r4"],
      ],
      2,
      false,
    ],
    [
      "one of the ties filtered out",
      without("r2"),
      "a",
      "d",
      true,
      undefined,
      [["r3", "r4"]],
      2,
      false,
    ],
    [
      "both ties filtered out: the way round",
      without("r2", "r4"),
      "a",
      "d",
      true,
      undefined,
      [["r7", "r8", "r9"]],
      3,
      false,
    ],
    [
      "every way filtered out",
      without("r2", "r4", "r8"),
      "a",
      "d",
      true,
      undefined,
      [],
      null,
      false,
    ],
    [
      "the middle entities hidden: the way round",
      without("b", "c"),
      "a",
      "d",
      true,
      undefined,
      [["r7", "r8", "r9"]],
      3,
      false,
    ],
    [
      "parallel relations",
      null,
      "a",
      "g",
      true,
      undefined,
      [
        ["r1", "p1"],
        ["r1", "p2"],
      ],
      2,
      false,
    ],
    [
      "one parallel relation filtered out",
      without("p1"),
      "a",
      "g",
      true,
      undefined,
      [["r1", "p2"]],
      2,
      false,
    ],
    [
      "an undirected relation, from its `to` end",
      null,
      "a",
      "h",
      true,
      undefined,
      [["u1"]],
      1,
      false,
    ],
    [
      "an undirected relation, from its `from` end",
      null,
      "h",
      "d",
      true,
      undefined,
      [
        ["u1", "r1", "r2"],
        ["u1", "r3", "r4"],
      ],
      3,
      false,
    ],
    ["limit 1 of 2", null, "a", "d", true, 1, [["r1", "r2"]], 2, true],
    [
      "limit 2 of 2",
      null,
      "a",
      "d",
      true,
      2,
      [
        ["r1", "r2"],
        ["r3", "r4"],
      ],
      2,
      false,
    ],
    ["limit 0: only the length", null, "a", "d", true, 0, [], 2, true],
    [
      "a limit above the number of paths",
      null,
      "a",
      "f",
      false,
      3,
      [
        ["r1", "r2", "r5", "r6"],
        ["r3", "r4", "r5", "r6"],
      ],
      4,
      false,
    ],
  ])("%s", (_case, visible, from, to, directed, limit, paths, length, truncated) => {
    const connection = findConnections(graph, visible, from, to, { directed, limit });
    expect(relationsOf(connection)).toEqual(paths);
    expect(connection.length).toBe(length);
    expect(connection.truncated).toBe(truncated);
  });

  it("spells out the entities and the direction of each hop", () => {
    const connection = findConnections(graph, null, "d", "h", { directed: false });
    expect(connection.paths).toEqual([
      {
        entities: ["d", "b", "a", "h"],
        hops: [
          { relation: "r2", from: "d", to: "b", reversed: true },
          { relation: "r1", from: "b", to: "a", reversed: true },
          { relation: "u1", from: "a", to: "h", reversed: true },
        ],
      },
      {
        entities: ["d", "c", "a", "h"],
        hops: [
          { relation: "r4", from: "d", to: "c", reversed: true },
          { relation: "r3", from: "c", to: "a", reversed: true },
          { relation: "u1", from: "a", to: "h", reversed: true },
        ],
      },
    ]);
  });

  it("gives one path of no hops from an entity to itself", () => {
    expect(findConnections(graph, null, "z", "z", { directed: true })).toEqual({
      paths: [{ entities: ["z"], hops: [] }],
      truncated: false,
      length: 0,
    });
  });

  it.each<[string, ReadonlySet<string> | undefined, string, string, number | null]>([
    // [case, undirectedTypes, from, to, length]
    ["no undirected types: u1 only along its direction", new Set(), "a", "h", null],
    ["no undirected types, along u1's direction", new Set(), "h", "a", 1],
    ["drawn style decides when omitted", undefined, "a", "h", 1],
    ["a directed type declared undirected", new Set(["arrested"]), "d", "a", 2],
  ])("undirectedTypes: %s", (_case, undirectedTypes, from, to, length) => {
    expect(findConnections(graph, null, from, to, { directed: true, undirectedTypes }).length).toBe(
      length,
    );
    expect(connectionLength(graph, null, from, to, { directed: true, undirectedTypes })).toBe(
      length,
    );
  });

  it("stops at the limit even when shortest paths are numerous", () => {
    // A ladder of 16 diamonds: 2^16 shortest paths from the first rung to the last.
    const edges: EdgeSpec[] = [];
    for (let i = 0; i < 16; i++) {
      const rung = String(i).padStart(2, "0");
      edges.push([`${rung}-up-1`, `n${i}`, `u${i}`], [`${rung}-up-2`, `u${i}`, `n${i + 1}`]);
      edges.push([`${rung}-down-1`, `n${i}`, `d${i}`], [`${rung}-down-2`, `d${i}`, `n${i + 1}`]);
    }
    const ladder = graphOf(edges);
    const connection = findConnections(ladder, null, "n0", "n16", { directed: true, limit: 3 });
    expect(connection.length).toBe(32);
    expect(connection.truncated).toBe(true);
    // In order of relation ids: "down" before "up", the last rung varying fastest.
    expect(connection.paths.map((path) => path.hops.slice(-4).map((hop) => hop.relation))).toEqual([
      ["14-down-1", "14-down-2", "15-down-1", "15-down-2"],
      ["14-down-1", "14-down-2", "15-up-1", "15-up-2"],
      ["14-up-1", "14-up-2", "15-down-1", "15-down-2"],
    ]);
  });
});

describe("findConnections over a graph or sets that change", () => {
  it("sees relations added or dropped after an earlier query", () => {
    const changing = graphOf([["x1", "a", "b"]], ["c"]);
    expect(findConnections(changing, null, "a", "c", { directed: true }).length).toBeNull();
    changing.addDirectedEdgeWithKey("x2", "b", "c", changing.getEdgeAttributes("x1"));
    expect(relationsOf(findConnections(changing, null, "a", "c", { directed: true }))).toEqual([
      ["x1", "x2"],
    ]);
    changing.dropEdge("x1");
    expect(findConnections(changing, null, "a", "c", { directed: true }).length).toBeNull();
  });

  it("re-reads a visible set that has grown since an earlier query", () => {
    const relations = new Set(["r1", "r3", "r4"]);
    const visible: VisibleSets = { entities: everything.entities, relations };
    expect(relationsOf(findConnections(graph, visible, "a", "d", { directed: true }))).toEqual([
      ["r3", "r4"],
    ]);
    relations.add("r2");
    expect(relationsOf(findConnections(graph, visible, "a", "d", { directed: true }))).toEqual([
      ["r1", "r2"],
      ["r3", "r4"],
    ]);
  });
});

describe("findConnections as of a date (fixture)", () => {
  const small = buildGraph(smallDataset);
  const catalog = buildCatalog(smallDataset);

  it.each<[string, string, string, boolean, string[][]]>([
    // [date, from, to, directed, paths]
    // 1956: the rivalry is over and the 1957 arrest has not happened: Malenkov is not shown.
    ["1956", "malenkov", "beria", false, []],
    // 1954: the (undirected) rivalry links Malenkov to Khrushchev, who arrested Beria.
    ["1954", "malenkov", "beria", true, [["k-rivalled-m", "k-arrested-b"]]],
    ["1958", "malenkov", "beria", true, [["m-arrested-k", "k-arrested-b"]]],
    ["1958", "beria", "malenkov", true, []],
    ["1958", "beria", "malenkov", false, [["k-arrested-b", "m-arrested-k"]]],
    // 1952: nothing dated has happened; only the undated membership is shown.
    ["1952", "khrushchev", "presidium", true, [["k-member-p"]]],
    ["1952", "khrushchev", "beria", false, []],
  ])("as of %s, %s to %s (directed: %s)", (date, from, to, directed, paths) => {
    const connection = findConnections(small, asOfDate(catalog, date), from, to, { directed });
    expect(relationsOf(connection)).toEqual(paths);
  });

  it("finds both paths when every date is shown", () => {
    const connection = findConnections(small, null, "malenkov", "beria", { directed: true });
    expect(relationsOf(connection)).toEqual([
      ["k-rivalled-m", "k-arrested-b"],
      ["m-arrested-k", "k-arrested-b"],
    ]);
  });
});

describe("explainNoConnection", () => {
  const small = buildGraph(smallDataset);
  const catalog = buildCatalog(smallDataset);
  const in1954 = asOfDate(catalog, "1954");
  const noRivalry = (visible: VisibleSets | null): VisibleSets => ({
    entities: visible?.entities ?? new Set(small.nodes()),
    relations: new Set(
      [...(visible?.relations ?? small.edges())].filter(
        (id) => catalog.relation.get(id)?.type !== "rivalled",
      ),
    ),
  });
  // As of 1954 with the "rivalled" type filtered out, Malenkov and Beria are not connected.
  const relaxations: Relaxation[] = [
    { label: "show rivalled", visible: in1954, directed: true },
    { label: "ignore direction", visible: noRivalry(in1954), directed: false },
    { label: "all time", visible: noRivalry(null), directed: true },
  ];

  it.each<[string, string, string, readonly Relaxation[], string[]]>([
    // [case, from, to, relaxations, labels]
    ["no relaxations", "malenkov", "beria", [], []],
    ["an unknown entity", "nobody", "beria", relaxations, []],
    ["Malenkov to Beria", "malenkov", "beria", relaxations, ["show rivalled", "all time"]],
    [
      "Beria to Malenkov: only ignoring direction, and only with the rivalry",
      "beria",
      "malenkov",
      [
        ...relaxations,
        { label: "ignore direction, rivalled shown", visible: in1954, directed: false },
      ],
      ["ignore direction, rivalled shown"],
    ],
  ])("%s", (_case, from, to, candidates, labels) => {
    expect(findConnections(small, noRivalry(in1954), from, to, { directed: true }).length).toBe(
      null,
    );
    expect(explainNoConnection(small, from, to, candidates)).toEqual(labels);
  });
});

/*
 * Property: on random small multigraphs with random visibility, the result equals a brute-force
 * reference: all-pairs distances by Floyd–Warshall, then every walk that keeps to a shortest
 * distance, sorted by relation ids. And every returned path is valid on its own terms.
 */
describe("findConnections (property)", () => {
  const arbitraryCase = fc.record({
    nodes: fc.integer({ min: 1, max: 7 }),
    edges: fc.array(
      fc.record({
        from: fc.nat(6),
        to: fc.nat(6),
        undirected: fc.boolean(),
        shown: fc.boolean(),
      }),
      { maxLength: 14 },
    ),
    hidden: fc.array(fc.nat(6), { maxLength: 2 }),
    from: fc.nat(7),
    to: fc.nat(7),
    directed: fc.boolean(),
    limit: fc.integer({ min: 0, max: 4 }),
  });

  it("returns exactly the first `limit` shortest paths, each one valid", () => {
    fc.assert(
      fc.property(arbitraryCase, (input) => {
        const node = (i: number) => `n${i % input.nodes}`;
        const specs: EdgeSpec[] = input.edges.map((edge, i) => [
          `e${i}`,
          node(edge.from),
          node(edge.to),
          edge.undirected,
        ]);
        const nodes = Array.from({ length: input.nodes }, (_, i) => `n${i}`);
        const random = graphOf(specs, nodes);
        const visible: VisibleSets = {
          entities: new Set(nodes.filter((_, i) => !input.hidden.includes(i))),
          relations: new Set(specs.filter((_, i) => input.edges[i]!.shown).map(([id]) => id)),
        };
        // `from`/`to` = nodes.length stands for an unknown id.
        const from = input.from < input.nodes ? `n${input.from}` : "unknown";
        const to = input.to < input.nodes ? `n${input.to}` : "unknown";

        // Reference: the moves allowed, then Floyd–Warshall.
        const moves: { relation: string; from: string; to: string; reversed: boolean }[] = [];
        for (const [id, a, b, undirected] of specs) {
          if (!visible.relations.has(id) || a === b) continue;
          if (!visible.entities.has(a) || !visible.entities.has(b)) continue;
          moves.push({ relation: id, from: a, to: b, reversed: false });
          if (!input.directed || undirected)
            moves.push({ relation: id, from: b, to: a, reversed: true });
        }
        const INF = Number.POSITIVE_INFINITY;
        const dist = new Map<string, number>();
        const d = (a: string, b: string) => dist.get(`${a} ${b}`) ?? (a === b ? 0 : INF);
        for (const move of moves) dist.set(`${move.from} ${move.to}`, 1);
        for (const k of nodes)
          for (const i of nodes)
            for (const j of nodes)
              if (d(i, k) + d(k, j) < d(i, j)) dist.set(`${i} ${j}`, d(i, k) + d(k, j));
        const known = visible.entities.has(from) && visible.entities.has(to);
        const distance = known ? d(from, to) : INF;
        const all: string[][] = [];
        const walk = (at: string, taken: string[]) => {
          if (at === to) return void all.push(taken);
          for (const move of moves)
            if (move.from === at && d(move.to, to) === distance - taken.length - 1)
              walk(move.to, [...taken, move.relation]);
        };
        if (distance !== INF) walk(from, []);
        all.sort((x, y) => {
          for (let i = 0; i < Math.min(x.length, y.length); i++)
            if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
          return x.length - y.length;
        });

        const connection = findConnections(random, visible, from, to, {
          directed: input.directed,
          limit: input.limit,
        });
        expect(connection.length).toBe(distance === INF ? null : distance);
        expect(relationsOf(connection)).toEqual(all.slice(0, input.limit));
        expect(connection.truncated).toBe(all.length > input.limit);
        expect(connectionLength(random, visible, from, to, input)).toBe(connection.length);

        for (const path of connection.paths) {
          expect(path.hops).toHaveLength(distance);
          expect(path.entities).toHaveLength(path.hops.length + 1);
          expect(path.entities[0]).toBe(from);
          expect(path.entities.at(-1)).toBe(to);
          path.hops.forEach((hop, i) => {
            expect(hop.from).toBe(path.entities[i]);
            expect(hop.to).toBe(path.entities[i + 1]);
            expect(visible.relations.has(hop.relation)).toBe(true);
            expect(visible.entities.has(hop.to)).toBe(true);
            const [source, target] = random.extremities(hop.relation);
            expect([source, target]).toEqual(
              hop.reversed ? [hop.to, hop.from] : [hop.from, hop.to],
            );
            if (hop.reversed && input.directed) {
              expect(random.getEdgeAttribute(hop.relation, "type")).toBe("line");
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
