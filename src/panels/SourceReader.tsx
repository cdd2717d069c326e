/**
 * The source behind a quote: its text with the quoted passage highlighted and scrolled into view,
 * and the other claims that cite the same passage one click away. A reference source without a
 * text shows its citation instead.
 */
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { citationsOfSamePassage, indexCitations, type Citation } from "../graph/citations";
import { relationClaim } from "../graph/query";
import type { Reading } from "../state/explorer";
import { useExplorer } from "./context";
import { SourceBadge } from "./Evidence";
import { ActionLink, EntityLink, RelationLink } from "./Links";

function CitationLink({ citation }: { citation: Citation }) {
  const { catalog } = useExplorer();
  if (citation.owner.kind === "entity") {
    return (
      <>
        names <EntityLink id={citation.owner.id} />
      </>
    );
  }
  const relation = catalog.relation.get(citation.owner.id);
  if (!relation) return null;
  return <RelationLink id={relation.id}>{relationClaim(catalog, relation)}</RelationLink>;
}

/**
 * A source's text with its web addresses as links, so that a reader can open the page a line was
 * checked against. Only http(s) addresses become links; the rest stays text, never markup.
 */
function withLinks(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s;]+[^\s;.,)]/g)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={match[0]} target="_blank" rel="noopener noreferrer">
        {match[0]}
      </a>,
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function SourceReader({ reading }: { reading: Reading }) {
  const { catalog } = useExplorer();
  const citations = useMemo(() => indexCitations(catalog), [catalog]);
  const mark = useRef<HTMLElement>(null);
  const textBox = useRef<HTMLDivElement>(null);

  const citation = citations.find(
    (item) =>
      item.owner.kind === reading.owner.kind &&
      item.owner.id === reading.owner.id &&
      item.index === reading.index,
  );
  const owner =
    reading.owner.kind === "entity"
      ? catalog.entity.get(reading.owner.id)
      : catalog.relation.get(reading.owner.id);
  const evidence = owner?.evidence[reading.index];
  const source = evidence ? catalog.source.get(evidence.source) : undefined;
  const text = source ? catalog.sourceText.get(source.id) : undefined;

  // When another passage opens ⇒ scroll the text (not the whole sidebar, whose heading and way
  // back must stay in view) so that the passage sits in its middle.
  useEffect(() => {
    const box = textBox.current;
    const passage = mark.current;
    if (!box || !passage) return;
    box.scrollTop = passage.offsetTop - box.clientHeight / 2 + passage.offsetHeight / 2;
  }, [reading.owner.kind, reading.owner.id, reading.index]);

  if (!evidence || !source || !citation) return null;
  const span = citation.span;
  const samePassage = citationsOfSamePassage(citations, citation);
  const backLabel =
    reading.owner.kind === "entity"
      ? (catalog.entity.get(reading.owner.id)?.label ?? reading.owner.id)
      : "the relation";

  return (
    <article className="panel source-reader" aria-labelledby="panel-title">
      <header>
        <p className="panel-kind">
          Source · {source.kind === "notes" ? "the notes" : "reference"}{" "}
          <SourceBadge sourceId={source.id} />
        </p>
        <h2 id="panel-title" tabIndex={-1}>
          {source.title}
        </h2>
        <ActionLink action={{ type: "close-reader" }} className="back-link">
          ← Back to {backLabel}
        </ActionLink>
      </header>
      {source.citation && <p className="citation">{source.citation}</p>}
      {text !== undefined && span ? (
        <div
          className="source-text"
          ref={textBox}
          tabIndex={0}
          aria-label={`Text of ${source.title}`}
        >
          {withLinks(text.slice(0, span.start))}
          <mark ref={mark}>{withLinks(text.slice(span.start, span.end))}</mark>
          {withLinks(text.slice(span.end))}
        </div>
      ) : (
        <>
          <h3 className="section-title">What this source is cited for</h3>
          <blockquote className="reference-quote">
            {text === undefined ? evidence.quote : `“${evidence.quote}”`}
            {evidence.locator ? ` (${evidence.locator})` : ""}
          </blockquote>
          <p className="muted">
            {text === undefined
              ? source.kind === "reference"
                ? "This claim is not from the notes. The text of this reference is not part of the dataset: look the fact up in the work cited above."
                : "The text of this source is not part of the dataset; the quote is as the dataset gives it."
              : "This quote could not be found in the source's text."}
          </p>
        </>
      )}
      <section className="same-passage" aria-label="Claims citing this passage">
        <h3 className="section-title">
          {span ? "This passage supports" : "This citation supports"}
        </h3>
        <ul>
          <li>
            <CitationLink citation={citation} /> <span className="muted">(open)</span>
          </li>
          {samePassage.map((other) => (
            <li key={`${other.owner.kind}:${other.owner.id}:${other.index}`}>
              <CitationLink citation={other} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
