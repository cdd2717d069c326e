/**
 * Frames the first view so every label fits, then signals sigma's first drawn frame (tests and
 * screenshots wait for it). Also exposes a small read-only hook on `window.__dramatis` that
 * end-to-end tests use to find where an entity is drawn: they must point at a node the way a
 * person would, and only the renderer knows where it is.
 */
import { useSigma } from "@react-sigma/core";
import type { SerializedGraph } from "graphology-types";
import { useEffect, useRef, type RefObject } from "react";
import { cameraStateFittingLabels } from "./fitCamera";

export interface DramatisTestHook {
  /** Centre of an entity's node in page CSS pixels, or null when it is not drawn. */
  viewportPosition(entityId: string): { x: number; y: number } | null;
  /** Midpoint between the two ends of a relation, in page CSS pixels. */
  relationViewportPosition(relationId: string): { x: number; y: number } | null;
  /** Whether an entity is drawn now (not hidden by the date, a filter or a focus). */
  isDrawn(entityId: string): boolean;
  /** Whether a relation is drawn now. */
  isRelationDrawn(relationId: string): boolean;
  /**
   * The entities the last frame drew emphasised (highlighted: the hovered, selected or cursor's
   * entity, or a relation's two ends), read from sigma's display data, so it says what is on
   * screen rather than what was asked for.
   */
  emphasised(): string[];
  /** Whether an entity's label is forced on now (drawn whatever the label grid would leave out). */
  isLabelForced(entityId: string): boolean;
  /** Which change of emphasis or visibility was made last, and which the last frame drew. */
  renderState(): RenderStamp;
  /** The camera now: where it looks, how far out (ratio) and how turned (angle, radians). */
  cameraState(): { x: number; y: number; ratio: number; angle: number };
  /** The graph as drawn (graphology's serialisation, with positions), for benchmarks. */
  graphSnapshot(): SerializedGraph;
}

/** `applied` counts changes of emphasis or visibility; `drawn` is the count a frame last drew. */
export interface RenderStamp {
  applied: number;
  drawn: number;
}

/** Marked once per page: the time from navigation to the first framed picture. */
const FIRST_FRAME_MARK = "dramatis:first-frame";

declare global {
  interface Window {
    __dramatis?: DramatisTestHook;
  }
}

export function ReadyController({
  onReady,
  stampRef,
  fitLabels,
  coveredBottom,
}: {
  onReady: () => void;
  stampRef: RefObject<RenderStamp>;
  /**
   * Frame every label too (small graphs, where every label is drawn). On large ones sigma's own
   * fit of the nodes stands: its label grid leaves out what does not fit, and measuring 50,000
   * labels three times over cost more than the frame itself.
   */
  fitLabels: boolean;
  /** Pixels at the graph's foot under the sheet or caption: the first view frames above them. */
  coveredBottom: number;
}) {
  const sigma = useSigma();
  // Read when the first view is framed, without framing it again each time the sheet moves.
  const covered = useRef(coveredBottom);
  useEffect(() => {
    covered.current = coveredBottom;
  }, [coveredBottom]);

  // When sigma is mounted ⇒ after its first frame (display data is only framed then), frame
  // nodes and labels; report ready once that framing is on screen: two animation frames after
  // sigma drew it, because the browser composites a drawing at the end of the frame it was made
  // in (or of the next, if made outside one), and only a frame's start comes after that. Sooner,
  // the mark would leave out the compositing, which on a software rasteriser is the larger part.
  useEffect(() => {
    let cancelled = false;
    let frame = 0;
    const ready = () => {
      if (cancelled) return;
      if (performance.getEntriesByName(FIRST_FRAME_MARK).length === 0) {
        performance.mark(FIRST_FRAME_MARK);
      }
      onReady();
    };
    const presented = () => {
      if (cancelled) return;
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(ready);
      });
    };
    const fit = () => {
      if (cancelled) return;
      sigma.once("afterRender", presented);
      sigma.getCamera().setState(cameraStateFittingLabels(sigma, covered.current));
      sigma.scheduleRefresh();
    };
    // sigma draws once when it is created; with nothing to refit, that frame is the first view,
    // and drawing every entity again just to hear about it would double the wait.
    const graph = sigma.getGraph();
    const first = graph.findNode(() => true);
    const alreadyDrawn = first !== undefined && sigma.getNodeDisplayData(first) !== undefined;
    // Small graphs refit after a render of their own: the display data of sigma's first frame
    // are not yet framed the way a refit must read them.
    if (alreadyDrawn && !fitLabels) presented();
    else {
      sigma.once("afterRender", fitLabels ? fit : presented);
      sigma.scheduleRefresh();
    }
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      sigma.off("afterRender", fit);
      sigma.off("afterRender", presented);
    };
  }, [sigma, onReady, fitLabels]);

  // When sigma is mounted ⇒ publish the position hook; withdraw it when unmounted.
  useEffect(() => {
    const drawn = () => {
      stampRef.current.drawn = stampRef.current.applied;
    };
    sigma.on("afterRender", drawn);
    const toPage = (id: string) => {
      const data = sigma.getNodeDisplayData(id);
      if (!data) return null;
      const point = sigma.framedGraphToViewport(data);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    };
    window.__dramatis = {
      viewportPosition: toPage,
      isDrawn: (id) => {
        const data = sigma.getNodeDisplayData(id);
        return data !== undefined && !data.hidden;
      },
      isRelationDrawn: (id) => {
        const data = sigma.getEdgeDisplayData(id);
        return data !== undefined && !data.hidden;
      },
      emphasised: () =>
        sigma.getGraph().filterNodes((id) => sigma.getNodeDisplayData(id)?.highlighted === true),
      isLabelForced: (id) => {
        const data = sigma.getNodeDisplayData(id);
        return data !== undefined && !data.hidden && data.forceLabel && data.label !== "";
      },
      renderState: () => ({ ...stampRef.current }),
      cameraState: () => sigma.getCamera().getState(),
      graphSnapshot: () => sigma.getGraph().export(),
      relationViewportPosition(relationId) {
        const graph = sigma.getGraph();
        if (!graph.hasEdge(relationId)) return null;
        const from = toPage(graph.source(relationId));
        const to = toPage(graph.target(relationId));
        if (!from || !to) return null;
        return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
      },
    };
    return () => {
      sigma.off("afterRender", drawn);
      delete window.__dramatis;
    };
  }, [sigma, stampRef]);

  return null;
}
