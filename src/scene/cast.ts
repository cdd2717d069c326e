/**
 * The cast and its relations: what the graph draws, told as text. Every visible entity, grouped by
 * entity type (types in the dataset's order, entities by name), each with its visible relations
 * as the sentences the entity panel uses, in date order, each saying when and where it comes
 * from. It reads the scene's visible layers (the same object the graph draws from), so the
 * timeline, the filters, the focus and the story's date narrow it exactly as they narrow the graph.
 */
import type { Catalog } from "../graph/catalog";
import { isBeyondTheNotes, type RelationSentence } from "../graph/query";
import type { Entity, EntityType, Relation } from "../model/schema";
import { compareByDate } from "../model/time";
import { entityRelations } from "./entityRelations";
import type { VisibleLayers } from "./visible";

/** Where a claim comes from, in the panels' words (panels/Evidence.tsx). */
export type Provenance = "from the notes" | "not from the notes" | "no evidence given";

export interface CastRelation {
  sentence: RelationSentence;
  provenance: Provenance;
  /** The whole line as read: "was arrested by Nikita Khrushchev, 1953, from the notes". */
  text: string;
}

export interface CastEntity {
  entity: Entity;
  relations: CastRelation[];
}

export interface CastGroup {
  type: EntityType;
  entities: CastEntity[];
}

export function provenanceOf(catalog: Catalog, relation: Relation): Provenance {
  if (relation.evidence.length === 0) return "no evidence given";
  if (isBeyondTheNotes(catalog, relation.evidence)) return "not from the notes";
  return "from the notes";
}

/** A relation's line: its sentence from `sentence`'s side, its date, its certainty if in doubt, its source. */
export function castLine(sentence: RelationSentence, provenance: Provenance): string {
  const parts = [`${sentence.verb} ${sentence.other.label}`, sentence.when ?? "undated"];
  // An alleged or disputed claim must not read like an established one.
  if (sentence.relation.certainty !== "attested") parts.push(sentence.relation.certainty);
  parts.push(provenance);
  return parts.join(", ");
}

/** The relations of one entity the graph draws now, in date order (undated last). */
function visibleRelations(catalog: Catalog, layers: VisibleLayers, entityId: string) {
  const listed = entityRelations(catalog, layers, entityId).groups.flatMap((group) =>
    // The panel also lists what the date or the focus leaves out; the graph does not draw those.
    group.items.filter((item) => item.notDrawn === null).map((item) => item.sentence),
  );
  // Stable: claims of the same date keep the panel's order (relation type, then side).
  listed.sort((a, b) => compareByDate(a.relation, b.relation));
  return listed.map((sentence): CastRelation => {
    const provenance = provenanceOf(catalog, sentence.relation);
    return { sentence, provenance, text: castLine(sentence, provenance) };
  });
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function castOf(catalog: Catalog, layers: VisibleLayers): CastGroup[] {
  const { visible } = layers;
  const byType = new Map<string, Entity[]>();
  for (const entity of catalog.dataset.entities) {
    if (visible && !visible.entities.has(entity.id)) continue;
    const list = byType.get(entity.type);
    if (list) list.push(entity);
    else byType.set(entity.type, [entity]);
  }
  const groups: CastGroup[] = [];
  for (const type of catalog.dataset.entityTypes) {
    const entities = byType.get(type.id);
    if (!entities) continue;
    entities.sort((a, b) => byName.compare(a.label, b.label));
    groups.push({
      type,
      entities: entities.map((entity) => ({
        entity,
        relations: visibleRelations(catalog, layers, entity.id),
      })),
    });
  }
  return groups;
}
