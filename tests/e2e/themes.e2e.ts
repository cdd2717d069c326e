/**
 * Themes and marks: the page and the canvas follow the system's dark and forced-colours settings
 * (and switch live), entity types are told apart by a mark as well as a colour and relation types
 * by their arrowheads, and a highlighted entity without a label gets no empty hover box.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { canvasHasDrawing, colourAt, graphImage, type GraphImage } from "./canvas";
import { dataset, entity } from "./dataset";
import { it } from "./fixture";
import { entityScreenPosition, restingEntityPosition, type ScreenPoint } from "./hook";

const BERIA = entity("beria");
const ANTI_PARTY = (
  dataset as typeof dataset & { story: { id: string; focus: string[] }[] }
).story.find((chapter) => chapter.id === "the-anti-party-group");

/** WCAG relative luminance of an sRGB triple, 0 (black) to 1 (white). */
function luminance([r, g, b]: readonly number[]): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0);
}

/** The page's own background, as computed. */
async function pageBackground(page: Page): Promise<number[]> {
  const css = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  return (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
}

/** The canvas's background: a corner of the graph as a person sees it. */
function canvasCorner(shot: GraphImage): number[] {
  return colourAt(shot, { x: shot.box.x + 3, y: shot.box.y + shot.box.height - 3 }) ?? [];
}

/**
 * The pixels of Beria's label (right of his node), by lightness: the label is the darkest or the
 * lightest text there, whichever the theme writes it in.
 */
function labelPixels(shot: GraphImage, node: ScreenPoint): { light: number; dark: number } {
  const counts = { light: 0, dark: 0 };
  for (let dx = 20; dx <= 110; dx++) {
    for (let dy = -7; dy <= 7; dy++) {
      const rgb = colourAt(shot, { x: node.x + dx, y: node.y + dy });
      if (!rgb) continue;
      const l = luminance(rgb);
      if (l > 0.7) counts.light++;
      if (l < 0.05) counts.dark++;
    }
  }
  return counts;
}

describe("themes", () => {
  it("draws a light page by default and switches page, canvas and labels to dark live", async ({
    open,
  }) => {
    const { page, app } = await open("/?entity=beria");
    await app.waitForGraph();
    const node = await entityScreenPosition(page, BERIA.id);
    if (!node) throw new Error("Beria is not drawn");

    // Light first: the case dark must change.
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.8);
    let shot = await graphImage(page, { includeOverlays: true });
    expect(luminance(canvasCorner(shot))).toBeGreaterThan(0.8);
    expect(labelPixels(shot, node).dark).toBeGreaterThan(20);

    await page.emulateMedia({ colorScheme: "dark" });
    await expect
      .poll(async () => luminance(await pageBackground(page)), { timeout: 5_000 })
      .toBeLessThan(0.05);
    await expect
      .poll(
        async () => {
          shot = await graphImage(page, { includeOverlays: true });
          return luminance(canvasCorner(shot));
        },
        { timeout: 5_000 },
      )
      .toBeLessThan(0.05);
    const label = labelPixels(shot, node);
    expect(label.light).toBeGreaterThan(20);
    expect(label.dark).toBeGreaterThan(label.light);
    // The graph is still drawn, in the type colours.
    const drawing = await canvasHasDrawing(page);
    expect(drawing.distinctHues).toBeGreaterThanOrEqual(3);
  });

  it("opens dark when the system is dark before the page loads", async ({ open }) => {
    const { page, app } = await open("/", {
      beforeNavigation: (page) => page.emulateMedia({ colorScheme: "dark" }),
    });
    await app.waitForGraph();
    expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
    const shot = await graphImage(page, { includeOverlays: true });
    expect(luminance(canvasCorner(shot))).toBeLessThan(0.05);
    const drawing = await canvasHasDrawing(page);
    expect(drawing.nonBackgroundPixels).toBeGreaterThan(2_000);
  });

  it("still renders the graph, its labels and the legend with forced colours", async ({ open }) => {
    const { page, app } = await open("/?entity=beria", {
      beforeNavigation: (page) => page.emulateMedia({ forcedColors: "active" }),
    });
    await app.waitForGraph();
    const drawing = await canvasHasDrawing(page);
    expect(drawing.nonBackgroundPixels).toBeGreaterThan(2_000);
    await app.legend.entityType("Person 10").waitFor();
    await page.getByRole("heading", { name: BERIA.label, exact: true }).first().waitFor();
    // The canvas takes the system's own page colour, not a colour of ours.
    const system = await page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.forcedColorAdjust = "none";
      probe.style.color = "Canvas";
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    });
    const shot = await graphImage(page, { includeOverlays: true });
    expect(canvasCorner(shot)).toEqual(system);
  });
});

describe("marks", () => {
  it("shows each entity type's mark and each relation type's arrowhead in the legend", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const entityMarks = await app.legend.root
      .getByRole("list", { name: "Entity types" })
      .locator("svg.entity-mark")
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-mark")));
    expect(entityMarks).toHaveLength(dataset.entityTypes.length);
    expect(new Set(entityMarks).size).toBe(5);

    await app.legend.openRelationTypes(dataset.relationTypes.length);
    const arrowOf = (name: string) =>
      app.legend.relationType(name).locator("svg.relation-mark").getAttribute("data-directed");
    expect(await arrowOf("rivalled (both ways) 1")).toBe("false");
    expect(await arrowOf("arrested → 2")).toBe("true");
    // An arrowhead is drawn where there is a direction, and only there.
    expect(
      await app.legend.relationType("arrested → 2").locator("svg.relation-mark path").count(),
    ).toBe(1);
    expect(
      await app.legend
        .relationType("rivalled (both ways) 1")
        .locator("svg.relation-mark path")
        .count(),
    ).toBe(0);
    await page.keyboard.press("Escape");
  });

  it("draws no empty hover box beside a highlighted entity whose label is left out", async ({
    open,
  }) => {
    if (!ANTI_PARTY) throw new Error("the built-in story has no Anti-Party Group chapter");
    const { page, app } = await open("/?chapter=the-anti-party-group&present=1", {
      viewport: { width: 1366, height: 850 },
    });
    await app.waitForGraph();
    const positions: ScreenPoint[] = [];
    for (const id of ANTI_PARTY.focus) positions.push(await restingEntityPosition(page, id));
    expect(positions.length).toBe(ANTI_PARTY.focus.length);
    // The boxes are on sigma's hover layer; read it as drawn, beside each highlighted entity:
    // a box (opaque pixels of the page's colour) must hold text (ink pixels).
    await expect
      .poll(
        () =>
          page.evaluate((points) => {
            const canvas = document.querySelector<HTMLCanvasElement>("canvas.sigma-hovers");
            const context = canvas?.getContext("2d");
            if (!canvas || !context) return null;
            const rect = canvas.getBoundingClientRect();
            return points.map((point) => {
              const x = Math.round(point.x - rect.left);
              const y = Math.round(point.y - rect.top);
              const { data } = context.getImageData(x, y - 5, 60, 11);
              let box = 0;
              let ink = 0;
              for (let i = 0; i < data.length; i += 4) {
                const [r = 0, g = 0, b = 0, a = 0] = data.slice(i, i + 4);
                if (a < 200) continue;
                if (r > 230 && g > 230 && b > 230) box++;
                if (r < 110 && g < 110 && b < 110) ink++;
              }
              return { box, ink };
            });
          }, positions),
        { timeout: 5_000 },
      )
      .toSatisfy((found: { box: number; ink: number }[] | null) => {
        if (!found) return false;
        // Some highlighted entities are labelled, in a box: the check looks where boxes are.
        const labelled = found.filter(({ box, ink }) => box > 40 && ink > 0).length;
        const empty = found.filter(({ box, ink }) => box > 40 && ink === 0).length;
        return labelled > 0 && empty === 0;
      });
  });
});
