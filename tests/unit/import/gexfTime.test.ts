/** GEXF's time and nesting, on the format's own example files (tests/fixtures/real/). */
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/import";
import { open, opened, refused, text, xmlParser } from "./support";

describe("GEXF time", () => {
  it("a start that is not a date is named with its element and offered to drop", async () => {
    const gexf = `<gexf version="1.3"><graph mode="dynamic" timeformat="date"><nodes>
<node id="a" start="soon"/><node id="b" start="2009-03-01"/></nodes><edges/></graph></gexf>`;
    const result = refused(await importFiles([text("t.gexf", gexf)], { domParser: xmlParser }));
    expect(result.problems).toEqual([
      expect.objectContaining({ code: "invalid-value", place: '<node id="a"> line 2' }),
    ]);
    expect(result.fix?.description).toBe("drop the date that cannot be read and open the rest?");
  });

  it("dynamics.gexf: start and end on nodes and edges, spells, values over time", async () => {
    const dataset = opened(await open("real/gexf-dynamics.gexf"));
    expect(dataset.entities.map((e) => [e.label, e.start, e.end])).toEqual([
      ["Gephi", "2009-03-01", undefined],
      ["Network", undefined, undefined],
      // Two spells, the first open at its start: shown until the second one's end.
      ["Visualization", undefined, "2009-03-10"],
      ["Graph", undefined, undefined],
    ]);
    expect(dataset.relations.map((r) => [r.start, r.end])).toEqual([
      ["2009-03-01", undefined],
      ["2009-03-01", "2009-03-10"],
      ["2009-03-01", undefined],
      [undefined, "2009-03-10"],
      ["2009-03-01", undefined],
    ]);
    // Edges that end hold over time.
    expect(dataset.relationTypes[0]?.temporal).toBe("state");
    expect(dataset.entities[1]?.attributes?.indegree).toBe(
      "1 (until 2009-03-01); 2 (2009-03-01 to 2009-03-10); 1 (from 2009-03-10)",
    );
    expect(dataset.entities[3]?.attributes?.frog).toBe(false);
  });

  it("numeric time that is not years is kept as numbers, with a note", async () => {
    const gexf = `<gexf version="1.3"><graph mode="dynamic" timeformat="integer"><nodes>
<node id="a" start="1" end="3"/><node id="b" start="2"/></nodes>
<edges><edge source="a" target="b" start="2" end="8"/></edges></graph></gexf>`;
    const dataset = opened(await importFiles([text("s.gexf", gexf)], { domParser: xmlParser }));
    expect(dataset.entities.map((e) => [e.start, e.attributes])).toEqual([
      [undefined, { start: 1, end: 3 }],
      [undefined, { start: 2 }],
    ]);
    expect(dataset.relations[0]?.attributes).toEqual({ start: 2, end: 8 });
    expect(dataset.notes[0]).toMatch(/^the file's time is numeric \(1, 3, 2…\)/);
  });

  it("whole years as numbers become years", async () => {
    const gexf = `<gexf version="1.3"><graph mode="dynamic" timeformat="integer"><nodes>
<node id="a" start="1815" end="1821"/></nodes><edges/></graph></gexf>`;
    const dataset = opened(await importFiles([text("y.gexf", gexf)], { domParser: xmlParser }));
    expect(dataset.entities[0]).toMatchObject({ start: "1815", end: "1821" });
  });
});

describe("nested nodes", () => {
  it("hierarchy1.gexf: groups are entities with their own values, members point to them", async () => {
    const dataset = opened(await open("real/gexf-hierarchy1.gexf"));
    expect(dataset.entities).toHaveLength(10);
    const memberOf = dataset.relations.filter((r) => r.type === "member-of");
    expect(memberOf.map((r) => [r.from, r.to])).toEqual([
      ["b", "a"],
      ["c", "b"],
      ["d", "b"],
      ["i", "b"],
      ["e", "a"],
      ["f", "e"],
      ["g", "e"],
      ["h", "e"],
      ["j", "a"],
    ]);
    expect(dataset.relations).toHaveLength(9 + 9);
    expect(dataset.entities.find((e) => e.id === "a")?.label).toBe("Kevin Bacon");
    expect(dataset.notes[0]).toMatch(/^9 nodes are nested in 3 groups/);
  });
});
