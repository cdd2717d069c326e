/**
 * Search over one dataset: entities by label, alias or words of their summary, tolerant of typos
 * (minisearch's fuzzy and prefix matching, so "Khruschev" or "Krushchev" finds Khrushchev), and
 * relation types by their verb ("arrested" lists every arrest).
 */
import MiniSearch from "minisearch";
import { searchableAttributeText } from "../model/attributes";
import type { Entity, Relation, RelationType } from "../model/schema";
import type { Catalog } from "./catalog";

export interface RelationTypeHit {
  type: RelationType;
  relations: Relation[];
}

export interface SearchResults {
  entities: Entity[];
  relationTypes: RelationTypeHit[];
}

export interface EntitySearch {
  search(query: string): SearchResults;
}

const MAX_ENTITIES = 8;
const MAX_RELATIONS_PER_TYPE = 12;

/** Lower case without accents, so "Beriа" typed on any keyboard layout still meets "beria". */
function normaliseTerm(term: string): string {
  return term
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

const SEARCH_OPTIONS = {
  prefix: true,
  // A fifth of a word's letters may be wrong: "Khruschev" (9 letters) is one edit away.
  fuzzy: 0.25,
  boost: { label: 3, aliases: 2.5, summary: 1, attributes: 0.75 },
};

type EntityDocument = {
  id: string;
  label: string;
  aliases: string;
  summary: string;
  /** The text values of the file's own attributes (a genre, a place), found like a summary. */
  attributes: string;
};

function entityIndexFor(): MiniSearch<EntityDocument> {
  return new MiniSearch<EntityDocument>({
    fields: ["label", "aliases", "summary", "attributes"],
    processTerm: normaliseTerm,
    searchOptions: SEARCH_OPTIONS,
  });
}

function entityDocuments(catalog: Catalog): EntityDocument[] {
  return catalog.dataset.entities.map((entity) => ({
    id: entity.id,
    label: entity.label,
    aliases: entity.aliases.join(" "),
    summary: entity.summary ?? "",
    attributes: searchableAttributeText(entity.attributes),
  }));
}

export function buildSearch(catalog: Catalog): EntitySearch {
  const entityIndex = entityIndexFor();
  entityIndex.addAll(entityDocuments(catalog));
  return searchOver(catalog, entityIndex);
}

/**
 * The same search, indexed a slice at a time with the event loop free in between: on 50,000
 * entities indexing takes about a second, which in one go would freeze the page that long.
 */
export async function buildSearchInSlices(catalog: Catalog): Promise<EntitySearch> {
  const entityIndex = entityIndexFor();
  await entityIndex.addAllAsync(entityDocuments(catalog), { chunkSize: 1000 });
  return searchOver(catalog, entityIndex);
}

function searchOver(catalog: Catalog, entityIndex: MiniSearch<EntityDocument>): EntitySearch {
  const relationTypeIndex = new MiniSearch<{ id: string; label: string; inverse: string }>({
    fields: ["label", "inverse", "id"],
    processTerm: normaliseTerm,
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: "AND" },
  });
  relationTypeIndex.addAll(
    catalog.dataset.relationTypes.map((type) => ({
      id: type.id,
      label: type.label,
      inverse: type.inverse,
    })),
  );
  const relationsByType = new Map<string, Relation[]>();
  for (const relation of catalog.dataset.relations) {
    const list = relationsByType.get(relation.type) ?? [];
    list.push(relation);
    relationsByType.set(relation.type, list);
  }

  return {
    search(query: string): SearchResults {
      const text = query.trim();
      if (text === "") return { entities: [], relationTypes: [] };
      // Every word should match; when none does, fall back to any word matching.
      let entityHits = entityIndex.search(text, { combineWith: "AND" });
      if (entityHits.length === 0) entityHits = entityIndex.search(text, { combineWith: "OR" });
      // A name typed in full comes first: word scores alone can rank "Central Committee of the
      // Communist Party" above "Presidium of the Central Committee" for the latter's own name.
      const wanted = normaliseTerm(text);
      const named = (entity: Entity) =>
        [entity.label, ...entity.aliases].some((name) => normaliseTerm(name.trim()) === wanted);
      const found = entityHits
        .map((hit) => catalog.entity.get(String(hit.id)))
        .filter((entity): entity is Entity => entity !== undefined);
      const entities = [...found.filter(named), ...found.filter((entity) => !named(entity))].slice(
        0,
        MAX_ENTITIES,
      );

      const relationTypes = relationTypeIndex
        .search(text)
        .map((hit) => catalog.relationType.get(String(hit.id)))
        .filter((type): type is RelationType => type !== undefined)
        .map((type) => ({
          type,
          relations: (relationsByType.get(type.id) ?? []).slice(0, MAX_RELATIONS_PER_TYPE),
        }))
        .filter((hit) => hit.relations.length > 0);
      return { entities, relationTypes };
    },
  };
}
