/**
 * What the graph shows: the filters (kinds of entity and relation, certainty, kind of source), the
 * date, and a focus on one entity's neighbourhood, each a pair of Sets computed once per change.
 * `null` means "everything", so the common case costs nothing.
 */
import type { Catalog } from "./catalog";
import { filterToken, parseFilterToken, type VisibleSets } from "../model/vocabulary";

/**
 * Entities and relations that pass the filter tokens in `hidden` ("entity:office",
 * "relation:part-of", "certainty:alleged", "source:reference"). A relation passes the source
 * filter when at least one piece of its evidence comes from a kind of source still shown. While a
 * relation filter is on, entities left with no relation on show are hidden too: "only who
 * arrested whom" should not leave every other entity standing alone.
 */
export function filteredSets(catalog: Catalog, hidden: ReadonlySet<string>): VisibleSets | null {
  if (hidden.size === 0) return null;
  const relationFilterOn = [...hidden].some((token) => parseFilterToken(token)?.group !== "entity");
  const entities = new Set<string>();
  for (const entity of catalog.dataset.entities) {
    if (!hidden.has(filterToken("entity", entity.type))) entities.add(entity.id);
  }
  const relations = new Set<string>();
  const withRelation = new Set<string>();
  for (const relation of catalog.dataset.relations) {
    if (!entities.has(relation.from) || !entities.has(relation.to)) continue;
    if (hidden.has(filterToken("relation", relation.type))) continue;
    if (hidden.has(filterToken("certainty", relation.certainty))) continue;
    if (
      relation.evidence.length > 0 &&
      relation.evidence.every((item) => {
        const kind = catalog.source.get(item.source)?.kind;
        return kind !== undefined && hidden.has(filterToken("source", kind));
      })
    ) {
      continue;
    }
    relations.add(relation.id);
    withRelation.add(relation.from);
    withRelation.add(relation.to);
  }
  return { entities: relationFilterOn ? withRelation : entities, relations };
}

/** What both leave on show; null stands for everything. */
export function intersectSets(a: VisibleSets | null, b: VisibleSets | null): VisibleSets | null {
  if (!a) return b;
  if (!b) return a;
  const entities = new Set([...a.entities].filter((id) => b.entities.has(id)));
  const relations = new Set([...a.relations].filter((id) => b.relations.has(id)));
  return { entities, relations };
}

/**
 * An entity's neighbourhood to `depth` relations, within what is already visible: the rest of the
 * network steps aside so the reader can look at one corner of it.
 */
export function focusedSets(
  catalog: Catalog,
  base: VisibleSets | null,
  focusId: string,
  depth: number,
): VisibleSets {
  const entityOn = (id: string) => !base || base.entities.has(id);
  const relationOn = (id: string) => !base || base.relations.has(id);
  const entities = new Set<string>();
  if (!catalog.entity.has(focusId) || !entityOn(focusId)) return { entities, relations: new Set() };
  entities.add(focusId);
  let frontier = [focusId];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const relation of catalog.relationsOf.get(id) ?? []) {
        if (!relationOn(relation.id)) continue;
        const other = relation.from === id ? relation.to : relation.from;
        if (entities.has(other) || !entityOn(other)) continue;
        entities.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const relations = new Set<string>();
  for (const relation of catalog.dataset.relations) {
    if (relationOn(relation.id) && entities.has(relation.from) && entities.has(relation.to)) {
      relations.add(relation.id);
    }
  }
  return { entities, relations };
}
