/**
 * One errand, three ways in: find Beria, follow "was arrested by" to Khrushchev, scrub to 1956,
 * turn the story's pages to its end, and find how Voroshilov is connected to Beria. Once with the
 * mouse (counting clicks), once by keyboard alone (counting key presses, each typed character one
 * press) and once by touch alone on a phone (counting taps). Each tour checks what a reader sees
 * at every step, and prints its count, so the three can be compared.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { timelineMonths } from "../../src/scene/timeline";
import type { Dataset } from "../../src/model/schema";
import { dataset, entity } from "./dataset";
import { restingEntityPosition } from "./hook";
import { it } from "./fixture";
import type { ExplorerPage } from "./explorerPage";

const BERIA = entity("beria").label;
const KHRUSHCHEV = entity("khrushchev").label;
const VOROSHILOV = entity("voroshilov").label;
const STORY = (dataset as unknown as Dataset).story;
const LAST_CHAPTER = STORY[STORY.length - 1];
const MONTHS = timelineMonths(dataset as unknown as Dataset);
const FIRST_OF_1956 = MONTHS.indexOf("1956-01");
const CONNECTION = `How is ${VOROSHILOV} connected to ${BERIA}?`;
const PHONE = { width: 390, height: 844 };
/**
 * Presses of Tab that any one control must be reached within: from the search box to the
 * panel's first button, Tab passes the graph, its zoom, the timeline and every legend toggle.
 */
const TAB_BUDGET = 60;
/** sigma's doubleClickTimeout. */
const SIGMA_DOUBLE_CLICK_MS = 350;

/** The link to `other` in the entity panel's "was arrested by" sentence. */
function arrestedBy(app: ExplorerPage, other: string): Locator {
  return app.panel.relationItem("was arrested by", other).getByRole("link", { name: other });
}

/** The slider's point for a month, in page pixels. */
async function sliderPoint(app: ExplorerPage, month: number): Promise<{ x: number; y: number }> {
  const box = await app.timeline.slider.boundingBox();
  if (!box) throw new Error("the timeline's slider is not on screen");
  return { x: box.x + (box.width * month) / (MONTHS.length - 1), y: box.y + box.height / 2 };
}

function entityPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return restingEntityPosition(page, id);
}

async function expectChapterTitle(app: ExplorerPage): Promise<void> {
  if (!LAST_CHAPTER) throw new Error("the built-in dataset has no story");
  await app.panel.heading(LAST_CHAPTER.title).waitFor();
}

describe("the same errand by mouse, by keyboard alone and by touch alone", () => {
  it("by mouse, in clicks", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    let clicks = 0;
    const click = async (target: Locator | { x: number; y: number }, shift = false) => {
      clicks++;
      if ("x" in target) {
        if (shift) await page.keyboard.down("Shift");
        await page.mouse.click(target.x, target.y);
        if (shift) await page.keyboard.up("Shift");
      } else await target.click();
    };

    await click(await entityPoint(page, "beria"));
    await app.panel.heading(BERIA).waitFor();
    await click(arrestedBy(app, KHRUSHCHEV));
    await app.panel.heading(KHRUSHCHEV).waitFor();

    await click(await sliderPoint(app, FIRST_OF_1956));
    expect(await app.timeline.valueText()).toContain("1956");

    await click(page.getByRole("button", { name: "Story", exact: true }));
    const next = app.panel.root.getByRole("button", { name: "Next →" });
    while (await next.isEnabled()) await click(next);
    await expectChapterTitle(app);

    // Back to all time (Beria is gone by the last chapter), then shift-click two names: the
    // mouse's way to ask for a connection.
    await click(app.timeline.allTime);
    await click(await entityPoint(page, "voroshilov"), true);
    await page.getByRole("region", { name: "Connection to pick" }).waitFor();
    // Two clicks on the graph within sigma's double-click time (300 ms) would zoom instead of
    // picking; a reader's clicks on two names are further apart than that.
    await page.waitForTimeout(SIGMA_DOUBLE_CLICK_MS);
    await click(await entityPoint(page, "beria"), true);
    await app.panel.heading(CONNECTION).waitFor();
    console.log(`mouse tour: ${clicks} clicks`);
  });

  it("by keyboard alone, in key presses", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    const type = async (text: string) => {
      for (const character of text) await press(character);
    };
    const focused = (target: Locator) =>
      target.evaluateAll((elements) =>
        elements.some((element) => element === document.activeElement),
      );
    /** Tab (or Shift+Tab) until `target` (or one of the elements it finds) has focus. */
    const tabTo = async (target: Locator, key = "Tab") => {
      for (let tabs = 0; tabs < TAB_BUDGET; tabs++) {
        if (await focused(target)) return;
        await press(key);
      }
      throw new Error(`${key} did not reach ${target.toString()} in ${TAB_BUDGET} presses`);
    };
    /** The graph's own tab stop: its frame, or the element over the node in focus. */
    const graphStop = page
      .getByRole("application", { name: `Graph of ${dataset.title}` })
      .or(page.getByTestId("graph-focus"));
    const focusName = () =>
      page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

    // Find Beria: the search box, his name, Enter.
    await tabTo(app.search.box);
    await type("Beria");
    await app.search.results.waitFor();
    await press("Enter");
    await app.panel.heading(BERIA).waitFor();

    // Follow "was arrested by" in the graph: up his relations to the arrest, across, open.
    await tabTo(graphStop);
    for (let step = 0; !(await focusName()).includes(`arrested by ${KHRUSHCHEV}`); step++) {
      if (step > 30) throw new Error("the walk did not reach the arrest");
      await press("ArrowUp");
    }
    await press("ArrowRight");
    expect(await focusName()).toContain(KHRUSHCHEV);
    await press("Enter");
    await app.panel.heading(KHRUSHCHEV).waitFor();

    // Scrub to 1956: the timeline's slider, its first month, then a year at a time.
    await tabTo(app.timeline.slider);
    await press("Home");
    while (!((await app.timeline.valueText()) ?? "").includes("1956")) await press("PageUp");

    // The story to its end: back in the graph, N turns the page.
    await tabTo(graphStop, "Shift+Tab");
    for (let chapter = 0; chapter < STORY.length; chapter++) await press("n");
    await expectChapterTitle(app);

    // Back to all time: Beria is gone by the last chapter.
    await tabTo(app.timeline.allTime);
    await press("Enter");
    expect(await app.timeline.valueText()).toBe("All time");

    // The connection: back in the graph, "/" to search, Voroshilov, then "How is this
    // connected to…?" and Beria.
    await tabTo(graphStop, "Shift+Tab");
    await press("/");
    await type("Voroshilov");
    await app.search.results.waitFor();
    await press("Enter");
    await app.panel.heading(VOROSHILOV).waitFor();
    // From the search box, back to the graph, whose D key goes to the panel past the legend.
    await tabTo(graphStop);
    await press("d");
    await tabTo(app.panel.root.getByRole("button", { name: "How is this connected to…?" }));
    await press("Enter");
    const otherEnd = page.getByRole("combobox", { name: "The other end of the connection" });
    await tabTo(otherEnd);
    await type("Beria");
    await press("Enter");
    await app.panel.heading(CONNECTION).waitFor();
    console.log(`keyboard tour: ${presses} key presses`);
  });

  it("by touch alone on a phone, in taps", async ({ open }) => {
    const { page, app } = await open("/", { viewport: PHONE, touch: true });
    await app.waitForGraph();
    let taps = 0;
    const tap = async (target: Locator | { x: number; y: number }) => {
      taps++;
      if ("x" in target) await page.touchscreen.tap(target.x, target.y);
      else await target.tap();
    };

    await tap(await entityPoint(page, "beria"));
    await app.panel.heading(BERIA).waitFor();
    await tap(arrestedBy(app, KHRUSHCHEV));
    await app.panel.heading(KHRUSHCHEV).waitFor();

    await app.timeline.slider.scrollIntoViewIfNeeded();
    await tap(await sliderPoint(app, FIRST_OF_1956));
    expect(await app.timeline.valueText()).toContain("1956");

    await tap(page.getByRole("button", { name: "Story", exact: true }));
    const next = app.panel.root.getByRole("button", { name: "Next →" });
    while (await next.isEnabled()) await tap(next);
    await expectChapterTitle(app);

    // Back to all time (Beria is gone by the last chapter). No shift key on a phone:
    // Voroshilov's panel asks for the other end, and Beria's says "Connect to here".
    await tap(app.timeline.allTime);
    await tap(page.getByRole("button", { name: "Show the whole network" }));
    await tap(await entityPoint(page, "voroshilov"));
    await app.panel.heading(VOROSHILOV).waitFor();
    await tap(app.panel.root.getByRole("button", { name: "How is this connected to…?" }));
    await tap(await entityPoint(page, "beria"));
    await tap(page.getByRole("button", { name: "Connect to here" }));
    await app.panel.heading(CONNECTION).waitFor();
    console.log(`touch tour: ${taps} taps`);
  });
});
