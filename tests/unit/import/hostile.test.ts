/**
 * Broken and hostile files (tests/fixtures/hostile/, one per case): each is refused with its place
 * and a message, or opens with what is harmful removed and everything else kept as text. Nothing is
 * ever half-loaded: a refusal carries no dataset, only (for a safe fix) the dataset with the fix.
 */
import { describe, expect, it } from "vitest";
import { importFiles, type ImportResult } from "../../../src/import";
import { fixture, open, opened, refused, spyParser, text, xmlParser } from "./support";
import { placeOf, type ProblemCode } from "../../../src/model/problem";

const H = "hostile/";

/** [path, message] of each problem. */
function problemsOf(result: ImportResult): [string, string][] {
  const failure = refused(result);
  expect(failure).not.toHaveProperty("loaded");
  return failure.problems.map((problem) => [placeOf(problem), problem.message]);
}

describe("files that are not text, or hardly", () => {
  const cases: [string, string, string][] = [
    ["empty.csv", "empty.csv", "the file is empty"],
    ["whitespace-only.json", "whitespace-only.json", "the file holds only white space"],
    [
      "invalid-utf8.csv",
      "invalid-utf8.csv",
      "the file is not valid UTF-8 (byte 25, line 3): save it as UTF-8",
    ],
  ];
  it.each(cases)("%s is refused: %s: %s", async (file, path, message) => {
    expect(problemsOf(await open(H + file))).toEqual([[path, message]]);
  });

  it("a UTF-8 byte-order mark is not part of the first column's name", async () => {
    const dataset = opened(await open(`${H}bom-utf8.csv`));
    expect(dataset.entities.map(({ id, label }) => [id, label])).toEqual([
      ["zhukov", "Georgy Zhukov"],
    ]);
  });

  it("UTF-16 LE and BE are read by their byte-order mark", async () => {
    expect(opened(await open(`${H}utf16le-bom.csv`)).entities[0]?.label).toBe("Жуков");
    expect(opened(await open(`${H}utf16be-bom.graphml`)).entities[0]?.label).toBe("Ärger");
  });
});

describe("truncated files", () => {
  it("JSON: the line and column where it ends", async () => {
    expect(problemsOf(await open(`${H}truncated.json`))).toEqual([
      [
        "(file)",
        "invalid JSON at line 5, column 29: the file ends inside a string (a closing quote is missing)",
      ],
    ]);
  });

  it("XML: the line where it ends", async () => {
    const problems = problemsOf(await open(`${H}truncated.gexf`));
    expect(problems[0]?.[0]).toBe("truncated.gexf line 7");
    expect(problems[0]?.[1]).toMatch(/^invalid XML: /);
  });
});

describe("XML with a document type is refused before any parser sees it", () => {
  it.each([
    ["billion-laughs.gexf", "billion-laughs.gexf line 2"],
    ["external-entity.graphml", "external-entity.graphml line 2"],
  ])("%s", async (file, path) => {
    const spy = spyParser();
    const result = await open(H + file, { domParser: spy.Parser });
    const [problem] = problemsOf(result);
    expect(problem?.[0]).toBe(path);
    expect(problem?.[1]).toMatch(
      /^the file declares a document type \(<!DOCTYPE>\), which is not read/,
    );
    expect(spy.uses()).toBe(0);
  });

  it("also in an XML file of no known dialect", async () => {
    const spy = spyParser();
    const result = await importFiles(
      [
        text(
          "data.xml",
          '<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "http://evil.example/x.dtd">\n<x/>',
        ),
      ],
      { domParser: spy.Parser },
    );
    expect(problemsOf(result)[0]?.[0]).toBe("data.xml line 2");
    expect(spy.uses()).toBe(0);
  });
});

describe("structure", () => {
  it("XML with no graph element", async () => {
    expect(problemsOf(await open(`${H}no-graph-element.gexf`))).toEqual([
      ["<gexf> line 3", "no <graph> element: the file holds no network"],
    ]);
  });

  it("XML of another kind", async () => {
    const result = await importFiles([text("page.xml", "<html><body/></html>")], {
      domParser: xmlParser,
    });
    expect(problemsOf(result)).toEqual([
      [
        "page.xml",
        "an XML file whose root element is <html>: expected GEXF (<gexf>) or GraphML (<graphml>)",
      ],
    ]);
  });

  it("zero nodes", async () => {
    expect(problemsOf(await open(`${H}zero-nodes.graphml`))).toEqual([
      ["zero-nodes.graphml", "no entities: the file holds nothing to show"],
    ]);
  });

  it("one node opens, with its position", async () => {
    const dataset = opened(await open(`${H}one-node.gexf`));
    expect(dataset.entities).toEqual([
      expect.objectContaining({ id: "alone", label: "Alone", x: 3, y: 4 }),
    ]);
    expect(dataset.relations).toEqual([]);
  });

  it("self-loops are kept, with a note", async () => {
    const dataset = opened(await open(`${H}self-loops.graphml`));
    expect(dataset.relations.map((r) => [r.from, r.to])).toEqual([
      ["narcissus", "narcissus"],
      ["echo", "echo"],
      ["echo", "narcissus"],
    ]);
    expect(dataset.notes).toContain("2 relations connect entities to themselves (kept)");
  });
});

describe("ids", () => {
  it("duplicate node ids in XML: the element, its line, and where the id was first used", async () => {
    expect(problemsOf(await open(`${H}duplicate-node-ids.gexf`))).toEqual([
      ['<node id="n1"> line 8', 'duplicate id "n1" (first used at line 6)'],
    ]);
  });

  it("duplicate ids in CSV: the cell, and the cell where it was first used", async () => {
    expect(problemsOf(await open(`${H}duplicate-ids.csv`))).toEqual([
      ["duplicate-ids.csv:4:1", 'id: duplicate id "beria" (first at duplicate-ids.csv:2:1)'],
    ]);
  });

  it('JSON ids 1 and "1": the number is not an id', async () => {
    expect(problemsOf(await open(`${H}ids-1-and-string-1.json`))).toEqual([
      ["entities[0].id", "expected a string, found a number (1)"],
    ]);
  });

  it('CSV ids 1 and "1" are the same text, so a duplicate', async () => {
    expect(problemsOf(await open(`${H}ids-1-and-quoted-1.csv`))).toEqual([
      ["ids-1-and-quoted-1.csv:3:1", 'id: duplicate id "1" (first at ids-1-and-quoted-1.csv:2:1)'],
    ]);
  });
});

describe("__proto__, constructor and prototype", () => {
  const untouched = () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object as unknown as Record<string, unknown>).c).toBeUndefined();
  };

  it("GEXF: as ids they become plain ids; as attribute names they are ignored, with a note", async () => {
    const dataset = opened(await open(`${H}reserved-names.gexf`));
    expect(dataset.entities.map(({ id, label, type }) => [id, label, type])).toEqual([
      ["proto", "Proto", "person"],
      ["constructor-2", "Constructor", "node"],
      ["prototype-2", "Prototype", "node"],
    ]);
    expect(dataset.relations.map((r) => [r.from, r.to])).toEqual([
      ["proto", "constructor-2"],
      ["constructor-2", "prototype-2"],
    ]);
    expect(dataset.notes[0]).toBe(
      'attributes named "__proto__", "constructor", "prototype" were ignored: the names are reserved',
    );
    untouched();
  });

  it("GraphML: a key for __proto__ never reaches Object.prototype", async () => {
    const dataset = opened(await open(`${H}reserved-names.graphml`));
    expect(dataset.entities.map(({ id, label }) => [id, label])).toEqual([
      ["proto", "Proto"],
      ["constructor-2", "Constructor"],
    ]);
    expect(dataset.notes).toContain(
      'keys for "__proto__", "constructor" were ignored: only node, edge and graph data are read',
    );
    untouched();
  });

  it("CSV: as ids and as column names", async () => {
    const dataset = opened(await open(`${H}reserved-ids.csv`));
    expect(dataset.entities.map(({ id, label }) => [id, label])).toEqual([
      ["proto", "__proto__"],
      ["constructor-2", "constructor"],
      ["prototype-2", "prototype"],
    ]);
    expect(dataset.notes).toContain(
      'reserved-ids.csv: columns "__proto__", "constructor" not kept: the names are reserved',
    );
    untouched();
  });

  it('JSON: an entity id "constructor" is refused (graphology would fail on it)', async () => {
    const json = JSON.stringify({
      format: "dramatis/1",
      id: "x",
      title: "X",
      sources: [],
      entityTypes: [{ id: "node", label: "Node", color: "#000000" }],
      relationTypes: [],
      entities: [{ id: "constructor", type: "node", label: "C" }],
      relations: [],
    });
    const result = await importFiles([text("x.json", json)], { domParser: xmlParser });
    expect(problemsOf(result)).toEqual([
      ["entities[0].id", '"constructor" is reserved: choose another id'],
    ]);
  });
});

describe("edges to missing nodes: problems with their places, and an offer to drop them", () => {
  it("GEXF", async () => {
    const result = refused(await open(`${H}edges-to-missing-nodes.gexf`));
    expect(problemsOf(result)).toEqual([
      ['<edge id="e2"> line 11', 'target: no node "berya" (did you mean "beria"?)'],
      ['<edge id="e3"> line 12', 'source: no node "malenkov"'],
      ['<edge id="e4"> line 13', 'source: no node "nobody"'],
      ['<edge id="e4"> line 13', 'target: no node "noone"'],
    ]);
    expect(result.fix?.description).toBe(
      "3 edges point at nodes that do not exist: drop them and open the rest?",
    );
    expect(result.fix?.actions).toEqual(["drop-dangling-relations"]);
    expect(result.fix?.loaded.dataset.relations.map((r) => [r.from, r.to])).toEqual([
      ["khrushchev", "beria"],
    ]);
    expect(result.fix?.notes).toContain("dropped 3 relations whose ends do not exist");
  });

  it("a CSV pair", async () => {
    const result = refused(await open([`${H}dangling-entities.csv`, `${H}dangling-relations.csv`]));
    expect(problemsOf(result)).toEqual([
      ["dangling-relations.csv:3:2", 'to: no entity "berya" (did you mean "beria"?)'],
    ]);
    expect(result.fix?.description).toBe(
      "1 relation points at an entity that does not exist: drop it and open the rest?",
    );
    expect(result.fix?.loaded.dataset.relations).toHaveLength(1);
  });

  it("a dramatis dataset: the story's reference to the dropped relation goes too", async () => {
    const result = refused(await open(`${H}dangling-relations.json`));
    expect(problemsOf(result)).toEqual([
      ["relations[1].to", 'no entity "berya" (did you mean "beria"?)'],
    ]);
    expect(result.fix?.description).toBe(
      "1 relation points at an entity that does not exist: drop it and open the rest?",
    );
    const fixed = result.fix?.loaded.dataset;
    expect(fixed?.relations.map((r) => r.id)).toEqual(["ok"]);
    expect(fixed?.story[0]?.relations).toEqual(["ok"]);
  });

  it("no fix is offered when other problems remain", async () => {
    const result = refused(
      await importFiles(
        [
          text("entities.csv", "id\na\n"),
          text("relations.csv", "from,to,certainty\na,b,\na,a,surely\n"),
        ],
        { domParser: xmlParser },
      ),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      'to: no entity "b"',
      'certainty: expected "attested", "alleged" or "disputed", found "surely"',
    ]);
    expect(result.fix).toBeUndefined();
  });

  it("a date that cannot be read and a missing end are both fixed in one offer", async () => {
    const result = refused(
      await importFiles(
        [
          text("entities.csv", "id\na\n"),
          text("relations.csv", "from,to,start\na,b,\na,a,1953-13\n"),
        ],
        { domParser: xmlParser },
      ),
    );
    expect(result.problems.map((p) => p.message)).toEqual([
      'to: no entity "b"',
      'start: not a date that can be read, found "1953-13" (dates such as 1815, 1815-12, 1815-12-25, 25/12/1815, Dec 1815 are read)',
    ]);
    expect(result.fix?.description).toBe(
      "1 relation points at an entity that does not exist: drop it, drop the date that cannot be read, and open the rest?",
    );
    expect(result.fix?.loaded.dataset.relations).toEqual([
      expect.not.objectContaining({ start: expect.anything() }),
    ]);
  });
});

describe("positions and sizes", () => {
  it("NaN, Infinity, negative and text: each named with its element, and an offer to lay out afresh", async () => {
    const result = refused(await open(`${H}bad-positions.gexf`));
    expect(problemsOf(result)).toEqual([
      ['<node id="a"> line 6', 'viz:position x: expected a finite number, found "NaN"'],
      ['<node id="b"> line 7', 'viz:position y: expected a finite number, found "Infinity"'],
      ['<node id="b"> line 7', 'viz:size: expected a number above 0, found "-4"'],
      ['<node id="c"> line 8', 'viz:position x: expected a finite number, found "left"'],
      ['<node id="c"> line 8', 'viz:size: expected a number above 0, found "big"'],
      ['<node id="d"> line 9', 'viz:position x: expected a finite number, found "1e999"'],
    ]);
    expect(result.fix?.description).toBe(
      "4 nodes have positions or sizes that cannot be drawn: lay the graph out afresh without them and open the rest?",
    );
    expect(
      result.fix?.loaded.dataset.entities.map(({ id, x, y, size }) => [id, x, y, size]),
    ).toEqual([
      ["a", undefined, undefined, 10],
      ["b", undefined, undefined, undefined],
      ["c", undefined, undefined, undefined],
      ["d", undefined, undefined, 2],
    ]);
  });

  it("GraphML and CSV name the attribute or column, with the text the file holds", async () => {
    const graphml = await importFiles(
      [
        text(
          "g.graphml",
          '<graphml><key id="x" for="node" attr.name="x" attr.type="double"/>' +
            '<key id="y" for="node" attr.name="y" attr.type="double"/><graph>\n' +
            '<node id="a"><data key="x">east</data><data key="y">1</data></node></graph></graphml>',
        ),
      ],
      { domParser: xmlParser },
    );
    expect(problemsOf(graphml)).toEqual([
      ['<node id="a"> line 2', 'x: expected a finite number, found "east"'],
    ]);
    const csv = await importFiles([text("nodes.csv", "id,x,y,size\na,1,2,0\nb,Infinity,2,1\n")], {
      domParser: xmlParser,
    });
    expect(problemsOf(csv)).toEqual([
      ["nodes.csv:2:4", 'size: expected a number above 0, found "0"'],
      ["nodes.csv:3:2", 'x: expected a finite number, found "Infinity"'],
    ]);
  });

  it("every node at one point opens without positions, with a note", async () => {
    const dataset = opened(await open(`${H}one-point.gexf`));
    expect(dataset.entities.every((e) => e.x === undefined && e.y === undefined)).toBe(true);
    expect(dataset.notes).toEqual([
      "every node is at the same point (5, 5), so the file's layout is not used: the graph is laid out afresh",
    ]);
  });
});

describe("text is kept as text", () => {
  it("HTML and script in labels, summaries, relation types and quotes, verbatim", async () => {
    const dataset = opened(await open([`${H}markup-entities.csv`, `${H}markup-relations.csv`]));
    expect(dataset.entities.map(({ label, summary }) => [label, summary])).toEqual([
      ["<script>alert(1)</script>", "<img src=x onerror=alert(1)> & <b>bold</b>"],
      ["Beria <i>L.</i>", 'a "quoted" <a href="javascript:alert(1)">link</a>'],
    ]);
    expect(dataset.relationTypes[0]?.label).toBe("<b>knew</b>");
    expect(dataset.relations[0]?.evidence[0]?.quote).toBe("<script>document.cookie</script>");
  });

  it("HTML in a title, a description and a label (GEXF)", async () => {
    const dataset = opened(await open(`${H}markup-title.gexf`));
    expect(dataset.title).toBe('<script>alert("title")</script>');
    expect(dataset.description).toBe('<iframe src="https://evil.example">');
    expect(dataset.entities[0]?.label).toBe("<svg onload=alert(1)>");
  });

  it("javascript: and data: citations stay text; only http(s) becomes a source's url", async () => {
    const dataset = opened(await open(`${H}unsafe-urls.csv`));
    expect(dataset.sources.map(({ title, url }) => [title, url])).toEqual([
      ["javascript:alert(document.domain)", undefined],
      ["data:text/html,<script>alert(1)</script>", undefined],
      ["https://example.org/ok", "https://example.org/ok"],
      ["JAVASCRIPT:alert(1)", undefined],
    ]);
  });

  it("a dramatis dataset with a javascript: url is refused by the schema", async () => {
    expect(problemsOf(await open(`${H}unsafe-url.json`))).toEqual([
      ["sources[0].url", 'expected an http:// or https:// address, found "javascript:alert(1)"'],
    ]);
  });

  it("bidi overrides and control characters are removed, with a note; marks and tabs stay", async () => {
    const dataset = opened(await open(`${H}bidi-control.csv`));
    expect(dataset.entities.map(({ label, summary }) => [label, summary])).toEqual([
      ["exe.txt", "tab\there, bell, escape[31m, C1 and an isolate x"],
      ["בריה", "\u200fkept marks\u200e"],
    ]);
    expect(dataset.notes).toContain(
      "removed 7 control or text-direction characters from the text (the first at bidi-control.csv:2:2)",
    );
  });

  it("a 1 MB label is refused with its cell", async () => {
    expect(problemsOf(await open(`${H}label-1mb.csv`))).toEqual([
      ["label-1mb.csv:2:2", "label: 1,048,576 characters long; a label may have at most 1,000"],
    ]);
  });
});

describe("limits are checked before parsing", () => {
  it("a file over the size limit: the parser is never called", async () => {
    const spy = spyParser();
    const file = fixture(`${H}over-size-limit.gexf`);
    const result = await importFiles([file], {
      domParser: spy.Parser,
      limits: { maxFileBytes: 100 },
    });
    expect(problemsOf(result)).toEqual([
      [
        "over-size-limit.gexf",
        `the file is ${file.bytes.length} bytes; files over 100 bytes are not opened`,
      ],
    ]);
    expect(spy.uses()).toBe(0);
  });

  it("more <node> elements than entities allowed: the parser is never called", async () => {
    const spy = spyParser();
    const result = await open(`${H}too-many-nodes.gexf`, {
      domParser: spy.Parser,
      limits: { maxEntities: 4 },
    });
    expect(problemsOf(result)).toEqual([
      ["too-many-nodes.gexf", "the file has 5 <node> elements; at most 4 entities can be opened"],
    ]);
    expect(spy.uses()).toBe(0);
  });

  it("more CSV lines than relations allowed", async () => {
    const result = await open("import/edge-list.csv", {
      limits: { maxRelations: 2, maxEntities: 2 },
    });
    expect(problemsOf(result)).toEqual([
      ["edge-list.csv", "the file has 4 lines after its header; at most 2 rows can be opened"],
    ]);
  });

  it("more JSON entities than allowed, before validation", async () => {
    const result = await open("valid-minimal.json", { limits: { maxEntities: 2 } });
    expect(problemsOf(result)).toEqual([["entities", "3 entities; at most 2 can be opened"]]);
  });

  it("too many files", async () => {
    const result = await importFiles(
      [text("a.csv", "from,to\na,b\n"), text("b.csv", "from,to\na,b\n")],
      { domParser: xmlParser, limits: { maxFiles: 1 } },
    );
    expect(problemsOf(result)).toEqual([
      ["(file)", "2 files given; at most 1 are opened together"],
    ]);
  });
});

describe("what cannot be opened together, or at all", () => {
  // [what, files, expected problems as [place, code]]
  const cases: [string, { name: string; content: string }[], [string, ProblemCode][]][] = [
    ["no file", [], [["(file)", "empty"]]],
    [
      "a text file",
      [{ name: "notes.txt", content: "Just some notes." }],
      [["notes.txt", "unknown-format"]],
    ],
    [
      "a text file beside a table",
      [
        { name: "e.csv", content: "from,to\na,b\n" },
        { name: "notes.txt", content: "from,to" },
      ],
      [["notes.txt", "unknown-format"]],
    ],
    [
      "two datasets",
      [
        { name: "a.json", content: "{}" },
        { name: "b.json", content: "{}" },
      ],
      [["a.json, b.json", "file-combination"]],
    ],
    [
      "a GEXF with a CSV",
      [
        { name: "g.gexf", content: "<gexf/>" },
        { name: "e.csv", content: "from,to\na,b\n" },
      ],
      [["g.gexf, e.csv", "file-combination"]],
    ],
    [
      "three CSV files",
      [
        { name: "a.csv", content: "from,to\na,b\n" },
        { name: "b.csv", content: "from,to\na,b\n" },
        { name: "c.csv", content: "from,to\na,b\n" },
      ],
      [["a.csv, b.csv, c.csv", "file-combination"]],
    ],
  ];
  it.each(cases)("%s", async (_what, files, expected) => {
    const result = await importFiles(
      files.map(({ name, content }) => text(name, content)),
      { domParser: xmlParser },
    );
    expect(refused(result).problems.map((problem) => [placeOf(problem), problem.code])).toEqual(
      expected,
    );
  });

  it("names every format of the registry to a file none of them reads", async () => {
    const result = await importFiles([text("notes.txt", "Just some notes.")], {
      domParser: xmlParser,
    });
    expect(problemsOf(result)).toEqual([
      [
        "notes.txt",
        "not a network file: expected a dramatis dataset (.json), a JSON network (networkx node-link, Cytoscape.js, graphology), GEXF (.gexf), GraphML (.graphml), an edge list (.edgelist, .txt: SNAP, KONECT) or a CSV table (an edge list, or entities and relations)",
      ],
    ]);
  });

  it("a parser that fails in an unexpected way is still an answer, not an exception", async () => {
    class Broken {
      parseFromString(): unknown {
        return {
          documentElement: {},
          getElementsByTagName: () => {
            throw new Error("boom");
          },
        };
      }
    }
    const result = await importFiles([text("g.gexf", "<gexf><graph/></gexf>")], {
      domParser: Broken,
    });
    expect(problemsOf(result)).toEqual([["g.gexf", "could not read the file: boom"]]);
  });
});
