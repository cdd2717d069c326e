/**
 * The review actions on a draft (src/draft/review.ts), on a draft written by hand (./notesDraft.ts):
 * refusals first (each leaves the draft as it was), then each action as the review screen uses it,
 * then a property: merging entities and splitting them back out is the identity.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acceptByConfidence,
  dateProblem,
  entitiesByName,
  MERGED_BY_YOU,
  mergeEntities,
  reverseRelation,
  reviewSummary,
  setEntityAccepted,
  setEntityLabel,
  setEntityType,
  setRelationAccepted,
  setRelationCertainty,
  setRelationDate,
  setRelationType,
  splitName,
  type Reviewed,
} from "../../../src/draft/review";
import type { Draft, DraftEntity, DraftRelation } from "../../../src/draft/types";
import { entity, name, NOTES, notesDraft } from "./notesDraft";

function accepted(result: Reviewed): Draft {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.draft;
}

const entityOf = (draft: Draft, id: string) => draft.entities.find((each) => each.id === id);
const relationOf = (draft: Draft, id: string) => draft.relations.find((each) => each.id === id);

describe("review refuses what would make the draft wrong, and changes nothing", () => {
  const draft = notesDraft();
  const cases: [string, (d: Draft) => Reviewed, RegExp][] = [
    ["a merge of an entity into itself", (d) => mergeEntities(d, "beria", "beria"), /itself/],
    [
      "a merge into an entity that is not there",
      (d) => mergeEntities(d, "zhukov", "beria"),
      /zhukov/,
    ],
    [
      "a split of the name an entity was drafted from",
      (d) => splitName(d, "khrushchev", "khrushchev"),
      /drafted from/,
    ],
    [
      "a split of a name the entity does not have",
      (d) => splitName(d, "beria", "stalin"),
      /no name/,
    ],
    [
      "an entity type the draft does not declare",
      (d) => setEntityType(d, "beria", "planet"),
      /planet/,
    ],
    ["an empty label", (d) => setEntityLabel(d, "beria", "   "), /needs a label/],
    [
      "a relation type the draft does not declare",
      (d) => setRelationType(d, "khrushchev-arrested-beria", "kissed"),
      /kissed/,
    ],
    [
      "reversing a relation that reads the same both ways",
      (d) => reverseRelation(d, "malenkov-rivalled-khrushchev"),
      /both ways/,
    ],
    [
      "a start that is not a date",
      (d) => setRelationDate(d, "khrushchev-arrested-beria", "start", "June 1953"),
      /not a date/,
    ],
    [
      "a thirteenth month",
      (d) => setRelationDate(d, "khrushchev-arrested-beria", "start", "1953-13"),
      /not a date/,
    ],
    [
      "an end before the start",
      (d) => setRelationDate(d, "khrushchev-arrested-beria", "end", "1953-05"),
      /before the start/,
    ],
    [
      "a start after the end",
      (d) => setRelationDate(setRelationDateOk(d), "khrushchev-arrested-beria", "start", "1954"),
      /after the end/,
    ],
    [
      "a certainty a draft does not give",
      (d) => setRelationCertainty(d, "khrushchev-arrested-beria", "disputed"),
      /disputed/,
    ],
    ["a confidence above 100%", (d) => acceptByConfidence(d, 1.5), /0% to 100%/],
    ["a confidence that is not a number", (d) => acceptByConfidence(d, Number.NaN), /0% to 100%/],
  ];
  it.each(cases)("%s", (_, action, message) => {
    const before = structuredClone(draft);
    const result = action(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(draft).toStrictEqual(before);
  });
});

function setRelationDateOk(draft: Draft): Draft {
  return accepted(setRelationDate(draft, "khrushchev-arrested-beria", "end", "1953-12"));
}

describe("accepting and rejecting", () => {
  it("rejects one relation and keeps every other proposal the same object", () => {
    const draft = notesDraft();
    const next = setRelationAccepted(draft, "khrushchev-arrested-beria", false);
    expect(relationOf(next, "khrushchev-arrested-beria")?.accepted).toBe(false);
    expect(next.relations[1]).toBe(draft.relations[1]);
    expect(next.entities).toBe(draft.entities);
    // Asking for what is already so gives back the very draft: no row redraws.
    expect(setRelationAccepted(next, "khrushchev-arrested-beria", false)).toBe(next);
  });

  it("accepts an entity the draft was unsure of", () => {
    const next = setEntityAccepted(notesDraft(), "presidium", true);
    expect(entityOf(next, "presidium")?.accepted).toBe(true);
  });

  it("accepts everything at or above a confidence and rejects the rest", () => {
    const next = accepted(acceptByConfidence(notesDraft(), 0.7));
    expect(next.entities.map((each) => [each.id, each.accepted])).toEqual([
      ["khrushchev", true],
      ["beria", true],
      ["presidium", false],
      ["stalin", true],
      ["malenkov", false],
    ]);
    expect(next.relations.map((each) => each.accepted)).toEqual([true, true, false]);
  });
});

describe("correcting entities", () => {
  it("changes a type and a label, collapsing white space in the label", () => {
    const typed = accepted(setEntityType(notesDraft(), "presidium", "person"));
    const labelled = accepted(setEntityLabel(typed, "khrushchev", "  Nikita   Khrushchev "));
    expect(entityOf(labelled, "presidium")?.type).toBe("person");
    expect(entityOf(labelled, "khrushchev")?.label).toBe("Nikita Khrushchev");
    // The names the notes use are not the label: they stay as written.
    expect(entityOf(labelled, "khrushchev")?.names.map((each) => each.text)).toEqual([
      "Khrushchev",
      "Khruschev",
    ]);
  });

  it("merges one entity into another, its names saying why, its relations following", () => {
    const draft = notesDraft();
    const merged = accepted(mergeEntities(draft, "stalin", "malenkov"));
    expect(entityOf(merged, "malenkov")).toBeUndefined();
    const stalin = entityOf(merged, "stalin");
    expect(stalin?.names.map((each) => [each.text, each.merged])).toEqual([
      ["Stalin", undefined],
      ["Malenkov", MERGED_BY_YOU],
    ]);
    // The rivalry now starts at Stalin: relations end at names, and the name moved.
    expect(entitiesByName(merged).get("malenkov")?.id).toBe("stalin");
    expect(merged.relations).toBe(draft.relations);
  });

  it("splits a name the draft merged into an entity of its own, with its relations", () => {
    const split = accepted(splitName(notesDraft(), "khrushchev", "khruschev"));
    expect(entityOf(split, "khrushchev")?.names.map((each) => each.text)).toEqual(["Khrushchev"]);
    const own = entityOf(split, "khruschev");
    expect(own).toMatchObject({ label: "Khruschev", type: "person", accepted: true });
    expect(own?.names).toEqual([name("Khruschev")]);
    expect(own?.why).toMatch(/split out of "Khrushchev"/);
    expect(entitiesByName(split).get("khruschev")).toBe(own);
    // Next to the entity it left, not at the end of a long list.
    expect(split.entities.map((each) => each.id).slice(0, 2)).toEqual(["khrushchev", "khruschev"]);
  });
});

describe("correcting relations", () => {
  it("reverses a relation: the ends and their highlights swap, the verb stays", () => {
    const draft = notesDraft();
    const before = relationOf(draft, "khrushchev-arrested-beria");
    const after = relationOf(
      accepted(reverseRelation(draft, "khrushchev-arrested-beria")),
      "khrushchev-arrested-beria",
    );
    expect([after?.from, after?.to]).toEqual(["beria", "khrushchev"]);
    expect(after?.marks).toEqual({
      from: before?.marks.to,
      to: before?.marks.from,
      cue: before?.marks.cue,
    });
    expect(NOTES.slice(after?.marks.from.start, after?.marks.from.end)).toBe("Beria");
  });

  it("changes a type and a certainty", () => {
    const typed = accepted(setRelationType(notesDraft(), "khruschev-denounced-stalin", "arrested"));
    const hedged = accepted(setRelationCertainty(typed, "khruschev-denounced-stalin", "alleged"));
    expect(relationOf(hedged, "khruschev-denounced-stalin")).toMatchObject({
      type: "arrested",
      certainty: "alleged",
    });
  });

  it.each([
    // [field, value, start after, end after]
    ["start", "1953-06-26", "1953-06-26", undefined],
    ["end", "1953", "1953-06", "1953"],
    ["end", "1953-12-23", "1953-06", "1953-12-23"],
    ["start", "", undefined, undefined],
  ] as const)("sets %s to %j", (field, value, start, end) => {
    const next = accepted(setRelationDate(notesDraft(), "khrushchev-arrested-beria", field, value));
    const changed = relationOf(next, "khrushchev-arrested-beria");
    expect([changed?.start, changed?.end]).toEqual([start, end]);
    expect(changed?.dateWhy).toBe("dates set by you");
  });

  it("checks a date against the other end before anything is changed", () => {
    const arrest = { start: "1953-06" };
    expect(dateProblem(arrest, "end", "1952")).toMatch(/before the start/);
    expect(dateProblem(arrest, "end", "1953")).toBeUndefined();
    expect(dateProblem(arrest, "end", "")).toBeUndefined();
  });
});

describe("the summary", () => {
  it("counts what will open: a relation with a rejected end or both ends in one entity does not", () => {
    const draft = notesDraft();
    expect(reviewSummary(draft)).toEqual({
      entities: { accepted: 4, total: 5 },
      relations: { accepted: 2, total: 3, opening: 2 },
    });
    const beriaRejected = setEntityAccepted(draft, "beria", false);
    expect(reviewSummary(beriaRejected).relations).toEqual({ accepted: 2, total: 3, opening: 1 });
    const oneEntity = accepted(mergeEntities(draft, "khrushchev", "stalin"));
    expect(reviewSummary(oneEntity).relations.opening).toBe(1);
  });
});

describe("merging then splitting is the identity", () => {
  /** Drafts of 2–6 entities, each with 1–3 names, and relations between any of the names. */
  const drafts = fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 6 })
    .chain((nameCounts) => {
      const keys = nameCounts.flatMap((count, e) =>
        Array.from({ length: count }, (_, n) => `e${e}-n${n}`),
      );
      return fc.record({
        nameCounts: fc.constant(nameCounts),
        confidences: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: nameCounts.length,
          maxLength: nameCounts.length,
        }),
        links: fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys)), {
          maxLength: 6,
        }),
      });
    })
    .map(({ nameCounts, confidences, links }): Draft => {
      const base = notesDraft();
      const mention = name("Beria").mentions;
      const entities = nameCounts.map((count, e) =>
        entity(
          `entity-${e}`,
          e % 2 === 0 ? "person" : "body",
          Array.from({ length: count }, (_, n) => ({
            key: `e${e}-n${n}`,
            text: `Name ${e}.${n}`,
            mentions: mention,
            ...(n === 0 ? {} : { merged: `a short form of 'Name ${e}.0'` }),
          })),
          confidences[e] ?? 0.5,
        ),
      );
      const template = base.relations[0] as DraftRelation;
      const relations = links.map(([from, to], r) => ({ ...template, id: `r${r}`, from, to }));
      return { ...base, entities, relations };
    });

  it("for any chain of merges undone in reverse order", () => {
    fc.assert(
      fc.property(
        drafts,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        (draft, picks) => {
          let current = draft;
          const undo: { into: string; key: string }[] = [];
          for (const [a, b] of picks) {
            if (current.entities.length < 2) break;
            const into = current.entities[a % current.entities.length] as DraftEntity;
            const others = current.entities.filter((each) => each !== into);
            const from = others[b % others.length] as DraftEntity;
            undo.push({ into: into.id, key: from.names[0]?.key ?? "" });
            current = accepted(mergeEntities(current, into.id, from.id));
          }
          for (const { into, key } of undo.reverse())
            current = accepted(splitName(current, into, key));
          expect(current).toStrictEqual(draft);
        },
      ),
    );
  });
});
