/**
 * What a person does to a draft before it opens, as pure functions `Draft → Draft`: accept or
 * reject a proposal, correct a type, a label, a direction or a date, merge two entities and undo a
 * merge. The review screen (panels/DraftReview.tsx) calls nothing else, so every action is tested
 * here without a page.
 *
 * Each function leaves every entity and relation it does not change as the same object, so that
 * the review screen's memoised rows redraw only what changed (it lists hundreds). An action that
 * would make the draft wrong (an end before its start, a type the draft does not declare) is
 * refused with a message in words, and the draft is returned unchanged: nothing is half done.
 */
import { isPartialDate } from "../model/format";
import { firstDay, lastDay } from "../model/time";
import { slugify } from "../import/ids";
import type { Draft, DraftEntity, DraftEntityType, DraftName, DraftRelation } from "./types";

export type Reviewed = { ok: true; draft: Draft } | { ok: false; message: string };

/** Said on a name a person merged in that had no reason of its own. */
export const MERGED_BY_YOU = "merged by you";

const refuse = (message: string): Reviewed => ({ ok: false, message });
const done = (draft: Draft): Reviewed => ({ ok: true, draft });

function withEntity(draft: Draft, id: string, change: (entity: DraftEntity) => DraftEntity): Draft {
  return {
    ...draft,
    entities: draft.entities.map((entity) => (entity.id === id ? change(entity) : entity)),
  };
}

function withRelation(
  draft: Draft,
  id: string,
  change: (relation: DraftRelation) => DraftRelation,
): Draft {
  return {
    ...draft,
    relations: draft.relations.map((relation) =>
      relation.id === id ? change(relation) : relation,
    ),
  };
}

const entityById = (draft: Draft, id: string) => draft.entities.find((entity) => entity.id === id);
const relationById = (draft: Draft, id: string) =>
  draft.relations.find((relation) => relation.id === id);

// ---------------------------------------------------------------------------------------------
// Accepting

export function setEntityAccepted(draft: Draft, id: string, accepted: boolean): Draft {
  const entity = entityById(draft, id);
  if (!entity || entity.accepted === accepted) return draft;
  return withEntity(draft, id, (found) => ({ ...found, accepted }));
}

export function setRelationAccepted(draft: Draft, id: string, accepted: boolean): Draft {
  const relation = relationById(draft, id);
  if (!relation || relation.accepted === accepted) return draft;
  return withRelation(draft, id, (found) => ({ ...found, accepted }));
}

/**
 * Accepts every proposal whose confidence is at least `threshold` (0–1) and rejects the rest:
 * the quick first pass before reading the doubtful ones.
 */
export function acceptByConfidence(draft: Draft, threshold: number): Reviewed {
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
    return refuse("the confidence must be a number from 0% to 100%");
  const decide = <T extends { confidence: number; accepted: boolean }>(item: T): T => {
    const accepted = item.confidence >= threshold;
    return item.accepted === accepted ? item : { ...item, accepted };
  };
  return done({
    ...draft,
    entities: draft.entities.map(decide),
    relations: draft.relations.map(decide),
  });
}

// ---------------------------------------------------------------------------------------------
// Entities

export function setEntityType(draft: Draft, id: string, type: string): Reviewed {
  const entity = entityById(draft, id);
  if (!entity) return refuse(`no entity "${id}" in the draft`);
  if (!draft.entityTypes.some((declared) => declared.id === type))
    return refuse(`"${type}" is not one of the draft's entity types`);
  if (entity.type === type) return done(draft);
  return done(withEntity(draft, id, (found) => ({ ...found, type: type as DraftEntityType })));
}

/** Why a label cannot stand, or undefined when it can. */
export function labelProblem(label: string): string | undefined {
  const clean = label.replace(/\s+/g, " ").trim();
  if (clean === "") return "an entity needs a label: it is what the graph shows";
  if (clean.length > 200) return "a label of more than 200 characters does not fit a graph";
  return undefined;
}

/** The label is what the explorer shows; the names the notes use stay as they are. */
export function setEntityLabel(draft: Draft, id: string, label: string): Reviewed {
  const entity = entityById(draft, id);
  if (!entity) return refuse(`no entity "${id}" in the draft`);
  const problem = labelProblem(label);
  if (problem) return refuse(problem);
  const clean = label.replace(/\s+/g, " ").trim();
  if (entity.label === clean) return done(draft);
  return done(withEntity(draft, id, (found) => ({ ...found, label: clean })));
}

/**
 * Merges `fromId` into `intoId`: its names move to the end of the other's, each saying why it is
 * there (its own reason, or "merged by you"), and the first remembers the entity as it was, so that
 * `splitName` on it undoes the merge exactly. Relations end at names, so they follow on their own.
 */
export function mergeEntities(draft: Draft, intoId: string, fromId: string): Reviewed {
  if (intoId === fromId) return refuse("an entity cannot be merged into itself");
  const into = entityById(draft, intoId);
  const index = draft.entities.findIndex((entity) => entity.id === fromId);
  const from = draft.entities[index];
  if (!into) return refuse(`no entity "${intoId}" in the draft`);
  if (!from) return refuse(`no entity "${fromId}" in the draft`);
  const { names, ...rest } = from;
  // The others already say why they were merged (only an entity's first name has no reason).
  const moved = names.map((name, position): DraftName => {
    if (position > 0) return name;
    const mergedFrom = {
      entity: rest,
      names: names.map((each) => each.key),
      index,
      ...(name.merged === undefined ? {} : { merged: name.merged }),
    };
    return { ...name, merged: name.merged ?? MERGED_BY_YOU, mergedFrom };
  });
  return done({
    ...draft,
    entities: draft.entities
      .filter((entity) => entity !== from)
      .map((entity) => (entity === into ? { ...into, names: [...into.names, ...moved] } : entity)),
  });
}

/**
 * Takes a merged name back out of its entity. A name a person merged in brings back the entity it
 * came from, whole and in its old place; a name the draft merged becomes an entity of its own, of
 * the same type, with the relations that end at it.
 */
export function splitName(draft: Draft, entityId: string, nameKey: string): Reviewed {
  const entity = entityById(draft, entityId);
  if (!entity) return refuse(`no entity "${entityId}" in the draft`);
  const name = entity.names.find((each) => each.key === nameKey);
  if (!name) return refuse(`"${entity.label}" has no name "${nameKey}"`);
  if (name.merged === undefined || entity.names[0] === name)
    return refuse(
      `"${name.text}" is the name "${entity.label}" was drafted from: it cannot be split out`,
    );

  const before = name.mergedFrom;
  const find = (key: string) => entity.names.find((each) => each.key === key);
  // A merge by a person takes back every name that came with it (and is still here), in order.
  const taken = before
    ? before.names.map(find).filter((each): each is DraftName => each !== undefined)
    : [name];
  const leaving = new Set(taken.map((each) => each.key));
  const staying = entity.names.filter((each) => !leaving.has(each.key));
  const restoredNames = taken.map((each): DraftName => {
    if (each !== name) return each;
    const { merged: _merged, mergedFrom: _from, ...plain } = each;
    return before?.merged === undefined ? plain : { ...plain, merged: before.merged };
  });
  const used = new Set(draft.entities.map((each) => each.id));
  const split: DraftEntity = before
    ? { ...before.entity, id: freeId(before.entity.id, used), names: restoredNames }
    : {
        id: freeId(slugify(name.text) || "entity", used),
        label: name.text,
        type: entity.type,
        names: restoredNames,
        confidence: entity.confidence,
        why: `split out of "${entity.label}" by you`,
        accepted: entity.accepted,
      };
  const kept = draft.entities.map((each) =>
    each === entity ? { ...entity, names: staying } : each,
  );
  const at = Math.min(before ? before.index : draft.entities.indexOf(entity) + 1, kept.length);
  return done({ ...draft, entities: [...kept.slice(0, at), split, ...kept.slice(at)] });
}

/** `id`, or `id-2`, `id-3` … : the first that no entity has. */
function freeId(id: string, used: ReadonlySet<string>): string {
  if (!used.has(id)) return id;
  for (let suffix = 2; ; suffix++) if (!used.has(`${id}-${suffix}`)) return `${id}-${suffix}`;
}

// ---------------------------------------------------------------------------------------------
// Relations

export function setRelationType(draft: Draft, id: string, type: string): Reviewed {
  const relation = relationById(draft, id);
  if (!relation) return refuse(`no relation "${id}" in the draft`);
  if (!draft.relationTypes.some((declared) => declared.id === type))
    return refuse(`"${type}" is not one of the draft's relation types`);
  if (relation.type === type) return done(draft);
  return done(withRelation(draft, id, (found) => ({ ...found, type })));
}

/** True when the relation's type reads the same from both ends ("rivalled"). */
export function isUndirected(draft: Draft, relation: DraftRelation): boolean {
  return draft.relationTypes.find((type) => type.id === relation.type)?.directed === false;
}

/** "Beria arrested Khrushchev" ▶ "Khrushchev arrested Beria": the ends and their marks swap. */
export function reverseRelation(draft: Draft, id: string): Reviewed {
  const relation = relationById(draft, id);
  if (!relation) return refuse(`no relation "${id}" in the draft`);
  if (isUndirected(draft, relation))
    return refuse(`"${relation.type}" reads the same both ways: it has no direction to reverse`);
  return done(
    withRelation(draft, id, (found) => ({
      ...found,
      from: found.to,
      to: found.from,
      marks: { from: found.marks.to, to: found.marks.from, cue: found.marks.cue },
    })),
  );
}

/**
 * Why a date cannot stand, or undefined when it can: the same rules as the validator (an ISO
 * partial date; an end not before its start, compared to the precision both give, so "1953" ends
 * well after a start of "1953-06"). `value` "" clears the date.
 */
export function dateProblem(
  relation: Pick<DraftRelation, "start" | "end">,
  field: "start" | "end",
  value: string,
): string | undefined {
  const date = value.trim();
  if (date === "") return undefined;
  if (!isPartialDate(date))
    return `"${date}" is not a date: write a year, a year and month, or a full date (1925, 1925-01, 1925-01-20)`;
  const start = field === "start" ? date : relation.start;
  const end = field === "end" ? date : relation.end;
  if (start !== undefined && end !== undefined && lastDay(end) < firstDay(start))
    return field === "end"
      ? `the end ${end} is before the start ${start}`
      : `the start ${start} is after the end ${end}`;
  return undefined;
}

/** Sets or clears (`""`) a relation's start or end, refusing a date that cannot stand. */
export function setRelationDate(
  draft: Draft,
  id: string,
  field: "start" | "end",
  value: string,
): Reviewed {
  const relation = relationById(draft, id);
  if (!relation) return refuse(`no relation "${id}" in the draft`);
  const problem = dateProblem(relation, field, value);
  if (problem) return refuse(problem);
  const date = value.trim();
  if ((relation[field] ?? "") === date) return done(draft);
  return done(
    withRelation(draft, id, (found) => {
      const { [field]: _old, ...rest } = found;
      // The sentence no longer gives the date the person chose: say whose it is.
      return { ...rest, ...(date === "" ? {} : { [field]: date }), dateWhy: "dates set by you" };
    }),
  );
}

export function setRelationCertainty(draft: Draft, id: string, certainty: string): Reviewed {
  const relation = relationById(draft, id);
  if (!relation) return refuse(`no relation "${id}" in the draft`);
  if (certainty !== "attested" && certainty !== "alleged")
    return refuse(`a drafted relation is "attested" or "alleged", not "${certainty}"`);
  if (relation.certainty === certainty) return done(draft);
  return done(withRelation(draft, id, (found) => ({ ...found, certainty })));
}

// ---------------------------------------------------------------------------------------------
// Reading a draft

/** Each name key's entity: relations end at names. */
export function entitiesByName(draft: Draft): Map<string, DraftEntity> {
  const byName = new Map<string, DraftEntity>();
  for (const entity of draft.entities)
    for (const name of entity.names) byName.set(name.key, entity);
  return byName;
}

export interface ReviewSummary {
  entities: { accepted: number; total: number };
  relations: {
    accepted: number;
    total: number;
    /** Accepted, with both ends accepted and two different entities: what will open. */
    opening: number;
  };
}

export function reviewSummary(draft: Draft): ReviewSummary {
  const byName = entitiesByName(draft);
  let accepted = 0;
  let opening = 0;
  for (const relation of draft.relations) {
    if (!relation.accepted) continue;
    accepted++;
    const from = byName.get(relation.from);
    const to = byName.get(relation.to);
    if (from?.accepted && to?.accepted && from !== to) opening++;
  }
  return {
    entities: {
      accepted: draft.entities.filter((entity) => entity.accepted).length,
      total: draft.entities.length,
    },
    relations: { accepted, total: draft.relations.length, opening },
  };
}
