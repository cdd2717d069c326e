/**
 * Names each entity type and relation type with its colour and how many of each there are. The
 * entity types are always in view under the graph; the relation types, being many, fold out.
 */
import { useMemo } from "react";
import { useExplorer } from "./context";

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function Legend() {
  const { catalog } = useExplorer();
  const { dataset } = catalog;
  const entityCounts = useMemo(() => countBy(dataset.entities, (e) => e.type), [dataset]);
  const relationCounts = useMemo(() => countBy(dataset.relations, (r) => r.type), [dataset]);
  const entityTypes = dataset.entityTypes.filter((type) => entityCounts.has(type.id));
  const relationTypes = dataset.relationTypes.filter((type) => relationCounts.has(type.id));

  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend-entities" aria-label="Entity types">
        {entityTypes.map((type) => (
          <li key={type.id}>
            <span className="type-dot" style={{ background: type.color }} aria-hidden="true" />
            {type.label} <span className="muted">{entityCounts.get(type.id)}</span>
          </li>
        ))}
      </ul>
      <details className="legend-relation-types">
        <summary>Relation types ({relationTypes.length})</summary>
        <ul aria-label="Relation types">
          {relationTypes.map((type) => (
            <li key={type.id}>
              <span className="type-line" style={{ background: type.color }} aria-hidden="true" />
              {type.label}
              {type.directed ? " →" : " (both ways)"}{" "}
              <span className="muted">{relationCounts.get(type.id)}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
