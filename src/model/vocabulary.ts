/**
 * The words every part of the app shares, defined once at the bottom so that no layer re-coins
 * them. Plain types and tiny pure helpers only; the rules they name live beside the data they
 * read (time.ts for dates, graph/ for what a filter keeps).
 *
 * Three words about what the graph draws, each with one meaning everywhere:
 * - *as of*: true at the timeline's date (graph/asOf.ts applies time.ts's rules);
 * - *filtered*: passing the legend's filters (graph/visibility.ts);
 * - *visible*: what the graph draws now, as of ∩ filtered ∩ the focused neighbourhood
 *   (scene/visible.ts). The text view and the panels read the same sets.
 */

/** The two kinds of item a reader can select, cite or link to. */
export type ItemKind = "entity" | "relation";

/** One entity or relation, by id: what is selected, what evidence belongs to, what a link opens. */
export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/** What the reader has selected; null for nothing. */
export type Selection = ItemRef | null;

/** A set of entities and a set of relations, by id; where a value may be null, null means all. */
export interface VisibleSets {
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

/** What sizes and ranks the entities (graph/measures.ts computes each). */
export type Measure = "relations" | "betweenness" | "pagerank";
export const MEASURES: readonly Measure[] = ["relations", "betweenness", "pagerank"];

/**
 * A filter hides one kind of thing, named by a token "group:value": "entity:office",
 * "relation:part-of", "certainty:alleged" or "source:reference" (a kind of source).
 */
export type FilterGroup = "entity" | "relation" | "certainty" | "source";
export const FILTER_GROUPS: readonly FilterGroup[] = ["entity", "relation", "certainty", "source"];

export interface FilterToken {
  group: FilterGroup;
  value: string;
}

export function filterToken(group: FilterGroup, value: string): string {
  return `${group}:${value}`;
}

/** The group and value a token names; null for anything that is not "group:value". */
export function parseFilterToken(token: string): FilterToken | null {
  const colon = token.indexOf(":");
  if (colon < 0) return null;
  const group = token.slice(0, colon);
  const value = token.slice(colon + 1);
  if (value === "" || value.includes(":")) return null;
  const known = FILTER_GROUPS.find((name) => name === group);
  return known ? { group: known, value } : null;
}
