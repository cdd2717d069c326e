/**
 * Where sources disagree: a `disputed` claim (what the notes say) and the relations that say
 * otherwise (what a reference says), found from either side, so the panel of the claim, of its
 * correction and of every entity either one touches can set the two side by side.
 */
import type { Relation, Source } from "../model/schema";
import type { Catalog } from "./catalog";

export interface Dispute {
  /** The claim marked `disputed`. */
  claim: Relation;
  /** The relations that say otherwise, in the order the claim lists them. */
  counters: Relation[];
}

/**
 * Found once per catalog: every panel render asks, and the scan is linear in the relations (a
 * 50,000-relation network would otherwise pay it on each selection).
 */
const disputesByCatalog = new WeakMap<Catalog, Dispute[]>();

/** Every dispute in the dataset, in the order its disputed claims come. */
export function allDisputes(catalog: Catalog): Dispute[] {
  const known = disputesByCatalog.get(catalog);
  if (known) return known;
  const disputes = findDisputes(catalog);
  disputesByCatalog.set(catalog, disputes);
  return disputes;
}

function findDisputes(catalog: Catalog): Dispute[] {
  const disputes: Dispute[] = [];
  for (const claim of catalog.dataset.relations) {
    if (!claim.disputedBy?.length) continue;
    const counters = claim.disputedBy
      .map((id) => catalog.relation.get(id))
      .filter((relation): relation is Relation => relation !== undefined);
    if (counters.length > 0) disputes.push({ claim, counters });
  }
  return disputes;
}

/** The disputes a relation takes part in, as the disputed claim or as one that disputes it. */
export function disputesOfRelation(catalog: Catalog, relationId: string): Dispute[] {
  return allDisputes(catalog).filter(
    (dispute) =>
      dispute.claim.id === relationId || dispute.counters.some((c) => c.id === relationId),
  );
}

/** The disputes any of whose claims has the entity at one end. */
export function disputesOfEntity(catalog: Catalog, entityId: string): Dispute[] {
  const touches = (relation: Relation) => relation.from === entityId || relation.to === entityId;
  return allDisputes(catalog).filter(
    (dispute) => touches(dispute.claim) || dispute.counters.some(touches),
  );
}

/**
 * Who says a claim, for a heading: "The notes say", "The chronology says", "The notes and the
 * chronology say", from the short titles of the sources its evidence cites (each once, in order).
 */
export function whoSays(catalog: Catalog, relation: Relation): string {
  const names: string[] = [];
  for (const item of relation.evidence) {
    const source = catalog.source.get(item.source);
    const name = source ? nameOf(source) : item.source;
    if (!names.includes(name)) names.push(name);
  }
  if (names.length === 0) return "Without evidence, the dataset says";
  const joined =
    names.length === 1
      ? (names[0] as string)
      : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] as string}`;
  const plural = names.length > 1 || isPlural(names[0] as string);
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)} ${plural ? "say" : "says"}`;
}

/**
 * "the notes" say, "the chronology" says: a name whose last word ends in a single "s" is read as
 * a plural. English has exceptions ("the news"); a source so named can take a short title that
 * reads right ("the news report").
 */
function isPlural(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? "";
  return /[^s]s$/i.test(last);
}

function nameOf(source: Source): string {
  return source.shortTitle ?? source.title;
}
