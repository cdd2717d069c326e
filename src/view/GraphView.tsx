/**
 * The graph drawn by sigma. The graphology instance and the settings never change identity, so
 * the renderer is built once per dataset; everything that changes (selection, hover) goes through
 * the controllers, which draw nothing themselves.
 */
import "@react-sigma/core/lib/style.css";
import { SigmaContainer } from "@react-sigma/core";
import { useCallback, useId, useMemo, useRef, useState, type RefObject } from "react";
import type { KnowledgeGraph } from "../graph/build";
import type { Catalog } from "../graph/catalog";
import { aroundEntity, computeEmphasis, type Emphasis } from "../graph/emphasis";
import type { ItemRef, VisibleSets } from "../model/vocabulary";
import type { StoryChapter } from "../model/schema";
import type { ExplorerAction, Selection } from "../state/explorer";
import { CameraController } from "./CameraController";
import { GraphEventsController } from "./GraphEventsController";
import { LargeGraphEmphasis } from "./LargeGraphEmphasis";
import { MotionController } from "./MotionController";
import { SmallGraphEmphasis } from "./SmallGraphEmphasis";
import { ReadyController, type RenderStamp } from "./ReadyController";
import { ResizeController } from "./ResizeController";
import { scaleOf } from "../graph/scale";
import { largeGraphReducers, type LargeGraphInputs } from "./largeGraphReducers";
import { sigmaSettingsFor } from "./settings";
import { ZoomButtons } from "./ZoomButtons";
import type { ViewExporter } from "../export/picture";
import { ExportController } from "./ExportController";
import { GraphWalk } from "./GraphWalk";
import { graphSummary } from "../scene/sentences";
import { ThemeController } from "./ThemeController";

export interface GraphViewProps {
  graph: KnowledgeGraph;
  catalog: Catalog;
  selection: Selection;
  /** Where the keyboard or the text view stands (panels/context.ts): emphasised and kept in view. */
  cursor: ItemRef | null;
  chapter: StoryChapter | null;
  visible: VisibleSets | null;
  /** What the scene emphasises (selection, connection or chapter); a hover takes over from it. */
  emphasis: Emphasis | null;
  sizes: ReadonlyMap<string, number> | null;
  /** Called once the first view is drawn. */
  onFirstFrame?: () => void;
  /** Receives a way to export the view as a picture, once sigma is there. */
  onExporter: (exporter: ViewExporter | null) => void;
  /** Changes when the frame around the graph changes size (presenter mode). */
  layoutKey: string;
  /** Pixels at the foot of the graph that the bottom sheet or the presenter's caption cover. */
  coveredBottom: number;
  dispatch: (action: ExplorerAction) => void;
  /** Moves the cursor (panels/context.ts): the keyboard walk does, step by step. */
  moveCursor: (cursor: ItemRef | null) => void;
  /** Says a sentence in the page's one live region. */
  announce: (sentence: string) => void;
  /** The timeline's date, for the graph's summary and its Page Up / Page Down keys. */
  date: string | null;
  presenting: boolean;
}

export function GraphView({
  graph,
  catalog,
  selection,
  cursor,
  chapter,
  visible,
  emphasis: sceneEmphasis,
  sizes,
  layoutKey,
  coveredBottom,
  onExporter,
  onFirstFrame,
  dispatch,
  moveCursor,
  announce,
  date,
  presenting,
}: GraphViewProps) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const markReady = useCallback(() => {
    setReady(true);
    onFirstFrame?.();
  }, [onFirstFrame]);
  // One policy decides small or large (graph/scale.ts); each has its own emphasis controller.
  const scale = scaleOf(graph.order);
  const { allLabels } = scale;
  // Hover wins while it lasts, so a reader can peek and come back; then the cursor (the keyboard
  // or the text view); then what the scene emphasises.
  const emphasis = useMemo(() => {
    if (hovered && catalog.entity.has(hovered)) return aroundEntity(catalog, hovered);
    if (cursor) return computeEmphasis(catalog, cursor, null, null) ?? sceneEmphasis;
    return sceneEmphasis;
  }, [catalog, hovered, cursor, sceneEmphasis]);
  const stampRef = useRef<RenderStamp>({ applied: 0, drawn: 0 });
  const frameRef = useRef<HTMLDivElement>(null);
  // The frame is the graph's one tab stop until the walk's proxy stands on a node; then the proxy
  // is, so that Tab comes back to where the reader was.
  const [proxyShown, setProxyShown] = useState(false);
  const summaryId = useId();
  // Made once per graph: @react-sigma/core builds a new renderer whenever the settings change.
  // A large graph's reducers come with them, reading what to show from `inputs`.
  const { settings, inputs } = useMemo(() => {
    const inputs: RefObject<LargeGraphInputs> = {
      current: { visible: null, emphasis: null, sizes: null },
    };
    const scale = scaleOf(graph.order);
    const base = sigmaSettingsFor(scale);
    return {
      inputs,
      settings: scale.allLabels ? base : { ...base, ...largeGraphReducers(inputs) },
    };
  }, [graph]);
  return (
    // data-ready tells screenshots and tests that sigma has drawn its first frame.
    // role="application": the arrow keys walk the graph, so a screen reader must pass them on.
    <div
      ref={frameRef}
      className="graph-frame"
      data-testid="graph"
      data-ready={ready ? "true" : "false"}
      role="application"
      aria-label={`Graph of ${catalog.dataset.title}`}
      aria-describedby={summaryId}
      tabIndex={proxyShown ? -1 : 0}
    >
      <p id={summaryId} className="visually-hidden">
        {graphSummary(catalog, visible, date, chapter?.id ?? null)}
      </p>
      <SigmaContainer graph={graph} settings={settings} className="graph-canvas">
        <GraphEventsController dispatch={dispatch} onHover={setHovered} />
        {allLabels ? (
          <SmallGraphEmphasis
            visible={visible}
            emphasis={emphasis}
            sizes={sizes}
            stampRef={stampRef}
            ready={ready}
          />
        ) : (
          <LargeGraphEmphasis
            visible={visible}
            emphasis={emphasis}
            sizes={sizes}
            stampRef={stampRef}
            inputsRef={inputs}
          />
        )}
        <CameraController
          catalog={catalog}
          selection={cursor ?? selection}
          chapter={chapter}
          ready={ready}
          coveredBottom={coveredBottom}
        />
        <ResizeController layoutKey={layoutKey} />
        <MotionController />
        <ReadyController
          onReady={markReady}
          stampRef={stampRef}
          fitLabels={allLabels}
          coveredBottom={coveredBottom}
        />
        {/* Before the zoom buttons: the graph's own tab stop comes first. */}
        <GraphWalk
          catalog={catalog}
          visible={visible}
          cursor={cursor}
          moveCursor={moveCursor}
          announce={announce}
          dispatch={dispatch}
          date={date}
          chapterId={chapter?.id ?? null}
          presenting={presenting}
          coveredBottom={coveredBottom}
          frameRef={frameRef}
          onProxyShown={setProxyShown}
        />
        <ZoomButtons coveredBottom={coveredBottom} />
        <ExportController onReady={onExporter} />
        <ThemeController />
      </SigmaContainer>
    </div>
  );
}
