/**
 * Each entity's value by the measure the legend chose. The relation count is stored on the graph
 * and read at once; betweenness and PageRank are computed in a worker (measureWorker.ts) and kept
 * for as long as the graph lives, so switching back and forth computes each once.
 */
import { useEffect, useMemo, useState } from "react";
import type { KnowledgeGraph } from "../graph/build";
import { measureInputOf, relationCounts } from "../graph/measures";
import type { Measure } from "../model/vocabulary";
import type { MeasuredValues } from "../scene/scene";
import type { MeasureMessage, MeasureRequest } from "./measureWorker";

type Computed = Exclude<Measure, "relations">;

interface Results {
  graph: KnowledgeGraph;
  values: Partial<Record<Computed, ReadonlyMap<string, number>>>;
  failed: Partial<Record<Computed, string>>;
}

const noResults = (graph: KnowledgeGraph): Results => ({ graph, values: {}, failed: {} });

export function useMeasure(graph: KnowledgeGraph, measure: Measure): MeasuredValues {
  const relations = useMemo(() => relationCounts(graph), [graph]);
  // Results by measure, for this graph only: a new graph starts with none.
  const [computed, setComputed] = useState<Results>(() => noResults(graph));
  const current = computed.graph === graph ? computed : noResults(graph);
  const known = measure === "relations" ? relations : current.values[measure];
  const failed = measure === "relations" ? undefined : current.failed[measure];

  // When a computed measure is chosen and not yet known ⇒ compute it in a worker; a worker still
  // busy with a measure no longer wanted is ended.
  useEffect(() => {
    if (measure === "relations" || known || failed) return;
    const started = performance.now();
    const worker = new Worker(new URL("./measureWorker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<MeasureMessage>) => {
      const message = event.data;
      performance.measure(`dramatis:measure-${measure}`, {
        start: started,
        end: performance.now(),
      });
      setComputed((before) => {
        const base = before.graph === graph ? before : noResults(graph);
        return message.type === "done"
          ? { ...base, values: { ...base.values, [message.measure]: message.values } }
          : { ...base, failed: { ...base.failed, [message.measure]: message.message } };
      });
      worker.terminate();
    });
    worker.addEventListener("error", (event) => {
      setComputed((before) => {
        const base = before.graph === graph ? before : noResults(graph);
        const message = event.message || "the computation stopped unexpectedly";
        return { ...base, failed: { ...base.failed, [measure]: message } };
      });
      worker.terminate();
    });
    const input = measureInputOf(graph);
    worker.postMessage({ ...input, measure } satisfies MeasureRequest, [
      input.sources.buffer,
      input.targets.buffer,
      input.undirected.buffer,
    ]);
    return () => worker.terminate();
  }, [graph, measure, known, failed]);

  // One object while nothing changes: the scene's sizes and React's memos key on it.
  return useMemo<MeasuredValues>(() => {
    if (known) return { measure, status: "ready", values: known };
    if (failed) return { measure, status: "failed", message: failed };
    return { measure, status: "computing" };
  }, [measure, known, failed]);
}
