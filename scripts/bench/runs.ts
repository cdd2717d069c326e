/**
 * One measured run of each page: the app on a synthetic dataset, and bare sigma on the app's
 * graph. Each run opens a fresh browser context, so runs share nothing but the browser.
 */
import { writeFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { heapMB, openPage, pollPage, timingEntry, type BenchPage } from "./browser";
import { GRAPH_SELECTOR, checkHook, measureLatencies, settle, type AppHook } from "./interactions";
import { panAndZoom, type Box } from "./panzoom";
import { StepError, oneLine, step } from "./steps";

/** Parsing, building and drawing 50,000 entities can take minutes on a slow machine. */
const FIRST_FRAME_TIMEOUT_MS = 5 * 60_000;
/**
 * The layout runs in a worker; at 50,000 entities it is long, and on a small machine rendering
 * in software it took more than ten minutes (the page redraws every entity for each preview).
 * The limit is there to end a hung run, not to judge a slow one.
 */
const LAYOUT_TIMEOUT_MS = 30 * 60_000;

export interface AppFigures {
  firstFrameMs: number;
  panFrameMedianMs: number;
  panFrameP95Ms: number;
  /** Frames recorded over the five seconds of pan and zoom. */
  panFrames: number;
  hoverMs: number;
  clickMs: number;
  searchMs: number;
  scrubMs: number;
  filterMs: number;
  parseMs: number;
  buildMs: number;
  layoutMs: number;
  /** The app's other load stages, when it measures them (NaN, null in JSON, if not). */
  catalogMs: number;
  searchIndexMs: number;
  heapMB: number;
  /** The longest main-thread task after the first frame (layout applied, interactions, pan). */
  longestTaskMs: number;
  /** The graph canvas's size in CSS px: software rendering costs grow with it. */
  canvasWidth: number;
  canvasHeight: number;
}

export interface BareFigures {
  firstFrameMs: number;
  panFrameMedianMs: number;
  panFrameP95Ms: number;
  panFrames: number;
  heapMB: number;
  canvasWidth: number;
  canvasHeight: number;
}

/** Runs `run` on a fresh page; closes it whatever happens, naming page errors on failure. */
async function withPage<T>(
  browser: Browser,
  url: string,
  run: (bench: BenchPage) => Promise<T>,
): Promise<T> {
  const bench = await step("open the page", () => openPage(browser, url));
  try {
    return await run(bench);
  } catch (error) {
    const pageError = bench.errors[0];
    if (pageError && error instanceof StepError) {
      const cause = new Error(`${oneLine(error.cause)} (page: ${pageError})`);
      throw new StepError(error.step, cause);
    }
    throw error;
  } finally {
    await bench.close().catch(() => undefined);
  }
}

/** Waits for the graph container to say its first frame is drawn; fails fast on an error page. */
function waitForGraph(page: Page, timeoutMs: number): Promise<true> {
  return pollPage(
    page,
    () => {
      if (document.querySelector('[data-testid="graph"][data-ready="true"]')) return true;
      // The app's error pages (a dataset that cannot be opened or drawn) carry a heading.
      const problem = [...document.querySelectorAll('[role="alert"], [role="status"]')].find(
        (element) => element.querySelector("h1, h2"),
      );
      if (problem?.textContent) throw new Error(problem.textContent.trim().slice(0, 300));
      return null;
    },
    { timeoutMs, intervalMs: 100, what: "the graph's first frame" },
  );
}

/** A User Timing entry the page must have; it is given a few seconds to appear. */
async function required(page: Page, name: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const value = await timingEntry(page, name);
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the page has no "${name}" User Timing entry`);
}

async function graphBox(page: Page): Promise<Box> {
  const box = await page.locator(GRAPH_SELECTOR).first().boundingBox();
  if (!box || box.width < 1 || box.height < 1) throw new Error("the graph has no size");
  return box;
}

/**
 * The app's graph as drawn, with its positions (graphology's serialisation), for the bare page:
 * written to `file` if given, and returned as JSON text.
 */
function saveSnapshot(page: Page, file?: string): Promise<string> {
  return step("graph snapshot", async () => {
    const json = await page.evaluate(() =>
      JSON.stringify((window as unknown as { __dramatis: AppHook }).__dramatis.graphSnapshot()),
    );
    if (file) await writeFile(file, json);
    return json;
  });
}

export interface AppRunOptions {
  origin: string;
  size: number;
  dataPath: string;
  /** Where to save the graph with its final positions (for the bare page), if wanted. */
  snapshotFile?: string;
  /** Told when the long waits end: on a big graph a run takes minutes. */
  onProgress?: (message: string) => void;
}

export function appRun(browser: Browser, options: AppRunOptions): Promise<AppFigures> {
  const url = `${options.origin}/?data=${encodeURIComponent(options.dataPath)}`;
  return withPage(browser, url, async (bench) => {
    const { page } = bench;
    await step("first frame", () => waitForGraph(page, FIRST_FRAME_TIMEOUT_MS));
    const firstFrameMs = await step("first frame", () => required(page, "dramatis:first-frame"));
    options.onProgress?.(`first frame after ${(firstFrameMs / 1000).toFixed(1)} s`);
    await step("layout", () =>
      pollPage(
        page,
        () => (performance.getEntriesByName("dramatis:layout").length > 0 ? true : null),
        { timeoutMs: LAYOUT_TIMEOUT_MS, intervalMs: 500, what: `the layout ("dramatis:layout")` },
      ),
    );
    options.onProgress?.("layout done; measuring interactions, then pan and zoom");
    const [parseMs, buildMs, layoutMs] = await step("user timing", () =>
      Promise.all([
        required(page, "dramatis:parse"),
        required(page, "dramatis:build"),
        required(page, "dramatis:layout"),
      ]),
    );
    const [catalogMs, searchIndexMs] = await step("user timing", () =>
      Promise.all(
        ["dramatis:catalog", "dramatis:search-index"].map(async (name) => {
          return (await timingEntry(page, name)) ?? NaN;
        }),
      ),
    );
    await step("test hook", () => checkHook(page));
    await step("settle after the layout", () => settle(page));

    if (options.snapshotFile) await saveSnapshot(page, options.snapshotFile);
    const heap = await step("heap", () => heapMB(bench));
    const latencies = await measureLatencies(page, options.size);
    const box = await step("pan and zoom", () => graphBox(page));
    const frames = await step("pan and zoom", () => panAndZoom(page, box));
    const longestTaskMs = await step("long tasks", () =>
      page.evaluate(
        (after) =>
          Math.max(
            0,
            ...(window.__bench?.longTasks ?? [])
              .filter((task) => task.startTime >= after)
              .map((task) => task.duration),
          ),
        firstFrameMs,
      ),
    );
    return {
      firstFrameMs,
      panFrameMedianMs: frames.medianMs,
      panFrameP95Ms: frames.p95Ms,
      panFrames: frames.frames,
      ...latencies,
      parseMs,
      buildMs,
      layoutMs,
      catalogMs: catalogMs ?? NaN,
      searchIndexMs: searchIndexMs ?? NaN,
      heapMB: heap,
      longestTaskMs,
      canvasWidth: box.width,
      canvasHeight: box.height,
    };
  });
}

export interface BareRunOptions {
  origin: string;
  snapshotPath: string;
  /** The app's graph canvas size: the bare canvas is made the same, so frame costs compare. */
  canvas: { width: number; height: number };
}

function bareUrl(options: BareRunOptions): string {
  const { width, height } = options.canvas;
  return (
    `${options.origin}/bare/?graph=${encodeURIComponent(options.snapshotPath)}` +
    `&width=${Math.round(width)}&height=${Math.round(height)}`
  );
}

/** Waits for the bare page's first frame and reads its mark; fails fast on its error text. */
async function bareFirstFrame(page: Page): Promise<number> {
  await step("bare first frame", () =>
    pollPage(
      page,
      () => {
        if (document.querySelector('[data-testid="graph"][data-ready="true"]')) return true;
        if (document.body.textContent?.startsWith("bare page:")) {
          throw new Error(document.body.textContent);
        }
        return null;
      },
      { timeoutMs: FIRST_FRAME_TIMEOUT_MS, intervalMs: 100, what: "bare sigma's first frame" },
    ),
  );
  return step("bare first frame", () => required(page, "bare:first-frame"));
}

export function bareRun(browser: Browser, options: BareRunOptions): Promise<BareFigures> {
  const url = bareUrl(options);
  return withPage(browser, url, async (bench) => {
    const { page } = bench;
    const firstFrameMs = await bareFirstFrame(page);
    const heap = await step("bare heap", () => heapMB(bench));
    // The same resting start as the app's pan and zoom: the pointer away, a moment of quiet.
    await page.mouse.move(1, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const box = await step("bare pan and zoom", () => graphBox(page));
    const frames = await step("bare pan and zoom", () => panAndZoom(page, box));
    return {
      firstFrameMs,
      panFrameMedianMs: frames.medianMs,
      panFrameP95Ms: frames.p95Ms,
      panFrames: frames.frames,
      heapMB: heap,
      canvasWidth: box.width,
      canvasHeight: box.height,
    };
  });
}

export interface BuiltInFigures {
  /** The entities in the built-in dataset. */
  size: number;
  firstFrameMs: number;
  canvasWidth: number;
  canvasHeight: number;
}

/**
 * The built-in dataset's time to its first frame: what every reader waits for on opening the
 * page. Only that: the dataset is small, and the synthetic sizes measure the interactions.
 */
export function builtInRun(
  browser: Browser,
  options: { origin: string; snapshotFile?: string },
): Promise<BuiltInFigures> {
  return withPage(browser, `${options.origin}/`, async (bench) => {
    const { page } = bench;
    await step("built-in first frame", () => waitForGraph(page, FIRST_FRAME_TIMEOUT_MS));
    const firstFrameMs = await step("built-in first frame", () =>
      required(page, "dramatis:first-frame"),
    );
    const snapshot = await saveSnapshot(page, options.snapshotFile);
    const box = await step("built-in graph", () => graphBox(page));
    const size = (JSON.parse(snapshot) as { nodes: unknown[] }).nodes.length;
    return { size, firstFrameMs, canvasWidth: box.width, canvasHeight: box.height };
  });
}

/** Bare sigma's first frame on the built-in dataset's graph. */
export function bareBuiltInRun(browser: Browser, options: BareRunOptions): Promise<number> {
  return withPage(browser, bareUrl(options), (bench) => bareFirstFrame(bench.page));
}
