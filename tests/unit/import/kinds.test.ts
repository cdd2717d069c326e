/** Kinds of entities and relations from the columns tools use for them; free text stays text. */
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/import";
import { open, opened, text, xmlParser } from "./support";

const read = (name: string, content: string) =>
  importFiles([text(name, content)], { domParser: xmlParser });

describe("kinds", () => {
  it("a column of sentences is kept as an attribute, not made into one type per row", async () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `p${i},q${i},"On day ${i} the first of them wrote to the second about the harvest, the weather and the debts of the parish"`,
    );
    const dataset = opened(await read("letters.csv", `from,to,relation\n${rows.join("\n")}\n`));
    expect(dataset.relationTypes.map((type) => type.label)).toEqual(["related to"]);
    expect(dataset.relations[0]?.attributes?.relation).toMatch(/^On day 0 the first/);
    expect(dataset.notes).toContain(
      '"relation" holds 40 different values, too many or too long to be kinds of relation: kept as an attribute, not made into types',
    );
  });

  it("TinkerPop's labelV and labelE give the types", async () => {
    const dataset = opened(await open("real/tinkerpop-modern.xml"));
    expect(dataset.entityTypes.map((type) => type.label)).toEqual(["person", "software"]);
    expect(dataset.relationTypes.map((type) => [type.label, type.directed])).toEqual([
      ["knows", true],
      ["created", true],
    ]);
    expect(dataset.relations.map((r) => r.attributes?.weight)).toEqual([0.5, 1, 0.4, 1, 0.4, 0.2]);
  });

  it("Neo4j's _labels and _type give the types, a film's title its label", async () => {
    const dataset = opened(await open("real/neo4j-apoc-movies.csv"));
    expect(dataset.entityTypes.map((type) => type.label)).toEqual(["Movie", "Person"]);
    expect(dataset.relationTypes.map((type) => type.label)).toEqual([
      "ACTED_IN",
      "DIRECTED",
      "PRODUCED",
    ]);
    expect(dataset.entities[0]).toMatchObject({ label: "The Matrix", type: "movie" });
    expect(dataset.relations[0]?.attributes).toEqual({ roles: '["Neo"]' });
    // No evidence is invented: the export has no quote or source column.
    expect(dataset.relations.every((r) => r.evidence.length === 0)).toBe(true);
  });

  it("networkx's bipartite attribute makes two kinds", async () => {
    const json = `<graphml><key id="b" for="node" attr.name="bipartite" attr.type="int"/>
<graph edgedefault="undirected"><node id="Hey Jude"><data key="b">0</data></node>
<node id="The Beatles"><data key="b">1</data></node><edge source="Hey Jude" target="The Beatles"/></graph></graphml>`;
    const dataset = opened(await read("songs.graphml", json));
    expect(dataset.entityTypes.map((type) => type.label)).toEqual(["bipartite 0", "bipartite 1"]);
  });

  it("more than twelve colours stay on their entities, without making types", async () => {
    const nodes = Array.from(
      { length: 14 },
      (_, i) =>
        `<node id="n${i}"><viz:color r="${i * 15}" g="${200 - i * 10}" b="${i * 3}"/></node>`,
    );
    const gexf = `<gexf xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph><nodes>${nodes.join("")}</nodes><edges/></graph></gexf>`;
    const dataset = opened(await read("colours.gexf", gexf));
    expect(dataset.entityTypes).toHaveLength(1);
    expect(new Set(dataset.entities.map((entity) => entity.color)).size).toBe(14);
    expect(dataset.entities[1]?.color).toBe("#0fbe03");
  });
});

describe("yEd", () => {
  it("yEd desktop: labels, centres and fills from y:ShapeNode, edge labels as relations", async () => {
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="60.0" x="10.0" y="20.0"/>
      <y:Fill color="#FFED6F" transparent="false"/><y:NodeLabel>University<y:LabelModel/></y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="60.0" x="200.0" y="20.0"/>
      <y:Fill hasColor="false" transparent="false"/><y:NodeLabel>Person</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n1" target="n0"><data key="d10"><y:PolyLineEdge><y:LineStyle color="#000000"/>
      <y:EdgeLabel>studyAt<y:LabelModel/></y:EdgeLabel></y:PolyLineEdge></data></edge>
  </graph>
</graphml>`;
    const dataset = opened(await read("schema.graphml", graphml));
    expect(dataset.entities.map((e) => [e.label, e.x, e.y])).toEqual([
      ["University", 40, -35],
      ["Person", 230, -35],
    ]);
    expect(dataset.entities[0]?.color ?? dataset.entityTypes[0]?.color).toBe("#ffed6f");
    expect(dataset.relationTypes.map((type) => type.label)).toEqual(["studyAt"]);
    expect(dataset.entities.every((e) => e.attributes === undefined)).toBe(true);
  });

  it("yEd Live (yFiles for HTML): y:Label.Text, y:RectD and a style's fill", async () => {
    const dataset = opened(await open("real/yed-live-shapes.graphml"));
    expect(dataset.entities.map((e) => e.label)).toEqual([
      "Top left rounded rectangle",
      "Star",
      "őð中",
      "<p>regular <strong>bold</strong> <em>italic</em></p><p>newline</p>",
    ]);
    expect(dataset.entities[0]).toMatchObject({ x: 499, y: -276 });
    expect(dataset.relations).toHaveLength(4);
  });
});
