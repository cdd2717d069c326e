/**
 * What the page says aloud: where the keyboard walk stands, and what filtering, scrubbing and
 * finding a connection did, each as one sentence for the live region. The relation is worded as
 * the entity panel words it (graph/query.ts's relationSentence), so that hearing and reading agree.
 */
import type { Catalog } from "../graph/catalog";
import type { Connection } from "../graph/paths";
import { relationSentence } from "../graph/query";
import type { Relation } from "../model/schema";
import { formatPartialDate } from "../model/time";
import type { VisibleSets } from "../model/vocabulary";
import { walkableRelations, type WalkPosition } from "./walk";

/** "1 relation", "16 relations". */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** An entity type as said inside a sentence: "Person" → "person", "State or bloc" → "state or bloc". */
function typeWord(catalog: Catalog, typeId: string): string {
  const label = catalog.entityType.get(typeId)?.label ?? typeId;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "Lavrentiy Beria, person": who, and what kind of thing. */
function entityName(catalog: Catalog, entityId: string): string {
  const entity = catalog.entity.get(entityId);
  if (!entity) return entityId;
  return `${entity.label}, ${typeWord(catalog, entity.type)}`;
}

/**
 * Where a claim comes from, as the panels mark it: from the notes the dataset is built on, or
 * only from a reference source ("not from the notes"), or from nothing at all.
 */
export function sourcePhrase(catalog: Catalog, relation: Relation): string {
  if (relation.evidence.length === 0) return "no source given";
  const fromNotes = relation.evidence.some(
    (evidence) => catalog.source.get(evidence.source)?.kind === "notes",
  );
  return fromNotes ? "from the notes" : "from a reference, not the notes";
}

/** "Lavrentiy Beria, person; 19 relations" (and how many the filters, date or focus hide). */
export function entityFocusSentence(
  catalog: Catalog,
  visible: VisibleSets | null,
  entityId: string,
): string {
  const shown = walkableRelations(catalog, visible, entityId).length;
  const total = catalog.relationsOf.get(entityId)?.length ?? 0;
  const hidden = total - shown;
  return `${entityName(catalog, entityId)}; ${counted(shown, "relation", "relations")}${
    hidden > 0 ? ` shown, ${hidden} hidden` : ""
  }`;
}

/**
 * "Lavrentiy Beria, person; 14 of 19: was arrested by Nikita Khrushchev, 26 June 1953, from the
 * notes": the entity the walk came from, the relation's place in its date order, the relation
 * from that entity's side, its date, and where the claim comes from.
 */
export function relationFocusSentence(
  catalog: Catalog,
  visible: VisibleSets | null,
  relationId: string,
  fromId: string,
): string {
  const relation = catalog.relation.get(relationId);
  const sentence = relation && relationSentence(catalog, relation, fromId);
  if (!relation || !sentence) return `${relationId}: not a relation of ${fromId}`;
  const relations = walkableRelations(catalog, visible, fromId);
  const index = relations.findIndex((item) => item.id === relationId);
  const place = index < 0 ? "not shown" : `${index + 1} of ${relations.length}`;
  const certainty = relation.certainty === "attested" ? "" : `, ${relation.certainty}`;
  return `${entityName(catalog, fromId)}; ${place}: ${sentence.verb} ${sentence.other.label}, ${
    sentence.when ?? "undated"
  }${certainty}, ${sourcePhrase(catalog, relation)}`;
}

/** The sentence for where the walk stands. */
export function walkSentence(
  catalog: Catalog,
  visible: VisibleSets | null,
  position: WalkPosition,
): string {
  return position.kind === "entity"
    ? entityFocusSentence(catalog, visible, position.id)
    : relationFocusSentence(catalog, visible, position.id, position.from);
}

/** Why a key went nowhere, said instead of silence. */
export function walkEndSentence(
  catalog: Catalog,
  position: WalkPosition | null,
  move: "next" | "previous" | "in" | "out" | "back",
): string {
  if (!position) return "Nothing is drawn to walk to.";
  if (move === "back" || move === "out") return "Back at the start of the walk.";
  const from = position.kind === "entity" ? position.id : position.from;
  const label = catalog.entity.get(from)?.label ?? from;
  if (position.kind === "entity") return `${label} has no relations shown.`;
  return move === "next" ? `Last relation of ${label}.` : `First relation of ${label}.`;
}

/** Counts of what the graph draws: all of the dataset when nothing is hidden. */
export function drawnCounts(
  catalog: Catalog,
  visible: VisibleSets | null,
): { entities: number; relations: number } {
  return visible
    ? { entities: visible.entities.size, relations: visible.relations.size }
    : { entities: catalog.entity.size, relations: catalog.relation.size };
}

/** After a legend toggle: "Showing 23 entities and 41 relations". */
export function filterSentence(catalog: Catalog, visible: VisibleSets | null): string {
  const { entities, relations } = drawnCounts(catalog, visible);
  return `Showing ${counted(entities, "entity", "entities")} and ${counted(
    relations,
    "relation",
    "relations",
  )}`;
}

/** After a move of the timeline: "As of June 1953: 40 entities, 61 relations". */
export function asOfSentence(
  catalog: Catalog,
  visible: VisibleSets | null,
  date: string | null,
): string {
  const { entities, relations } = drawnCounts(catalog, visible);
  const when = date ? `As of ${formatPartialDate(date)}` : "All time";
  return `${when}: ${counted(entities, "entity", "entities")}, ${counted(
    relations,
    "relation",
    "relations",
  )}`;
}

/**
 * After a story chapter opens: "Chapter 2 of 7: Beria's fall. As of June 1953: 40 entities, 61
 * relations". Undefined for an id the story does not have.
 */
export function chapterSentence(
  catalog: Catalog,
  visible: VisibleSets | null,
  chapterId: string,
  date: string | null,
): string | undefined {
  const story = catalog.dataset.story;
  const index = story.findIndex((chapter) => chapter.id === chapterId);
  const chapter = story[index];
  if (!chapter) return undefined;
  return `Chapter ${index + 1} of ${story.length}: ${chapter.title}. ${asOfSentence(catalog, visible, date)}`;
}

/** After a connection is found, or not: "Kliment Voroshilov to Lavrentiy Beria: 2 hops". */
export function connectionSentence(
  catalog: Catalog,
  from: string,
  to: string,
  connection: Connection,
): string {
  const ends = `${catalog.entity.get(from)?.label ?? from} to ${catalog.entity.get(to)?.label ?? to}`;
  if (connection.length === null) return `${ends}: no connection`;
  if (connection.length === 0) return `${ends}: the same entity`;
  const paths = connection.paths.length;
  return `${ends}: ${counted(connection.length, "hop", "hops")}${
    paths > 1 ? `, ${paths}${connection.truncated ? " or more" : ""} shortest paths` : ""
  }`;
}

/**
 * The graph's long description (the complex-image rule): what it draws, as of when, and the
 * story chapter on show.
 */
export function graphSummary(
  catalog: Catalog,
  visible: VisibleSets | null,
  date: string | null,
  chapterId: string | null,
): string {
  const { entities, relations } = drawnCounts(catalog, visible);
  const story = catalog.dataset.story;
  const index = story.findIndex((chapter) => chapter.id === chapterId);
  const chapter = story[index];
  return [
    `${counted(entities, "entity", "entities")} and ${counted(relations, "relation", "relations")} drawn, ${
      date ? `as of ${formatPartialDate(date)}` : "for all time"
    }.`,
    chapter ? `Story chapter ${index + 1} of ${story.length}: ${chapter.title}.` : "",
    "Arrow keys walk from an entity along its relations; question mark lists the keys.",
  ]
    .filter((part) => part !== "")
    .join(" ");
}
