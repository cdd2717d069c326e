/**
 * The explorer for one loaded dataset: builds the catalog, graph and search index once, keeps the
 * explorer state in the URL, and lays out the graph beside the panel that state calls for.
 */
import { useEffect, useMemo, useState } from "react";
import { useExplorerUrlState } from "./app/useExplorerUrlState";
import { shownAsOf } from "./graph/asOf";
import { buildGraph } from "./graph/build";
import { buildCatalog } from "./graph/catalog";
import { buildSearch } from "./graph/search";
import type { LoadedDataset } from "./model/load";
import { ExplorerContext } from "./panels/context";
import { EntityPanel } from "./panels/EntityPanel";
import { Legend } from "./panels/Legend";
import { EntityIndex, Overview } from "./panels/Overview";
import { PresenterCaption } from "./panels/PresenterCaption";
import { RelationPanel } from "./panels/RelationPanel";
import { SearchBox } from "./panels/SearchBox";
import { SourceReader } from "./panels/SourceReader";
import { neighbourChapter, StoryPanel } from "./panels/StoryPanel";
import { Timeline } from "./panels/Timeline";
import { GraphBoundary, GraphUnavailable } from "./view/GraphBoundary";
import { GraphView } from "./view/GraphView";
import { hasWebGL } from "./view/webgl";

export function Explorer({ loaded }: { loaded: LoadedDataset }) {
  const catalog = useMemo(() => buildCatalog(loaded.dataset, loaded.sourceTexts), [loaded]);
  const graph = useMemo(() => buildGraph(loaded.dataset), [loaded]);
  const search = useMemo(() => buildSearch(catalog), [catalog]);
  const [webgl] = useState(hasWebGL);
  const { state, dispatch, notice, dismissNotice } = useExplorerUrlState(catalog);
  const shown = useMemo(
    () => (state.date ? shownAsOf(catalog, state.date) : null),
    [catalog, state.date],
  );
  const context = useMemo(
    () => ({ catalog, state, shown, dispatch }),
    [catalog, state, shown, dispatch],
  );
  const story = catalog.dataset.story;
  const chapter = story.find((item) => item.id === state.chapter) ?? null;

  // When the dataset opens ⇒ name it in the window title.
  useEffect(() => {
    document.title = `${loaded.dataset.title} · Dramatis`;
  }, [loaded]);

  // When a key is pressed outside a control that handles it ⇒ Escape steps back one level; in
  // presenter mode the arrows and Page Up / Page Down move between chapters.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === "Escape") {
        dispatch({ type: "clear" });
        return;
      }
      if (!state.presenting) return;
      const step =
        event.key === "ArrowRight" || event.key === "PageDown"
          ? 1
          : event.key === "ArrowLeft" || event.key === "PageUp"
            ? -1
            : 0;
      if (step === 0) return;
      event.preventDefault();
      const target = state.chapter
        ? neighbourChapter(story, state.chapter, step)
        : step === 1
          ? story[0]
          : undefined;
      if (target) dispatch({ type: "open-chapter", id: target.id, date: target.date ?? null });
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [dispatch, state.presenting, state.chapter, story]);

  const { selection, reading } = state;
  let panel;
  if (reading) panel = <SourceReader reading={reading} />;
  else if (selection?.kind === "entity") panel = <EntityPanel entityId={selection.id} />;
  else if (selection?.kind === "relation") panel = <RelationPanel relationId={selection.id} />;
  else if (chapter) panel = <StoryPanel chapter={chapter} />;
  else panel = <Overview graphAvailable={webgl} />;

  return (
    <ExplorerContext.Provider value={context}>
      <div className={state.presenting ? "app presenting" : "app"}>
        {!state.presenting && (
          <header className="topbar">
            <div className="brand">
              <span className="brand-name">Dramatis</span>
              <span className="brand-title">{loaded.dataset.title}</span>
            </div>
            {story.length > 0 && (
              <button
                type="button"
                className="story-button"
                onClick={() => {
                  const first = chapter ?? story[0];
                  if (first) {
                    dispatch({ type: "open-chapter", id: first.id, date: first.date ?? null });
                  }
                }}
              >
                Story
              </button>
            )}
            <SearchBox search={search} />
          </header>
        )}
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
                  chapter={chapter}
                  date={state.date}
                  layoutKey={state.presenting ? "presenting" : "exploring"}
                  dispatch={dispatch}
                />
              </GraphBoundary>
            ) : (
              <GraphUnavailable reason="This browser does not offer WebGL, which drawing the graph needs.">
                <EntityIndex />
              </GraphUnavailable>
            )}
            {state.presenting ? (
              <PresenterCaption chapter={chapter} />
            ) : (
              <>
                <Timeline />
                <Legend />
              </>
            )}
          </section>
          {!state.presenting && (
            <aside className="sidebar" aria-label="Details">
              {panel}
            </aside>
          )}
        </main>
      </div>
    </ExplorerContext.Provider>
  );
}
