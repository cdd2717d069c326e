/**
 * The camera state that shows every node with its whole label. sigma's own fit frames node
 * centres only, so labels of nodes on the right edge run out of the view; this measures each
 * label with the font sigma draws it in and frames nodes and labels together.
 */
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { framingInBand } from "./visibleBand";

const PADDING = 16;
/** Narrower than this (in CSS pixels), the view is a phone's. */
const NARROW_VIEW = 720;

/**
 * Zooming out shrinks the distances between nodes but not the labels, so one measurement is not
 * enough: measure, fit, and measure again from the fitted state a few times.
 */
export function cameraStateFittingLabels(sigma: Sigma, coveredBottom = 0): CameraState {
  let state = sigma.getCamera().getState();
  for (let round = 0; round < 3; round++) state = fitOnce(sigma, state, coveredBottom);
  return state;
}

/** One fit, in the band left above whatever covers the graph's foot (view/visibleBand.ts). */
function fitOnce(sigma: Sigma, base: CameraState, coveredBottom: number): CameraState {
  const override = { cameraState: base };
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  const context = document.createElement("canvas").getContext("2d");
  if (context)
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;

  let left = Infinity;
  let right = -Infinity;
  let nodeRight = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  const graph = sigma.getGraph();
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data, override);
    const radius = sigma.scaleSize(data.size, base.ratio);
    const label = typeof data.label === "string" ? data.label : "";
    const labelWidth = label && context ? context.measureText(label).width + radius * 0.4 + 3 : 0;
    const half = Math.max(radius, settings.labelSize / 2 + 2);
    left = Math.min(left, x - radius);
    right = Math.max(right, x + radius + labelWidth);
    nodeRight = Math.max(nodeRight, x + radius);
    top = Math.min(top, y - half);
    bottom = Math.max(bottom, y + half);
  });
  if (!Number.isFinite(left) || width === 0 || height === 0) return base;
  // On a phone the labels are as wide as on a laptop but the view is not: making room for every
  // one would shrink the network to a speck. There, labels may run out of the view by more
  // than a third of its width (a tap or the sheet names the entity).
  if (width < NARROW_VIEW) right = Math.min(right, nodeRight + width * 0.3);

  const framing = framingInBand(
    { left, top, right, bottom },
    { width, height, coveredBottom },
    PADDING,
  );
  const centre = sigma.viewportToFramedGraph(framing.centre, override);
  return { ...base, x: centre.x, y: centre.y, ratio: base.ratio * framing.zoomOut };
}

/**
 * The camera state that frames a few entities (a story chapter's focus) with room around them,
 * never zooming in closer than `maxZoomIn` times the first view.
 */
export function cameraStateFramingNodes(
  sigma: Sigma,
  nodeIds: readonly string[],
  maxZoomIn = 2.5,
): CameraState | null {
  const points = nodeIds
    .map((id) => sigma.getNodeDisplayData(id))
    .filter((data): data is NonNullable<typeof data> => data !== undefined && !data.hidden);
  if (points.length === 0) return null;
  const current = sigma.getCamera().getState();
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const centre = {
    x: (Math.min(...xs) + Math.max(...xs)) / 2,
    y: (Math.min(...ys) + Math.max(...ys)) / 2,
  };
  // Framed-graph units: the whole first view spans about 1 at ratio 1.
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const ratio = Math.min(1, Math.max(1 / maxZoomIn, extent * 1.35));
  return { ...current, x: centre.x, y: centre.y, ratio };
}
