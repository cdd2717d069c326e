/**
 * The registry of import formats: a format that is one file plus one line reads through the same
 * entry the worker and the CLI use, and what the page and the CLI say about formats comes from it.
 */
import { describe, expect, it } from "vitest";
import { importFiles } from "../../../src/import";
import {
  acceptList,
  guessKind,
  IMPORT_FORMATS,
  kindName,
  notANetworkFileMessage,
  usageList,
} from "../../../src/import/formats";
import { placeOf } from "../../../src/model/problem";
import { opened, refused, text, xmlParser } from "./support";
import { adjacencyFormat } from "./toyFormat";

const withToy = [...IMPORT_FORMATS, adjacencyFormat];

const LIST = "khrushchev: beria, malenkov\nmalenkov: beria\nberia:\n";

describe("a format added in one file and one line", () => {
  it("is not read without its line in the list", async () => {
    // No comma on the first line, so that CSV does not guess it either.
    const file = text("tiny.adj", "khrushchev: beria\nberia:\n");
    const without = refused(await importFiles([file], { domParser: xmlParser }));
    expect(without.problems.map((problem) => problem.code)).toEqual(["unknown-format"]);
    const withIt = await importFiles([file], { domParser: xmlParser, formats: withToy });
    expect(withIt).toMatchObject({ ok: true, format: "adjacency" });
  });

  it("reads a file through importFiles, converted and validated like any other", async () => {
    const dataset = opened(
      await importFiles([text("tiny.adj", LIST)], { domParser: xmlParser, formats: withToy }),
    );
    expect(dataset.format).toBe("adjacency");
    expect(dataset.description).toBe("Imported from tiny.adj (an adjacency list).");
    expect(dataset.entities.map((entity) => entity.id)).toEqual([
      "khrushchev",
      "malenkov",
      "beria",
    ]);
    expect(dataset.relations.map(({ from, to }) => `${from}>${to}`)).toEqual([
      "khrushchev>beria",
      "khrushchev>malenkov",
      "malenkov>beria",
    ]);
  });

  it("reports its own problems and the conversion's, with codes and places", async () => {
    const broken = refused(
      await importFiles([text("tiny.adj", "khrushchev beria\n")], {
        domParser: xmlParser,
        formats: withToy,
      }),
    );
    expect(broken.problems.map((p) => [p.code, placeOf(p)])).toEqual([["syntax", "tiny.adj:1"]]);

    const dangling = refused(
      await importFiles([text("tiny.adj", "khrushchev: berya\nberia:\n")], {
        domParser: xmlParser,
        formats: withToy,
      }),
    );
    expect(dangling.problems.map((p) => [p.code, placeOf(p)])).toEqual([
      ["unknown-reference", "tiny.adj:1"],
    ]);
    expect(dangling.fix?.actions).toEqual(["drop-dangling-relations"]);
  });

  it("joins everything derived from the list", () => {
    expect(acceptList(withToy).split(",")).toContain(".adj");
    expect(usageList(withToy)).toMatch(/ or \.adj$/);
    expect(notANetworkFileMessage(withToy)).toMatch(/ or an adjacency list \(\.adj\)$/);
    expect(kindName("adjacency", withToy)).toBe("adjacency list");
    expect(guessKind(["tiny.adj"], withToy)).toBe("adjacency");
  });
});

describe("what is derived from the registry", () => {
  it("offers every extension of every format to the picker, once each", () => {
    const accept = acceptList().split(",");
    expect(new Set(accept).size).toBe(accept.length);
    for (const format of IMPORT_FORMATS)
      for (const extension of [...format.extensions, ...(format.alsoOpens ?? [])])
        expect(accept).toContain(`.${extension}`);
  });

  it("names every kind of every format, and only those", () => {
    for (const format of IMPORT_FORMATS)
      for (const kind of format.kinds) expect(kindName(kind.id)).toBe(kind.name);
    expect(kindName("adjacency")).toBeUndefined();
  });

  it("guesses a kind from one file's name only", () => {
    expect(guessKind(["Network.GEXF"])).toBe("gexf");
    expect(guessKind(["edges.csv"])).toBe("edge-list");
    expect(guessKind(["data.json"])).toBe("dramatis");
    expect(guessKind(["notes.txt"])).toBeNull();
    expect(guessKind(["a.csv", "b.csv"])).toBeNull();
  });
});
