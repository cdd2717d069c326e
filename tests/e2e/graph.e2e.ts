/**
 * The graph as a person meets it: drawn in colour with its labels, hover dims all but a node's
 * neighbourhood, and clicks on a node, an edge or empty space open and close panels.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import {
  dataset,
  entity,
  neighboursOf,
  relation,
  relationClaim,
  relationsBetween,
} from "./dataset";
import {
  canvasHasDrawing,
  GRAPH_SELECTOR,
  graphImage,
  nextFrames,
  waitForLayout,
  type GraphImage,
} from "./canvas";
import { it } from "./fixture";
import {
  clickAt,
  clickEntity,
  entityScreenPosition,
  relationScreenPosition,
  type ScreenPoint,
} from "./hook";
import type { DecodedImage } from "./png";

const KHRUSHCHEV = entity("khrushchev");

/** Every entity's node centre, in page CSS pixels (by default, the built-in dataset's). */
async function allPositions(
  page: Page,
  ids: readonly string[] = dataset.entities.map((item) => item.id),
): Promise<Map<string, ScreenPoint>> {
  const positions = new Map<string, ScreenPoint>();
  for (const id of ids) {
    const point = await entityScreenPosition(page, id);
    if (point) positions.set(id, point);
  }
  return positions;
}

/** The entity with the most relations: drawn largest, and named first. */
function mostConnected() {
  const counts = new Map<string, number>();
  for (const item of dataset.relations) {
    counts.set(item.from, (counts.get(item.from) ?? 0) + 1);
    if (item.to !== item.from) counts.set(item.to, (counts.get(item.to) ?? 0) + 1);
  }
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [KHRUSHCHEV.id];
  return entity(id);
}

/** Waits until the camera has stopped moving (an entity stays put over a few frames). */
async function waitForCameraStill(page: Page): Promise<void> {
  let previous = await entityScreenPosition(page, KHRUSHCHEV.id);
  for (let round = 0; round < 40; round++) {
    await page.waitForTimeout(100);
    const current = await entityScreenPosition(page, KHRUSHCHEV.id);
    if (
      previous &&
      current &&
      Math.abs(previous.x - current.x) < 0.5 &&
      Math.abs(previous.y - current.y) < 0.5
    ) {
      return;
    }
    previous = current;
  }
  throw new Error("the camera did not come to rest");
}

function distance(a: ScreenPoint, b: ScreenPoint): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Distance from `p` to the segment from `a` to `b`. */
function distanceToSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return distance(p, { x: a.x + t * dx, y: a.y + t * dy });
}

/** The RGB of the image at a page point (the image taken at `box`). */
function pixelAt({ image, box }: GraphImage, point: ScreenPoint): [number, number, number] {
  const x = Math.round(point.x - box.x);
  const y = Math.round(point.y - box.y);
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return [255, 255, 255];
  const i = (y * image.width + x) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

function chroma([r, g, b]: [number, number, number]): number {
  return Math.max(r, g, b) - Math.min(r, g, b);
}

/** The median chroma of the 5×5 pixels at a node's centre: its fill, whatever text crosses it. */
function nodeChroma(shot: GraphImage, centre: ScreenPoint): number {
  const values: number[] = [];
  for (let dy = -2; dy <= 2; dy++) {
    for (let dx = -2; dx <= 2; dx++) {
      values.push(chroma(pixelAt(shot, { x: centre.x + dx, y: centre.y + dy })));
    }
  }
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

function hexChroma(hex: string): number {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return chroma([(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]);
}

/** Dark grey pixels (label text) in a rectangle of the image, given in page pixels. */
function darkPixelsIn(
  { image, box }: GraphImage,
  left: number,
  top: number,
  width: number,
  height: number,
): number {
  let count = 0;
  for (let y = Math.round(top - box.y); y < Math.round(top - box.y + height); y++) {
    for (let x = Math.round(left - box.x); x < Math.round(left - box.x + width); x++) {
      if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
      const i = (y * image.width + x) * 4;
      const rgb: [number, number, number] = [
        image.data[i] ?? 0,
        image.data[i + 1] ?? 0,
        image.data[i + 2] ?? 0,
      ];
      if (Math.max(...rgb) < 110 && chroma(rgb) < 40) count++;
    }
  }
  return count;
}

/** Entities whose label shows: dark text pixels just right of their node. */
function entitiesWithLabels(shot: GraphImage, positions: Map<string, ScreenPoint>): Set<string> {
  const labelled = new Set<string>();
  for (const [id, point] of positions) {
    if (darkPixelsIn(shot, point.x + 12, point.y - 6, 50, 12) >= 12) labelled.add(id);
  }
  return labelled;
}

/** Whether every pixel within `radius` of `point` is the background colour. */
function isBlankAround(
  image: DecodedImage,
  box: GraphImage["box"],
  point: ScreenPoint,
  radius: number,
): boolean {
  const shot = { image, box };
  const background = pixelAt(shot, { x: box.x + 1, y: box.y + 1 });
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const rgb = pixelAt(shot, { x: point.x + dx, y: point.y + dy });
      if (rgb.some((value, channel) => Math.abs(value - (background[channel] ?? 0)) > 6)) {
        return false;
      }
    }
  }
  return true;
}

/** A point of the graph far from every node and every drawn line, not under the zoom buttons. */
async function emptyPoint(page: Page): Promise<ScreenPoint> {
  const positions = [...(await allPositions(page)).values()];
  const shot = await graphImage(page);
  const zoom = await page.getByRole("group", { name: "Zoom" }).boundingBox();
  const { box } = shot;
  let best: { point: ScreenPoint; clearance: number } | null = null;
  for (let y = box.y + 20; y < box.y + box.height - 20; y += 15) {
    for (let x = box.x + 20; x < box.x + box.width - 20; x += 15) {
      const point = { x, y };
      if (
        zoom &&
        x > zoom.x - 20 &&
        x < zoom.x + zoom.width + 20 &&
        y > zoom.y - 20 &&
        y < zoom.y + zoom.height + 20
      ) {
        continue;
      }
      const clearance = Math.min(...positions.map((node) => distance(point, node)));
      if (clearance <= 40 || !isBlankAround(shot.image, box, point, 10)) continue;
      if (!best || clearance > best.clearance) best = { point, clearance };
    }
  }
  if (!best) throw new Error("no empty space in the graph to click");
  return best.point;
}

/**
 * A relation drawn as a straight line (its two ends have no other relation between them) whose
 * midpoint is clearest of every node and every other line.
 */
async function clearStraightRelation(
  page: Page,
): Promise<{ id: string; midpoint: ScreenPoint; from: ScreenPoint; to: ScreenPoint }> {
  const positions = await allPositions(page);
  const segments = dataset.relations
    .filter((item) => item.from !== item.to)
    .map((item) => {
      const a = positions.get(item.from);
      const b = positions.get(item.to);
      if (!a || !b) return null;
      // A curved relation bulges off its chord: allow for it generously.
      const bulge = relationsBetween(item.from, item.to).length > 1 ? 0.3 * distance(a, b) : 0;
      return { id: item.id, a, b, bulge };
    })
    .filter((segment) => segment !== null);
  let best: {
    id: string;
    midpoint: ScreenPoint;
    from: ScreenPoint;
    to: ScreenPoint;
    clearance: number;
  } | null = null;
  for (const item of dataset.relations) {
    if (item.from === item.to || relationsBetween(item.from, item.to).length !== 1) continue;
    const midpoint = await relationScreenPosition(page, item.id);
    if (!midpoint) continue;
    const fromNodes = Math.min(...[...positions.values()].map((node) => distance(midpoint, node)));
    const fromLines = Math.min(
      ...segments
        .filter((segment) => segment.id !== item.id)
        .map((segment) => distanceToSegment(midpoint, segment.a, segment.b) - segment.bulge),
    );
    const clearance = Math.min(fromNodes - 20, fromLines);
    const from = positions.get(item.from);
    const to = positions.get(item.to);
    if (!from || !to) continue;
    if (!best || clearance > best.clearance) best = { id: item.id, midpoint, from, to, clearance };
  }
  if (!best || best.clearance < 6) throw new Error("no straight relation stands clear to click");
  return best;
}

/** The cursor sigma shows over the graph: "pointer" over a node or an edge. */
function graphCursor(page: Page): Promise<string> {
  return page.evaluate(
    (selector) => document.querySelector(selector)?.parentElement?.style.cursor ?? "",
    `${GRAPH_SELECTOR} canvas`,
  );
}

/**
 * Where the pointer turns into a hand near `midpoint` of a line running from `a` to `b`, as a
 * person finds a thin line: sigma picks edges on a half-resolution picture, so the exact midpoint
 * may fall just beside the line as sigma sees it.
 */
async function pointOnLine(
  page: Page,
  midpoint: ScreenPoint,
  a: ScreenPoint,
  b: ScreenPoint,
): Promise<ScreenPoint> {
  const length = distance(a, b);
  const along = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
  const normal = { x: -along.y, y: along.x };
  for (const step of [0, 4, -4, 8, -8]) {
    for (const offset of [0, 1, -1, 2, -2, 3, -3]) {
      const point = {
        x: midpoint.x + step * along.x + offset * normal.x,
        y: midpoint.y + step * along.y + offset * normal.y,
      };
      await page.mouse.move(point.x, point.y);
      await nextFrames(page, 2);
      if ((await graphCursor(page)) === "pointer") return point;
    }
  }
  throw new Error(
    `the pointer never turned into a hand near the line at ${JSON.stringify(midpoint)}`,
  );
}

describe("the graph", () => {
  it("is drawn in colour, with the entities' labels", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();

    const drawing = await canvasHasDrawing(page);
    expect(drawing.nonBackgroundPixels).toBeGreaterThan(20_000);
    expect(drawing.distinctHues).toBeGreaterThanOrEqual(3);

    // Names are drawn beside their nodes (dark text just to their right): many of them, and
    // the main actors' first.
    const positions = await allPositions(page);
    expect(positions.size).toBe(dataset.entities.length);
    const labelled = entitiesWithLabels(await graphImage(page), positions);
    expect(labelled.size).toBeGreaterThanOrEqual(Math.ceil(dataset.entities.length * 0.3));
    expect([...labelled]).toContain(mostConnected().id);
  });

  it("dims everything but Khrushchev's neighbourhood while he is hovered", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const positions = await allPositions(page);
    const near = neighboursOf(KHRUSHCHEV.id);
    near.add(KHRUSHCHEV.id);
    // Entities drawn in a clear colour (not a grey or near-black type), near him or not.
    const colourOf = new Map(dataset.entityTypes.map((type) => [type.id, type.color]));
    const colourful = dataset.entities.filter(
      (item) => hexChroma(colourOf.get(item.type) ?? "#888888") >= 60,
    );
    const others = colourful.filter((item) => !near.has(item.id));
    const neighbours = colourful.filter((item) => near.has(item.id));
    expect(others.length).toBeGreaterThan(10);
    const saturated = (shot: GraphImage, items: typeof colourful) =>
      items.filter((item) => {
        const point = positions.get(item.id);
        return point !== undefined && nodeChroma(shot, point) >= 48;
      }).length;

    const before = await graphImage(page);
    const drawingBefore = await canvasHasDrawing(page);
    expect(saturated(before, others)).toBeGreaterThanOrEqual(Math.ceil(others.length * 0.9));
    const labelledBefore = entitiesWithLabels(before, positions);

    const point = await entityScreenPosition(page, KHRUSHCHEV.id);
    if (!point) throw new Error("Khrushchev is not drawn");
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(async () => saturated(await graphImage(page), others), { timeout: 5_000 })
      .toBe(0);

    const after = await graphImage(page);
    const drawingAfter = await canvasHasDrawing(page);
    // His neighbours keep their colour; everything else is greyed and loses its label.
    expect(saturated(after, neighbours)).toBeGreaterThanOrEqual(Math.ceil(neighbours.length * 0.9));
    expect(drawingAfter.nonBackgroundPixels).toBeLessThan(drawingBefore.nonBackgroundPixels * 0.85);
    const labelledAfter = entitiesWithLabels(after, positions);
    const otherLabelsBefore = others.filter((item) => labelledBefore.has(item.id)).length;
    const otherLabelsAfter = others.filter((item) => labelledAfter.has(item.id)).length;
    expect(otherLabelsBefore).toBeGreaterThan(3);
    expect(otherLabelsAfter).toBeLessThan(otherLabelsBefore / 2);
    // Still nothing selected: hovering only peeks.
    expect(new URL(page.url()).search).toBe("");

    // Moving away brings the colours back.
    const blank = await emptyPoint(page);
    await page.mouse.move(blank.x, blank.y);
    await expect
      .poll(async () => saturated(await graphImage(page), others), { timeout: 5_000 })
      .toBe(saturated(before, others));
  });

  it("opens a node's panel on click; a click on empty space clears it", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const overviewHeading = app.panel.heading(dataset.title);
    await overviewHeading.waitFor();

    await clickEntity(page, KHRUSHCHEV.id);
    const heading = app.panel.heading(KHRUSHCHEV.label);
    await heading.waitFor();
    expect(app.params().get("entity")).toBe(KHRUSHCHEV.id);
    expect(await overviewHeading.count()).toBe(0);

    await waitForCameraStill(page);
    await clickAt(page, await emptyPoint(page));
    await overviewHeading.waitFor();
    expect(app.params().has("entity")).toBe(false);
    expect(await heading.count()).toBe(0);
  });

  it("clears the selection on Escape", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();

    await clickEntity(page, KHRUSHCHEV.id);
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    expect(app.params().get("entity")).toBe(KHRUSHCHEV.id);

    await page.keyboard.press("Escape");
    await app.panel.heading(dataset.title).waitFor();
    expect(new URL(page.url()).search).toBe("");
  });

  // A click selects what is already in view: the camera must not move (at 29f30ed it flew off
  // into empty space, because it read node positions while sigma was re-indexing them).
  it("keeps a clicked node where it was, and the graph in view", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const before = await entityScreenPosition(page, KHRUSHCHEV.id);
    if (!before) throw new Error("Khrushchev is not drawn");
    const drawingBefore = await canvasHasDrawing(page);

    await clickEntity(page, KHRUSHCHEV.id);
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    await waitForCameraStill(page);
    const after = await entityScreenPosition(page, KHRUSHCHEV.id);
    if (!after) throw new Error("Khrushchev is no longer drawn");
    expect(distance(before, after)).toBeLessThan(2);
    // Dimmed, the graph has fewer coloured pixels, but it is still there.
    const drawingAfter = await canvasHasDrawing(page);
    expect(drawingAfter.nonBackgroundPixels).toBeGreaterThan(drawingBefore.nonBackgroundPixels / 4);
  });

  // Above ALL_LABELS_MAX_ENTITIES (src/graph/scale.ts) nodes no label placement refreshes sigma between a change of
  // highlight and the camera's check, so this is where a camera reading stale positions shows.
  it("keeps the camera still when a node is clicked on a graph of over 400 nodes", async ({
    open,
  }) => {
    const fixtures = new URL("../fixtures/", import.meta.url);
    const large = JSON.parse(readFileSync(new URL("valid-minimal.json", fixtures), "utf8")) as {
      entities: { id: string; type: string; label: string }[];
      relations: { id: string; type: string; from: string; to: string }[];
      story?: unknown[];
    };
    for (let i = 0; i < 420; i++) {
      const to = i % 2 === 1 ? "presidium" : i === 0 ? "khrushchev" : `extra-${Math.floor(i / 2)}`;
      large.entities.push({ id: `extra-${i}`, type: "body", label: `Extra body ${i}` });
      large.relations.push({
        id: `extra-${i}-in-${to}`,
        type: "member-of",
        from: `extra-${i}`,
        to,
      });
    }
    large.story = [];
    const notes = readFileSync(new URL("sources/minimal.txt", fixtures), "utf8");
    const { page, app } = await open("/?data=/e2e-large/large.json", {
      beforeNavigation: async (page) => {
        await page.route(
          (url) => url.pathname.startsWith("/e2e-large/"),
          (route) =>
            new URL(route.request().url()).pathname === "/e2e-large/large.json"
              ? route.fulfill({ contentType: "application/json", body: JSON.stringify(large) })
              : route.fulfill({ contentType: "text/plain", body: notes }),
        );
      },
    });
    await app.waitForGraph(60_000);
    await waitForLayout(page);
    const before = await allPositions(
      page,
      large.entities.map((item) => item.id),
    );

    await clickEntity(page, "khrushchev");
    await page.waitForURL((url) => url.searchParams.has("entity"));
    const selected = app.params().get("entity") ?? "";
    await page.waitForTimeout(600);
    const was = before.get(selected);
    const now = await entityScreenPosition(page, selected);
    if (!was || !now) throw new Error(`"${selected}" is not drawn`);
    expect(distance(was, now)).toBeLessThan(2);
  });

  it("opens a relation's panel when its line is clicked", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();

    const { id, midpoint, from, to } = await clearStraightRelation(page);
    await clickAt(page, await pointOnLine(page, midpoint, from, to));
    await page.waitForURL((url) => url.searchParams.get("relation") === id, { timeout: 5_000 });
    const claim = relationClaim(relation(id));
    await app.panel.heading(claim).waitFor();
    expect(app.params().has("entity")).toBe(false);
  });
});
