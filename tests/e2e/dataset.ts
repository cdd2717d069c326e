/**
 * The built-in dataset as the specs read it: straight from data/post-stalin-power-struggle.json at
 * test time, so that the specs look relations up by their ends and types instead of hard-coding
 * ids that the data may rename.
 */
import { readFileSync } from "node:fs";

export interface RawEntity {
  id: string;
  type: string;
  label: string;
  aliases?: string[];
}

export interface RawRelationType {
  id: string;
  label: string;
  inverse: string;
  directed?: boolean;
}

export interface RawEvidence {
  source: string;
  quote: string;
}

export interface RawRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  start?: string;
  end?: string;
  evidence?: RawEvidence[];
}

export interface RawSource {
  id: string;
  title: string;
  kind: string;
  text?: string;
}

export interface RawDataset {
  title: string;
  /** The months the timeline spans, where the dataset names them. */
  period?: { start: string; end: string };
  sources: RawSource[];
  entityTypes: { id: string; label: string; color: string }[];
  relationTypes: RawRelationType[];
  entities: RawEntity[];
  relations: RawRelation[];
}

export const DATASET_FILE = new URL("../../data/post-stalin-power-struggle.json", import.meta.url);

export const dataset: RawDataset = JSON.parse(readFileSync(DATASET_FILE, "utf8")) as RawDataset;

/** The one relation id the specs name outright: Khrushchev arrested Beria. */
export const ARREST_ID = "khrushchev-arrested-beria";

export function entity(id: string): RawEntity {
  const found = dataset.entities.find((item) => item.id === id);
  if (!found) throw new Error(`the built-in dataset has no entity "${id}"`);
  return found;
}

export function relation(id: string): RawRelation {
  const found = dataset.relations.find((item) => item.id === id);
  if (!found) throw new Error(`the built-in dataset has no relation "${id}"`);
  return found;
}

export function relationType(id: string): RawRelationType {
  const found = dataset.relationTypes.find((item) => item.id === id);
  if (!found) throw new Error(`the built-in dataset has no relation type "${id}"`);
  return found;
}

export function source(id: string): RawSource {
  const found = dataset.sources.find((item) => item.id === id);
  if (!found) throw new Error(`the built-in dataset has no source "${id}"`);
  return found;
}

/** The relation as its panel heading and the search list say it: "A arrested B". */
export function relationClaim(item: RawRelation): string {
  return `${entity(item.from).label} ${relationType(item.type).label} ${entity(item.to).label}`;
}

/** Relations joining the two entities, either way round. */
export function relationsBetween(a: string, b: string): RawRelation[] {
  return dataset.relations.filter(
    (item) => (item.from === a && item.to === b) || (item.from === b && item.to === a),
  );
}

/** Entities one relation away from `id`. */
export function neighboursOf(id: string): Set<string> {
  const result = new Set<string>();
  for (const item of dataset.relations) {
    if (item.from === id) result.add(item.to);
    if (item.to === id) result.add(item.from);
  }
  result.delete(id);
  return result;
}
