/**
 * The explorer for one loaded dataset: builds the catalog and graph once, keeps the explorer
 * state in the URL, derives the scene from it (src/scene/), and lays out the graph beside the
 * panel the scene calls for. What is derived lives in the scene; this file composes and renders.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { timed } from "./app/timing";
import { useAnnouncer } from "./app/useAnnouncer";
import { useCoveredBottom } from "./app/useCoveredBottom";
import { useCursor } from "./app/useCursor";
import { useExplorerKeys } from "./app/useExplorerKeys";
import { useExplorerUrlState } from "./app/useExplorerUrlState";
import { useLayout } from "./app/useLayout";
import { useNarrowScreen } from "./app/useNarrowScreen";
import { useResultAnnouncements } from "./app/useResultAnnouncements";
import { useScene } from "./app/useScene";
import { useSearch } from "./app/useSearch";
import type { ViewExporter } from "./export/picture";
import { buildGraph, hasOwnLayout } from "./graph/build";
import { buildCatalog } from "./graph/catalog";
import { scaleOf } from "./graph/scale";
import type { LoadedDataset } from "./model/load";
import type { ExplorerState } from "./state/explorer";
import { prefersReducedMotion } from "./state/motion";
import type { Opening } from "./scene/openings";
import type { Panel } from "./scene/panel";
import { openChapter } from "./scene/story";
import { BottomSheet } from "./panels/BottomSheet";
import { ExplorerContext } from "./panels/context";
import { CastToggle } from "./panels/CastToggle";
import { CastView } from "./panels/CastView";
import { EntityPanel } from "./panels/EntityPanel";
import { ExportMenu } from "./panels/ExportMenu";
import { FocusBar } from "./panels/FocusBar";
import { LayoutProgress } from "./panels/LayoutProgress";
import { Legend } from "./panels/Legend";
import { EntityIndex, Overview } from "./panels/Overview";
import { PathPanel, PathPicker } from "./panels/PathPanel";
import { PresenterCaption } from "./panels/PresenterCaption";
import { RelationPanel } from "./panels/RelationPanel";
import { SearchBox } from "./panels/SearchBox";
import { SourceReader } from "./panels/SourceReader";
import { StoryPanel } from "./panels/StoryPanel";
import { Timeline } from "./panels/Timeline";
import { GraphBoundary, GraphUnavailable } from "./view/GraphBoundary";
import { GraphView } from "./view/GraphView";
import { hasWebGL } from "./view/webgl";

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
  const scale = scaleOf(graph.order);
  const [firstFrameDrawn, setFirstFrameDrawn] = useState(false);
  const onFirstFrame = useCallback(() => setFirstFrameDrawn(true), []);
  const search = useSearch(catalog, scale.searchAtOnce, firstFrameDrawn);
  // Read once per dataset: a layout that has begun on screen keeps its way of showing.
  const [stillLayout] = useState(prefersReducedMotion);
  const { layout, stop: stopLayout } = useLayout(
    graph,
    loaded.dataset.id,
    graph.order > 1 && !hasOwnLayout(loaded.dataset),
    scale.allLabels || stillLayout || firstFrameDrawn,
  );
  // A small graph is laid out in well under a second: wait, and draw it once, arranged. A large
  // one is drawn at once and moves as the layout goes (see src/app/useLayout.ts), unless the
  // reader asked for less motion: then it waits too, behind the progress box and its Stop.
  const waitForLayout = layout.status === "running" && (scale.allLabels || stillLayout);
  const [webgl] = useState(hasWebGL);
  const [exporter, setExporter] = useState<ViewExporter | null>(null);
  const { state, dispatch, notice, dismissNotice } = useExplorerUrlState(catalog);
  const scene = useScene(catalog, graph, state);
  const { cursor, moveCursor } = useCursor(state.selection);
  const { message, announce } = useAnnouncer();
  useResultAnnouncements(catalog, state, scene, announce);
  const context = useMemo(
    () => ({ catalog, state, scene, dispatch, cursor, moveCursor, announce }),
    [catalog, state, scene, dispatch, cursor, moveCursor, announce],
  );
  const story = catalog.dataset.story;
  useExplorerKeys(dispatch, story, state.chapter, state.presenting);
  useWindowTitle(loaded.dataset.title);
  // On a narrow screen the panels sit in a sheet over the graph's foot, in presenter mode the
  // caption does: the camera frames what it shows in the band above either.
  const narrow = useNarrowScreen();
  const graphArea = useRef<HTMLElement>(null);
  const cover = useRef<HTMLElement>(null);
  const coverKind = state.presenting ? "caption" : narrow ? "sheet" : "sidebar";
  const coveredBottom = useCoveredBottom(graphArea, cover, coverKind);

  return (
    <ExplorerContext.Provider value={context}>
      <div className={state.presenting ? "app presenting" : "app"}>
        {!state.presenting && (
          <header className="topbar">
            <div className="brand">
              <span className="brand-name">Dramatis</span>
              <h1 className="brand-title">{loaded.dataset.title}</h1>
            </div>
            {story.length > 0 && (
              <button
                type="button"
                className="story-button"
                onClick={() => {
                  const first = scene.chapter ?? story[0];
                  if (first) dispatch(openChapter(first));
                }}
              >
                Story
              </button>
            )}
            <CastToggle />
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
        <main className={state.textView ? "workspace with-cast" : "workspace"}>
          {/* The top bar, and with it the page's heading, hides while presenting. */}
          {state.presenting && <h1 className="visually-hidden">{loaded.dataset.title}</h1>}
          <section ref={graphArea} className="graph-area" aria-label="Graph">
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
                  selection={state.selection}
                  cursor={cursor}
                  chapter={scene.chapter}
                  visible={scene.visible}
                  emphasis={scene.emphasis}
                  sizes={scene.sizes}
                  layoutKey={state.presenting ? "presenting" : "exploring"}
                  coveredBottom={coveredBottom}
                  onExporter={setExporter}
                  onFirstFrame={onFirstFrame}
                  dispatch={dispatch}
                  moveCursor={moveCursor}
                  announce={announce}
                  date={state.date}
                  presenting={state.presenting}
                />
              </GraphBoundary>
            ) : (
              <GraphUnavailable reason="This browser does not offer WebGL, which drawing the graph needs.">
                <EntityIndex />
              </GraphUnavailable>
            )}
            {state.focus && <FocusBar focus={state.focus} />}
            {state.presenting ? (
              <PresenterCaption chapter={scene.chapter} coverRef={cover} />
            ) : (
              !narrow && (
                <>
                  <Timeline />
                  <Legend />
                </>
              )
            )}
          </section>
          {!state.presenting && state.textView && <CastView />}
          {!state.presenting && (
            <BottomSheet narrow={narrow} raiseFor={sheetSubject(state)} coverRef={cover}>
              {narrow && <Timeline />}
              {state.path && !state.path.to && <PathPicker path={state.path} search={search} />}
              <SidebarPanel
                panel={scene.panel}
                openings={scene.openings}
                graphAvailable={webgl}
                indexNow={firstFrameDrawn}
              />
              {narrow && <Legend />}
            </BottomSheet>
          )}
        </main>
        <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
          {message}
        </div>
      </div>
    </ExplorerContext.Provider>
  );
}

/** The panel the scene chose (scene/panel.ts), rendered. */
function SidebarPanel({
  panel,
  openings,
  graphAvailable,
  indexNow,
}: {
  panel: Panel;
  openings: readonly Opening[];
  graphAvailable: boolean;
  indexNow: boolean;
}) {
  switch (panel.kind) {
    case "reader":
      return <SourceReader reading={panel.reading} />;
    case "entity":
      return <EntityPanel entityId={panel.id} />;
    case "relation":
      return <RelationPanel relationId={panel.id} />;
    case "path":
      return <PathPanel path={panel.path} connection={panel.connection} openings={openings} />;
    case "chapter":
      return <StoryPanel chapter={panel.chapter} />;
    case "overview":
      return <Overview graphAvailable={graphAvailable} indexNow={indexNow} />;
  }
}

/** What the panels are about, "" for the overview: a new subject raises a peeking sheet. */
function sheetSubject(state: ExplorerState): string {
  const { selection, chapter, path } = state;
  if (!selection && !chapter && !path) return "";
  return [selection?.kind, selection?.id, chapter, path?.from, path?.to].join("|");
}

/** When the dataset opens ⇒ name it in the window title. */
function useWindowTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Dramatis`;
  }, [title]);
}
