/**
 * The relations an entity's panel lists, and why any of them is not drawn. The filters apply to
 * the panel as to the graph: what they hide is counted, not listed. What the date or the focus
 * leaves out of the graph is still listed, marked with the reason, so that the reader learns of it
 * rather than missing it. A listed relation without a reason is exactly one the graph draws.
 */
import type { Catalog } from "../graph/catalog";
import { groupedRelations, type RelationGroup, type RelationSentence } from "../graph/query";
import type { VisibleLayers } from "./visible";

/** Why a listed relation is not drawn: not in effect as of the date, or outside the focus. */
export type NotDrawn = "date" | "focus";

export interface ListedRelation {
  sentence: RelationSentence;
  notDrawn: NotDrawn | null;
}

export interface ListedGroup extends Omit<RelationGroup, "sentences"> {
  items: ListedRelation[];
}

export interface EntityRelations {
  groups: ListedGroup[];
  /** Every relation the entity has, whatever the filters. */
  total: number;
  /** How many are listed (the rest are hidden by the filters). */
  listed: number;
}

export function entityRelations(
  catalog: Catalog,
  layers: VisibleLayers,
  entityId: string,
): EntityRelations {
  const { asOf, filtered, visible } = layers;
  const notDrawn = (id: string): NotDrawn | null => {
    if (!visible || visible.relations.has(id)) return null;
    if (asOf && !asOf.relations.has(id)) return "date";
    // Filtered and in effect, yet not visible: only the focus leaves such a relation out.
    return "focus";
  };
  const groups = groupedRelations(catalog, entityId)
    .map(({ sentences, ...group }) => ({
      ...group,
      items: sentences
        .filter((sentence) => !filtered || filtered.relations.has(sentence.relation.id))
        .map((sentence) => ({ sentence, notDrawn: notDrawn(sentence.relation.id) })),
    }))
    .filter((group) => group.items.length > 0);
  return {
    groups,
    total: catalog.relationsOf.get(entityId)?.length ?? 0,
    listed: groups.reduce((sum, group) => sum + group.items.length, 0),
  };
}
