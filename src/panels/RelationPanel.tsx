/** A relation's panel: the claim in full, when, how certain, and the evidence for it. */
import { disputesOfRelation } from "../graph/disputes";
import { formatDateRange } from "../model/time";
import { Disputes } from "./Disputes";
import { useExplorer } from "./context";
import { AsOfNote, BeyondNotesBadge, CertaintyBadge } from "./EntityPanel";
import { EvidenceList } from "./Evidence";
import { EntityLink } from "./Links";
import { AttributeTable } from "./AttributeTable";

const CERTAINTY_TEXT: Record<string, string> = {
  attested: "Stated as fact by its source.",
  alleged: "Reported by its source as suspected or claimed, not as established.",
  disputed: "Sources disagree about this claim.",
};

export function RelationPanel({ relationId }: { relationId: string }) {
  const { catalog } = useExplorer();
  const relation = catalog.relation.get(relationId);
  if (!relation) return null;
  const type = catalog.relationType.get(relation.type);
  const when = formatDateRange(relation.start, relation.end);
  const from = catalog.entity.get(relation.from);
  const to = catalog.entity.get(relation.to);
  const disputes = disputesOfRelation(catalog, relation.id);

  return (
    <article className="panel relation-panel" aria-labelledby="panel-title">
      <header>
        <p className="panel-kind">
          <span className="type-line" style={{ background: type?.color }} aria-hidden="true" />
          Relation · {type?.label ?? relation.type}
          {type?.temporal === "state" ? " (holds over time)" : ""}
        </p>
        <h2 id="panel-title" tabIndex={-1}>
          {from?.label ?? relation.from} {type?.label ?? relation.type} {to?.label ?? relation.to}
        </h2>
      </header>
      <p className="sentence">
        <EntityLink id={relation.from} /> {type?.label ?? relation.type}{" "}
        <EntityLink id={relation.to} />
      </p>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {when ?? "undated"}
          <AsOfNote relationId={relation.id} />
        </dd>
        <dt>Source</dt>
        <dd>
          <BeyondNotesBadge catalog={catalog} relation={relation} />
          {relation.evidence.some((item) => catalog.source.get(item.source)?.kind === "notes") && (
            <span className="badge badge-notes">from the notes</span>
          )}
        </dd>
        <dt>Certainty</dt>
        <dd>
          {relation.certainty} <CertaintyBadge certainty={relation.certainty} />
          <br />
          <span className="muted">{CERTAINTY_TEXT[relation.certainty]}</span>
        </dd>
        {type?.directed && (
          <>
            <dt>Read back</dt>
            <dd>
              {to?.label ?? relation.to} {type.inverse} {from?.label ?? relation.from}
            </dd>
          </>
        )}
      </dl>
      {relation.note && <p className="summary">{relation.note}</p>}
      <AttributeTable attributes={relation.attributes} caption="From the file" />
      {/* In a dispute, the claim's evidence stands on its side of the comparison. */}
      {disputes.length > 0 ? (
        <Disputes disputes={disputes} />
      ) : (
        <>
          <h3 className="section-title">Evidence</h3>
          <EvidenceList
            owner={{ kind: "relation", id: relation.id }}
            evidence={relation.evidence}
          />
        </>
      )}
    </article>
  );
}
