/** Formats recognised by their content: edge lists, JSON networks, and what a refusal says. */
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/import";
import { placeOf } from "../../../src/model/problem";
import { open, opened, refused, text, xmlParser } from "./support";

const read = (name: string, content: string) =>
  importFiles([text(name, content)], { domParser: xmlParser });

describe("files that are none of the formats say what they resemble", () => {
  const cases: [string, string, string][] = [
    ["network.gml", "graph [\n  node [ id 1 ]\n]\n", "it resembles GML, which is not read"],
    ["network.dot", "digraph G { a -> b }\n", "it resembles Graphviz DOT, which is not read"],
    ["karate.net", "*Vertices 3\n1 a\n2 b\n*Edges\n1 2\n", "it resembles Pajek .net"],
    [
      "project.json",
      '{"type": "gephi-lite", "version": "1.0.0", "graphDataset": {}}',
      "not a dramatis dataset: it is JSON with the keys",
    ],
  ];
  it.each(cases)("%s", async (name, content, expected) => {
    const result = refused(await read(name, content));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toContain(expected);
  });
});

describe("edge lists as archives publish them", () => {
  it("a line with one end is named by its line", async () => {
    const result = refused(
      await read("broken.edgelist", "# Directed graph\n1 2\n3\n2 3\n3 4\n4 5\n"),
    );
    expect(result.problems.map((p) => [placeOf(p), p.message])).toEqual([
      ["broken.edgelist:3", 'expected the two ends of an edge, found "3"'],
    ]);
  });

  it("KONECT's header says the edges are undirected; the third column is a weight", async () => {
    const dataset = opened(
      await read("out.konect", "% sym positive\n% 3 3 3\n1 2 5\n2 3 1\n3 1 2\n"),
    );
    expect(dataset.format).toBe("text-edge-list");
    expect(dataset.relationTypes[0]?.directed).toBe(false);
    expect(dataset.relations.map((r) => r.attributes)).toEqual([
      { weight: 5 },
      { weight: 1 },
      { weight: 2 },
    ]);
    expect(dataset.notes).toEqual([]);
  });

  it("SNAP football (tabs, weights): 115 teams, 613 games, every weight kept", async () => {
    const dataset = opened(await open("real/snap-football.edgelist"));
    expect([dataset.entities.length, dataset.relations.length]).toEqual([115, 613]);
    expect(dataset.relations.filter((r) => r.attributes?.weight === 2)).toHaveLength(2);
    expect(dataset.notes).toEqual([
      "the file does not say whether its edges are directed: they are read as directed",
    ]);
  });
});

describe("JSON networks", () => {
  it("an edge without a target is named by its place", async () => {
    const result = refused(
      await read("bad.json", '{"nodes": [{"id": "a"}], "links": [{"source": "a"}]}'),
    );
    expect(result.problems.map((p) => [placeOf(p), p.message])).toEqual([
      ["bad.json: links[0]", "no target: every edge needs both ends"],
    ]);
  });

  it("networkx node-link (the d3 form: links by index)", async () => {
    const dataset = opened(await open("real/networkx-force.json"));
    expect(dataset.format).toBe("node-link");
    expect([dataset.entities.length, dataset.relations.length]).toEqual([11, 16]);
    expect(dataset.relations[6]).toMatchObject({ from: "3", to: "4" });
    expect(dataset.entityTypes.map((type) => type.label)).toEqual(["group 2", "group 0", "Node"]);
  });

  it("networkx node-link with ids, directed, attributes kept", async () => {
    const json = JSON.stringify({
      directed: true,
      multigraph: false,
      graph: { name: "Songs" },
      nodes: [
        { id: "hey-jude", bipartite: 0, popularity: 73 },
        { id: "beatles", bipartite: 1, genre: "rock" },
      ],
      links: [{ source: "beatles", target: "hey-jude", weight: 2.5 }],
    });
    const dataset = opened(await read("songs.json", json));
    expect(dataset.title).toBe("Songs");
    expect(dataset.entities.map((e) => [e.type, e.attributes])).toEqual([
      ["bipartite-0", { popularity: 73 }],
      ["bipartite-1", { genre: "rock" }],
    ]);
    expect(dataset.relations[0]).toMatchObject({ from: "beatles", attributes: { weight: 2.5 } });
    expect(dataset.relationTypes[0]?.directed).toBe(true);
  });

  it("Cytoscape.js compound nodes become groups with member-of relations", async () => {
    const dataset = opened(await open("real/cytoscapejs-cola-compound.json"));
    expect(dataset.format).toBe("cytoscape");
    expect(
      dataset.relations.filter((r) => r.type === "member-of").map((r) => [r.from, r.to]),
    ).toEqual([
      ["b", "compound-1"],
      ["c", "compound-1"],
      ["a", "compound-2"],
      ["d", "compound-3"],
      ["e", "compound-3"],
    ]);
  });

  it("graphology's own serialisation, with positions and undirected edges", async () => {
    const json = JSON.stringify({
      options: { type: "mixed", multi: false },
      attributes: { title: "A graphology graph" },
      nodes: [
        { key: "a", attributes: { label: "Alice", x: 1, y: 2, color: "#ff0000" } },
        { key: "b", attributes: { label: "Bob", x: 3, y: 4 } },
      ],
      edges: [{ source: "a", target: "b", undirected: true, attributes: { weight: 3 } }],
    });
    const dataset = opened(await read("g.json", json));
    expect(dataset.format).toBe("graphology");
    expect(dataset.title).toBe("A graphology graph");
    expect(dataset.entities.map((e) => [e.label, e.x, e.y])).toEqual([
      ["Alice", 1, 2],
      ["Bob", 3, 4],
    ]);
    expect(dataset.relationTypes[0]?.directed).toBe(false);
  });
});
