/**
 * Runs the layout of a freshly built graph in the layout worker and moves the graph's entities as
 * positions arrive: a preview now and then while ForceAtlas2 runs, the final positions at the end.
 * Moving x and y is the one change made to a built graph, and it finishes what building began.
 * The time it took is recorded as the User Timing measure "dramatis:layout".
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { KnowledgeGraph } from "../graph/build";
import { applyPositions, layoutInputOf, type LayoutState } from "../graph/layout";
import type { LayoutMessage, LayoutRequest } from "./layoutWorker";

/** The page spends at most about a fifth of its time drawing layout previews. */
const PREVIEW_PAUSE_FACTOR = 4;

/**
 * `needed` is false when the file gave positions. Returns the layout's state and a way to stop
 * it early, which keeps the arrangement reached so far (tidied like a finished one).
 */
export function useLayout(
  graph: KnowledgeGraph,
  seed: string,
  needed: boolean,
  /** False until the layout may start: a large graph's first frame comes first (2 cores). */
  canStart: boolean,
): { layout: LayoutState; stop: () => void } {
  const [layout, setLayout] = useState<LayoutState>(
    needed ? { status: "running", fraction: 0 } : { status: "done", stopped: false },
  );
  const worker = useRef<Worker | null>(null);

  // When a graph that needs a layout is built ⇒ lay it out in a worker; end the worker with it.
  useEffect(() => {
    if (!needed || !canStart) return;
    const started = performance.now();
    const layoutWorker = new Worker(new URL("./layoutWorker.ts", import.meta.url), {
      type: "module",
    });
    worker.current = layoutWorker;
    layoutWorker.addEventListener("message", (event: MessageEvent<LayoutMessage>) => {
      const message = event.data;
      const received = performance.now();
      applyPositions(graph, message.positions);
      if (message.type === "progress") {
        setLayout({ status: "running", fraction: message.fraction });
        // Once these positions are drawn (sigma draws in this frame's callbacks, queued before
        // this one), ask for more after a pause four times as long as drawing took: on 50,000
        // entities a redraw costs about a second, and the page must stay usable in between.
        requestAnimationFrame(() => {
          const cost = performance.now() - received;
          setTimeout(
            () => layoutWorker.postMessage({ type: "more" } satisfies LayoutRequest),
            PREVIEW_PAUSE_FACTOR * cost,
          );
        });
        return;
      }
      performance.measure("dramatis:layout", { start: started, end: performance.now() });
      setLayout({ status: "done", stopped: message.stopped });
      layoutWorker.terminate();
      worker.current = null;
    });
    layoutWorker.addEventListener("error", (event) => {
      // The start positions stay: a readable, if unarranged, picture beats none.
      setLayout({ status: "failed", message: event.message || "the layout stopped unexpectedly" });
      layoutWorker.terminate();
      worker.current = null;
    });
    const request = { type: "start", seed, ...layoutInputOf(graph) } satisfies LayoutRequest;
    layoutWorker.postMessage(request, [
      request.sizes.buffer,
      request.sources.buffer,
      request.targets.buffer,
    ]);
    return () => {
      layoutWorker.terminate();
      worker.current = null;
    };
  }, [graph, seed, needed, canStart]);

  const stop = useCallback(() => {
    worker.current?.postMessage({ type: "stop" } satisfies LayoutRequest);
  }, []);

  return { layout, stop };
}
