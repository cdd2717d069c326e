/**
 * Lookups over one dataset, built once when it loads: by id, and each entity's relations.
 * Maps rather than plain objects, so that ids like "constructor" are ordinary keys.
 */
import type {
  Dataset,
  Entity,
  EntityType,
  Evidence,
  Relation,
  RelationType,
  Source,
} from "../model/schema";
import type { ItemRef } from "../model/vocabulary";

export interface Catalog {
  dataset: Dataset;
  /** Each source's text by source id (for sources that have one). */
  sourceText: ReadonlyMap<string, string>;
  entity: ReadonlyMap<string, Entity>;
  relation: ReadonlyMap<string, Relation>;
  entityType: ReadonlyMap<string, EntityType>;
  relationType: ReadonlyMap<string, RelationType>;
  source: ReadonlyMap<string, Source>;
  /** Every relation an entity takes part in, from either end, in dataset order. */
  relationsOf: ReadonlyMap<string, readonly Relation[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** `textsByPath` maps each source's `text` path to its contents, as model/load.ts reads them. */
export function buildCatalog(
  dataset: Dataset,
  textsByPath: ReadonlyMap<string, string> = new Map(),
): Catalog {
  const sourceText = new Map<string, string>();
  for (const source of dataset.sources) {
    const text = source.text === undefined ? undefined : textsByPath.get(source.text);
    if (text !== undefined) sourceText.set(source.id, text);
  }
  const relationsOf = new Map<string, Relation[]>();
  for (const entity of dataset.entities) relationsOf.set(entity.id, []);
  for (const relation of dataset.relations) {
    relationsOf.get(relation.from)?.push(relation);
    if (relation.to !== relation.from) relationsOf.get(relation.to)?.push(relation);
  }
  return {
    dataset,
    sourceText,
    entity: byId(dataset.entities),
    relation: byId(dataset.relations),
    entityType: byId(dataset.entityTypes),
    relationType: byId(dataset.relationTypes),
    source: byId(dataset.sources),
    relationsOf,
  };
}

/** Who owns a piece of evidence: an entity's own evidence or a relation's. */

export function evidenceOf(catalog: Catalog, owner: ItemRef): readonly Evidence[] {
  const item =
    owner.kind === "entity" ? catalog.entity.get(owner.id) : catalog.relation.get(owner.id);
  return item?.evidence ?? [];
}
