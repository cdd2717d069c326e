import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../src/graph/catalog";
import { groupedRelations, relationClaim, relationSentence } from "../../../src/graph/query";
import { smallDataset } from "./fixture";

const catalog = buildCatalog(smallDataset);
const relation = (id: string) => catalog.relation.get(id)!;

describe("relationSentence", () => {
  it("is null from the side of an entity that is not an end of the relation", () => {
    expect(relationSentence(catalog, relation("k-arrested-b"), "presidium")).toBeNull();
  });

  it.each([
    // [relation, perspective, verb, other, when]
    ["k-arrested-b", "khrushchev", "arrested", "Lavrentiy Beria", "1953"],
    ["k-arrested-b", "beria", "was arrested by", "Nikita Khrushchev", "1953"],
    // An undirected relation reads the same from both ends.
    ["k-rivalled-m", "khrushchev", "rivalled", "Georgy Malenkov", "1953–1955"],
    ["k-rivalled-m", "malenkov", "rivalled", "Nikita Khrushchev", "1953–1955"],
    ["m-arrested-k", "khrushchev", "was arrested by", "Georgy Malenkov", "June 1957"],
    ["k-member-p", "presidium", "had as a member", "Nikita Khrushchev", undefined],
  ])("%s from %s's side reads “%s %s”", (id, perspective, verb, other, when) => {
    const sentence = relationSentence(catalog, relation(id), perspective)!;
    expect(sentence.verb).toBe(verb);
    expect(sentence.other.label).toBe(other);
    expect(sentence.when).toBe(when);
  });
});

describe("relationClaim", () => {
  it("tells the relation in the active voice", () => {
    expect(relationClaim(catalog, relation("k-arrested-b"))).toBe(
      "Nikita Khrushchev arrested Lavrentiy Beria",
    );
  });
});

describe("groupedRelations", () => {
  it("is empty for an unknown entity", () => {
    expect(groupedRelations(catalog, "nobody")).toEqual([]);
  });

  it("groups by type and side, in the dataset's type order, active before passive", () => {
    const groups = groupedRelations(catalog, "khrushchev").map((group) => [
      group.verb,
      group.sentences.map((sentence) => sentence.relation.id),
    ]);
    expect(groups).toEqual([
      ["arrested", ["k-arrested-b"]],
      ["was arrested by", ["m-arrested-k"]],
      ["rivalled", ["k-rivalled-m"]],
      ["was a member of", ["k-member-p"]],
    ]);
  });
});
