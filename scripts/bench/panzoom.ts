/**
 * The scripted pan and zoom, identical for the app and the bare sigma page: drags across the
 * graph and wheel zooms in and out around its centre, repeated for five seconds, while the page
 * records the time of every frame. Frame time is the gap between consecutive frames.
 */
import type { Page } from "playwright-core";
import { median, percentile } from "./stats";

export const PAN_ZOOM_MS = 5000;

/**
 * sigma takes two clicks within 300 ms (its doubleClickTimeout) as a double-click and zooms; the
 * browser sends a click at the end of a drag that starts and ends on the canvas, so drags are
 * kept further apart than that.
 */
const BETWEEN_DRAGS_MS = 350;
/** sigma drops wheel events in the same direction closer than zoomDuration / 5 (50 ms). */
const BETWEEN_WHEELS_MS = 80;
const DRAG_STEPS = 20;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FrameTimes {
  medianMs: number;
  p95Ms: number;
  /** How many frame gaps were recorded: on a slow page, few. */
  frames: number;
}

type Step =
  | { kind: "drag"; from: [number, number]; to: [number, number] }
  | { kind: "wheel"; deltaY: number; times: number };

/**
 * One cycle, in fractions of the pan amplitude from the graph's centre. Drags and zooms cancel
 * out over a cycle, so the camera comes back to about where it started.
 */
const CYCLE: Step[] = [
  { kind: "drag", from: [-1, 0], to: [1, 0] },
  { kind: "wheel", deltaY: -100, times: 3 },
  { kind: "drag", from: [0, -1], to: [0, 1] },
  { kind: "wheel", deltaY: 100, times: 3 },
  { kind: "drag", from: [1, 0], to: [-1, 0] },
  { kind: "wheel", deltaY: -100, times: 3 },
  { kind: "drag", from: [0, 1], to: [0, -1] },
  { kind: "wheel", deltaY: 100, times: 3 },
];

export function frameStats(gaps: readonly number[]): FrameTimes {
  return { medianMs: median(gaps), p95Ms: percentile(gaps, 95), frames: gaps.length };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the pan and zoom over `box` (the graph's canvas, page CSS px) for PAN_ZOOM_MS. */
export async function panAndZoom(page: Page, box: Box): Promise<FrameTimes> {
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const amplitude = Math.min(box.width, box.height) / 5;
  const at = ([fx, fy]: [number, number]) => ({
    x: centre.x + fx * amplitude,
    y: centre.y + fy * amplitude,
  });

  await page.mouse.move(centre.x, centre.y);
  await page.evaluate(() => window.__bench?.startFrames());
  const stop = () => page.evaluate(() => window.__bench?.stopFrames() ?? []);
  try {
    await runCycles(page, at, centre);
  } catch (error) {
    // Leave the page quiet (no frame recorder running) before reporting.
    await stop().catch(() => undefined);
    throw error;
  }
  const gaps = await stop();
  if (gaps.length === 0) throw new Error("no frames were recorded during the pan and zoom");
  return frameStats(gaps);
}

/**
 * Plays CYCLE over and over until PAN_ZOOM_MS have passed. Each input waits until the page has
 * handled it, and on a big graph one may take seconds; the time is checked between single inputs
 * so that the sequence stops near five seconds however slow the page is.
 */
async function runCycles(
  page: Page,
  at: (point: [number, number]) => { x: number; y: number },
  centre: { x: number; y: number },
): Promise<void> {
  const deadline = Date.now() + PAN_ZOOM_MS;
  const late = () => Date.now() >= deadline;
  let lastDragEnd = 0;
  for (let i = 0; !late(); i++) {
    const step = CYCLE[i % CYCLE.length];
    if (!step) break;
    if (step.kind === "drag") {
      const wait = lastDragEnd + BETWEEN_DRAGS_MS - Date.now();
      if (wait > 0) await sleep(Math.min(wait, deadline - Date.now()));
      if (late()) break;
      const from = at(step.from);
      const to = at(step.to);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      // As Playwright's `steps` option moves, but stopping at the deadline.
      for (let k = 1; k <= DRAG_STEPS && !late(); k++) {
        const f = k / DRAG_STEPS;
        await page.mouse.move(from.x + (to.x - from.x) * f, from.y + (to.y - from.y) * f);
      }
      await page.mouse.up();
      lastDragEnd = Date.now();
    } else {
      await page.mouse.move(centre.x, centre.y);
      for (let k = 0; k < step.times && !late(); k++) {
        await page.mouse.wheel(0, step.deltaY);
        await sleep(BETWEEN_WHEELS_MS);
      }
    }
  }
}
