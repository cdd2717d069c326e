import { describe, expect, it } from "vitest";
import { buildCatalog } from "../../../src/graph/catalog";
import {
  allDisputes,
  disputesOfEntity,
  disputesOfRelation,
  whoSays,
} from "../../../src/graph/disputes";
import { Dataset, type DatasetInput } from "../../../src/model/schema";

/**
 * The notes say Khrushchev stood apart from Stalin's circle; a chronology says he was in it. A
 * third relation, from an unnamed source, disputes nothing and is disputed by nothing.
 */
const input: DatasetInput = {
  format: "dramatis/1",
  id: "disputes",
  title: "Disputes",
  sources: [
    { id: "notes", title: "Revision notes", shortTitle: "the notes", kind: "notes" },
    {
      id: "chronology",
      title: "A chronology",
      shortTitle: "the chronology",
      kind: "reference",
      citation: "Pages.",
    },
    { id: "untitled", title: "Interview with a witness", kind: "reference", citation: "Tape." },
  ],
  entityTypes: [{ id: "person", label: "Person", color: "#000000" }],
  relationTypes: [
    { id: "apart", label: "stood apart from", inverse: "stood apart from", color: "#000000" },
    { id: "member-of", label: "was a member of", inverse: "had as a member", color: "#000000" },
  ],
  entities: [
    { id: "khrushchev", type: "person", label: "Nikita Khrushchev" },
    { id: "circle", type: "person", label: "Stalin's circle" },
    { id: "beria", type: "person", label: "Lavrentiy Beria" },
  ],
  relations: [
    {
      id: "apart",
      type: "apart",
      from: "khrushchev",
      to: "circle",
      certainty: "disputed",
      disputedBy: ["member"],
      evidence: [{ source: "notes", quote: "not considered part of Stalin's innermost circle" }],
    },
    {
      id: "member",
      type: "member-of",
      from: "khrushchev",
      to: "circle",
      evidence: [
        { source: "chronology", quote: "one of four" },
        { source: "untitled", quote: "he came every night" },
      ],
    },
    {
      id: "beria-member",
      type: "member-of",
      from: "beria",
      to: "circle",
      evidence: [{ source: "untitled", quote: "he was there" }],
    },
  ],
};
const catalog = buildCatalog(Dataset.parse(input));

describe("disputes", () => {
  it("are found from the disputed claim, from what disputes it, and from either end", () => {
    expect(allDisputes(catalog).map((d) => [d.claim.id, d.counters.map((c) => c.id)])).toEqual([
      ["apart", ["member"]],
    ]);
    expect(disputesOfRelation(catalog, "member")).toHaveLength(1);
    expect(disputesOfRelation(catalog, "beria-member")).toEqual([]);
    expect(disputesOfEntity(catalog, "circle")).toHaveLength(1);
    expect(disputesOfEntity(catalog, "beria")).toEqual([]);
  });

  it("say who says what, with the verb agreeing", () => {
    const relation = (id: string) => catalog.relation.get(id)!;
    expect(whoSays(catalog, relation("apart"))).toBe("The notes say");
    expect(whoSays(catalog, relation("member"))).toBe(
      "The chronology and Interview with a witness say",
    );
    expect(whoSays(catalog, relation("beria-member"))).toBe("Interview with a witness says");
  });
});
