/**
 * The graph's canvas as a person sees it: when it is ready, and what it shows, read from
 * screenshots of the page (./png.ts turns them into numbers).
 */
import type { Page } from "playwright-core";
import type { ScreenPoint } from "./hook";
import {
  decodePng,
  measureDrawing,
  type DecodedImage,
  type Drawing,
  type DrawingOptions,
} from "./png";

export const GRAPH_SELECTOR = '[data-testid="graph"]';
export const GRAPH_READY_SELECTOR = '[data-testid="graph"][data-ready="true"]';

/** Waits until the graph container says it is ready (`data-ready="true"`). */
export async function waitForGraph(page: Page, timeout = 30_000): Promise<void> {
  await page.locator(GRAPH_READY_SELECTOR).waitFor({ state: "visible", timeout });
}

/**
 * Waits until the layout worker has arranged the graph (a large graph is drawn first and moves
 * while it is laid out; a small one is drawn arranged, so this returns at once there).
 */
export async function waitForLayout(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName("dramatis:layout").length > 0 ||
      document.querySelector('progress[aria-label="Layout progress"]') === null,
    null,
    { timeout, polling: 200 },
  );
}

/** Resolves after the browser has painted `count` more frames. */
export async function nextFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(async (frames) => {
    for (let i = 0; i < frames; i++) {
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    }
  }, count);
}

const ONLY_CANVASES_STYLE_ID = "e2e-only-canvases";

export interface GraphImage {
  image: DecodedImage;
  /** Where the image was taken, in page CSS pixels (deviceScaleFactor is 1). */
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Screenshots the graph container. By default everything on the page but the container's canvases
 * (a legend or buttons over the graph, the container's own background) is hidden for the shot, so
 * that only what sigma drew is in it; `includeOverlays: true` shoots the container's area as a
 * person sees it.
 */
export async function graphImage(
  page: Page,
  options: { includeOverlays?: boolean } = {},
): Promise<GraphImage> {
  const graph = page.locator(GRAPH_SELECTOR).first();
  await graph.scrollIntoViewIfNeeded();
  const box = await graph.boundingBox();
  if (!box || box.width < 1 || box.height < 1) throw new Error(`${GRAPH_SELECTOR} has no size`);
  if (!options.includeOverlays) {
    // Inline styles, not a <style> element: the page's Content-Security-Policy refuses those.
    await page.evaluate(
      ([marker, selector]) => {
        const canvases = new Set(document.querySelectorAll(`${selector} canvas`));
        for (const element of document.querySelectorAll<HTMLElement>("body *")) {
          element.setAttribute(marker, element.style.getPropertyValue("visibility"));
          element.style.setProperty(
            "visibility",
            canvases.has(element) ? "visible" : "hidden",
            "important",
          );
        }
      },
      [ONLY_CANVASES_STYLE_ID, GRAPH_SELECTOR] as const,
    );
  }
  try {
    await nextFrames(page);
    // A clip of the page, not graph.screenshot(): the hidden container is not "visible".
    const png = await page.screenshot({ clip: box, animations: "disabled" });
    return { image: decodePng(png), box };
  } finally {
    if (!options.includeOverlays) {
      await page.evaluate((marker) => {
        for (const element of document.querySelectorAll<HTMLElement>(`[${marker}]`)) {
          const before = element.getAttribute(marker) ?? "";
          element.removeAttribute(marker);
          if (before === "") element.style.removeProperty("visibility");
          else element.style.setProperty("visibility", before);
        }
      }, ONLY_CANVASES_STYLE_ID);
    }
  }
}

/**
 * Checks on pixels that the graph is really drawn: screenshots the graph container (graphImage)
 * and counts pixels that differ from its background colour, and the distinct colours among them.
 */
export async function canvasHasDrawing(
  page: Page,
  options: DrawingOptions & { includeOverlays?: boolean } = {},
): Promise<Drawing> {
  const { image } = await graphImage(page, options);
  return measureDrawing(image, options);
}

/** The RGB of a graph image at a page point, or null outside the image. */
export function colourAt(
  { image, box }: GraphImage,
  point: ScreenPoint,
): [number, number, number] | null {
  const x = Math.round(point.x - box.x);
  const y = Math.round(point.y - box.y);
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return null;
  const i = (y * image.width + x) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

export interface PixelsAround {
  /** Pixels of the square looked at (those inside the image). */
  total: number;
  /** Of those, the ones differing from the background by more than the threshold. */
  drawn: number;
  /** Of those, the ones in colour (chroma of 48 or more), as a node's fill is. */
  coloured: number;
}

/**
 * What is drawn in the square of side 2·radius+1 centred on `point` (page pixels), against the
 * image's background (its most common colour, as measureDrawing finds it). The test hook gives a
 * node's position whether or not the node is drawn (sigma keeps display data for hidden nodes),
 * so whether an entity is drawn is told from the pixels at its position.
 */
export function pixelsAround(
  shot: GraphImage,
  point: ScreenPoint,
  radius: number,
  threshold = 32,
): PixelsAround {
  const background = measureDrawing(shot.image).background;
  const result: PixelsAround = { total: 0, drawn: 0, coloured: 0 };
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const rgb = colourAt(shot, { x: point.x + dx, y: point.y + dy });
      if (!rgb) continue;
      result.total++;
      if (!rgb.some((value, channel) => Math.abs(value - (background[channel] ?? 0)) > threshold)) {
        continue;
      }
      result.drawn++;
      if (Math.max(...rgb) - Math.min(...rgb) >= 48) result.coloured++;
    }
  }
  return result;
}

/**
 * For each page point, whether what a person sees there is the graph's canvas rather than a
 * button, legend or bar laid over it. With graphImage's `includeOverlays: true` (which needs no
 * injected stylesheet), the pixels at a point are sigma's own only where this is true.
 */
export function graphShowsAt(page: Page, points: readonly ScreenPoint[]): Promise<boolean[]> {
  return page.evaluate(
    ([selector, list]) =>
      list.map((point) => {
        const element = document.elementFromPoint(point.x, point.y);
        return element instanceof HTMLCanvasElement && element.closest(selector) !== null;
      }),
    [GRAPH_SELECTOR, points] as const,
  );
}
