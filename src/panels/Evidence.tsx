/**
 * The evidence behind a claim: each quote, its source, and whether that source is the notes the
 * dataset is built from or a reference beyond them. Clicking a quote opens it in the source
 * reader. Quotes are rendered as text, never as markup.
 */
import type { ItemRef } from "../model/vocabulary";
import type { Evidence } from "../model/schema";
import { useExplorer } from "./context";
import { ActionLink } from "./Links";

export function SourceBadge({ sourceId }: { sourceId: string }) {
  const { catalog } = useExplorer();
  const source = catalog.source.get(sourceId);
  if (!source) return null;
  return source.kind === "notes" ? (
    <span className="badge badge-notes" title="Stated in the notes this dataset is built from">
      from the notes
    </span>
  ) : (
    <span
      className="badge badge-reference"
      title="Not stated in the notes: from a reference source"
    >
      not from the notes
    </span>
  );
}

/**
 * A source's title, linked to its address when it has one. The schema admits only http(s)
 * addresses, so a `javascript:` or `data:` URL can never become a link here.
 */
export function SourceTitle({ sourceId }: { sourceId: string }) {
  const { catalog } = useExplorer();
  const source = catalog.source.get(sourceId);
  if (!source) return <>{sourceId}</>;
  if (!source.url || !/^https?:\/\//i.test(source.url)) return <>{source.title}</>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  );
}

export function EvidenceList({
  owner,
  evidence,
}: {
  owner: ItemRef;
  evidence: readonly Evidence[];
}) {
  const { catalog } = useExplorer();
  if (evidence.length === 0) {
    return <p className="evidence-missing">No evidence is given for this claim.</p>;
  }
  return (
    <ul className="evidence-list">
      {evidence.map((item, index) => {
        const source = catalog.source.get(item.source);
        return (
          <li key={index} className="evidence">
            <blockquote>
              <ActionLink
                action={{ type: "open-evidence", reading: { owner, index } }}
                className="evidence-quote"
                title="Show this passage in its source"
              >
                {/* A source without text is cited for a fact, not quoted word for word. */}
                {source?.text ? `“${item.quote}”` : item.quote}
              </ActionLink>
            </blockquote>
            <div className="evidence-source">
              — <SourceTitle sourceId={item.source} />
              {item.locator ? `, ${item.locator}` : ""} <SourceBadge sourceId={item.source} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
