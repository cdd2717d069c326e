/**
 * The explorer for one loaded dataset: builds the catalog, graph and search index once, keeps the
 * explorer state in the URL, and lays out the graph beside the panel that state calls for.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { useExplorerUrlState } from "./app/useExplorerUrlState";
import { shownAsOf } from "./graph/asOf";
import { buildGraph, hasOwnLayout } from "./graph/build";
import { LABEL_SPACING_MAX_NODES } from "./graph/labelSpacing";
import { timed } from "./app/timing";
import { useLayout } from "./app/useLayout";
import { LayoutProgress } from "./panels/LayoutProgress";
import { buildCatalog } from "./graph/catalog";
import { buildSearch, buildSearchInSlices, type EntitySearch } from "./graph/search";
import { filterVisible, focusVisible, intersectVisible } from "./graph/visibility";
import { pathEmphasis } from "./graph/emphasis";
import { computeMeasure, sizeFor } from "./graph/measures";
import { findConnections } from "./graph/paths";
import { findOpenings } from "./scene/openings";
import { FocusBar } from "./panels/FocusBar";
import { PathPanel, PathPicker } from "./panels/PathPanel";
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
import type { ViewExporter } from "./export/picture";
import { ExportMenu } from "./panels/ExportMenu";
import { hasWebGL } from "./view/webgl";

/** Datasets up to this many entities are indexed for search before the first frame (~30 ms). */
const SEARCH_AT_ONCE_MAX = 2000;

export function Explorer({
  loaded,
  topbarActions,
}: {
  loaded: LoadedDataset;
  /** Opening and exporting files: the composition root's business, shown in the top bar. */
  topbarActions?: ReactNode;
}) {
  const catalog = useMemo(
    () => timed("dramatis:catalog", () => buildCatalog(loaded.dataset, loaded.sourceTexts)),
    [loaded],
  );
  const graph = useMemo(() => timed("dramatis:build", () => buildGraph(loaded.dataset)), [loaded]);
  // A small dataset's search is ready at once; a large one's is indexed in slices after the first
  // frame, so that it neither delays the picture nor freezes the page.
  const searchNow = catalog.dataset.entities.length <= SEARCH_AT_ONCE_MAX;
  const searchAtOnce = useMemo(
    () => (searchNow ? timed("dramatis:search-index", () => buildSearch(catalog)) : null),
    [catalog, searchNow],
  );
  const [searchLater, setSearchLater] = useState<EntitySearch | null>(null);
  const search = searchAtOnce ?? searchLater;
  const [firstFrameDrawn, setFirstFrameDrawn] = useState(false);
  const onFirstFrame = useCallback(() => setFirstFrameDrawn(true), []);
  useEffect(() => {
    if (searchNow || !firstFrameDrawn) return;
    let cancelled = false;
    const started = performance.now();
    void buildSearchInSlices(catalog).then((built) => {
      if (cancelled) return;
      performance.measure("dramatis:search-index", { start: started, end: performance.now() });
      setSearchLater(built);
    });
    return () => {
      cancelled = true;
    };
  }, [catalog, searchNow, firstFrameDrawn]);
  const { layout, stop: stopLayout } = useLayout(
    graph,
    loaded.dataset.id,
    graph.order > 1 && !hasOwnLayout(loaded.dataset),
    graph.order <= LABEL_SPACING_MAX_NODES || firstFrameDrawn,
  );
  // A small graph is laid out in well under a second: wait, and draw it once, arranged. A large
  // one is drawn at once and moves as the layout goes (see src/app/useLayout.ts).
  const waitForLayout = layout.status === "running" && graph.order <= LABEL_SPACING_MAX_NODES;
  const [webgl] = useState(hasWebGL);
  const [exporter, setExporter] = useState<ViewExporter | null>(null);
  const { state, dispatch, notice, dismissNotice } = useExplorerUrlState(catalog);
  const shown = useMemo(
    () => (state.date ? shownAsOf(catalog, state.date) : null),
    [catalog, state.date],
  );
  // The tokens are a sorted list: joined, they change only when the filters do (a URL restore
  // makes a new array with the same tokens).
  const hiddenKey = state.hidden.join(",");
  const filtered = useMemo(
    () => filterVisible(catalog, new Set(hiddenKey === "" ? [] : hiddenKey.split(","))),
    [catalog, hiddenKey],
  );
  const visible = useMemo(() => {
    const base = intersectVisible(filtered, shown);
    return state.focus ? focusVisible(catalog, base, state.focus.id, state.focus.depth) : base;
  }, [catalog, filtered, shown, state.focus]);
  const undirectedTypes = useMemo(
    () => new Set(catalog.dataset.relationTypes.filter((type) => !type.directed).map((t) => t.id)),
    [catalog],
  );
  const { path } = state;
  const connection = useMemo(
    () =>
      path?.to
        ? findConnections(graph, visible, path.from, path.to, {
            directed: path.directed,
            undirectedTypes,
          })
        : null,
    [graph, visible, path, undirectedTypes],
  );
  const highlightedPath = useMemo(
    () => (connection ? pathEmphasis(connection.paths) : null),
    [connection],
  );
  const openings = useMemo(
    () =>
      path?.to && connection?.length === null
        ? findOpenings(catalog, graph, state, shown, undirectedTypes)
        : [],
    // Recomputed only when there is no connection to show, which the connection tells.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [connection],
  );
  const measureValues = useMemo(() => computeMeasure(graph, state.measure), [graph, state.measure]);
  const sizes = useMemo(
    () => (state.measure === "relations" ? null : sizesBy(measureValues)),
    [state.measure, measureValues],
  );
  const context = useMemo(
    () => ({ catalog, state, shown, filtered, measureValues, dispatch }),
    [catalog, state, shown, filtered, measureValues, dispatch],
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
  else if (path?.to && connection) {
    panel = (
      <PathPanel path={{ ...path, to: path.to }} connection={connection} openings={openings} />
    );
  } else if (chapter) panel = <StoryPanel chapter={chapter} />;
  else panel = <Overview graphAvailable={webgl} indexNow={firstFrameDrawn} />;

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
            {topbarActions}
            <ExportMenu exporter={exporter} />
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
            {layout.status !== "done" && (
              <LayoutProgress layout={layout} entities={graph.order} onStop={stopLayout} />
            )}
            {waitForLayout ? (
              <div className="graph-waiting" />
            ) : webgl ? (
              <GraphBoundary fallback={<EntityIndex />}>
                <GraphView
                  graph={graph}
                  catalog={catalog}
                  selection={selection}
                  chapter={chapter}
                  visible={visible}
                  path={highlightedPath}
                  sizes={sizes}
                  layoutKey={state.presenting ? "presenting" : "exploring"}
                  onExporter={setExporter}
                  onFirstFrame={onFirstFrame}
                  dispatch={dispatch}
                />
              </GraphBoundary>
            ) : (
              <GraphUnavailable reason="This browser does not offer WebGL, which drawing the graph needs.">
                <EntityIndex />
              </GraphUnavailable>
            )}
            {state.focus && <FocusBar focus={state.focus} />}
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
              {path && !path.to && <PathPicker path={path} search={search} />}
              {panel}
            </aside>
          )}
        </main>
      </div>
    </ExplorerContext.Provider>
  );
}

/** Node sizes on the same scale as the built graph's, by the chosen measure. */
function sizesBy(values: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...values.keys()].map((id) => [id, sizeFor(values, id)]));
}
