/**
 * What the sidebar shows with nothing selected: what the dataset is, how to explore it, its
 * sources, and an index of every entity. The index is also the way in when the graph cannot be
 * drawn (no WebGL): every panel is reachable from it.
 */
import { networkWords } from "../scene/words";
import { useMemo, useState } from "react";
import { allDisputes, whoSays } from "../graph/disputes";
import { relationClaim } from "../graph/query";
import { useExplorer } from "./context";
import { SourceBadge, SourceTitle } from "./Evidence";
import { EntityLink, RelationLink } from "./Links";

export function Overview({
  graphAvailable,
  indexNow,
}: {
  graphAvailable: boolean;
  /**
   * False until the graph is first drawn: the index is up to 200 links per entity type, and
   * rendering and laying them out came before the picture (about 0.15 s of a 1,000-entity
   * network's first frame). It arrives in the same update that marks the graph ready.
   */
  indexNow: boolean;
}) {
  const { catalog } = useExplorer();
  const { dataset } = catalog;
  const words = useMemo(() => networkWords(dataset), [dataset]);
  return (
    <article className="panel overview" aria-labelledby="panel-title">
      <header>
        <p className="panel-kind">Dataset</p>
        <h2 id="panel-title" tabIndex={-1}>
          {dataset.title}
        </h2>
      </header>
      {dataset.description && <p className="summary">{dataset.description}</p>}
      <p className="hint">
        {graphAvailable
          ? `Hover over a name to see its connections; click it, or a line between two names, to read who did what to whom and the evidence for it. Shift-click two names to see how they are connected. Search above finds ${words.kinds}${words.exampleRelation === undefined ? "" : `, or every relation of a kind (try “${words.exampleRelation}”)`}; the timeline below shows the network as of a date${dataset.story.length > 0 ? ", and Story tells it step by step" : ""}. By keyboard, Tab to the graph and press ? for its keys; “Cast and relations” lists the same network as text.`
          : "Open any entity from the index to read its relations and the evidence for each."}
      </p>
      <p className="muted">
        {count(dataset.entities.length, "entity", "entities")} ·{" "}
        {count(dataset.relations.length, "relation", "relations")}
      </p>
      <h3 className="section-title">Sources</h3>
      <ul className="sources">
        {dataset.sources.map((source) => (
          <li key={source.id}>
            <SourceTitle sourceId={source.id} /> <SourceBadge sourceId={source.id} />
            {source.citation && <div className="muted">{source.citation}</div>}
          </li>
        ))}
      </ul>
      <DisputeIndex />
      {/* Without a graph the index stands in its place, so it is not repeated here. */}
      {graphAvailable && indexNow && (
        <>
          <h3 className="section-title">Index</h3>
          <EntityIndex />
        </>
      )}
    </article>
  );
}

/** Every claim that another source disputes, so a student can go through each in turn. */
function DisputeIndex() {
  const { catalog } = useExplorer();
  const disputes = useMemo(() => allDisputes(catalog), [catalog]);
  if (disputes.length === 0) return null;
  return (
    <>
      <h3 className="section-title">Where the sources disagree ({disputes.length})</h3>
      <ul className="dispute-index">
        {disputes.map(({ claim }) => (
          <li key={claim.id}>
            <span className="muted">{whoSays(catalog, claim)}: </span>
            <RelationLink id={claim.id}>{relationClaim(catalog, claim)}</RelationLink>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A type's members are listed this many at a time: every link is a DOM node that re-renders with
 * the explorer's state, and 50,000 of them made each date step or filter take seconds. The search
 * box finds any entity; "Show more" lists the next ones.
 */
export const INDEX_PAGE = 200;

/** Every entity, grouped by type and sorted by name, each a link to its panel. */
export function EntityIndex() {
  const { catalog } = useExplorer();
  const { dataset } = catalog;
  const groups = useMemo(
    () =>
      dataset.entityTypes
        .map((type) => ({
          type,
          members: dataset.entities
            .filter((entity) => entity.type === type.id)
            .sort((a, b) => a.label.localeCompare(b.label)),
        }))
        .filter((group) => group.members.length > 0),
    [dataset],
  );
  return (
    <nav aria-label="Index of entities" className="entity-index">
      {groups.map(({ type, members }) => (
        <IndexGroup key={type.id} label={type.label} members={members} />
      ))}
    </nav>
  );
}

function IndexGroup({
  label,
  members,
}: {
  label: string;
  members: readonly { id: string; label: string }[];
}) {
  const [listedCount, setListedCount] = useState(INDEX_PAGE);
  const rest = members.length - listedCount;
  return (
    <section>
      <h4>{label}</h4>
      <ul>
        {members.slice(0, listedCount).map((entity) => (
          <li key={entity.id}>
            <EntityLink id={entity.id} />
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button
          type="button"
          className="index-more"
          onClick={() => setListedCount((count) => count + INDEX_PAGE)}
        >
          {rest <= INDEX_PAGE
            ? `Show the other ${rest}`
            : `Show ${INDEX_PAGE} more of ${rest.toLocaleString("en")}`}
        </button>
      )}
    </section>
  );
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
