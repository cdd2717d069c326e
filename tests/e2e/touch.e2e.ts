/**
 * A phone held upright (390 × 844, touch) and a very narrow screen (320 px): the graph fills the
 * screen, the panels live in a bottom sheet whose handle is a button, everything works by tap,
 * two fingers zoom without turning the network, nothing a finger needs is under 44 × 44 px,
 * nothing scrolls sideways, and what is selected or framed never hides under the sheet or the
 * presenter's caption. With "reduce motion", the camera jumps.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { dataset, entity } from "./dataset";
import { it } from "./fixture";
import { cameraState, entityScreenPosition, type ScreenPoint } from "./hook";

const PHONE = { width: 390, height: 844 };
const NARROWEST = { width: 320, height: 640 };

interface RawChapter {
  id: string;
  title: string;
  focus: string[];
}
const STORY = (dataset as typeof dataset & { story: RawChapter[] }).story;

/** The bottom sheet, by its role and name, and its handle, whose name says what a tap does. */
function sheetOf(page: Page) {
  const root = page.getByRole("complementary", { name: "Details" });
  return {
    root,
    handle: root.getByRole("button", { name: /^Details: / }),
    /** Where the sheet's top edge is, in page pixels. */
    top: async (): Promise<number> => {
      const box = await root.boundingBox();
      if (!box) throw new Error("the sheet is not on screen");
      return box.y;
    },
  };
}

/** Waits until `condition` holds, polling; fails with `message` if it never does. */
async function eventually(
  condition: () => Promise<boolean>,
  message: string,
  timeout = 5_000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(message);
}

async function position(page: Page, id: string): Promise<ScreenPoint> {
  const point = await entityScreenPosition(page, id);
  if (!point) throw new Error(`entity "${id}" is not drawn`);
  return point;
}

/** Every control a finger may need that is on screen now and smaller than 44 × 44 px. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'button, a[href], input, select, summary, [role="slider"], [role="button"], [tabindex="0"]';
    const small: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(element);
      if (style.visibility === "hidden" || style.display === "none") continue;
      // A link inside a sentence is exempt (WCAG 2.5.8's inline exception): its line sets it.
      if (element.tagName === "A" && style.display === "inline") continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const onScreen =
        box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
      if (!onScreen) continue;
      // Hidden by a scrolling box it sits in (the sheet's content below its fold).
      const atCentre = document.elementFromPoint(
        Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1),
        Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1),
      );
      if (!atCentre || !(element === atCentre || element.contains(atCentre))) continue;
      if (box.width < 44 - 0.5 || box.height < 44 - 0.5) {
        const name =
          element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 30) ?? "";
        small.push(
          `${element.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}

function sidewaysScroll(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
}

describe("touch and small screens", () => {
  it("a tap on a node opens its panel in the sheet, with the node above the sheet", async ({
    open,
  }) => {
    const { page, app } = await open("/", { viewport: PHONE, touch: true });
    await app.waitForGraph();
    const sheet = sheetOf(page);
    // The overview opens with the sheet at a peek, its handle offering to raise it.
    await expect(sheet.handle.getAttribute("aria-label")).resolves.toBe(
      "Details: raise to half height",
    );
    const beria = await position(page, "beria");
    expect(beria.y, "the overview frames Beria above the peeking sheet").toBeLessThan(
      await sheet.top(),
    );
    await page.touchscreen.tap(beria.x, beria.y);
    await app.panel.heading(entity("beria").label).waitFor();
    expect(app.params().get("entity")).toBe("beria");
    // The sheet rose to show the panel; the camera keeps Beria in the band above it.
    await expect(sheet.handle.getAttribute("aria-label")).resolves.toBe(
      "Details: raise to full height",
    );
    await eventually(
      async () => (await position(page, "beria")).y < (await sheet.top()),
      "Beria stayed under the sheet",
    );
  });

  it("follows a relation, picks a connection's ends and turns the story's pages, by tap alone", async ({
    open,
  }) => {
    const { page, app } = await open("/?entity=beria", { viewport: PHONE, touch: true });
    await app.waitForGraph();
    const khrushchev = entity("khrushchev").label;
    await app.panel
      .relationItem("was arrested by", khrushchev)
      .getByRole("link", { name: khrushchev, exact: true })
      .tap();
    await app.panel.heading(khrushchev).waitFor();
    expect(app.params().get("entity")).toBe("khrushchev");

    await app.panel.root.getByRole("button", { name: "How is this connected to…?" }).tap();
    const picker = page.getByRole("combobox", { name: "The other end of the connection" });
    await picker.tap();
    await picker.fill("Beria");
    await page
      .getByRole("option", { name: new RegExp(`^${entity("beria").label}`) })
      .first()
      .tap();
    await eventually(
      async () => app.params().get("path") === "khrushchev,beria",
      "tapping the picker's result did not open the connection",
    );

    const [first, second] = STORY;
    if (!first || !second) throw new Error("the built-in dataset's story is too short");
    const reader = await open("/", { viewport: PHONE, touch: true });
    await reader.app.waitForGraph();
    await reader.page.getByRole("button", { name: "Story", exact: true }).tap();
    await reader.app.panel.heading(first.title).waitFor();
    await reader.app.panel.root.getByRole("button", { name: "Next →" }).tap();
    await reader.app.panel.heading(second.title).waitFor();
    expect(reader.app.params().get("chapter")).toBe(second.id);
  });

  it("the sheet's handle steps peek → half → full → peek by tap, and by Enter", async ({
    open,
  }) => {
    const { page, app } = await open("/", { viewport: PHONE, touch: true });
    await app.waitForGraph();
    const sheet = sheetOf(page);
    const peek = await sheet.top();
    await expect(sheet.handle.getAttribute("aria-expanded")).resolves.toBe("false");

    await sheet.handle.tap();
    await expect(sheet.handle.getAttribute("aria-label")).resolves.toBe(
      "Details: raise to full height",
    );
    await expect(sheet.handle.getAttribute("aria-expanded")).resolves.toBe("true");
    const half = await sheet.top();
    expect(half).toBeLessThan(peek - 100);

    await sheet.handle.tap();
    await expect(sheet.handle.getAttribute("aria-label")).resolves.toBe("Details: lower to a peek");
    const full = await sheet.top();
    expect(full).toBeLessThan(half - 100);
    // At full height a band of graph stays in view: the sheet never covers it all.
    const graph = await page.getByTestId("graph").boundingBox();
    expect(full - (graph?.y ?? 0)).toBeGreaterThanOrEqual(96);

    await sheet.handle.focus();
    await page.keyboard.press("Enter");
    await expect(sheet.handle.getAttribute("aria-label")).resolves.toBe(
      "Details: raise to half height",
    );
    expect(await sheet.top()).toBeCloseTo(peek, 0);
  });

  it("scrubs the timeline by its step buttons with taps", async ({ open }) => {
    const { page, app } = await open("/?date=1953-06", { viewport: PHONE, touch: true });
    await app.waitForGraph();
    await page.getByRole("button", { name: "Next month", exact: true }).tap();
    await eventually(
      async () => (await app.timeline.valueText()) === "July 1953",
      "Next month did not move the date to July 1953",
    );
    expect(app.params().get("date")).toBe("1953-07");
    await page.getByRole("button", { name: "Previous month", exact: true }).tap();
    await page.getByRole("button", { name: "Previous month", exact: true }).tap();
    await eventually(
      async () => (await app.timeline.valueText()) === "May 1953",
      "Previous month did not move the date back to May 1953",
    );
  });

  it("every control on screen is at least 44 × 44 px, on the overview and on a panel", async ({
    open,
  }) => {
    const { page, app } = await open("/", { viewport: PHONE, touch: true });
    await app.waitForGraph();
    expect(await smallTargets(page), "the overview at a peek").toEqual([]);
    const sheet = sheetOf(page);
    await sheet.handle.tap();
    await sheet.handle.tap();
    expect(await smallTargets(page), "the overview at full height").toEqual([]);

    const entityPage = await open("/?entity=beria", { viewport: PHONE, touch: true });
    await entityPage.app.waitForGraph();
    await entityPage.app.panel.heading(entity("beria").label).waitFor();
    expect(await smallTargets(entityPage.page), "Beria's panel at half height").toEqual([]);
  });

  it("nothing scrolls sideways at 320 px wide", async ({ open }) => {
    for (const path of ["/", "/?entity=beria", "/?chapter=berias-fall"]) {
      const { page, app } = await open(path, { viewport: NARROWEST, touch: true });
      await app.waitForGraph();
      const { scrollWidth, innerWidth } = await sidewaysScroll(page);
      expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
      // The search box keeps a usable width: a row of its own.
      const search = await app.search.box.boundingBox();
      expect(search?.width ?? 0, path).toBeGreaterThanOrEqual(NARROWEST.width * 0.8);
    }
  });

  it("two fingers pinch the graph larger, and never turn it", async ({ open }) => {
    const { page, app } = await open("/", { viewport: PHONE, touch: true });
    await app.waitForGraph();
    const before = await cameraState(page);
    const graph = await page.getByTestId("graph").boundingBox();
    if (!graph) throw new Error("no graph on screen");
    const centre = { x: graph.x + graph.width / 2, y: graph.y + 220 };
    const cdp = await page.context().newCDPSession(page);
    // The fingers spread apart and, at the same time, turn by about 30 degrees.
    const fingers = (spread: number, turn: number) =>
      [1, -1].map((side, id) => ({
        x: centre.x + side * spread * Math.cos(turn),
        y: centre.y + side * spread * Math.sin(turn),
        id,
      }));
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(40, 0) });
    for (let step = 1; step <= 8; step++) {
      await cdp.send("Input.dispatchTouchEvent", {
        type: "touchMove",
        touchPoints: fingers(40 + step * 10, (step / 8) * (Math.PI / 6)),
      });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await eventually(
      async () => (await cameraState(page)).ratio < before.ratio * 0.7,
      "the pinch did not zoom in",
    );
    expect((await cameraState(page)).angle).toBe(0);
  });

  it("presenter mode frames every chapter's entities above its caption", async ({ open }) => {
    for (const viewport of [PHONE, { width: 1366, height: 850 }]) {
      const first = STORY[0];
      if (!first) throw new Error("the built-in dataset has no story");
      const { page, app } = await open(`/?chapter=${first.id}&present=1`, {
        viewport,
        touch: viewport === PHONE,
      });
      await app.waitForGraph();
      const caption = page.getByRole("region", { name: "Chapter" });
      for (const [index, chapter] of STORY.entries()) {
        if (index > 0) await page.keyboard.press("ArrowRight");
        await caption.getByRole("heading", { name: chapter.title, exact: true }).waitFor();
        const under = async () => {
          const top = (await caption.boundingBox())?.y ?? 0;
          const points = await Promise.all(
            chapter.focus.map(async (id) => [id, await entityScreenPosition(page, id)] as const),
          );
          return points.filter(([, point]) => point !== null && point.y >= top).map(([id]) => id);
        };
        await eventually(
          async () => (await under()).length === 0,
          `${viewport.width}×${viewport.height}, "${chapter.title}": ${(await under()).join(", ")} under the caption`,
        );
      }
    }
  });

  it("with reduce motion, a search result moves the camera in one jump", async ({ open }) => {
    const { page, app } = await open("/", {
      viewport: PHONE,
      touch: true,
      reducedMotion: "reduce",
    });
    await app.waitForGraph();
    // The entity drawn lowest: opening it raises the sheet over it, so the camera must move.
    const lowest = await page.evaluate(
      (ids) =>
        ids
          .map((id) => ({ id, point: window.__dramatis?.viewportPosition(id) ?? null }))
          .filter((item) => item.point !== null)
          .sort((a, b) => (b.point?.y ?? 0) - (a.point?.y ?? 0))[0]?.id ?? null,
      dataset.entities.map((item) => item.id),
    );
    if (!lowest) throw new Error("no entity is drawn");
    // Record the camera at every frame from now on.
    await page.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { cameraFrames: string[] }).cameraFrames = states;
      const record = () => {
        const camera = window.__dramatis?.cameraState();
        if (camera) states.push(JSON.stringify(camera));
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
    await app.search.box.tap();
    await app.search.box.fill(entity(lowest).label);
    await app.search.results
      .getByRole("option", { name: new RegExp(`^${entity(lowest).label}`) })
      .first()
      .tap();
    await app.panel.heading(entity(lowest).label).waitFor();
    const frameCount = () =>
      page.evaluate(() => (window as unknown as { cameraFrames: string[] }).cameraFrames.length);
    const after = (await frameCount()) + 30;
    await eventually(async () => (await frameCount()) >= after, "the page stopped drawing frames");
    const frames = await page.evaluate(
      () => (window as unknown as { cameraFrames: string[] }).cameraFrames,
    );
    const distinct = frames.filter((state, i) => i === 0 || state !== frames[i - 1]);
    expect(distinct.length, "the camera moved").toBeGreaterThanOrEqual(2);
    // Start and end, and at most one state in between.
    expect(distinct.length, distinct.join("\n")).toBeLessThanOrEqual(3);
  });
});
