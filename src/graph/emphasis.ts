/**
 * Which entities and relations stand out, given what the reader hovers, selects, or the story
 * chapter on show. Pure, so it can be tested without a renderer; the view turns it into sigma
 * reducers.
 */
import type { StoryChapter } from "../model/schema";
import type { Selection } from "../model/vocabulary";
import type { Catalog } from "./catalog";
import { neighbours } from "./query";

export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Drawn with a halo and a label whatever the label grid says. */
  primary: ReadonlySet<string>;
}

/** An entity with its relations and neighbours: what a hover or a selection brings forward. */
export function aroundEntity(catalog: Catalog, entityId: string): Emphasis {
  const nodes = neighbours(catalog, entityId);
  nodes.add(entityId);
  const edges = new Set((catalog.relationsOf.get(entityId) ?? []).map((relation) => relation.id));
  return { nodes, edges, primary: new Set([entityId]) };
}

/** A chapter's focus entities and highlighted relations, with the relations' ends. */
export function chapterEmphasis(catalog: Catalog, chapter: StoryChapter): Emphasis {
  const focus = chapter.focus.filter((id) => catalog.entity.has(id));
  const nodes = new Set(focus);
  const edges = new Set<string>();
  for (const id of chapter.relations) {
    const relation = catalog.relation.get(id);
    if (!relation) continue;
    edges.add(id);
    nodes.add(relation.from);
    nodes.add(relation.to);
  }
  return { nodes, edges, primary: new Set(focus) };
}

/** Every entity and relation on any of the paths found between two entities. */
export function pathEmphasis(
  paths: readonly { entities: string[]; hops: { relation: string }[] }[],
): Emphasis | null {
  if (paths.length === 0) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    for (const id of path.entities) nodes.add(id);
    for (const hop of path.hops) edges.add(hop.relation);
  }
  const first = paths[0]?.entities ?? [];
  const ends = new Set([first[0], first[first.length - 1]].filter((id): id is string => !!id));
  return { nodes, edges, primary: ends };
}

export function computeEmphasis(
  catalog: Catalog,
  selection: Selection,
  hovered: string | null,
  chapter: StoryChapter | null,
  path: Emphasis | null = null,
): Emphasis | null {
  // Hover wins while it lasts, so a reader can peek and come back; then the selection; then a
  // connection between two entities; then the chapter on show.
  if (hovered && catalog.entity.has(hovered)) return aroundEntity(catalog, hovered);
  if (selection?.kind === "entity" && catalog.entity.has(selection.id)) {
    return aroundEntity(catalog, selection.id);
  }
  if (selection?.kind === "relation") {
    const relation = catalog.relation.get(selection.id);
    if (relation) {
      const ends = new Set([relation.from, relation.to]);
      return { nodes: ends, edges: new Set([relation.id]), primary: ends };
    }
  }
  if (path) return path;
  if (chapter) return chapterEmphasis(catalog, chapter);
  return null;
}
