/**
 * Which labels to draw so that none overlaps another, at the current camera. sigma's label grid
 * keeps a few labels per screen cell but does not know how wide a label is, so long labels
 * ("Chairman of the Council of Ministers") still pile on their neighbours. Here labels are placed
 * greedily, most important first (the emphasised entities, then the largest), and a label that
 * would overlap one already placed is left out until the reader zooms in.
 */
import type Sigma from "sigma";

export interface LabelCandidate {
  node: string;
  /** Higher goes first. */
  priority: number;
  /** Placed whatever it overlaps: the entities the reader is looking at are always named. */
  always?: boolean;
}

const GAP = 2;

let measureContext: CanvasRenderingContext2D | null | undefined;
const widthCache = new Map<string, number>();

function labelWidth(label: string, font: string): number {
  const key = `${font}\u0000${label}`;
  const cached = widthCache.get(key);
  if (cached !== undefined) return cached;
  if (measureContext === undefined)
    measureContext = document.createElement("canvas").getContext("2d");
  let width = label.length * 7.5;
  if (measureContext) {
    measureContext.font = font;
    width = measureContext.measureText(label).width;
  }
  widthCache.set(key, width);
  return width;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- reads display data only, any attributes
export function placeLabels(sigma: Sigma<any, any>, candidates: LabelCandidate[]): Set<string> {
  const settings = sigma.getSettings();
  const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const { width, height } = sigma.getDimensions();
  const ratio = sigma.getCamera().getState().ratio;
  const placed: Box[] = [];
  const chosen = new Set<string>();
  // Every drawn node is an obstacle too: a label may graze another entity's disc but must not
  // hide its middle, or the reader cannot see there is an entity there. The exception is a
  // smaller entity under the label of a larger one: the main actors' names come first.
  const discs = new Map<string, Box & { size: number }>();
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const core = Math.max(2, sigma.scaleSize(data.size, ratio) * 0.5);
    discs.set(node, {
      left: x - core,
      right: x + core,
      top: y - core,
      bottom: y + core,
      size: data.size,
    });
  });
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const { node, always } of sorted) {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden || !data.label) continue;
    const { x, y } = sigma.framedGraphToViewport(data);
    const radius = sigma.scaleSize(data.size, ratio);
    const box: Box = {
      left: x + radius + 3 - GAP,
      right: x + radius + 3 + labelWidth(data.label, font) + GAP,
      top: y - settings.labelSize / 2 - GAP,
      bottom: y + settings.labelSize / 2 + GAP,
    };
    // Off screen: nothing to collide with on screen, and nothing to draw.
    if (box.right < 0 || box.left > width || box.bottom < 0 || box.top > height) continue;
    const hits = (other: Box) =>
      box.left < other.right &&
      other.left < box.right &&
      box.top < other.bottom &&
      other.top < box.bottom;
    if (always) {
      placed.push(box);
      chosen.add(node);
      continue;
    }
    if (placed.some(hits)) continue;
    let coversDisc = false;
    for (const [other, disc] of discs) {
      if (other !== node && disc.size >= data.size && hits(disc)) {
        coversDisc = true;
        break;
      }
    }
    if (coversDisc) continue;
    placed.push(box);
    chosen.add(node);
  }
  return chosen;
}
