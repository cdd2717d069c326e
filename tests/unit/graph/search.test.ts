import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../src/graph/catalog";
import { buildSearch, buildSearchInSlices } from "../../../src/graph/search";
import { Dataset, type DatasetInput } from "../../../src/model/schema";
import { smallDataset, smallDatasetInput } from "./fixture";

const search = buildSearch(buildCatalog(smallDataset));
const entityIds = (query: string) => search.search(query).entities.map((entity) => entity.id);

describe("search", () => {
  it.each([
    ["", []],
    ["   ", []],
    ["zzzzqqq", []],
  ])("finds nothing for %j", (query, expected) => {
    expect(entityIds(query)).toEqual(expected);
    expect(search.search(query).relationTypes).toEqual([]);
  });

  it.each([
    ["Khrushchev", "khrushchev"],
    ["Khruschev", "khrushchev"], // the notes' own spelling, an alias
    ["Krushchev", "khrushchev"], // a typo
    ["Berya", "beria"], // a letter wrong
    ["Malenkof", "malenkov"],
    ["Malen", "malenkov"], // a prefix while typing
    ["secret police", "beria"], // words of the summary
    ["presidium", "presidium"],
  ])("%j finds %s first", (query, expected) => {
    expect(entityIds(query)[0]).toBe(expected);
  });

  it("lists the relations of a type when its verb is typed", () => {
    const results = search.search("arrested");
    expect(results.relationTypes.map((hit) => hit.type.id)).toEqual(["arrested"]);
    expect(results.relationTypes[0]!.relations.map((relation) => relation.id)).toEqual([
      "k-arrested-b",
      "m-arrested-k",
    ]);
  });
});

describe("buildSearchInSlices", () => {
  it("finds the same as the search built at once", async () => {
    const catalog = buildCatalog(smallDataset);
    const atOnce = buildSearch(catalog);
    const inSlices = await buildSearchInSlices(catalog);
    for (const query of ["", "khru", "Khruschev", "arrested", "nobody at all"]) {
      expect(inSlices.search(query)).toEqual(atOnce.search(query));
    }
  });
});

describe("search: a name typed in full", () => {
  it("comes first, even when another name shares its words and scores higher on them", () => {
    const catalog = buildCatalog(
      Dataset.parse({
        ...smallDatasetInput,
        entities: [
          // Listed first, and its name repeats the words: without the rule it ranks first.
          {
            id: "cc",
            type: "body",
            label: "Central Committee of the Communist Party",
            aliases: ["Central Committee", "party central committee"],
            summary:
              "The party's Central Committee, which upheld Khrushchev against the Presidium.",
          },
          { id: "presidium", type: "body", label: "Presidium of the Central Committee" },
        ],
        relations: [],
      } satisfies DatasetInput),
    );
    const ids = buildSearch(catalog)
      .search("Presidium of the Central Committee")
      .entities.map((entity) => entity.id);
    expect(ids[0]).toBe("presidium");
    expect(
      buildSearch(catalog)
        .search("central committee")
        .entities.map((entity) => entity.id)[0],
    ).toBe("cc");
  });
});
