/**
 * Frames the first view so every label fits, then signals sigma's first drawn frame (tests and
 * screenshots wait for it). Also exposes a small read-only hook on `window.__dramatis` that
 * end-to-end tests use to find where an entity is drawn: they must point at a node the way a
 * person would, and only the renderer knows where it is.
 */
import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
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
}

declare global {
  interface Window {
    __dramatis?: DramatisTestHook;
  }
}

export function ReadyController({ onReady }: { onReady: () => void }) {
  const sigma = useSigma();

  // When sigma is mounted ⇒ after its first frame (display data is only framed then), frame
  // nodes and labels; report ready once that framing is drawn.
  useEffect(() => {
    let cancelled = false;
    const ready = () => {
      if (!cancelled) onReady();
    };
    const fit = () => {
      if (cancelled) return;
      sigma.once("afterRender", ready);
      sigma.getCamera().setState(cameraStateFittingLabels(sigma));
      sigma.scheduleRefresh();
    };
    sigma.once("afterRender", fit);
    sigma.scheduleRefresh();
    return () => {
      cancelled = true;
      sigma.off("afterRender", fit);
      sigma.off("afterRender", ready);
    };
  }, [sigma, onReady]);

  // When sigma is mounted ⇒ publish the position hook; withdraw it when unmounted.
  useEffect(() => {
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
      delete window.__dramatis;
    };
  }, [sigma]);

  return null;
}
