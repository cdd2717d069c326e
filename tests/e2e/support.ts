/**
 * Helpers for the end-to-end specs (tests/e2e/*.e2e.ts). Run the specs with `npm run test:e2e`
 * (scripts/e2e.mjs): it finds Chromium, builds and serves the app, and sets CHROMIUM_PATH and
 * E2E_BASE_URL for these helpers.
 *
 * A spec file shares one browser across its tests; each `openPage` gets a fresh context:
 *
 *   afterAll(closeBrowser);
 *   it("…", async () => {
 *     const { page, consoleErrors } = await openPage("/");
 *     await waitForGraph(page);
 *     …
 *     expect(consoleErrors).toEqual([]);
 *   });
 */
import { readFile } from "node:fs/promises";
import { inflateSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/**
 * Flags for headless Chromium without a GPU: WebGL (which sigma needs) renders in software
 * through SwiftShader. playwright-core already passes --no-sandbox and --enable-unsafe-swiftshader
 * by default; they are repeated so that WebGL keeps working if those defaults change.
 * scripts/find-chromium.mjs holds the same list: keep the two in step.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export const GRAPH_SELECTOR = '[data-testid="graph"]';
export const GRAPH_READY_SELECTOR = '[data-testid="graph"][data-ready="true"]';

/** Console messages that are not errors even when logged as one. */
const IGNORED_CONSOLE_MESSAGES = [/GPU stall due to ReadPixels/];

/** The app's base URL, as served by scripts/e2e.mjs. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) {
    throw new Error(
      "E2E_BASE_URL is not set: run the end-to-end tests with `npm run test:e2e`, " +
        "which builds and serves the app.",
    );
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** `path` ("/", "/?entity=x", "#…") resolved against the app's base URL. */
export function appUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ""), baseUrl()).href;
}

/**
 * A new headless Chromium (executablePath from CHROMIUM_PATH, else /usr/bin/chromium), with
 * `extraArgs` after CHROMIUM_ARGS (such as `--disable-webgl` for a browser without WebGL).
 */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

let sharedBrowser: Promise<Browser> | undefined;

/** The spec file's browser, launched on first use. */
export function browser(): Promise<Browser> {
  sharedBrowser ??= launchBrowser();
  return sharedBrowser;
}

/** Closes the spec file's browser; call it in `afterAll`. */
export async function closeBrowser(): Promise<void> {
  const pending = sharedBrowser;
  sharedBrowser = undefined;
  if (pending) await (await pending).close();
}

export interface OpenPageOptions {
  /** Defaults to 1280x800. */
  viewport?: { width: number; height: number };
  /** A browser of the spec's own; defaults to the shared one. */
  browser?: Browser;
  /** Runs on the new page before it opens `path`: to route requests, say. */
  beforeNavigation?: (page: Page) => Promise<void>;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Every console error and uncaught page error, as text; specs assert it is empty at the end. */
  consoleErrors: string[];
  /** Closes the page's context (closeBrowser also does). */
  close: () => Promise<void>;
}

/** Opens `path` of the app in a fresh browser context, collecting console and page errors. */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const owner = options.browser ?? (await browser());
  const context = await owner.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  // Waits for what a person sees fail within a test's time, with the locator in the message.
  page.setDefaultTimeout(10_000);
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (IGNORED_CONSOLE_MESSAGES.some((pattern) => pattern.test(text))) return;
    const { url, lineNumber } = message.location();
    consoleErrors.push(
      url ? `console.error: ${text} (${url}:${lineNumber})` : `console.error: ${text}`,
    );
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on("crash", () => consoleErrors.push("the page crashed"));
  await options.beforeNavigation?.(page);
  await page.goto(appUrl(path));
  return { page, context, consoleErrors, close: () => context.close() };
}

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

export interface DecodedImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  data: Uint8Array;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/**
 * Decodes a PNG as Chromium's screenshots write them: 8-bit RGB or RGBA, not interlaced.
 * Throws on anything else rather than guessing.
 */
export function decodePng(png: Uint8Array): DecodedImage {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) throw new Error("not a PNG");
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let offset = 8; offset + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colorType, , , interlace] = body.subarray(8, 13);
      channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
      if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colorType})`);
      }
    } else if (type === "IDAT") {
      idat.push(body);
    } else if (type === "IEND") {
      break;
    }
    offset += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error("PNG without a header");
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error("truncated PNG");
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const source = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[source + x] ?? 0;
      const left = x >= channels ? (pixels[row + x - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[row - stride + x - channels] ?? 0) : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`bad PNG filter ${filter} in row ${y}`);
      }
      pixels[row + x] = (value + predicted) & 0xff;
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    data[i * 4] = pixels[j] ?? 0;
    data[i * 4 + 1] = pixels[j + 1] ?? 0;
    data[i * 4 + 2] = pixels[j + 2] ?? 0;
    data[i * 4 + 3] = channels === 4 ? (pixels[j + 3] ?? 255) : 255;
  }
  return { width, height, data };
}

export interface DrawingOptions {
  /** A pixel is drawn when a channel differs from the background by more than this. Default 32. */
  threshold?: number;
  /**
   * A colour counts when at least this many drawn pixels have it, so that the blend of
   * anti-aliased edges does not count as colours of its own. Default 30.
   */
  minPixelsPerColor?: number;
}

export interface Drawing {
  width: number;
  height: number;
  /** The most common colour, taken as the background. */
  background: [number, number, number];
  /** Pixels differing noticeably from the background. */
  nonBackgroundPixels: number;
  /** Distinct hues among the drawn pixels (in 20° steps), each covering minPixelsPerColor. */
  distinctHues: number;
  /** distinctHues, plus one when greys (edges, labels) are drawn too. */
  distinctColors: number;
}

/** The 20° hue step of a saturated colour, or -1 for a grey (anti-aliasing keeps hues). */
function hueBucket(r: number, g: number, b: number): number {
  const max = Math.max(r, g, b);
  const chroma = max - Math.min(r, g, b);
  if (chroma < 48) return -1;
  let hue: number;
  if (max === r) hue = ((g - b) / chroma + 6) % 6;
  else if (max === g) hue = (b - r) / chroma + 2;
  else hue = (r - g) / chroma + 4;
  return Math.floor(hue * 3) % 18;
}

/** Measures what an RGBA image shows against its most common colour. */
export function measureDrawing(image: DecodedImage, options: DrawingOptions = {}): Drawing {
  const threshold = options.threshold ?? 32;
  const minPixels = options.minPixelsPerColor ?? 30;
  const { width, height, data } = image;
  const exact = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    exact.set(key, (exact.get(key) ?? 0) + 1);
  }
  let backgroundKey = 0;
  let most = -1;
  for (const [key, count] of exact) {
    if (count > most) [backgroundKey, most] = [key, count];
  }
  const background: [number, number, number] = [
    (backgroundKey >> 16) & 0xff,
    (backgroundKey >> 8) & 0xff,
    backgroundKey & 0xff,
  ];
  let nonBackgroundPixels = 0;
  const hues = new Map<number, number>();
  for (const [key, count] of exact) {
    const [r, g, b] = [(key >> 16) & 0xff, (key >> 8) & 0xff, key & 0xff];
    const differs =
      Math.abs(r - background[0]) > threshold ||
      Math.abs(g - background[1]) > threshold ||
      Math.abs(b - background[2]) > threshold;
    if (!differs) continue;
    nonBackgroundPixels += count;
    const bucket = hueBucket(r, g, b);
    hues.set(bucket, (hues.get(bucket) ?? 0) + count);
  }
  const counted = [...hues].filter(([, count]) => count >= minPixels);
  const distinctHues = counted.filter(([bucket]) => bucket >= 0).length;
  const distinctColors = counted.length;
  return { width, height, background, nonBackgroundPixels, distinctHues, distinctColors };
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

export interface ScreenPoint {
  x: number;
  y: number;
}

/** The test hook the app exposes as `window.__dramatis`. */
interface DramatisTestHook {
  viewportPosition(entityId: string): ScreenPoint | null;
  relationViewportPosition(relationId: string): ScreenPoint | null;
}

async function callHook(
  page: Page,
  method: keyof DramatisTestHook,
  id: string,
): Promise<ScreenPoint | null> {
  return page.evaluate(
    ([name, argument]) => {
      const hook = (window as unknown as { __dramatis?: DramatisTestHook }).__dramatis;
      if (!hook || typeof hook[name] !== "function") {
        throw new Error(
          `window.__dramatis.${name} is missing: the app does not expose its test hook`,
        );
      }
      return hook[name](argument);
    },
    [method, id] as const,
  );
}

/** Where an entity's node centre is, in page CSS pixels; null when it is not drawn. */
export function entityScreenPosition(page: Page, entityId: string): Promise<ScreenPoint | null> {
  return callHook(page, "viewportPosition", entityId);
}

/** Where a relation's edge is, in page CSS pixels; null when it is not drawn. */
export function relationScreenPosition(
  page: Page,
  relationId: string,
): Promise<ScreenPoint | null> {
  return callHook(page, "relationViewportPosition", relationId);
}

/**
 * sigma takes any two clicks within its doubleClickTimeout (300 ms), wherever they land, as a
 * double-click: it zooms in and reports no click for the second. A person's clicks on two
 * different things are further apart than that; clickAt keeps them so.
 */
const SIGMA_DOUBLE_CLICK_MS = 300;
const lastClick = new WeakMap<Page, number>();

/** Clicks a point as sigma needs it: move there, then press and release. */
export async function clickAt(page: Page, point: ScreenPoint): Promise<void> {
  const since = Date.now() - (lastClick.get(page) ?? 0);
  if (since <= SIGMA_DOUBLE_CLICK_MS) await page.waitForTimeout(SIGMA_DOUBLE_CLICK_MS + 50 - since);
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  await page.mouse.up();
  lastClick.set(page, Date.now());
}

/** Clicks an entity's node; throws if the entity is not drawn. */
export async function clickEntity(page: Page, entityId: string): Promise<void> {
  const point = await entityScreenPosition(page, entityId);
  if (!point) throw new Error(`entity "${entityId}" is not on screen`);
  await clickAt(page, point);
}

/** The timeline's date slider (role "slider", named "Date"). */
export function dateSlider(page: Page) {
  return page.getByRole("slider", { name: "Date" });
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

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A month as the timeline's value text says it: "1953-07" → "July 1953". */
export function monthText(month: string): string {
  const name = MONTH_NAMES[Number(month.slice(5, 7)) - 1];
  if (!/^\d{4}-\d{2}/.test(month) || !name) throw new Error(`not a month: "${month}"`);
  return `${name} ${month.slice(0, 4)}`;
}

/** The test hook's answers about what is drawn (window.__dramatis.isDrawn / isRelationDrawn). */
interface DrawnTestHook {
  isDrawn(entityId: string): boolean;
  isRelationDrawn(relationId: string): boolean;
}

async function callDrawnHook(
  page: Page,
  method: keyof DrawnTestHook,
  ids: readonly string[],
): Promise<boolean[]> {
  return page.evaluate(
    ([name, list]) => {
      const hook = (window as unknown as { __dramatis?: DrawnTestHook }).__dramatis;
      if (!hook || typeof hook[name] !== "function") {
        throw new Error(
          `window.__dramatis.${name} is missing: the app does not expose its test hook`,
        );
      }
      return list.map((id) => hook[name](id));
    },
    [method, ids] as const,
  );
}

/**
 * The ids among `entityIds` that are drawn now: not hidden by the date, a filter or a focus (the
 * hook reads sigma's display data, so a node drawn dimmed counts as drawn).
 */
export async function drawnEntities(page: Page, entityIds: readonly string[]): Promise<string[]> {
  const drawn = await callDrawnHook(page, "isDrawn", entityIds);
  return entityIds.filter((_, index) => drawn[index]);
}

/** The ids among `relationIds` that are drawn now. */
export async function drawnRelations(
  page: Page,
  relationIds: readonly string[],
): Promise<string[]> {
  const drawn = await callDrawnHook(page, "isRelationDrawn", relationIds);
  return relationIds.filter((_, index) => drawn[index]);
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

/** A file to hand the page: its name and bytes, as a person's file picker or drag would. */
export interface PageFile {
  name: string;
  bytes: Uint8Array;
  /** Defaults to "" (the browser's guess from a dropped file's name is not relied on). */
  mimeType?: string;
}

/** A fixture under tests/fixtures/, as a PageFile named by its base name. */
export async function fixtureFile(relativePath: string): Promise<PageFile> {
  const bytes = await readFile(new URL(`../fixtures/${relativePath}`, import.meta.url));
  return { name: relativePath.split("/").pop() ?? relativePath, bytes: new Uint8Array(bytes) };
}

/**
 * A DataTransfer in the page holding `files` (built from their bytes), as a drag from the desktop
 * carries them; its `types` include "Files".
 */
async function filesTransfer(page: Page, files: readonly PageFile[]) {
  const payload = files.map((file) => ({
    name: file.name,
    type: file.mimeType ?? "",
    base64: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString(
      "base64",
    ),
  }));
  return page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) {
      const binary = atob(file.base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
    }
    return transfer;
  }, payload);
}

/**
 * Starts dragging `files` over the page (dragenter and dragover on the body) without dropping
 * them; returns the drop, which finishes the gesture (`drop` on the body). Between the two a
 * person sees the page's drop target.
 */
export async function dragFilesOver(
  page: Page,
  files: readonly PageFile[],
): Promise<{ drop: () => Promise<void> }> {
  const dataTransfer = await filesTransfer(page, files);
  await page.dispatchEvent("body", "dragenter", { dataTransfer });
  await page.dispatchEvent("body", "dragover", { dataTransfer });
  return {
    drop: async () => {
      await page.dispatchEvent("body", "drop", { dataTransfer });
      await dataTransfer.dispose();
    },
  };
}

/** Drags `files` over the page and drops them, as from a file manager. */
export async function dropFiles(page: Page, files: readonly PageFile[]): Promise<void> {
  const { drop } = await dragFilesOver(page, files);
  await drop();
}

/** What a download saved: the file name the page suggested, and the bytes. */
export interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

/**
 * Runs `action` (a click on a download button, say) and returns the file it downloads, read from
 * where the browser saved it.
 */
export async function downloadOf(page: Page, action: () => Promise<void>): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent("download"), action()]);
  const failure = await download.failure();
  if (failure)
    throw new Error(`the download of ${download.suggestedFilename()} failed: ${failure}`);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}
