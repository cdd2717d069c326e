/**
 * "How are they connected?": every shortest path between two entities under the current filters
 * and date, told as chains of sentences with the evidence for each step; or, when there is none,
 * which single change would open one.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Connection } from "../graph/paths";
import { relationSentence } from "../graph/query";
import type { EntitySearch } from "../graph/search";
import type { Opening } from "../scene/openings";
import type { PathQuery } from "../state/explorer";
import { useExplorer } from "./context";
import { EvidenceList } from "./Evidence";
import { EntityLink, RelationLink } from "./Links";
import { SearchBox } from "./SearchBox";

/** A change that would open a connection, and the action that makes it. */
/** Shown while the second end is still to be picked. */
export function PathPicker({ path, search }: { path: PathQuery; search: EntitySearch | null }) {
  const { catalog, dispatch } = useExplorer();
  const from = catalog.entity.get(path.from)?.label ?? path.from;
  const section = useRef<HTMLElement>(null);
  // When the picker opens ⇒ if the reader asked from the panel ("How is this connected to…?"),
  // the next thing to do is type the other end: focus goes to its search box. A shift-click in
  // the graph, or a link opened cold, leaves focus where it was.
  useEffect(() => {
    const details = section.current?.closest("aside");
    if (details && details.contains(document.activeElement)) {
      section.current?.querySelector<HTMLInputElement>("input")?.focus();
    }
  }, []);
  return (
    <section ref={section} className="path-picker" aria-label="Connection to pick">
      <p>
        <strong>How is {from} connected to…?</strong> Shift-click another entity in the graph,
        choose “Connect to here” on its panel, or search for it:
      </p>
      <SearchBox
        search={search}
        label="The other end of the connection"
        placeholder="Search for the other end"
        onChooseEntity={(id) => dispatch({ type: "pick-path-end", id })}
      />
      <button type="button" onClick={() => dispatch({ type: "set-path", path: null })}>
        Cancel
      </button>
    </section>
  );
}

export function PathPanel({
  path,
  connection,
  openings,
}: {
  path: PathQuery & { to: string };
  connection: Connection;
  /** When there is no connection: the single changes that would open one. */
  openings: readonly Opening[];
}) {
  const { catalog, dispatch, moveCursor } = useExplorer();
  const label = (id: string) => catalog.entity.get(id)?.label ?? id;
  // The hops are one tab stop (a roving tabindex): Tab reaches the hop last visited, and the
  // arrow keys, Home and End go from hop to hop, the graph's highlight following.
  const [activeHop, setActiveHop] = useState("0:0");
  const onHopKeys = (event: KeyboardEvent<HTMLOListElement>) => {
    const hop = event.target;
    if (!(hop instanceof HTMLElement) || !hop.classList.contains("hop")) return;
    const hops = [...event.currentTarget.querySelectorAll<HTMLElement>(".hop")];
    const index = hops.indexOf(hop);
    const target =
      event.key === "ArrowDown"
        ? hops[index + 1]
        : event.key === "ArrowUp"
          ? hops[index - 1]
          : event.key === "Home"
            ? hops[0]
            : event.key === "End"
              ? hops[hops.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <article className="panel path-panel" aria-labelledby="panel-title">
      <header>
        <p className="panel-kind">Connection</p>
        <h2 id="panel-title" tabIndex={-1}>
          How is {label(path.from)} connected to {label(path.to)}?
        </h2>
      </header>
      <div className="path-controls">
        <label>
          <input
            type="checkbox"
            role="switch"
            checked={path.directed}
            onChange={(event) =>
              dispatch({ type: "set-path", path: { ...path, directed: event.target.checked } })
            }
          />{" "}
          Follow the direction of relations
        </label>
        <button
          type="button"
          onClick={() =>
            dispatch({ type: "set-path", path: { ...path, from: path.to, to: path.from } })
          }
        >
          Swap ends
        </button>
        <button type="button" onClick={() => dispatch({ type: "set-path", path: null })}>
          Close
        </button>
      </div>
      {connection.length === null ? (
        // Not a live region: the page's one live region says the result (app/useResultAnnouncements.ts).
        <div className="no-connection" data-testid="path-result">
          <p>
            <strong>No connection</strong> between {label(path.from)} and {label(path.to)} under the
            current filters{path.directed ? ", following direction" : ""}.
          </p>
          {openings.length > 0 ? (
            <>
              <p>One opens if you:</p>
              <ul className="openings">
                {openings.map((opening) => (
                  <li key={opening.label}>
                    <button type="button" onClick={() => dispatch(opening.action)}>
                      {opening.label}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">No single change of filter, date or direction opens one.</p>
          )}
        </div>
      ) : (
        <>
          <p className="muted" data-testid="path-result">
            {connection.length === 0
              ? "The same entity."
              : `${connection.paths.length}${connection.truncated ? "+" : ""} shortest ${
                  connection.paths.length === 1 ? "path" : "paths"
                } of ${connection.length} ${connection.length === 1 ? "step" : "steps"}.`}
            {connection.truncated ? " Only the first are listed." : ""}
          </p>
          <ol className="paths" aria-label="Paths, hop by hop" onKeyDown={onHopKeys}>
            {connection.paths.map((item, index) => (
              <li key={index} className="path">
                <ol className="hops">
                  {item.hops.map((hop, hopIndex) => {
                    const relation = catalog.relation.get(hop.relation);
                    const sentence = relation && relationSentence(catalog, relation, hop.from);
                    if (!relation || !sentence) return null;
                    return (
                      <li
                        key={hop.relation}
                        className="hop"
                        tabIndex={activeHop === `${index}:${hopIndex}` ? 0 : -1}
                        onFocus={(event) => {
                          if (event.target !== event.currentTarget) return;
                          setActiveHop(`${index}:${hopIndex}`);
                          moveCursor({ kind: "relation", id: relation.id });
                        }}
                      >
                        <p className="sentence">
                          <EntityLink id={hop.from} />{" "}
                          <RelationLink id={relation.id}>{sentence.verb}</RelationLink>{" "}
                          <EntityLink id={hop.to} />
                          {sentence.when ? <span className="when"> · {sentence.when}</span> : null}
                        </p>
                        <EvidenceList
                          owner={{ kind: "relation", id: relation.id }}
                          evidence={relation.evidence.slice(0, 1)}
                        />
                      </li>
                    );
                  })}
                </ol>
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
