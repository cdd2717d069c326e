/**
 * How good a draft is against a dataset a person curated from the same notes.
 *
 * - Entities match by name: a draft entity and a curated one match when one of the draft's names
 *   is the curated label or one of its aliases (compared without case, "the", accents or the
 *   -ise/-ize spelling).
 * - Relations match when their ends match and their types are compatible: the same type, or two
 *   types of one family (acts against someone; hostility; office; alliance; membership;
 *   influence). A directed type must point the same way; "associated with" matches only itself,
 *   so that a vague proposal never passes for a precise one.
 * - Recall: of the curated relations that cite the notes, the share some accepted draft relation
 *   matches. Precision: of the accepted draft relations, the share some curated relation (citing
 *   any source) supports.
 */
import type { Dataset } from "../model/schema";
import { nameKey } from "./names";
import type { Draft } from "./types";

const FAMILIES: readonly (readonly string[])[] = [
  ["arrested", "executed", "killed", "removed", "expelled", "exiled", "suppressed", "defeated"],
  ["denounced", "opposed", "rivalled", "undermined", "marginalised", "harmed", "stood-apart-from"],
  ["held-office", "led", "won"],
  ["allied-with", "colluded-with", "supported"],
  ["member-of", "part-of"],
  ["advocated", "launched", "shaped", "delivered", "maintained"],
];

export function compatibleTypes(a: string, b: string): boolean {
  if (a === b) return true;
  return FAMILIES.some((family) => family.includes(a) && family.includes(b));
}

/** Words that change nothing of what a name names: "the great Terror", "more conservative elements". */
const EMPTY = /^(?:the|a|an|more|most|great|other|own|famous)\s+/;

function form(text: string): string {
  return (
    nameKey(text)
      .replace(EMPTY, "")
      .replace(EMPTY, "")
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[’']s$/, "")
      .replace(/-/g, " ")
      .replace(/is(ation|ations|e|ed)\b/g, "iz$1")
      // "consuls" and "consul", "Girondins" and "Girondin": one name.
      .replace(/(\w{3,})s\b/g, "$1")
  );
}

export interface RelationMatch {
  type: string;
  from: string;
  to: string;
  quote?: string;
}

export interface Score {
  recall: number;
  precision: number;
  /** Curated relations citing the notes, and how many the draft found. */
  curated: number;
  found: number;
  /** Accepted draft relations, and how many a curated relation supports. */
  proposed: number;
  supported: number;
  /** Curated entities that a draft entity matches. */
  entitiesFound: number;
  entitiesCurated: number;
  missed: RelationMatch[];
  unsupported: RelationMatch[];
}

export function scoreDraft(draft: Draft, curated: Dataset, notesSource: string): Score {
  // Curated entity ids by each of their forms.
  const curatedByForm = new Map<string, Set<string>>();
  for (const entity of curated.entities)
    for (const name of [entity.label, ...entity.aliases]) {
      const key = form(name);
      curatedByForm.set(key, new Set([...(curatedByForm.get(key) ?? []), entity.id]));
    }
  const entityOfName = new Map<string, string>();
  const matchesOf = new Map<string, Set<string>>();
  for (const entity of draft.entities) {
    if (!entity.accepted) continue;
    const matches = new Set<string>();
    for (const name of [entity.label, ...entity.names.map((item) => item.text)])
      for (const id of curatedByForm.get(form(name)) ?? []) matches.add(id);
    matchesOf.set(entity.id, matches);
    for (const name of entity.names) entityOfName.set(name.key, entity.id);
  }
  const directed = new Map(curated.relationTypes.map((type) => [type.id, type.directed]));
  const draftDirected = new Map(draft.relationTypes.map((type) => [type.id, type.directed]));

  const proposals = draft.relations
    .filter((relation) => relation.accepted)
    .map((relation) => ({
      relation,
      from: matchesOf.get(entityOfName.get(relation.from) ?? "") ?? new Set<string>(),
      to: matchesOf.get(entityOfName.get(relation.to) ?? "") ?? new Set<string>(),
      fromEntity: entityOfName.get(relation.from),
      toEntity: entityOfName.get(relation.to),
    }))
    .filter(
      (proposal) =>
        proposal.fromEntity && proposal.toEntity && proposal.fromEntity !== proposal.toEntity,
    );

  const agrees = (proposal: (typeof proposals)[number], relation: Dataset["relations"][number]) => {
    if (!compatibleTypes(proposal.relation.type, relation.type)) return false;
    const forward = proposal.from.has(relation.from) && proposal.to.has(relation.to);
    const backward = proposal.from.has(relation.to) && proposal.to.has(relation.from);
    const eitherUndirected =
      directed.get(relation.type) === false || draftDirected.get(proposal.relation.type) === false;
    return forward || (eitherUndirected && backward);
  };

  const citing = curated.relations.filter((relation) =>
    relation.evidence.some((evidence) => evidence.source === notesSource),
  );
  const missed = citing.filter(
    (relation) => !proposals.some((proposal) => agrees(proposal, relation)),
  );
  const unsupported = proposals.filter(
    (proposal) => !curated.relations.some((relation) => agrees(proposal, relation)),
  );
  const label = new Map(curated.entities.map((entity) => [entity.id, entity.label]));
  const draftLabel = new Map(draft.entities.map((entity) => [entity.id, entity.label]));
  const found = citing.length - missed.length;
  const supported = proposals.length - unsupported.length;
  const matchedCurated = new Set([...matchesOf.values()].flatMap((set) => [...set]));
  return {
    recall: citing.length === 0 ? 0 : found / citing.length,
    precision: proposals.length === 0 ? 0 : supported / proposals.length,
    curated: citing.length,
    found,
    proposed: proposals.length,
    supported,
    entitiesFound: curated.entities.filter((entity) => matchedCurated.has(entity.id)).length,
    entitiesCurated: curated.entities.length,
    missed: missed.map((relation) => ({
      type: relation.type,
      from: label.get(relation.from) ?? relation.from,
      to: label.get(relation.to) ?? relation.to,
      quote: relation.evidence.find((evidence) => evidence.source === notesSource)?.quote,
    })),
    unsupported: unsupported.map(({ relation, fromEntity, toEntity }) => ({
      type: relation.type,
      from: draftLabel.get(fromEntity ?? "") ?? "",
      to: draftLabel.get(toEntity ?? "") ?? "",
      quote: draft.text.slice(relation.quote.start, relation.quote.end).replace(/\s+/g, " "),
    })),
  };
}
