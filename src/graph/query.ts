/**
 * Relations told as sentences from one entity's side, and grouped for its panel. A relation
 * "Khrushchev arrested Beria" reads "arrested Lavrentiy Beria" on Khrushchev's panel and
 * "was arrested by Nikita Khrushchev" on Beria's.
 */
import type { Entity, Relation, RelationType } from "../model/schema";
import { compareByDate, formatDateRange } from "../model/time";
import type { Catalog } from "./catalog";

export interface RelationSentence {
  relation: Relation;
  type: RelationType;
  /** The verb phrase as read from the perspective entity: "arrested", "was arrested by". */
  verb: string;
  /** The entity at the other end (the perspective entity itself for a self-loop). */
  other: Entity;
  /** "1953", "1953–1955", or undefined when undated. */
  when: string | undefined;
}

/** The relation told from `perspectiveId`'s side; null if that entity is not one of its ends. */
export function relationSentence(
  catalog: Catalog,
  relation: Relation,
  perspectiveId: string,
): RelationSentence | null {
  const type = catalog.relationType.get(relation.type);
  if (!type) return null;
  let verb: string;
  let otherId: string;
  if (relation.from === perspectiveId) {
    verb = type.label;
    otherId = relation.to;
  } else if (relation.to === perspectiveId) {
    verb = type.directed ? type.inverse : type.label;
    otherId = relation.from;
  } else {
    return null;
  }
  const other = catalog.entity.get(otherId);
  if (!other) return null;
  return { relation, type, verb, other, when: formatDateRange(relation.start, relation.end) };
}

/** The whole claim in the active voice: "Nikita Khrushchev arrested Lavrentiy Beria". */
export function relationClaim(catalog: Catalog, relation: Relation): string {
  const from = catalog.entity.get(relation.from)?.label ?? relation.from;
  const to = catalog.entity.get(relation.to)?.label ?? relation.to;
  const verb = catalog.relationType.get(relation.type)?.label ?? relation.type;
  return `${from} ${verb} ${to}`;
}

export interface RelationGroup {
  type: RelationType;
  /** The verb phrase shared by the group, from the perspective entity's side. */
  verb: string;
  sentences: RelationSentence[];
}

/**
 * An entity's relations grouped by type and side ("arrested" apart from "was arrested by"), the
 * groups in the order the dataset declares its relation types, each group in date order.
 */
export function groupedRelations(catalog: Catalog, entityId: string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const relation of catalog.relationsOf.get(entityId) ?? []) {
    const sentence = relationSentence(catalog, relation, entityId);
    if (!sentence) continue;
    const key = `${sentence.type.id}\u0000${sentence.verb}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: sentence.type, verb: sentence.verb, sentences: [] };
      groups.set(key, group);
    }
    group.sentences.push(sentence);
  }
  const typeOrder = new Map(catalog.dataset.relationTypes.map((type, index) => [type.id, index]));
  const result = [...groups.values()];
  for (const group of result) {
    // Dated claims in date order, undated ones after them; ties keep dataset order (stable sort).
    group.sentences.sort((a, b) => compareByDate(a.relation, b.relation));
  }
  return result.sort(
    (a, b) =>
      (typeOrder.get(a.type.id) ?? 0) - (typeOrder.get(b.type.id) ?? 0) ||
      // Within a type, the active side ("arrested") before the passive ("was arrested by").
      Number(a.verb !== a.type.label) - Number(b.verb !== b.type.label),
  );
}

/** Entities one relation away, each once. */
export function neighbours(catalog: Catalog, entityId: string): Set<string> {
  const result = new Set<string>();
  for (const relation of catalog.relationsOf.get(entityId) ?? []) {
    result.add(relation.from === entityId ? relation.to : relation.from);
  }
  return result;
}

function isSuccession(catalog: Catalog, relation: Relation): boolean {
  return catalog.relationType.get(relation.type)?.succession === true;
}

/** Who held a post (an office), in order of taking it up. */
export function holdersOf(catalog: Catalog, postId: string): Relation[] {
  return (catalog.relationsOf.get(postId) ?? [])
    .filter((relation) => relation.to === postId && isSuccession(catalog, relation))
    .sort(compareByDate);
}

/** The posts (offices) someone held, in order of taking them up. */
export function postsHeldBy(catalog: Catalog, holderId: string): Relation[] {
  return (catalog.relationsOf.get(holderId) ?? [])
    .filter((relation) => relation.from === holderId && isSuccession(catalog, relation))
    .sort(compareByDate);
}

/** True when none of a claim's evidence comes from the notes the dataset is built from. */
export function isBeyondTheNotes(
  catalog: Catalog,
  evidence: readonly { source: string }[],
): boolean {
  return (
    evidence.length > 0 &&
    evidence.every((item) => catalog.source.get(item.source)?.kind !== "notes")
  );
}
