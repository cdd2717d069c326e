/**
 * The graph by keyboard: one tab stop with a name and a summary; the arrow keys walk from an
 * entity along its relations (by date) and across one to the entity at its other end, a focusable
 * proxy standing over the node; Backspace retraces, Enter opens the panel; single keys act only
 * while the graph has focus, and `?` lists them. Each step, filter, date and connection is said
 * in the page's one live region.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { ARREST_ID, dataset, entity } from "./dataset";
import { entityScreenPosition, labelsForced } from "./hook";
import { it } from "./fixture";

const BERIA = entity("beria");
const KHRUSHCHEV = entity("khrushchev");
const VOROSHILOV = entity("voroshilov");
/** The story's chapters, in order (the spec reads only their ids). */
const STORY = (dataset as typeof dataset & { story: { id: string }[] }).story;
/** Tab presses from the top of the page that the graph must be reached within. */
const TAB_BUDGET = 12;

const announcer = (page: Page): Locator => page.getByTestId("announcer");
/** The announcer's sentence, without the invisible mark that makes a repeat be read again. */
const said = async (page: Page): Promise<string> =>
  (await announcer(page).innerText()).replace(/\u200b/g, "");
const graph = (page: Page): Locator =>
  page.getByRole("application", { name: `Graph of ${dataset.title}` });
/** The proxy over the node in focus: what the browser focuses while the keys walk the graph. */
const proxy = (page: Page): Locator => page.getByTestId("graph-focus");
const focusedName = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);

/** Presses Tab until focus is in the graph region; returns how many presses it took. */
async function tabIntoGraph(page: Page): Promise<number> {
  for (let presses = 1; presses <= TAB_BUDGET; presses++) {
    await page.keyboard.press("Tab");
    const inGraph = await page.evaluate(
      () => document.activeElement?.closest("[role=application]") !== null,
    );
    if (inGraph) return presses;
  }
  throw new Error(`the graph was not reached in ${TAB_BUDGET} presses of Tab`);
}

/** Presses ArrowDown until the focus names `text`, within the entity's relations. */
async function walkDownTo(page: Page, text: string, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("ArrowDown");
    if ((await focusedName(page))?.includes(text)) return presses;
  }
  throw new Error(`"${text}" was not reached in ${limit} presses of ArrowDown`);
}

describe("the graph by keyboard", () => {
  it("is one tab stop, named after the dataset, described by what it draws", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    // Before any Tab, focus is on the page, not in the graph.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    const presses = await tabIntoGraph(page);
    expect(presses).toBeLessThanOrEqual(TAB_BUDGET);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe(
      "application",
    );
    const description = await graph(page).evaluate((frame) => {
      const id = frame.getAttribute("aria-describedby") ?? "";
      return document.getElementById(id)?.textContent ?? "";
    });
    expect(description).toContain(
      `${dataset.entities.length} entities and ${dataset.relations.length} relations drawn, for all time.`,
    );
    // The next Tab leaves the graph: its zoom buttons, then on; never a second stop in the canvas.
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Zoom in");
  });

  it("walks Beria → “was arrested by” → Khrushchev, back, and opens a panel", async ({ open }) => {
    const { page, app } = await open(`/?entity=${BERIA.id}`);
    await app.waitForGraph();
    await tabIntoGraph(page);
    // With Beria selected, the graph's tab stop is the proxy standing on him.
    expect(await focusedName(page)).toBe(`${BERIA.label}, person; 19 relations`);

    const arrest = `was arrested by ${KHRUSHCHEV.label}, 26 June 1953, from the notes`;
    await walkDownTo(page, arrest, 19);
    const onArrest = `${BERIA.label}, person; 16 of 19: ${arrest}`;
    expect(await focusedName(page)).toBe(onArrest);
    expect(await said(page)).toBe(onArrest);
    expect(await proxy(page).getAttribute("data-id")).toBe(ARREST_ID);
    // Walking moves the highlight, not the selection: the panel still shows Beria.
    expect(app.params().get("entity")).toBe(BERIA.id);

    await page.keyboard.press("ArrowRight");
    const onKhrushchev = `${KHRUSHCHEV.label}, person; 42 relations`;
    await expect.poll(() => focusedName(page)).toBe(onKhrushchev);
    expect(await said(page)).toBe(onKhrushchev);
    expect(await labelsForced(page, [KHRUSHCHEV.id])).toEqual([KHRUSHCHEV.id]);
    // The proxy stands over Khrushchev's node, wherever the camera has taken it.
    await expect
      .poll(async () => {
        const box = await proxy(page).boundingBox();
        const point = await entityScreenPosition(page, KHRUSHCHEV.id);
        if (!box || !point) return false;
        return (
          box.width >= 24 &&
          box.height >= 24 &&
          point.x >= box.x &&
          point.x <= box.x + box.width &&
          point.y >= box.y &&
          point.y <= box.y + box.height
        );
      })
      .toBe(true);

    await page.keyboard.press("Enter");
    await app.panel.heading(KHRUSHCHEV.label).waitFor();
    expect(app.params().get("entity")).toBe(KHRUSHCHEV.id);
    // Focus stays in the graph, on Khrushchev, ready for the next step.
    expect(await focusedName(page)).toBe(onKhrushchev);

    await page.keyboard.press("Backspace");
    await expect.poll(() => focusedName(page)).toBe(onArrest);
    expect(await said(page)).toBe(onArrest);
    await page.keyboard.press("Enter");
    await expect.poll(() => app.params().get("relation")).toBe(ARREST_ID);

    // Nothing further back: said so, and the walk stays where it is.
    await page.keyboard.press("Backspace");
    await expect.poll(() => said(page)).toBe("Back at the start of the walk.");
    expect(await focusedName(page)).toBe(onArrest);
  });

  it("starts on the most connected entity when nothing is selected", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    await tabIntoGraph(page);
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => proxy(page).getAttribute("data-id")).toBe(KHRUSHCHEV.id);
    expect(await focusedName(page)).toBe(`${KHRUSHCHEV.label}, person; 42 relations`);
  });

  it("lists its keys with ?, closes on Escape and gives focus back; typing ? in search does not", async ({
    open,
  }) => {
    const { page, app } = await open(`/?entity=${BERIA.id}`);
    await app.waitForGraph();
    const help = page.getByRole("dialog", { name: "Keys in the graph" });

    // Typing in the search box first: a question mark is text there, not a shortcut.
    await app.search.box.focus();
    await page.keyboard.type("?");
    expect(await app.search.box.inputValue()).toBe("?");
    expect(await help.count()).toBe(0);
    await app.search.box.fill("");

    await tabIntoGraph(page);
    const before = await focusedName(page);
    await page.keyboard.press("?");
    await help.waitFor();
    expect(await help.getByRole("row").count()).toBeGreaterThan(10);
    expect(await help.getByRole("cell", { name: "Backspace", exact: true }).count()).toBe(1);
    await page.keyboard.press("Escape");
    await help.waitFor({ state: "detached" });
    expect(await focusedName(page)).toBe(before);
    // That Escape closed the help only: the selection is still open.
    expect(app.params().get("entity")).toBe(BERIA.id);

    // `/` hands focus to the search box.
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe(
      "combobox",
    );
    expect(await app.search.box.inputValue()).toBe("");
  });

  it("steps the timeline with Page Up and the story with n, and says what each shows", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    await tabIntoGraph(page);
    await page.keyboard.press("PageUp");
    await expect.poll(() => app.params().get("date")).not.toBeNull();
    const month = app.params().get("date") ?? "";
    await expect
      .poll(() => said(page))
      .toMatch(
        new RegExp(`^As of ${await app.timeline.valueText()}: \\d+ entities, \\d+ relations$`),
      );
    expect(month).toMatch(/^\d{4}-\d{2}$/);

    // `n` opens the story's first chapter, and says so.
    const [first] = STORY;
    await page.keyboard.press("n");
    await expect.poll(() => app.params().get("chapter")).toBe(first?.id);
    await expect.poll(() => said(page)).toMatch(new RegExp(`^Chapter 1 of ${STORY.length}: `));
  });

  it("says what a legend filter leaves", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const people = dataset.entities.filter((item) => item.type === "person").length;
    await app.legend.entityType(`Person ${people}`).click();
    await expect
      .poll(() => said(page))
      .toMatch(
        new RegExp(`^Showing ${dataset.entities.length - people} entities and \\d+ relations$`),
      );
  });

  it("says a connection, and moving through its hops moves the highlight", async ({ open }) => {
    const { page, app } = await open(`/?path=${VOROSHILOV.id}`);
    await app.waitForGraph();
    // Picking the second end is the action whose result is said.
    const otherEnd = page.getByRole("combobox", { name: "The other end of the connection" });
    await otherEnd.click();
    await otherEnd.pressSequentially("Beria");
    await app.search.results.getByRole("option").first().waitFor();
    await otherEnd.press("Enter");
    await expect.poll(() => app.params().get("path")).toBe(`${VOROSHILOV.id},${BERIA.id}`);
    await expect
      .poll(() => said(page))
      .toMatch(new RegExp(`^${VOROSHILOV.label} to ${BERIA.label}: \\d+ hops?`));
    const hops = app.panel.root.locator(".hop");
    await hops.first().waitFor();
    const first = await hops
      .first()
      .evaluate((hop) => hop.querySelectorAll("a")[1]?.getAttribute("href"));
    const firstRelation = new URLSearchParams((first ?? "").slice((first ?? "").indexOf("?"))).get(
      "relation",
    );
    await hops.first().focus();
    await expect.poll(() => proxy(page).getAttribute("data-id")).toBe(firstRelation);
    await page.keyboard.press("ArrowDown");
    const second = await hops
      .nth(1)
      .evaluate((hop) => hop.querySelectorAll("a")[1]?.getAttribute("href"));
    const secondRelation = new URLSearchParams(
      (second ?? "").slice((second ?? "").indexOf("?")),
    ).get("relation");
    expect(secondRelation).not.toBe(firstRelation);
    await expect.poll(() => proxy(page).getAttribute("data-id")).toBe(secondRelation);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("hop"))).toBe(true);
  });
});
