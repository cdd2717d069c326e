/**
 * The benchmark's baseline (scripts/bench/run.ts): the app's graph drawn by sigma alone, with no
 * React, no panels and no controllers. It opens `?graph=URL`, a graphology export of the app's
 * graph after its layout (so the same nodes, edges, positions, colours and sizes), and draws it
 * with the app's own sigma settings, imported rather than copied so that the edge programs and
 * label drawing stay the app's, on a canvas the size of the app's graph (`?width=&height=`).
 *
 * `performance.mark("bare:first-frame")` is set once the first framed picture is on screen,
 * measured from navigation start like the app's "dramatis:first-frame": both include fetching and
 * parsing the data and framing the view, so the two first-frame figures measure the same road.
 */
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import type { EntityNodeAttributes, RelationEdgeAttributes } from "../../../src/graph/build";
import { scaleOf } from "../../../src/graph/scale";
import { cameraStateFittingLabels } from "../../../src/view/fitCamera";
import { sigmaSettingsFor } from "../../../src/view/settings";

function fail(message: string): never {
  document.body.textContent = `bare page: ${message}`;
  throw new Error(message);
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const address = params.get("graph");
  if (!address) fail("no ?graph= address");
  const response = await fetch(address);
  if (!response.ok) fail(`could not fetch ${address}: ${response.status}`);
  // The export of the app's own graph: its attributes are the app's.
  const snapshot = (await response.json()) as SerializedGraph<
    EntityNodeAttributes,
    RelationEdgeAttributes
  >;
  const graph = Graph.from(snapshot);
  const container = document.getElementById("graph");
  if (!container) fail("index.html has no #graph element");
  // `?width=&height=` (CSS px) give the canvas the app's graph size: software WebGL's cost grows
  // with the pixels drawn, so frame times compare only at equal sizes. Else the whole window.
  for (const side of ["width", "height"] as const) {
    const pixels = Number(params.get(side));
    if (pixels > 0) container.style[side] = `${pixels}px`;
  }

  // The same choice of settings as src/view/GraphView.tsx makes for a graph of this size.
  const settings = sigmaSettingsFor(scaleOf(graph.order));
  const sigma = new Sigma(graph, container, settings);
  // sigma drew a first frame inside its constructor. The app's "dramatis:first-frame" is its first
  // framed picture on screen (src/view/ReadyController.tsx): on graphs small enough to label every
  // entity it fits the camera to nodes and labels and draws again; on larger ones sigma's own
  // first frame stands; either way it is marked two animation frames after sigma drew it, once
  // the browser has composited the drawing. The bare page does the same. (fitCamera.ts reads only
  // positions and labels.)
  const ready = () => {
    performance.mark("bare:first-frame");
    // data-ready, as on the app's graph container: the benchmark waits for it.
    container.dataset.ready = "true";
  };
  const presented = () => requestAnimationFrame(() => requestAnimationFrame(ready));
  if (scaleOf(graph.order).allLabels) {
    sigma.getCamera().setState(cameraStateFittingLabels(sigma as unknown as Sigma));
    sigma.once("afterRender", presented);
    sigma.scheduleRefresh();
  } else {
    presented();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  if (!document.body.textContent) document.body.textContent = `bare page: ${String(error)}`;
});
