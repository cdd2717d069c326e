/**
 * Lays a graph out off the main thread, so that the page stays responsive while ForceAtlas2 runs
 * (minutes on 50,000 entities). It is sent just what the layout reads (entity ids in graph order,
 * sizes, labels, relation ends), runs src/graph/forceLayout.ts step by step in slices, and
 * between slices posts progress with the positions so far, and reads a "stop" message.
 */
import { layoutSteps, NODE_STRIDE, type LayoutInput } from "../graph/forceLayout";

export type LayoutRequest =
  | ({ type: "start"; seed: string } & LayoutInput)
  /** The page has drawn the last positions sent and can take more. */
  | { type: "more" }
  | { type: "stop" };

export type LayoutMessage =
  /** `positions` holds x, y of each entity in turn (graph order); unscaled, for a preview. */
  | { type: "progress"; fraction: number; positions: Float32Array }
  /** The final positions, scaled and spaced like a synchronous layout's. */
  | { type: "done"; positions: Float64Array; stopped: boolean };

/** Work this long, then give the message queue a turn (a "stop" can only arrive then). */
const SLICE_MS = 50;
/**
 * Send positions at most this often, and only once the page has drawn the last ones ("more"):
 * each send makes the page redraw every entity, which on a large graph takes a while, so the
 * page sets the pace and its main thread is never flooded.
 */
const POST_EVERY_MS = 1000;

const post = (message: LayoutMessage, transfer: Transferable[]) =>
  (self as unknown as Worker).postMessage(message, transfer);

let stopRequested = false;
let pageWantsMore = true;

self.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  if (event.data.type === "stop") stopRequested = true;
  else if (event.data.type === "more") pageWantsMore = true;
  else start(event.data);
});

function start(request: Extract<LayoutRequest, { type: "start" }>): void {
  const order = request.ids.length;
  const steps = layoutSteps(request, request.seed, () => stopRequested);
  let lastPost = performance.now();
  const slice = () => {
    const sliceEnd = performance.now() + SLICE_MS;
    while (performance.now() < sliceEnd) {
      const step = steps.next();
      if (step.done) {
        const positions = step.value;
        post({ type: "done", positions, stopped: stopRequested }, [positions.buffer]);
        return;
      }
      if (pageWantsMore && performance.now() - lastPost >= POST_EVERY_MS) {
        lastPost = performance.now();
        pageWantsMore = false;
        const { iteration, iterations, matrix } = step.value;
        const positions = new Float32Array(order * 2);
        for (let node = 0; node < order; node++) {
          positions[node * 2] = matrix[node * NODE_STRIDE] as number;
          positions[node * 2 + 1] = matrix[node * NODE_STRIDE + 1] as number;
        }
        post({ type: "progress", fraction: iteration / iterations, positions }, [positions.buffer]);
      }
    }
    setTimeout(slice, 0);
  };
  slice();
}
