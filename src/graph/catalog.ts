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

export interface Catalog {
  dataset: Dataset;
  sourceTexts: ReadonlyMap<string, string>;
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

export function buildCatalog(
  dataset: Dataset,
  sourceTexts: ReadonlyMap<string, string> = new Map(),
): Catalog {
  const relationsOf = new Map<string, Relation[]>();
  for (const entity of dataset.entities) relationsOf.set(entity.id, []);
  for (const relation of dataset.relations) {
    relationsOf.get(relation.from)?.push(relation);
    if (relation.to !== relation.from) relationsOf.get(relation.to)?.push(relation);
  }
  return {
    dataset,
    sourceTexts,
    entity: byId(dataset.entities),
    relation: byId(dataset.relations),
    entityType: byId(dataset.entityTypes),
    relationType: byId(dataset.relationTypes),
    source: byId(dataset.sources),
    relationsOf,
  };
}

/** Who owns a piece of evidence: an entity's own evidence or a relation's. */
export type EvidenceOwner = { kind: "entity"; id: string } | { kind: "relation"; id: string };

export function evidenceOf(catalog: Catalog, owner: EvidenceOwner): readonly Evidence[] {
  const item =
    owner.kind === "entity" ? catalog.entity.get(owner.id) : catalog.relation.get(owner.id);
  return item?.evidence ?? [];
}
