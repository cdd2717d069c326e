/**
 * Where each piece of evidence stands in its source's text, so the source reader can highlight a
 * passage and list the other claims that cite the same words.
 */
import { locateQuote, type TextSpan } from "../model/quote";
import type { Catalog } from "./catalog";
import type { ItemRef } from "../model/vocabulary";

export interface Citation {
  owner: ItemRef;
  index: number;
  sourceId: string;
  /** Null when the source has no text or the quote is not found in it. */
  span: TextSpan | null;
}

export function indexCitations(catalog: Catalog): Citation[] {
  const citations: Citation[] = [];
  const add = (owner: ItemRef, evidence: readonly { source: string; quote: string }[]) => {
    evidence.forEach((item, index) => {
      const text = catalog.sourceText.get(item.source);
      citations.push({
        owner,
        index,
        sourceId: item.source,
        span: text === undefined ? null : locateQuote(text, item.quote),
      });
    });
  };
  for (const entity of catalog.dataset.entities)
    add({ kind: "entity", id: entity.id }, entity.evidence);
  for (const relation of catalog.dataset.relations) {
    add({ kind: "relation", id: relation.id }, relation.evidence);
  }
  return citations;
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Other claims whose quotes share words with `citation`'s passage in the same source. */
export function citationsOfSamePassage(
  citations: readonly Citation[],
  citation: Citation,
): Citation[] {
  const span = citation.span;
  if (!span) return [];
  return citations.filter(
    (other) =>
      other.sourceId === citation.sourceId &&
      other.span !== null &&
      overlaps(other.span, span) &&
      !(other.owner.kind === citation.owner.kind && other.owner.id === citation.owner.id),
  );
}
