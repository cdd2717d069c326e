/**
 * The app's test hook, `window.__dramatis` (src/view/ReadyController.tsx): where sigma drew an
 * entity or a relation, and whether it is drawn at all. Specs point at a node the way a person
 * would, and only the renderer knows where it is.
 */
import type { Page } from "playwright-core";
import type { DramatisTestHook } from "../../src/view/ReadyController";

/** A point of the page, in CSS pixels (deviceScaleFactor is 1). */
export type ScreenPoint = NonNullable<ReturnType<DramatisTestHook["viewportPosition"]>>;

type PositionMethod = "viewportPosition" | "relationViewportPosition";
type DrawnMethod = "isDrawn" | "isRelationDrawn" | "isLabelForced";

function hookPosition(page: Page, method: PositionMethod, id: string) {
  return page.evaluate(
    ([name, argument]) => {
      const hook = window.__dramatis;
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

function hookDrawn(page: Page, method: DrawnMethod, ids: readonly string[]): Promise<boolean[]> {
  return page.evaluate(
    ([name, list]) => {
      const hook = window.__dramatis;
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

/** Where an entity's node centre is, in page CSS pixels; null when it is not drawn. */
export function entityScreenPosition(page: Page, entityId: string): Promise<ScreenPoint | null> {
  return hookPosition(page, "viewportPosition", entityId);
}

/** Where a relation's edge is, in page CSS pixels; null when it is not drawn. */
export function relationScreenPosition(
  page: Page,
  relationId: string,
): Promise<ScreenPoint | null> {
  return hookPosition(page, "relationViewportPosition", relationId);
}

/**
 * The ids among `entityIds` that are drawn now: not hidden by the date, a filter or a focus (the
 * hook reads sigma's display data, so a node drawn dimmed counts as drawn).
 */
export async function drawnEntities(page: Page, entityIds: readonly string[]): Promise<string[]> {
  const drawn = await hookDrawn(page, "isDrawn", entityIds);
  return entityIds.filter((_, index) => drawn[index]);
}

/** The ids among `relationIds` that are drawn now. */
export async function drawnRelations(
  page: Page,
  relationIds: readonly string[],
): Promise<string[]> {
  const drawn = await hookDrawn(page, "isRelationDrawn", relationIds);
  return relationIds.filter((_, index) => drawn[index]);
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

/** The ids among `entityIds` whose labels the graph forces on now (the cursor's, say). */
export async function labelsForced(page: Page, entityIds: readonly string[]): Promise<string[]> {
  const forced = await hookDrawn(page, "isLabelForced", entityIds);
  return entityIds.filter((_, index) => forced[index]);
}

/** The graph's camera now (sigma's state: x, y, ratio, angle). */
export function cameraState(page: Page): Promise<ReturnType<DramatisTestHook["cameraState"]>> {
  return page.evaluate(() => {
    const hook = window.__dramatis;
    if (!hook || typeof hook.cameraState !== "function") {
      throw new Error("window.__dramatis.cameraState is missing: the app does not expose it");
    }
    return hook.cameraState();
  });
}

/**
 * Where an entity is drawn once the camera has come to rest (a chapter's framing glides for a
 * moment after the first frame): read until two reads 60 ms apart agree.
 */
export async function restingEntityPosition(page: Page, entityId: string): Promise<ScreenPoint> {
  let last: ScreenPoint | null = null;
  for (let read = 0; read < 40; read++) {
    const point = await entityScreenPosition(page, entityId);
    if (!point) throw new Error(`${entityId} is not drawn`);
    if (last && Math.abs(last.x - point.x) < 0.5 && Math.abs(last.y - point.y) < 0.5) return point;
    last = point;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 60)));
  }
  throw new Error(`${entityId} never came to rest on screen`);
}
