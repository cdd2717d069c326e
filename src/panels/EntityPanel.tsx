/**
 * An entity's panel: what it is, and its relations grouped by type as sentences from its own
 * side ("arrested Lavrentiy Beria · 1953"), each with the evidence behind it.
 */
import { useEffect, useRef } from "react";
import type { Catalog } from "../graph/catalog";
import { disputesOfEntity } from "../graph/disputes";
import { holdersOf, isBeyondTheNotes, postsHeldBy } from "../graph/query";
import type { Relation } from "../model/schema";
import { formatDateRange, formatPartialDate } from "../model/time";
import { ordinal, rankOf } from "../graph/measures";
import type { Measure } from "../model/vocabulary";
import { entityRelations } from "../scene/entityRelations";
import { useExplorer } from "./context";
import { Disputes } from "./Disputes";
import { EvidenceList } from "./Evidence";
import { EntityLink, RelationLink } from "./Links";
import { AttributeTable } from "./AttributeTable";

export function CertaintyBadge({ certainty }: { certainty: string }) {
  if (certainty === "attested") return null;
  const title =
    certainty === "alleged"
      ? "The source reports this as suspected or claimed, not as established"
      : "Sources disagree about this";
  return (
    <span className={`badge badge-${certainty}`} title={title}>
      {certainty}
    </span>
  );
}

/** "not from the notes" on a claim whose every piece of evidence comes from elsewhere. */
export function BeyondNotesBadge({ catalog, relation }: { catalog: Catalog; relation: Relation }) {
  if (!isBeyondTheNotes(catalog, relation.evidence)) return null;
  return (
    <span
      className="badge badge-reference"
      title="Not stated in the notes: from a reference source"
    >
      not from the notes
    </span>
  );
}

/** Says when a claim is not true as of the timeline's date, instead of hiding it from the panel. */
export function AsOfNote({ relationId }: { relationId: string }) {
  const { state, scene } = useExplorer();
  const { asOf } = scene;
  if (!asOf || !state.date || asOf.relations.has(relationId)) return null;
  return <span className="as-of-note"> (not in effect as of {formatPartialDate(state.date)})</span>;
}

/** An office's holders in order, or the offices a person held in order. */
function Succession({
  title,
  relations,
  side,
}: {
  title: string;
  relations: Relation[];
  side: "from" | "to";
}) {
  if (relations.length === 0) return null;
  return (
    <>
      <h3 className="section-title">{title}</h3>
      <ol className="succession">
        {relations.map((relation) => (
          <li key={relation.id} className={`succession-item`}>
            <EntityLink id={relation[side]} />{" "}
            <RelationLink id={relation.id}>
              {formatDateRange(relation.start, relation.end) ?? "undated"}
            </RelationLink>
            <AsOfNote relationId={relation.id} />
          </li>
        ))}
      </ol>
    </>
  );
}

export function EntityPanel({ entityId }: { entityId: string }) {
  const { catalog, state, scene } = useExplorer();
  const entity = catalog.entity.get(entityId);
  const heading = useRef<HTMLHeadingElement>(null);

  // When another entity opens ⇒ start reading it from the top.
  useEffect(() => {
    heading.current?.closest(".sidebar")?.scrollTo({ top: 0 });
  }, [entityId]);

  if (!entity) return null;
  const type = catalog.entityType.get(entity.type);
  const { groups, total, listed } = entityRelations(catalog, scene, entity.id);
  const { asOf } = scene;
  const when = formatDateRange(entity.start, entity.end);

  return (
    <article className="panel entity-panel" aria-labelledby="panel-title">
      <header>
        <p className="panel-kind">
          <span className="type-dot" style={{ background: type?.color }} aria-hidden="true" />
          {type?.label ?? entity.type}
          {when ? ` · ${when}` : ""}
        </p>
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {entity.label}
        </h2>
        {entity.aliases.length > 0 && (
          <p className="aliases">
            <span className="muted">Also written: </span>
            {entity.aliases.join(", ")}
          </p>
        )}
      </header>
      <EntityActions entityId={entity.id} />
      {asOf && state.date && !asOf.entities.has(entity.id) && (
        <p className="as-of-note">Not in the picture as of {formatPartialDate(state.date)}.</p>
      )}
      {entity.summary && <p className="summary">{entity.summary}</p>}
      <AttributeTable attributes={entity.attributes} caption="From the file" />
      <Succession title="Holders, in order" relations={holdersOf(catalog, entity.id)} side="from" />
      <Succession
        title="Offices held, in order"
        relations={postsHeldBy(catalog, entity.id)}
        side="to"
      />
      {entity.evidence.length > 0 && (
        <details className="entity-evidence">
          <summary>Where the notes name {entity.label}</summary>
          <EvidenceList owner={{ kind: "entity", id: entity.id }} evidence={entity.evidence} />
        </details>
      )}
      <Disputes disputes={disputesOfEntity(catalog, entity.id)} />

      <h3 className="section-title">
        Relations <span className="muted">({total})</span>
      </h3>
      {listed < total && (
        <p className="muted filtered-note">{total - listed} hidden by the filters in the legend.</p>
      )}
      {groups.length === 0 && <p className="muted">No relations are recorded for this entity.</p>}
      {groups.map((group) => (
        <section key={`${group.type.id}-${group.verb}`} className="relation-group">
          <h4>
            <span
              className="type-line"
              style={{ background: group.type.color }}
              aria-hidden="true"
            />
            {group.verb}
          </h4>
          <ul>
            {group.items.map(({ sentence, notDrawn }) => (
              <li
                key={sentence.relation.id}
                className={
                  notDrawn === "date"
                    ? "relation-item not-in-effect"
                    : notDrawn === "focus"
                      ? "relation-item outside-focus"
                      : "relation-item"
                }
              >
                <p className="sentence">
                  <RelationLink id={sentence.relation.id}>{sentence.verb}</RelationLink>{" "}
                  <EntityLink id={sentence.other.id} />
                  <span className="when">
                    {sentence.when ? ` · ${sentence.when}` : " · undated"}
                  </span>{" "}
                  <CertaintyBadge certainty={sentence.relation.certainty} />{" "}
                  <BeyondNotesBadge catalog={catalog} relation={sentence.relation} />
                  <AsOfNote relationId={sentence.relation.id} />
                  {notDrawn === "focus" && (
                    <span className="as-of-note"> (outside the neighbourhood in focus)</span>
                  )}
                </p>
                <EvidenceList
                  owner={{ kind: "relation", id: sentence.relation.id }}
                  evidence={sentence.relation.evidence}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

const MEASURE_NAMES: Record<Measure, string> = {
  relations: "by number of relations",
  betweenness: "by betweenness (how often it lies between others)",
  pagerank: "by PageRank",
};

/** Rank, connection and focus: what a reader can do from an entity's panel. */
function EntityActions({ entityId }: { entityId: string }) {
  const { catalog, state, scene, dispatch } = useExplorer();
  const { measured } = scene;
  const rank = measured.status === "ready" ? rankOf(measured.values, entityId) : null;
  const picking = state.path && state.path.to === null && state.path.from !== entityId;
  return (
    <div className="entity-actions">
      {rank && (
        <p className="rank">
          {rank.rank === 1 ? "Most" : `${ordinal(rank.rank)} most`} central of {rank.of}{" "}
          {MEASURE_NAMES[state.measure]}
        </p>
      )}
      {measured.status === "computing" && (
        <p className="rank muted" role="status">
          Ranking {MEASURE_NAMES[state.measure]}…
        </p>
      )}
      {measured.status === "failed" && (
        <p className="rank muted" role="status">
          The rank {MEASURE_NAMES[state.measure]} could not be worked out: {measured.message}.
        </p>
      )}
      <div className="action-row">
        {picking ? (
          <button
            type="button"
            className="primary"
            onClick={() => dispatch({ type: "pick-path-end", id: entityId })}
          >
            Connect to here from {catalog.entity.get(state.path?.from ?? "")?.label}
          </button>
        ) : (
          <button type="button" onClick={() => dispatch({ type: "pick-path-end", id: entityId })}>
            How is this connected to…?
          </button>
        )}
        <span role="group" aria-label="Show only the neighbourhood" className="focus-buttons">
          <span className="muted">Neighbourhood:</span>
          {([1, 2, 3] as const).map((depth) => (
            <button
              key={depth}
              type="button"
              aria-pressed={state.focus?.id === entityId && state.focus.depth === depth}
              title={`Show only what is within ${depth} ${depth === 1 ? "step" : "steps"}`}
              onClick={() => dispatch({ type: "set-focus", focus: { id: entityId, depth } })}
            >
              {depth}
            </button>
          ))}
        </span>
      </div>
    </div>
  );
}
