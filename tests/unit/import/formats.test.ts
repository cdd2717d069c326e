/**
 * Each format's happy path: small fixtures that show every mapping, and the two real files other
 * tools wrote (Gephi's Les Misérables, the airlines GraphML).
 */
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/import";
import { fixture, open, opened, text, xmlParser } from "./support";

describe("CSV pair", () => {
  it("maps every column a spreadsheet user has", async () => {
    const dataset = opened(await open(["import/entities.csv", "import/relations.csv"]));
    expect(dataset.format).toBe("csv-pair");
    expect(dataset.title).toBe("entities.csv and relations.csv");
    expect(dataset.entityTypes.map(({ id, label }) => [id, label])).toEqual([
      ["person", "Person"],
      ["body", "Body"],
    ]);
    expect(dataset.entities[0]).toMatchObject({
      id: "khrushchev",
      type: "person",
      label: "Nikita Khrushchev",
      aliases: ["Khrushchev", "Khruschev"],
      summary: "First Secretary from 1953, he denounced Stalin in 1956.",
    });
    // Aliases split by ";" or "|", never by commas (which belong to names).
    expect(dataset.entities[2]?.aliases).toEqual(["Malenkov", "Malenkoff"]);
    expect(dataset.relations.map((r) => [r.id, r.start, r.end, r.certainty])).toEqual([
      ["khrushchev-arrested-beria", "1953-06-26", undefined, "attested"],
      ["malenkov-colluded-with-beria", "1953", undefined, "alleged"],
      ["khrushchev-member-of-presidium", "1939", "1964", "attested"],
      ["beria-member-of-presidium", "1946", "1953-06", "disputed"],
    ]);
  });

  it("cites sources: an http source is a link, a citation without a quote cites the sentence, a quote without a source cites the file", async () => {
    const dataset = opened(await open(["import/relations.csv", "import/entities.csv"]));
    expect(dataset.sources).toEqual([
      {
        id: "https-example-org-taubman",
        title: "https://example.org/taubman",
        kind: "reference",
        citation: "https://example.org/taubman",
        url: "https://example.org/taubman",
      },
      {
        id: "taubman-khrushchev-2003-p-250",
        title: "Taubman, Khrushchev (2003), p. 250",
        kind: "reference",
        citation: "Taubman, Khrushchev (2003), p. 250",
      },
      { id: "relations-csv", title: "relations.csv", kind: "notes" },
    ]);
    expect(dataset.relations.map((r) => r.evidence)).toEqual([
      [
        {
          source: "https-example-org-taubman",
          quote: "Khrushchev and other Presidium members arrested Beria",
        },
      ],
      [
        {
          source: "taubman-khrushchev-2003-p-250",
          quote: "Georgy Malenkov colluded with Lavrentiy Beria",
        },
      ],
      [{ source: "relations-csv", quote: "Khrushchev sat on the Presidium" }],
      [],
    ]);
  });

  it("guesses the inverse wording of a past-tense verb, and marks the others", async () => {
    const dataset = opened(await open(["import/entities.csv", "import/relations.csv"]));
    expect(
      dataset.relationTypes.map(({ label, inverse, directed }) => [label, inverse, directed]),
    ).toEqual([
      ["arrested", "was arrested by", true],
      ["colluded with", "← colluded with", true],
      ["member of", "← member of", true],
    ]);
  });

  it("tells the files apart by their columns when their names do not", async () => {
    const result = await importFiles(
      [text("b.csv", "from,to\nx,y\n"), text("a.csv", "id,label\nx,Ex\ny,Why\n")],
      { domParser: xmlParser },
    );
    const dataset = opened(result);
    expect(dataset.entities.map((e) => e.label)).toEqual(["Ex", "Why"]);
    expect(dataset.relations).toHaveLength(1);
  });
});

describe("one CSV", () => {
  it("an edge list in Gephi's columns: entities from the ends, direction from Type, relation from Label", async () => {
    const dataset = opened(await open("import/edge-list.csv"));
    expect(dataset.format).toBe("edge-list");
    expect(dataset.entities.map(({ id, label, type }) => [id, label, type])).toEqual([
      ["khrushchev", "Khrushchev", "node"],
      ["beria", "Beria", "node"],
      ["malenkov", "Malenkov", "node"],
    ]);
    expect(dataset.relationTypes.map(({ id, directed }) => [id, directed])).toEqual([
      ["arrested", true],
      ["allied-with", false],
      ["ousted", true],
      ["reinvented", true],
    ]);
    expect(dataset.relations.map((r) => [r.from, r.to, r.start])).toEqual([
      ["khrushchev", "beria", "1953-06"],
      ["malenkov", "beria", "1953"],
      ["khrushchev", "malenkov", "1955-02"],
      ["khrushchev", "khrushchev", undefined],
    ]);
    // The weight has no field of its own: it is kept, as a number, on each relation.
    expect(dataset.relations.map((r) => r.attributes)).toEqual([
      { Weight: 1 },
      { Weight: 2 },
      { Weight: 1 },
      { Weight: 1 },
    ]);
    expect(dataset.notes).toEqual([
      'edge-list.csv: column kept as attributes: "Weight"',
      "1 relation connects an entity to itself (kept)",
    ]);
  });

  it("a list of entities, when there are no from and to columns", async () => {
    const result = await importFiles(
      [text("people.csv", "Name;Category\nZhukov;Marshal\nBeria;Police\n")],
      {
        domParser: xmlParser,
      },
    );
    const dataset = opened(result);
    expect(dataset.format).toBe("entity-list");
    expect(dataset.entities.map(({ id, label, type }) => [id, label, type])).toEqual([
      ["zhukov", "Zhukov", "marshal"],
      ["beria", "Beria", "police"],
    ]);
    expect(dataset.relations).toEqual([]);
  });

  it.each([
    ["from,to", "a,b"],
    ["Source,Target", "a,b"],
    ["subject;object", "a;b"],
    ["FROM\tTO", "a\tb"],
  ])("reads %s as the ends", async (header, row) => {
    const dataset = opened(
      await importFiles([text("edges.csv", `${header}\n${row}\n`)], { domParser: xmlParser }),
    );
    expect(dataset.relations.map((r) => [r.from, r.to])).toEqual([["a", "b"]]);
  });
});

describe("GEXF", () => {
  it("1.2: labels, a categorical attribute as type, viz colours, sizes and positions, meta", async () => {
    const dataset = opened(await open("import/small-1.2.gexf"));
    expect(dataset.format).toBe("gexf");
    expect(dataset.title).toBe("Presidium, 1953");
    expect(dataset.description).toBe("Who moved against whom in 1953.");
    expect(dataset.entityTypes).toEqual([
      { id: "reformers", label: "reformers", color: "#d55e00" },
      { id: "security", label: "security", color: "#0072b2" },
    ]);
    expect(
      dataset.entities.map(({ id, label, x, y, size, start }) => [id, label, x, y, size, start]),
    ).toEqual([
      ["n1", "Khrushchev", 10.5, -3, 20, "1894"],
      ["n2", "Beria", -20, 4.25, 12, undefined],
      ["n3", "Malenkov", 0, 30, 15, undefined],
    ]);
  });

  it("1.2: parallel edges stay two relations; an undirected edge in a directed graph gives an undirected type; an edge colour colours its type", async () => {
    const dataset = opened(await open("import/small-1.2.gexf"));
    expect(dataset.relations.map((r) => [r.id, r.from, r.to])).toEqual([
      ["n1-arrested-n2", "n1", "n2"],
      ["n3-allied-with-n2", "n3", "n2"],
      ["n1-denounced-n2", "n1", "n2"],
      ["n1-rivalled-n3", "n1", "n3"],
    ]);
    expect(dataset.relationTypes.map(({ id, directed, color }) => [id, directed, color])).toEqual([
      ["arrested", true, "#b2182b"],
      ["allied-with", true, "#e69f00"],
      ["denounced", true, "#56b4e9"],
      ["rivalled", false, "#8c564b"],
    ]);
  });

  it("1.3: hex colours; without a categorical attribute, colours become groups; kind is the relation; mutual is undirected", async () => {
    const dataset = opened(await open("import/small-1.3.gexf"));
    expect(dataset.entityTypes).toEqual([
      { id: "group-1", label: "Group 1", color: "#cc79a7" },
      { id: "group-2", label: "Group 2", color: "#009e73" },
    ]);
    expect(dataset.entities.map((e) => e.type)).toEqual(["group-1", "group-1", "group-2"]);
    expect(
      dataset.relationTypes.map(({ id, directed, inverse }) => [id, directed, inverse]),
    ).toEqual([
      ["knew", false, "knew"],
      ["advised", true, "was advised by"],
    ]);
  });

  it("les-miserables.gexf (Gephi): 77 characters, 254 co-appearances, 9 modularity classes, its layout kept", async () => {
    const dataset = opened(await open("import/les-miserables.gexf"));
    expect(dataset.title).toBe("Les Miserables.gexf");
    expect(dataset.entities).toHaveLength(77);
    expect(dataset.relations).toHaveLength(254);
    expect(dataset.entityTypes).toHaveLength(9);
    expect(dataset.entityTypes[0]).toEqual({
      id: "modularity-class-1",
      label: "modularity_class 1",
      color: "#f55b5b",
    });
    expect(dataset.entities[0]).toMatchObject({
      id: "11",
      label: "Valjean",
      type: "modularity-class-1",
      x: -87.93029,
      y: 6.8120565,
      size: 100,
    });
    expect(dataset.entities.every((e) => e.x !== undefined && e.y !== undefined)).toBe(true);
    expect(dataset.relationTypes).toEqual([
      expect.objectContaining({ id: "related-to", label: "related to", directed: false }),
    ]);
    // GEXF's edge weight and the declared cooccurrence are kept on the relations that have them.
    expect(dataset.relations[0]?.attributes).toEqual({ cooccurrence: 1 });
    expect(dataset.relations[1]?.attributes).toEqual({ cooccurrence: 8, weight: 8 });
    expect(dataset.notes).toEqual(['edge attributes kept as attributes: "cooccurrence", "weight"']);
  });
});

describe("GraphML", () => {
  it("typed keys, a default, r/g/b colours, positions, one undirected edge in a directed graph", async () => {
    const dataset = opened(await open("import/small.graphml"));
    expect(dataset.format).toBe("graphml");
    expect(dataset.title).toBe("A small GraphML");
    expect(dataset.entityTypes).toEqual([
      { id: "person", label: "person", color: "#222222" },
      { id: "marshal", label: "marshal", color: "#d55e00" },
    ]);
    expect(
      dataset.entities.map(({ id, label, type, x, y, size }) => [id, label, type, x, y, size]),
    ).toEqual([
      ["stalin", "Joseph Stalin", "person", 0, 0, 10],
      ["zhukov", "Georgy Zhukov", "marshal", 5, 5, 6],
      ["khrushchev", "Nikita Khrushchev", "person", -5, 2, 8],
    ]);
    expect(dataset.relationTypes.map(({ id, directed }) => [id, directed])).toEqual([
      ["dismissed", true],
      ["allied-with", false],
      ["denounced", true],
    ]);
    expect(dataset.relations.map((r) => r.start)).toEqual(["1957-10", "1957", "1956-02-25"]);
  });

  it("airlines.graphml: 235 airports with their x/y, 2,101 undirected routes, tooltips as summaries", async () => {
    const dataset = opened(await open("import/airlines.graphml"));
    expect(dataset.entities).toHaveLength(235);
    expect(dataset.relations).toHaveLength(2101);
    expect(dataset.entities[0]).toMatchObject({
      id: "0",
      label: "0",
      summary: "LIT(lngx=-92.224444,laty=34.729444)",
      x: -922.24444,
      y: -347.29444,
    });
    expect(dataset.relationTypes).toEqual([
      expect.objectContaining({ id: "related-to", directed: false }),
    ]);
  });
});

describe("dramatis JSON", () => {
  const notes = "sources/post-stalin-revision-notes.txt";
  const chronology = "sources/chronology-1953-1964.txt";

  it("dropped alone: opens, with a note that the quotes of a source without its text are not checked", async () => {
    const result = await importFiles([fixture("../../data/post-stalin-power-struggle.json")], {
      domParser: xmlParser,
    });
    const dataset = opened(result);
    expect(dataset.format).toBe("dramatis");
    expect(dataset.entities.length).toBeGreaterThan(50);
    expect(dataset.sources[0]?.text).toBeUndefined();
    expect(dataset.notes).toEqual([
      `sources[0]: its text "${notes}" was not given with the dataset, so quotes citing "notes" are not checked`,
      `sources[1]: its text "${chronology}" was not given with the dataset, so quotes citing "chronology" are not checked`,
    ]);
  });

  it("dropped with its source texts (matched by file name): the quotes are checked against them", async () => {
    const result = await importFiles(
      [
        fixture("../../data/post-stalin-power-struggle.json"),
        fixture(`../../data/${notes}`),
        fixture(`../../data/${chronology}`),
      ],
      { domParser: xmlParser },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.notes).toEqual([]);
    expect(result.loaded.dataset.sources[0]?.text).toBe(notes);
    expect(result.loaded.sourceTexts.get(notes)).toContain("Khrushchev");
    expect(result.loaded.sourceTexts.get(chronology)).toContain("Checked:");
  });

  it("dropped with a wrong text: the quotes are checked, and fail", async () => {
    const result = await importFiles(
      [
        fixture("../../data/post-stalin-power-struggle.json"),
        text("post-stalin-revision-notes.txt", "Nothing of the kind."),
      ],
      { domParser: xmlParser },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^not found in source "notes"/);
  });

  it("with a folder to read from (the CLI), texts are read through it", async () => {
    const read: string[] = [];
    const result = await importFiles([fixture("valid-minimal.json")], {
      domParser: xmlParser,
      readSourceText: async (path) => {
        read.push(path);
        return fixture(path).bytes.length > 0 ? new TextDecoder().decode(fixture(path).bytes) : "";
      },
    });
    opened(result);
    expect(read).toEqual(["sources/minimal.txt"]);
  });

  it("notes a file that no source names", async () => {
    const result = await importFiles(
      [fixture("valid-minimal.json"), fixture("sources/minimal.txt"), text("extra.txt", "x")],
      { domParser: xmlParser },
    );
    expect(opened(result).notes).toEqual([
      "extra.txt was not used: no source of the dataset names it",
    ]);
  });
});

describe("progress", () => {
  it("reports its stages in order, ending at 1", async () => {
    const stages: [string, number][] = [];
    await open("import/small-1.2.gexf", {
      onProgress: (stage, fraction) => stages.push([stage, fraction]),
    });
    expect(stages.map(([stage]) => stage)).toEqual(["Reading", "Parsing", "Checking", "Done"]);
    expect(stages.at(-1)?.[1]).toBe(1);
  });
});
