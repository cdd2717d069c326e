/**
 * Walking the network by its edges, with the keyboard: where the walk stands and where each key
 * takes it. Pure, so that the graph's keys and their tests share one definition.
 *
 * The walk stands on an entity, or on a relation reached from one of its ends. The keys are the
 * ones the text view's tree uses (WAI-ARIA tree pattern), so a reader learns them once: an
 * entity's relations are its children, listed by date, and the entity at a relation's other end
 * is that relation's child.
 * - "next" / "previous" (Down / Up): through the relations of the entity the walk came from, in
 *   date order. From an entity, Down goes to its first relation and Up to its last; Up from the
 *   first relation goes back up to the entity.
 * - "in" (Right): from an entity to its first relation; from a relation, across it to the entity
 *   at its other end.
 * - "out" (Left): from a relation up to its entity; from an entity, back across the relation the
 *   walk crossed to reach it.
 * - "back" (Backspace): back across the last relation crossed, wherever the walk stands now. The
 *   trail records crossings only: stepping along an entity's sixteen relations is not a way
 *   anyone wants to retrace, one press at a time.
 * Only what the graph draws is walked: relations and entities in the scene's visible sets.
 */
import type { Catalog } from "../graph/catalog";
import type { Relation } from "../model/schema";
import { compareByDate } from "../model/time";
import type { ItemRef, VisibleSets } from "../model/vocabulary";

export type WalkPosition =
  | { kind: "entity"; id: string }
  /** A relation, as listed among the relations of `from` (one of its ends). */
  | { kind: "relation"; id: string; from: string };

export interface Walk {
  at: WalkPosition | null;
  /** The relations crossed, most recent last: where "back" returns to. */
  trail: readonly WalkPosition[];
}

export type WalkMove = "next" | "previous" | "in" | "out" | "back";

export const emptyWalk: Walk = { at: null, trail: [] };

/** An entity's relations that the graph draws, in date order (undated last, ties in dataset order). */
export function walkableRelations(
  catalog: Catalog,
  visible: VisibleSets | null,
  entityId: string,
): Relation[] {
  return (catalog.relationsOf.get(entityId) ?? [])
    .filter((relation) => !visible || visible.relations.has(relation.id))
    .sort(compareByDate);
}

/** The entity at a relation's other end from `from` (itself for a relation to itself). */
export function otherEnd(relation: Relation, from: string): string {
  return relation.from === from ? relation.to : relation.from;
}

function entityShown(catalog: Catalog, visible: VisibleSets | null, id: string): boolean {
  return catalog.entity.has(id) && (!visible || visible.entities.has(id));
}

/** True while the graph still draws what the position stands on. */
export function isWalkable(
  catalog: Catalog,
  visible: VisibleSets | null,
  position: WalkPosition,
): boolean {
  if (position.kind === "entity") return entityShown(catalog, visible, position.id);
  const relation = catalog.relation.get(position.id);
  return (
    relation !== undefined &&
    (relation.from === position.from || relation.to === position.from) &&
    (!visible || visible.relations.has(relation.id)) &&
    entityShown(catalog, visible, position.from)
  );
}

/**
 * Where a walk begins: on the selection if the graph draws it (a relation as seen from its first
 * end), else on the most connected entity drawn, the one with the most ways onward.
 */
export function walkStart(
  catalog: Catalog,
  visible: VisibleSets | null,
  selection: ItemRef | null,
): WalkPosition | null {
  const selected = selection && positionOf(catalog, selection);
  if (selected && isWalkable(catalog, visible, selected)) return selected;
  let best: { id: string; count: number } | null = null;
  for (const entity of catalog.dataset.entities) {
    if (visible && !visible.entities.has(entity.id)) continue;
    const count = walkableRelations(catalog, visible, entity.id).length;
    if (!best || count > best.count) best = { id: entity.id, count };
  }
  return best ? { kind: "entity", id: best.id } : null;
}

/** The walk position for an item (a relation is taken from its first end); null if unknown. */
export function positionOf(catalog: Catalog, item: ItemRef): WalkPosition | null {
  if (item.kind === "entity") {
    return catalog.entity.has(item.id) ? { kind: "entity", id: item.id } : null;
  }
  const relation = catalog.relation.get(item.id);
  return relation ? { kind: "relation", id: relation.id, from: relation.from } : null;
}

/** The item a position stands on, as the cursor and the selection name it. */
export function itemOf(position: WalkPosition): ItemRef {
  return { kind: position.kind, id: position.id };
}

/**
 * The walk as it stands once the cursor has had its say: when something else moved the cursor (a
 * click, a link, the text view), the walk goes on from there with a fresh trail.
 */
export function resumeWalk(catalog: Catalog, walk: Walk, cursor: ItemRef | null): Walk {
  const at = walk.at;
  if (at && cursor && at.kind === cursor.kind && at.id === cursor.id) return walk;
  if (!cursor) return at ? emptyWalk : walk;
  return { at: positionOf(catalog, cursor), trail: [] };
}

/**
 * Where `move` takes the walk; null when it goes nowhere (past the last relation, or back with
 * nothing crossed), so that the caller can say so and leave the walk where it is.
 */
export function stepWalk(
  catalog: Catalog,
  visible: VisibleSets | null,
  walk: Walk,
  move: WalkMove,
  selection: ItemRef | null = null,
): Walk | null {
  const at = walk.at && isWalkable(catalog, visible, walk.at) ? walk.at : null;
  if (!at) {
    if (move === "out" || move === "back") return null;
    const start = walkStart(catalog, visible, selection);
    return start ? { at: start, trail: [] } : null;
  }
  const goTo = (next: WalkPosition): Walk => ({ at: next, trail: walk.trail });
  if (move === "back" || (move === "out" && at.kind === "entity")) {
    const trail = [...walk.trail];
    // A crossing the filters or the date have since hidden is passed over.
    while (trail.length > 0) {
      const previous = trail.pop();
      if (previous && isWalkable(catalog, visible, previous)) return { at: previous, trail };
    }
    return null;
  }
  if (at.kind === "entity") {
    const relations = walkableRelations(catalog, visible, at.id);
    const relation = move === "previous" ? relations[relations.length - 1] : relations[0];
    return relation ? goTo({ kind: "relation", id: relation.id, from: at.id }) : null;
  }
  const relations = walkableRelations(catalog, visible, at.from);
  const index = relations.findIndex((relation) => relation.id === at.id);
  const relation = relations[index];
  if (!relation) return null;
  switch (move) {
    case "next": {
      const next = relations[index + 1];
      return next ? goTo({ kind: "relation", id: next.id, from: at.from }) : null;
    }
    case "previous": {
      const previous = relations[index - 1];
      return goTo(
        previous
          ? { kind: "relation", id: previous.id, from: at.from }
          : { kind: "entity", id: at.from },
      );
    }
    case "out":
      return goTo({ kind: "entity", id: at.from });
    case "in": {
      const other = otherEnd(relation, at.from);
      return entityShown(catalog, visible, other)
        ? { at: { kind: "entity", id: other }, trail: [...walk.trail, at] }
        : null;
    }
  }
}
