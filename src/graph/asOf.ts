/**
 * What is true as of a date: the relations and entities the graph shows then. Computed once per
 * date change (linear in the dataset), so the view's reducers only look things up.
 */
import { entityInItsTime, entityPresentAsOf, relationHoldsAsOf } from "../model/time";
import type { Catalog } from "./catalog";
import type { VisibleSets } from "../model/vocabulary";

export function asOfDate(catalog: Catalog, date: string): VisibleSets {
  // A relation holds only while both its ends are in their own time: undated relations of
  // Beria's do not outlive him.
  const inTime = new Map<string, boolean>();
  const endInTime = (id: string) => {
    let known = inTime.get(id);
    if (known === undefined) {
      const entity = catalog.entity.get(id);
      known = entity !== undefined && entityInItsTime(entity, date);
      inTime.set(id, known);
    }
    return known;
  };
  const relations = new Set<string>();
  for (const relation of catalog.dataset.relations) {
    const temporal = catalog.relationType.get(relation.type)?.temporal ?? "event";
    if (
      relationHoldsAsOf(relation, temporal, date) &&
      endInTime(relation.from) &&
      endInTime(relation.to)
    )
      relations.add(relation.id);
  }
  const entities = new Set<string>();
  for (const entity of catalog.dataset.entities) {
    const own = catalog.relationsOf.get(entity.id) ?? [];
    const anyShown = own.some((relation) => relations.has(relation.id));
    if (entityPresentAsOf(entity, own.length > 0, anyShown, date)) entities.add(entity.id);
  }
  // A relation is drawn only between entities that are there; the rules above already imply it
  // (both ends are in their time, and an entity in its time with a shown relation is shown),
  // this keeps the sets consistent regardless.
  for (const relation of catalog.dataset.relations) {
    if (!entities.has(relation.from) || !entities.has(relation.to)) relations.delete(relation.id);
  }
  return { entities, relations };
}
