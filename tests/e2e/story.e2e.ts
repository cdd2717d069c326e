/**
 * The story: chapters opened from the top bar, read in the sidebar with their evidence, played
 * full-window in presenter mode with the keyboard, and opened cold from a link.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { canvasHasDrawing } from "./canvas";
import { dataset, relation, relationClaim, source } from "./dataset";
import { monthText, type ExplorerPage } from "./explorerPage";
import { it } from "./fixture";

interface RawChapter {
  id: string;
  title: string;
  text: string;
  date?: string;
  focus: string[];
  relations: string[];
}

const STORY = (dataset as typeof dataset & { story: RawChapter[] }).story;

function chapter(id: string): RawChapter {
  const found = STORY.find((item) => item.id === id);
  if (!found) throw new Error(`the built-in dataset has no story chapter "${id}"`);
  return found;
}

const FIRST = chapter("stalins-death-and-the-collective-leadership");
const BERIAS_FALL = chapter("berias-fall");
const SECRET_SPEECH = chapter("the-secret-speech");

/** The presenter's caption under the graph. */
function caption(page: Page) {
  return page.getByRole("region", { name: "Chapter" });
}

/** Waits for the caption to show the chapter at `index` (0-based), and checks what shows. */
async function expectPresenting(app: ExplorerPage, index: number): Promise<void> {
  const { page } = app;
  const item = STORY[index];
  if (!item) throw new Error(`no chapter ${index + 1}`);
  await caption(page)
    .getByText(`${index + 1} / ${STORY.length}`)
    .waitFor();
  await caption(page).getByRole("heading", { level: 2, name: item.title, exact: true }).waitFor();
  expect(app.params().get("chapter")).toBe(item.id);
  expect(app.params().get("present")).toBe("1");
  expect(app.params().get("date")).toBe(item.date ?? null);
  // The chrome stays hidden, and the graph is drawn.
  expect(await app.search.box.count()).toBe(0);
  expect(await app.panel.root.count()).toBe(0);
  const drawing = await canvasHasDrawing(page);
  expect(drawing.nonBackgroundPixels).toBeGreaterThan(2_000);
  expect(drawing.distinctHues).toBeGreaterThanOrEqual(2);
}

describe("the story", () => {
  it("opens at its first chapter from the top bar; Next goes on with the evidence", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    expect(STORY.length).toBe(7);
    expect(STORY[0]).toBe(FIRST);

    await page.getByRole("button", { name: "Story", exact: true }).click();
    await app.panel.heading("Stalin's death and the collective leadership").waitFor();
    const details = app.panel.root;
    expect(await details.innerText()).toContain("Story · chapter 1 · March 1953");
    expect(app.params().get("chapter")).toBe(FIRST.id);
    expect(app.params().get("date")).toBe("1953-03");
    expect(await app.timeline.slider.getAttribute("aria-valuetext")).toBe("March 1953");
    const previous = details.getByRole("button", { name: "← Previous" });
    expect(await previous.isDisabled()).toBe(true);

    await details.getByRole("button", { name: "Next →" }).click();
    await app.panel.heading("Beria's fall").waitFor();
    expect(await details.innerText()).toContain("Story · chapter 2 · December 1953");
    expect(app.params().get("chapter")).toBe(BERIAS_FALL.id);
    expect(app.params().get("date")).toBe("1953-12");
    expect(await app.timeline.slider.getAttribute("aria-valuetext")).toBe("December 1953");
    expect(await previous.isDisabled()).toBe(false);

    // Each relation the chapter highlights is listed by its claim, with its evidence quoted.
    await details.getByRole("heading", { name: "The evidence" }).waitFor();
    expect(BERIAS_FALL.relations.length).toBeGreaterThan(0);
    for (const id of BERIAS_FALL.relations) {
      const item = relation(id);
      const claim = page.getByRole("link", { name: relationClaim(item), exact: true });
      expect(await details.locator(claim).count()).toBe(1);
      const entry = details.getByRole("listitem").filter({ has: claim });
      expect(await entry.count()).toBe(1);
      const evidence = item.evidence ?? [];
      if (evidence.length === 0) {
        expect(await entry.innerText()).toContain("No evidence is given for this claim.");
      }
      for (const quote of evidence) {
        await entry.getByRole("link", { name: quote.quote }).first().waitFor();
        expect(await entry.innerText()).toContain(source(quote.source).title);
      }
    }

    // Previous comes back to the first chapter.
    await previous.click();
    await app.panel.heading(FIRST.title).waitFor();
    expect(app.params().get("chapter")).toBe(FIRST.id);
  });

  it("plays full-window in presenter mode with the keyboard, and Escape leaves it", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    await page.getByRole("button", { name: "Story", exact: true }).click();
    await app.panel.heading(FIRST.title).waitFor();

    await page.getByRole("button", { name: "Present (full window)" }).click();
    await caption(page).waitFor();
    await expect.poll(() => app.search.box.count()).toBe(0);
    expect(await page.getByRole("button", { name: "Story", exact: true }).count()).toBe(0);
    expect(await app.timeline.slider.count()).toBe(0);
    await expectPresenting(app, 0);

    // Forward through every chapter, by → and by Page Down.
    for (let index = 1; index < STORY.length; index++) {
      await page.keyboard.press(index % 2 === 1 ? "ArrowRight" : "PageDown");
      await expectPresenting(app, index);
    }
    // Past the last chapter there is nothing more: it stays.
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(300);
    await expectPresenting(app, STORY.length - 1);

    // Back by ← and by Page Up.
    await page.keyboard.press("ArrowLeft");
    await expectPresenting(app, STORY.length - 2);
    await page.keyboard.press("PageUp");
    await expectPresenting(app, STORY.length - 3);
    const here = STORY[STORY.length - 3];
    if (!here) throw new Error("the story is too short");

    // Escape leaves presenter mode and keeps the chapter, now in the sidebar.
    await page.keyboard.press("Escape");
    await app.search.box.waitFor();
    await app.panel.heading(here.title).waitFor();
    expect(await caption(page).count()).toBe(0);
    expect(app.params().get("chapter")).toBe(here.id);
    expect(app.params().has("present")).toBe(false);
    // The timeline is back, at the chapter's date.
    expect(await app.timeline.slider.getAttribute("aria-valuetext")).toBe(
      monthText(here.date ?? ""),
    );
  });

  it("opens a chapter from a link opened cold, in the sidebar or presenting", async ({ open }) => {
    const { app, close } = await open(`/?chapter=${SECRET_SPEECH.id}&date=${SECRET_SPEECH.date}`);
    await app.waitForGraph();
    await app.panel.heading("The Secret Speech").waitFor();
    const index = STORY.indexOf(SECRET_SPEECH) + 1;
    expect(await app.panel.root.innerText()).toContain(`Story · chapter ${index} · February 1956`);
    expect(await app.timeline.slider.getAttribute("aria-valuetext")).toBe("February 1956");
    expect(app.params().get("chapter")).toBe(SECRET_SPEECH.id);
    await close();

    const presenting = await open(`/?chapter=${SECRET_SPEECH.id}&present=1`);
    await presenting.app.waitForGraph();
    await caption(presenting.page)
      .getByRole("heading", { level: 2, name: "The Secret Speech", exact: true })
      .waitFor();
    await caption(presenting.page).getByText(`${index} / ${STORY.length}`).waitFor();
    expect(await presenting.app.search.box.count()).toBe(0);
    expect(await presenting.app.panel.root.count()).toBe(0);
    expect((await canvasHasDrawing(presenting.page)).nonBackgroundPixels).toBeGreaterThan(2_000);
    // The keys work from there too.
    await presenting.page.keyboard.press("ArrowRight");
    await expectPresenting(presenting.app, index);
    // "Leave presenter mode" is a button too.
    await caption(presenting.page).getByRole("button", { name: "Leave presenter mode" }).click();
    await presenting.app.search.box.waitFor();
    await presenting.app.panel.heading(STORY[index]?.title ?? "").waitFor();
  });

  it("says so when a link names a chapter the story does not have, and shows the overview", async ({
    open,
  }) => {
    const { page, app } = await open("/?chapter=nope");
    await app.waitForGraph();
    const notice = page.getByRole("status").filter({ hasText: "nope" });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('story chapter "nope"');
    await app.panel.heading(dataset.title).waitFor();
    await app.index.waitFor();
    expect(app.params().has("chapter")).toBe(false);

    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
  });
});
