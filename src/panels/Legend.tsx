/**
 * The legend is also the filter: each entity type, relation type, certainty and kind of source is
 * a toggle with its colour and count, and "only" isolates one. The filters reach the graph, the
 * search and the panels alike, and live in the URL. It also chooses what sizes the entities.
 */
import { useMemo, type ReactNode } from "react";
import { CERTAINTIES, SOURCE_KINDS } from "../model/format";
import { filterToken, MEASURES, type FilterGroup, type Measure } from "../model/vocabulary";
import { useExplorer } from "./context";
import { EntityMark, RelationMark } from "./Marks";

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

interface Item {
  value: string;
  label: string;
  count: number;
  swatch: ReactNode;
}

const MEASURE_LABELS: Record<Measure, string> = {
  relations: "relations",
  betweenness: "betweenness",
  pagerank: "PageRank",
};

function FilterGroupList({
  group,
  name,
  items,
}: {
  group: FilterGroup;
  name: string;
  items: Item[];
}) {
  const { state, dispatch } = useExplorer();
  const hidden = new Set(state.hidden);
  const groupTokens = items.map((item) => filterToken(group, item.value));
  return (
    <ul className="legend-items" aria-label={name}>
      {items.map((item) => {
        const token = filterToken(group, item.value);
        const on = !hidden.has(token);
        return (
          <li key={item.value} className={on ? "legend-item" : "legend-item legend-off"}>
            <button
              type="button"
              className="legend-toggle"
              aria-pressed={on}
              title={on ? `Hide ${item.label}` : `Show ${item.label}`}
              onClick={() => dispatch({ type: "toggle-filter", token })}
            >
              {item.swatch}
              {item.label} <span className="muted">{item.count}</span>
            </button>
            <button
              type="button"
              className="legend-only"
              aria-label={`Only ${item.label}`}
              title={`Show only ${item.label}; again to show all`}
              onClick={() => dispatch({ type: "only-filter", token, groupTokens })}
            >
              only
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function Legend() {
  const { catalog, state, dispatch } = useExplorer();
  const { dataset } = catalog;
  const entityCounts = useMemo(() => countBy(dataset.entities, (e) => e.type), [dataset]);
  const relationCounts = useMemo(() => countBy(dataset.relations, (r) => r.type), [dataset]);
  const certaintyCounts = useMemo(() => countBy(dataset.relations, (r) => r.certainty), [dataset]);
  const sourceCounts = useMemo(() => {
    // A relation counts once for each kind of source its evidence comes from.
    const counts = new Map<string, number>();
    for (const relation of dataset.relations) {
      const kinds = new Set(relation.evidence.map((e) => catalog.source.get(e.source)?.kind));
      for (const kind of kinds) if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return counts;
  }, [catalog, dataset]);

  // A type's mark comes from its place among all the dataset's types, as on the canvas.
  const entityItems: Item[] = dataset.entityTypes
    .map((type, index) => ({ type, index }))
    .filter(({ type }) => entityCounts.has(type.id))
    .map(({ type, index }) => ({
      value: type.id,
      label: type.label,
      count: entityCounts.get(type.id) ?? 0,
      swatch: <EntityMark index={index} colour={type.color} />,
    }));
  const relationItems: Item[] = dataset.relationTypes
    .filter((type) => relationCounts.has(type.id))
    .map((type) => ({
      value: type.id,
      label: type.directed ? `${type.label} →` : `${type.label} (both ways)`,
      count: relationCounts.get(type.id) ?? 0,
      swatch: <RelationMark colour={type.color} directed={type.directed} />,
    }));
  const certaintyItems: Item[] = CERTAINTIES.filter((value) => certaintyCounts.has(value)).map(
    (value) => ({
      value,
      label: value,
      count: certaintyCounts.get(value) ?? 0,
      swatch: null,
    }),
  );
  const sourceItems: Item[] = SOURCE_KINDS.filter((value) => sourceCounts.has(value)).map(
    (value) => ({
      value,
      label: value === "notes" ? "from the notes" : "not from the notes",
      count: sourceCounts.get(value) ?? 0,
      swatch: null,
    }),
  );
  const hiddenCount = state.hidden.length;

  return (
    <section className="legend" aria-label="Legend and filters">
      <FilterGroupList group="entity" name="Entity types" items={entityItems} />
      <div className="legend-menus">
        <details className="legend-menu">
          <summary>
            Relation types ({relationItems.length})
            {hiddenCount > 0 && <span className="legend-filter-count"> · {hiddenCount} off</span>}
          </summary>
          <div className="legend-popup">
            <FilterGroupList group="relation" name="Relation types" items={relationItems} />
            {certaintyItems.length > 1 && (
              <>
                <h3>Certainty</h3>
                <FilterGroupList group="certainty" name="Certainty" items={certaintyItems} />
              </>
            )}
            {sourceItems.length > 1 && (
              <>
                <h3>Source</h3>
                <FilterGroupList group="source" name="Source" items={sourceItems} />
              </>
            )}
          </div>
        </details>
        <label className="legend-measure">
          Size by{" "}
          <select
            value={state.measure}
            onChange={(event) =>
              dispatch({ type: "set-measure", measure: event.target.value as Measure })
            }
          >
            {MEASURES.map((measure) => (
              <option key={measure} value={measure}>
                {MEASURE_LABELS[measure]}
              </option>
            ))}
          </select>
        </label>
        {hiddenCount > 0 && (
          <button
            type="button"
            className="legend-reset"
            onClick={() => dispatch({ type: "reset-filters" })}
          >
            Show all
          </button>
        )}
      </div>
    </section>
  );
}
