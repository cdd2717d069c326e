/**
 * Drafting as a person sees it: who did what to whom, the right way round, with the sentence it
 * came from, merged names they can see, hedges kept, dates only where written. The notes here are
 * written for these tests, on several periods, so that nothing is tuned to the built-in notes.
 */
import { describe, expect, it } from "vitest";
import { draftNotes } from "../../../src/draft/draft";
import { draftToDataset } from "../../../src/draft/toDataset";
import type { Draft } from "../../../src/draft/types";

function drafted(text: string): Draft {
  const outcome = draftNotes(text, { fileName: "notes.txt" });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.draft;
}

/** "Khrushchev —arrested→ Beria" for each proposal, by the entities' labels. */
function claims(draft: Draft): string[] {
  const label = new Map<string, string>();
  for (const entity of draft.entities)
    for (const name of entity.names) label.set(name.key, entity.label);
  return draft.relations.map((r) => `${label.get(r.from)} —${r.type}→ ${label.get(r.to)}`);
}

describe("drafting a network from notes", () => {
  it("answers notes that name no one with a message, not an empty network", () => {
    const outcome = draftNotes("it was raining and then it stopped. nobody came.", {});
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.message).toMatch(/names no one/);
  });

  it("reads the direction from the voice: active and passive give the same relation", () => {
    const active = drafted("Nikita Khrushchev arrested Lavrentiy Beria in June 1953.");
    const passive = drafted("Lavrentiy Beria was arrested by Nikita Khrushchev in June 1953.");
    expect(claims(active)).toContain("Nikita Khrushchev —arrested→ Lavrentiy Beria");
    expect(claims(passive)).toContain("Nikita Khrushchev —arrested→ Lavrentiy Beria");
    expect(passive.relations[0]?.start).toBe("1953-06");
  });

  it("shares a subject between two verbs and two subjects with one verb", () => {
    const draft = drafted(
      "Octavian and Mark Antony defeated Brutus at Philippi. The Senate outlawed and condemned Antony.",
    );
    const said = claims(draft);
    expect(said).toContain("Octavian —defeated→ Brutus");
    expect(said).toContain("Mark Antony —defeated→ Brutus");
    expect(said).toContain("Senate —denounced→ Mark Antony");
  });

  it("merges a surname and a misspelling into the full name, saying why, and keeps regnal numbers apart", () => {
    const draft = drafted(
      "Richard Neville, Earl of Warwick, backed Edward IV. Later Nevile turned against Edward IV and restored Henry VI. Neville died at Barnet.",
    );
    const warwick = draft.entities.find((entity) => entity.label === "Richard Neville");
    expect(warwick?.names.map((name) => name.text)).toEqual(
      expect.arrayContaining(["Richard Neville", "Neville", "Nevile"]),
    );
    for (const name of warwick?.names.slice(1) ?? []) expect(name.merged).toMatch(/'/);
    const kings = draft.entities.filter((entity) => /^(Edward IV|Henry VI)$/.test(entity.label));
    expect(kings).toHaveLength(2);
  });

  it("merges names the notes equate in brackets", () => {
    const draft = drafted(
      "The triumvirate (or troika) of Stalin, Zinoviev and Kamenev isolated Trotsky in 1923.",
    );
    const troika = draft.entities.find((entity) =>
      entity.names.some((name) => name.key === "troika"),
    );
    expect(troika?.names.map((name) => name.key)).toEqual(["triumvirate", "troika"]);
    expect(troika?.names[1]?.merged).toMatch(/equate/);
  });

  it("marks a hedged claim alleged and a plain one attested", () => {
    const draft = drafted(
      "Malenkov was suspected of colluding with Beria. Khrushchev denounced Stalin in 1956.",
    );
    const byType = new Map(draft.relations.map((relation) => [relation.type, relation]));
    expect(byType.get("colluded-with")?.certainty).toBe("alleged");
    expect(byType.get("colluded-with")?.why).toMatch(/suspected/);
    expect(byType.get("denounced")?.certainty).toBe("attested");
  });

  it("dates a relation from its paragraph when the sentence has no date, and invents none", () => {
    const draft = drafted(
      "In 1794 the Convention turned on Robespierre.\nThe Convention arrested Robespierre.\n\nDanton opposed Hébert.",
    );
    const arrested = draft.relations.find((relation) => relation.type === "arrested");
    expect(arrested?.start).toBe("1794");
    expect(arrested?.dateWhy).toMatch(/earlier in the paragraph/);
    const opposed = draft.relations.find((relation) => relation.from === "danton");
    expect(opposed?.start).toBeUndefined();
  });

  it("cites every proposal with a sentence that stands in the notes, and opens as a valid dataset", () => {
    const notes = [
      "The Succession to Lenin",
      "",
      "● In 1927 Stalin expelled Trotsky from the Party. Trotsky was exiled by Stalin in January 1928.",
      "● Bukharin supported the NEP; Stalin",
      "later denounced Bukharin.",
    ].join("\n");
    const draft = drafted(notes);
    expect(draft.title).toBe("The Succession to Lenin");
    for (const relation of draft.relations) {
      const quote = notes.slice(relation.quote.start, relation.quote.end);
      expect(quote.length).toBeGreaterThan(10);
      for (const mark of [relation.marks.from, relation.marks.to, relation.marks.cue]) {
        expect(mark.start).toBeGreaterThanOrEqual(relation.quote.start);
        expect(mark.end).toBeLessThanOrEqual(relation.quote.end);
      }
    }
    const all = {
      ...draft,
      entities: draft.entities.map((entity) => ({ ...entity, accepted: true })),
      relations: draft.relations.map((relation) => ({ ...relation, accepted: true })),
    };
    const opened = draftToDataset(all);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const { dataset, sourceTexts } = opened.loaded;
    expect(sourceTexts.get("notes.txt")).toBe(notes);
    expect(dataset.relations.length).toBeGreaterThan(0);
    expect(dataset.relations.every((relation) => relation.evidence[0]?.source === "notes")).toBe(
      true,
    );
    const said = dataset.relations.map((r) => `${r.from} ${r.type} ${r.to}`);
    expect(said).toContain("stalin denounced bukharin");
    expect(said).toContain("stalin exiled trotsky");
  });

  it("leaves out of the dataset a relation whose end was rejected, with a note", () => {
    const draft = drafted("Henry Tudor defeated Richard III at Bosworth in 1485.");
    const rejected = {
      ...draft,
      entities: draft.entities.map((entity) => ({
        ...entity,
        accepted: entity.label !== "Richard III",
      })),
      relations: draft.relations.map((relation) => ({ ...relation, accepted: true })),
    };
    const opened = draftToDataset(rejected);
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.loaded.dataset.relations).toHaveLength(0);
      expect(opened.notes.join(" ")).toMatch(/an end was rejected/);
    }
  });
});
