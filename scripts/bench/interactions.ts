/**
 * The app's interaction latencies, each from a real input (Playwright's mouse and keyboard) to
 * the first frame that shows its effect:
 *
 * - hover: the pointer moves onto an entity's node ⇒ the highlight is drawn;
 * - click: a click on a node ⇒ its panel's heading is shown and the selection drawn;
 * - search: the last keystroke of a query ⇒ the result list shows the new results;
 * - scrub: → on the timeline ⇒ the network as of the next month is drawn;
 * - filter: a click on a legend toggle ⇒ the filtered network is drawn.
 *
 * "Drawn" is read from the app's `window.__dramatis.renderState()`: `applied` counts changes of
 * emphasis and visibility, `drawn` is the `applied` of the last frame sigma finished, so a change
 * is on screen once `applied` has moved on and `drawn` caught up with it. The page's probe
 * (probe.ts) stamps the input and watches for that after every frame.
 *
 * Each interaction is taken several times; its figure for the run is their median.
 */
import type { Page } from "playwright-core";
import type { Latency } from "./probe";
import { median } from "./stats";
import { step } from "./steps";

/** What the benchmark reads from the app's `window.__dramatis`. */
export interface AppHook {
  viewportPosition(entityId: string): { x: number; y: number } | null;
  renderState(): { applied: number; drawn: number };
  graphSnapshot(): unknown;
}

export const GRAPH_SELECTOR = '[data-testid="graph"]';
const REPEATS = 5;
/** Generous: at 50,000 entities one change can take seconds on a slow machine. */
const INTERACTION_TIMEOUT_MS = 60_000;
/** sigma takes two clicks within 300 ms as a double-click (see tests/e2e/hook.ts). */
const SIGMA_DOUBLE_CLICK_MS = 300;
/** Where the pointer rests when the graph has no empty place: the top bar's corner. */
const OFF_GRAPH = { x: 1, y: 1 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Throws a clear error when the app does not (yet) expose what the benchmark reads. */
export async function checkHook(page: Page): Promise<void> {
  const missing = await page.evaluate(() => {
    const hook = (window as unknown as { __dramatis?: Partial<AppHook> }).__dramatis;
    if (!hook) return ["window.__dramatis"];
    return (["viewportPosition", "renderState", "graphSnapshot"] as const)
      .filter((name) => typeof hook[name] !== "function")
      .map((name) => `window.__dramatis.${name}()`);
  });
  if (missing.length > 0) {
    throw new Error(`the app does not expose ${missing.join(", ")}`);
  }
}

/**
 * Waits until the view is still: everything applied has been drawn, and neither that nor the
 * camera (seen through where entity e0 is drawn) changed for a few frames. Then a little longer,
 * for React's effects to end.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async (timeoutMs) => {
    const hook = (window as unknown as { __dramatis: AppHook }).__dramatis;
    const start = performance.now();
    let last = "";
    for (let quiet = 0; quiet < 5;) {
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const state = hook.renderState();
      const point = hook.viewportPosition("e0");
      const now = JSON.stringify([state.applied, point?.x, point?.y]);
      if (state.drawn === state.applied && now === last) quiet++;
      else quiet = 0;
      last = now;
      if (performance.now() - start > timeoutMs) throw new Error("the view did not settle");
    }
  }, INTERACTION_TIMEOUT_MS);
  await sleep(150);
}

/** Arms the probe: done when the app has applied a change and drawn it. */
function armDrawn(page: Page, inputType: string, what: string): Promise<void> {
  return page.evaluate(
    ({ inputType, timeoutMs, what }) => {
      const hook = (window as unknown as { __dramatis: AppHook }).__dramatis;
      const before = hook.renderState().applied;
      window.__bench?.arm(
        () => {
          const state = hook.renderState();
          return state.applied > before && state.drawn === state.applied;
        },
        inputType,
        timeoutMs,
        what,
      );
    },
    { inputType, timeoutMs: INTERACTION_TIMEOUT_MS, what },
  );
}

/** Waits for the armed probe; the latency in ms. */
async function latency(page: Page): Promise<number> {
  const result: Latency = await page.evaluate(() => {
    if (!window.__bench) throw new Error("the benchmark's probe is missing from the page");
    return window.__bench.wait();
  });
  return result.ms;
}

interface Target {
  id: string;
  /** Whether no other node is near: a click there surely lands on this one. */
  isolated: boolean;
}

interface Point {
  x: number;
  y: number;
}

interface Targets {
  targets: Target[];
  /** A place on the graph's canvas with no node near, or null if there is none. */
  empty: Point | null;
}

/**
 * Entities to point at: drawn on the graph's canvas (not under a panel or button), in the middle
 * of the view (a click near the edge makes the camera glide to the selection), preferably with no
 * other node near so the pointer lands on the one meant.
 */
async function pickTargets(page: Page, size: number, count: number): Promise<Targets> {
  const picked = await page.evaluate(
    ({ size, count, selector }) => {
      const hook = (window as unknown as { __dramatis: AppHook }).__dramatis;
      const container = document.querySelector(selector);
      if (!container) return { targets: [], empty: null };
      const box = container.getBoundingClientRect();
      // src/view/CameraController.tsx glides to a selection within 15% of the view's edges.
      const middle = { x: 0.2 * box.width, y: 0.2 * box.height };
      const NEAR = 24;
      const points: { id: string; x: number; y: number }[] = [];
      for (let i = 0; i < size; i++) {
        const point = hook.viewportPosition(`e${i}`);
        if (point) points.push({ id: `e${i}`, ...point });
      }
      const grid = new Map<string, typeof points>();
      const cell = (x: number, y: number) => `${Math.floor(x / NEAR)},${Math.floor(y / NEAR)}`;
      for (const point of points) {
        const key = cell(point.x, point.y);
        grid.set(key, [...(grid.get(key) ?? []), point]);
      }
      const isolated = (point: (typeof points)[number]) => {
        for (let dx = -1; dx <= 1; dx++) {
          for (let dy = -1; dy <= 1; dy++) {
            const key = cell(point.x + dx * NEAR, point.y + dy * NEAR);
            for (const other of grid.get(key) ?? []) {
              if (other !== point && Math.hypot(other.x - point.x, other.y - point.y) < NEAR) {
                return false;
              }
            }
          }
        }
        return true;
      };
      const onCanvas = (point: { x: number; y: number }, margin: { x: number; y: number }) => {
        if (point.x < box.left + margin.x || point.x > box.right - margin.x) return false;
        if (point.y < box.top + margin.y || point.y > box.bottom - margin.y) return false;
        const element = document.elementFromPoint(point.x, point.y);
        return element instanceof HTMLCanvasElement && container.contains(element);
      };
      const shown = points.filter((point) => onCanvas(point, middle));
      const chosen = shown.filter(isolated).slice(0, count);
      const chosenIds = new Set(chosen.map((point) => point.id));
      const rest = shown.filter((point) => !chosenIds.has(point.id));
      // An empty place, corners first: where the pointer rests between interactions.
      let empty: { x: number; y: number } | null = null;
      const corners = [
        [box.left, box.top, 1, 1],
        [box.right, box.top, -1, 1],
        [box.left, box.bottom, 1, -1],
        [box.right, box.bottom, -1, -1],
      ] as const;
      search: for (let step = 1; step < 20; step++) {
        for (const [x0, y0, sx, sy] of corners) {
          for (let k = 0; k <= step; k++) {
            const candidate = {
              id: "",
              x: x0 + sx * (8 + k * NEAR),
              y: y0 + sy * (8 + (step - k) * NEAR),
            };
            if (onCanvas(candidate, { x: 4, y: 4 }) && isolated(candidate)) {
              empty = { x: candidate.x, y: candidate.y };
              break search;
            }
          }
        }
      }
      return {
        targets: [
          ...chosen.map((point) => ({ id: point.id, isolated: true })),
          ...rest
            .slice(0, count - chosen.length)
            .map((point) => ({ id: point.id, isolated: false })),
        ],
        empty,
      };
    },
    { size, count, selector: GRAPH_SELECTOR },
  );
  if (picked.targets.length < count) {
    throw new Error(`only ${picked.targets.length} entities are on the graph's canvas to point at`);
  }
  return picked;
}

async function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (entityId) =>
      (window as unknown as { __dramatis: AppHook }).__dramatis.viewportPosition(entityId),
    id,
  );
  if (!point) throw new Error(`entity ${id} has no position on screen`);
  return point;
}

/**
 * Moves the pointer to `at` (an empty place on the graph, or off it) and waits until the view is
 * still. An empty place on the canvas is better: sigma forgets the node it last hovered only when
 * the pointer moves over the canvas, not when it leaves it.
 */
async function rest(page: Page, at: Point): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await settle(page);
}

async function checkOffGraph(page: Page, point: Point): Promise<void> {
  const onGraph = await page.evaluate(
    ({ x, y, selector }) => document.elementFromPoint(x, y)?.closest(selector) != null,
    { ...point, selector: GRAPH_SELECTOR },
  );
  if (onGraph)
    throw new Error(`the pointer's resting place (${point.x}, ${point.y}) is on the graph`);
}

async function hover(page: Page, targets: Target[], restAt: Point): Promise<number> {
  const times: number[] = [];
  for (const target of targets.slice(0, REPEATS)) {
    await rest(page, restAt);
    const point = await positionOf(page, target.id);
    await armDrawn(page, "mousemove", `the highlight of ${target.id}`);
    await page.mouse.move(point.x, point.y);
    times.push(await latency(page));
  }
  await rest(page, restAt);
  return median(times);
}

async function click(page: Page, targets: Target[], restAt: Point): Promise<number> {
  const times: number[] = [];
  let lastClick = 0;
  for (const target of targets.slice(0, REPEATS)) {
    await rest(page, restAt);
    const point = await positionOf(page, target.id);
    // Hover first and let that be drawn, so that the change measured is the click's alone.
    await page.mouse.move(point.x, point.y);
    await settle(page);
    const since = Date.now() - lastClick;
    if (since <= SIGMA_DOUBLE_CLICK_MS) await sleep(SIGMA_DOUBLE_CLICK_MS + 50 - since);
    const label = `Entity ${target.id.slice(1)}`;
    await page.evaluate(
      ({ label, timeoutMs }) => {
        const hook = (window as unknown as { __dramatis: AppHook }).__dramatis;
        const before = hook.renderState().applied;
        // Where nodes crowd, the pointer may land on a neighbour: any entity's panel counts.
        const heading = label
          ? (text: string) => text === label
          : (text: string) => /^Entity \d+$/.test(text);
        window.__bench?.arm(
          () => {
            const state = hook.renderState();
            if (state.applied <= before || state.drawn !== state.applied) return false;
            return [...document.querySelectorAll("h2")].some((h2) =>
              heading((h2.textContent ?? "").trim()),
            );
          },
          "click",
          timeoutMs,
          `the panel of ${label ?? "an entity"}`,
        );
      },
      { label: target.isolated ? label : null, timeoutMs: INTERACTION_TIMEOUT_MS },
    );
    await page.mouse.down();
    await page.mouse.up();
    lastClick = Date.now();
    times.push(await latency(page));
    await settle(page);
    await page.keyboard.press("Escape");
  }
  await rest(page, restAt);
  return median(times);
}

/** The text of the search results listed now, or null while the list is closed or empty. */
function resultsText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const input = document.activeElement;
    const list = document.getElementById(input?.getAttribute("aria-controls") ?? "");
    if (!list || list.hidden) return null;
    const options = [...list.querySelectorAll('[role="option"]')];
    return options.length > 0 ? options.map((option) => option.textContent).join("\n") : null;
  });
}

async function search(page: Page, restAt: Point): Promise<number> {
  const box = page.getByRole("combobox", { name: "Search entities and relations" });
  const times: number[] = [];
  for (const digit of ["4", "7", "1", "9", "3"].slice(0, REPEATS)) {
    await box.fill("");
    await box.focus();
    // The query's prefix first, its results left to settle; the last keystroke is measured.
    await page.keyboard.type("Entity ");
    let previous: string | null = null;
    for (let i = 0; ; i++) {
      await sleep(200);
      const text = await resultsText(page);
      if (text !== null && text === previous) break;
      if (i > 300) throw new Error(`the results for "Entity " did not settle`);
      previous = text;
    }
    await page.evaluate(
      ({ before, timeoutMs, query }) => {
        const input = document.activeElement;
        window.__bench?.arm(
          () => {
            const list = document.getElementById(input?.getAttribute("aria-controls") ?? "");
            if (!list || list.hidden) return false;
            const options = [...list.querySelectorAll('[role="option"]')];
            const text = options.map((option) => option.textContent).join("\n");
            return options.length > 0 && text !== before;
          },
          "keydown",
          timeoutMs,
          `the results for "${query}"`,
        );
      },
      { before: previous, timeoutMs: INTERACTION_TIMEOUT_MS, query: `Entity ${digit}` },
    );
    await page.keyboard.type(digit);
    times.push(await latency(page));
  }
  // The first Escape closes the list, the second empties the box; then leave it.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await box.blur();
  await rest(page, restAt);
  return median(times);
}

async function scrub(page: Page, restAt: Point): Promise<number> {
  const slider = page.getByRole("slider", { name: "Date" });
  await slider.focus();
  // Start mid-way (Home, then four years on), where a month's step changes the most.
  await page.keyboard.press("Home");
  for (let i = 0; i < 4; i++) await page.keyboard.press("PageUp");
  await settle(page);
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    await armDrawn(page, "keydown", "the next month");
    await page.keyboard.press("ArrowRight");
    times.push(await latency(page));
    await settle(page);
  }
  await page.getByRole("button", { name: "All time", exact: true }).click();
  await rest(page, restAt);
  return median(times);
}

async function filter(page: Page, restAt: Point): Promise<number> {
  const toggles = page
    .getByRole("region", { name: "Legend and filters" })
    .getByRole("list", { name: "Entity types" })
    .getByRole("button", { name: /^Type \d/ });
  const times: number[] = [];
  for (let t = 0; t < 3; t++) {
    const toggle = toggles.nth(t);
    await toggle.scrollIntoViewIfNeeded();
    const box = await toggle.boundingBox();
    if (!box) throw new Error(`the legend's toggle ${t + 1} is not shown`);
    // Point at it first (leaving the graph may change the hover), then measure the click.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await settle(page);
    // Off, then on again: both are a filter change.
    for (const what of ["hidden", "shown again"]) {
      await armDrawn(page, "click", `entity type ${t} ${what}`);
      await page.mouse.down();
      await page.mouse.up();
      times.push(await latency(page));
      await settle(page);
    }
  }
  await rest(page, restAt);
  return median(times);
}

export interface Latencies {
  hoverMs: number;
  clickMs: number;
  searchMs: number;
  scrubMs: number;
  filterMs: number;
}

/** All five, in turn, each leaving the app as it found it (no selection, filter or date). */
export async function measureLatencies(page: Page, size: number): Promise<Latencies> {
  const { targets, restAt } = await step("pick entities to point at", async () => {
    await checkOffGraph(page, OFF_GRAPH);
    await rest(page, OFF_GRAPH);
    const picked = await pickTargets(page, size, REPEATS);
    return { targets: picked.targets, restAt: picked.empty ?? OFF_GRAPH };
  });
  const hoverMs = await step("hover", () => hover(page, targets, restAt));
  const clickMs = await step("click", () => click(page, targets, restAt));
  const searchMs = await step("search", () => search(page, restAt));
  const scrubMs = await step("scrub", () => scrub(page, restAt));
  const filterMs = await step("filter", () => filter(page, restAt));
  return { hoverMs, clickMs, searchMs, scrubMs, filterMs };
}
