/**
 * The explorer for one loaded dataset: builds the catalog, graph and search index once, keeps the
 * explorer state in the URL, and lays out the graph beside the panel that state calls for.
 */
import { useEffect, useMemo, useState } from "react";
import { useExplorerUrlState } from "./app/useExplorerUrlState";
import { buildGraph } from "./graph/build";
import { buildCatalog } from "./graph/catalog";
import { buildSearch } from "./graph/search";
import type { LoadedDataset } from "./model/load";
import { ExplorerContext } from "./panels/context";
import { EntityPanel } from "./panels/EntityPanel";
import { Legend } from "./panels/Legend";
import { EntityIndex, Overview } from "./panels/Overview";
import { RelationPanel } from "./panels/RelationPanel";
import { SearchBox } from "./panels/SearchBox";
import { SourceReader } from "./panels/SourceReader";
import { GraphBoundary, GraphUnavailable } from "./view/GraphBoundary";
import { GraphView } from "./view/GraphView";
import { hasWebGL } from "./view/webgl";

export function Explorer({ loaded }: { loaded: LoadedDataset }) {
  const catalog = useMemo(() => buildCatalog(loaded.dataset, loaded.sourceTexts), [loaded]);
  const graph = useMemo(() => buildGraph(loaded.dataset), [loaded]);
  const search = useMemo(() => buildSearch(catalog), [catalog]);
  const [webgl] = useState(hasWebGL);
  const { state, dispatch, notice, dismissNotice } = useExplorerUrlState(catalog);
  const context = useMemo(() => ({ catalog, state, dispatch }), [catalog, state, dispatch]);

  // When the dataset opens ⇒ name it in the window title.
  useEffect(() => {
    document.title = `${loaded.dataset.title} · Dramatis`;
  }, [loaded]);

  // When Escape is pressed outside a control that handles it ⇒ close the reader or selection.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !event.defaultPrevented) dispatch({ type: "clear" });
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [dispatch]);

  const { selection, reading } = state;
  let panel;
  if (reading) panel = <SourceReader reading={reading} />;
  else if (selection?.kind === "entity") panel = <EntityPanel entityId={selection.id} />;
  else if (selection?.kind === "relation") panel = <RelationPanel relationId={selection.id} />;
  else panel = <Overview graphAvailable={webgl} />;

  return (
    <ExplorerContext.Provider value={context}>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand-name">Dramatis</span>
            <span className="brand-title">{loaded.dataset.title}</span>
          </div>
          <SearchBox search={search} />
        </header>
        {notice && (
          <div className="notice" role="status">
            {notice}{" "}
            <button type="button" onClick={dismissNotice}>
              Dismiss
            </button>
          </div>
        )}
        <main className="workspace">
          <section className="graph-area" aria-label="Graph">
            {webgl ? (
              <GraphBoundary fallback={<EntityIndex />}>
                <GraphView
                  graph={graph}
                  catalog={catalog}
                  selection={selection}
                  dispatch={dispatch}
                />
              </GraphBoundary>
            ) : (
              <GraphUnavailable reason="This browser does not offer WebGL, which drawing the graph needs.">
                <EntityIndex />
              </GraphUnavailable>
            )}
            <Legend />
          </section>
          <aside className="sidebar" aria-label="Details">
            {panel}
          </aside>
        </main>
      </div>
    </ExplorerContext.Provider>
  );
}
