/**
 * Where the sources disagree, side by side: "The notes say …" beside "The chronology says …",
 * each claim as a sentence with its date and its own evidence, so a student sees exactly where
 * their notes are wrong and on what authority.
 */
import type { Dispute } from "../graph/disputes";
import { whoSays } from "../graph/disputes";
import { relationClaim } from "../graph/query";
import type { Relation } from "../model/schema";
import { formatDateRange } from "../model/time";
import { useExplorer } from "./context";
import { EvidenceList } from "./Evidence";
import { RelationLink } from "./Links";

export function Disputes({ disputes }: { disputes: readonly Dispute[] }) {
  if (disputes.length === 0) return null;
  return (
    <section className="disputes" aria-labelledby="disputes-title">
      <h3 className="section-title" id="disputes-title">
        Where the sources disagree
      </h3>
      {disputes.map((dispute) => (
        <div key={dispute.claim.id} className="dispute" role="group" aria-label="Two accounts">
          <DisputeSide relation={dispute.claim} />
          {dispute.counters.map((counter) => (
            <DisputeSide key={counter.id} relation={counter} />
          ))}
        </div>
      ))}
    </section>
  );
}

function DisputeSide({ relation }: { relation: Relation }) {
  const { catalog, state } = useExplorer();
  const when = formatDateRange(relation.start, relation.end) ?? "undated";
  const open = state.selection?.kind === "relation" && state.selection.id === relation.id;
  return (
    <div className="dispute-side">
      <h4>{whoSays(catalog, relation)}</h4>
      <p className="sentence">
        {open ? (
          <strong>{relationClaim(catalog, relation)}</strong>
        ) : (
          <RelationLink id={relation.id}>{relationClaim(catalog, relation)}</RelationLink>
        )}
        <span className="when"> · {when}</span>
      </p>
      <EvidenceList owner={{ kind: "relation", id: relation.id }} evidence={relation.evidence} />
    </div>
  );
}
