/**
 * The scoring a person reads to judge drafting: a vague "associated with" never passes for a
 * precise claim, a directed claim must point the right way, and names match through aliases.
 */
import { describe, expect, it } from "vitest";
import { compatibleTypes, scoreDraft } from "../../../src/draft/score";
import { draftNotes } from "../../../src/draft/draft";
import { Dataset, type DatasetInput } from "../../../src/model/schema";
import * as z from "zod/mini";

const notes = "Khrushchev arrested Beria in 1953. Malenkov advocated consumerism.";

function curated(relations: DatasetInput["relations"]): Dataset {
  return z.parse(Dataset, {
    format: "dramatis/1",
    id: "test",
    title: "Test",
    sources: [{ id: "notes", title: "Notes", kind: "notes" }],
    entityTypes: [{ id: "person", label: "Person", color: "#cc3311" }],
    relationTypes: [
      { id: "arrested", label: "arrested", inverse: "was arrested by", color: "#ff1155" },
      { id: "executed", label: "executed", inverse: "was executed by", color: "#ff1155" },
      {
        id: "associated-with",
        label: "was associated with",
        inverse: "was associated with",
        directed: false,
        color: "#888888",
      },
    ],
    entities: [
      { id: "khrushchev", type: "person", label: "Nikita Khrushchev", aliases: ["Khrushchev"] },
      { id: "beria", type: "person", label: "Lavrentiy Beria", aliases: ["Beria"] },
    ],
    relations,
  });
}

const evidence = [{ source: "notes", quote: "Khrushchev arrested Beria" }];

function draft() {
  const outcome = draftNotes(notes);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.draft;
}

describe("scoring a draft against a curated dataset", () => {
  it("never counts a vague type for a precise one, nor a claim pointing the wrong way", () => {
    expect(compatibleTypes("associated-with", "arrested")).toBe(false);
    expect(compatibleTypes("arrested", "executed")).toBe(true);
    const backwards = scoreDraft(
      draft(),
      curated([{ id: "r", type: "arrested", from: "beria", to: "khrushchev", evidence }]),
      "notes",
    );
    expect(backwards.found).toBe(0);
    expect(backwards.missed[0]).toMatchObject({ from: "Lavrentiy Beria", to: "Nikita Khrushchev" });
  });

  it("matches ends through aliases and types of one family", () => {
    const score = scoreDraft(
      draft(),
      curated([{ id: "r", type: "executed", from: "khrushchev", to: "beria", evidence }]),
      "notes",
    );
    expect(score).toMatchObject({ curated: 1, found: 1, recall: 1 });
    // Malenkov advocated consumerism: nothing curated supports it.
    expect(score.unsupported.map((item) => item.type)).toContain("advocated");
    expect(score.precision).toBeLessThan(1);
  });
});
