/**
 * Computes betweenness and PageRank off the main thread: Brandes' betweenness takes about 0.2 s
 * at 1,000 entities and minutes at 50,000 (src/graph/measures.ts), which on the page's thread
 * would freeze scrolling, typing and the graph alike. Sent only what the measures read (entity
 * ids and relation ends as typed arrays), once per request.
 */
import { computeMeasureOn } from "../graph/centrality";
import type { MeasureInput } from "../graph/measures";

export type MeasureRequest = MeasureInput & { measure: "betweenness" | "pagerank" };

export type MeasureMessage =
  | { type: "done"; measure: MeasureRequest["measure"]; values: Map<string, number> }
  | { type: "failed"; measure: MeasureRequest["measure"]; message: string };

self.addEventListener("message", (event: MessageEvent<MeasureRequest>) => {
  const { measure } = event.data;
  let message: MeasureMessage;
  try {
    message = { type: "done", measure, values: computeMeasureOn(event.data, measure) };
  } catch (error) {
    message = {
      type: "failed",
      measure,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  (self as unknown as Worker).postMessage(message);
});
