/** The page's words follow the open network: what search finds, and a relation to try. */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/model/schema";
import { networkWords, plural, searchPlaceholder } from "../../../src/scene/words";
import { smallDataset } from "../graph/fixture";

function withTypes(entityTypes: string[], relationTypes: string[]): Dataset {
  return {
    ...smallDataset,
    entityTypes: entityTypes.map((label, i) => ({ id: `t${i}`, label, color: "#000000" })),
    entities: entityTypes.map((_, i) => ({
      id: `e${i}`,
      type: `t${i}`,
      label: `E${i}`,
      aliases: [],
      evidence: [],
    })),
    relationTypes: relationTypes.map((label, i) => ({
      id: `r${i}`,
      label,
      inverse: label,
      directed: true,
      temporal: "event" as const,
      succession: false,
      color: "#000000",
    })),
    relations: relationTypes.map((_, i) => ({
      id: `rel${i}`,
      type: `r${i}`,
      from: "e0",
      to: "e0",
      certainty: "attested" as const,
      evidence: [],
    })),
    story: [],
  };
}

describe("networkWords", () => {
  const cases: [string, string[], string[], string][] = [
    [
      "types that are not nouns, and only related to",
      ["modularity_class 1"],
      ["related to"],
      "Search names",
    ],
    [
      "an imported network's own kinds and verb",
      ["Person", "Software"],
      ["knows", "created"],
      "Search people and software, or a relation like “knows”",
    ],
    [
      "a one-word verb is preferred to a phrase",
      ["Artist", "Song"],
      ["was part of", "performed"],
      "Search artists and songs, or a relation like “performed”",
    ],
    ["plural spellings", ["Body", "Church", "Policy"], [], "Search bodies, churches and policies"],
  ];
  it.each(cases)("%s", (_what, entityTypes, relationTypes, expected) => {
    expect(searchPlaceholder(networkWords(withTypes(entityTypes, relationTypes)))).toBe(expected);
  });

  it("pluralises as English does for the usual kinds", () => {
    expect(["person", "body", "box", "office", "event"].map(plural)).toEqual([
      "people",
      "bodies",
      "boxes",
      "offices",
      "events",
    ]);
  });
});
