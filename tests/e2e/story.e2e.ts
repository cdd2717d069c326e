/**
 * The story: chapters opened from the top bar, read in the sidebar with their evidence, played
 * full-window in presenter mode with the keyboard, and opened cold from a link.
 */
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { dataset, relation, relationClaim, source } from "./dataset";
import {
  canvasHasDrawing,
  closeBrowser,
  dateSlider,
  monthText,
  openPage,
  waitForGraph,
} from "./support";

afterAll(closeBrowser);

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

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

function panelHeading(page: Page, name: string) {
  return page
    .getByRole("complementary", { name: "Details" })
    .getByRole("heading", { level: 2, name, exact: true });
}

function searchBox(page: Page) {
  return page.getByRole("combobox", { name: "Search entities and relations" });
}

/** The presenter's caption under the graph. */
function caption(page: Page) {
  return page.getByRole("region", { name: "Chapter" });
}

/** Waits for the caption to show the chapter at `index` (0-based), and checks what shows. */
async function expectPresenting(page: Page, index: number): Promise<void> {
  const item = STORY[index];
  if (!item) throw new Error(`no chapter ${index + 1}`);
  await caption(page)
    .getByText(`${index + 1} / ${STORY.length}`)
    .waitFor();
  await caption(page).getByRole("heading", { level: 2, name: item.title, exact: true }).waitFor();
  expect(params(page).get("chapter")).toBe(item.id);
  expect(params(page).get("present")).toBe("1");
  expect(params(page).get("date")).toBe(item.date ?? null);
  // The chrome stays hidden, and the graph is drawn.
  expect(await searchBox(page).count()).toBe(0);
  expect(await page.getByRole("complementary", { name: "Details" }).count()).toBe(0);
  const drawing = await canvasHasDrawing(page);
  expect(drawing.nonBackgroundPixels).toBeGreaterThan(2_000);
  expect(drawing.distinctHues).toBeGreaterThanOrEqual(2);
}

describe("the story", () => {
  it("opens at its first chapter from the top bar; Next goes on with the evidence", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    expect(STORY.length).toBe(7);
    expect(STORY[0]).toBe(FIRST);

    await page.getByRole("button", { name: "Story", exact: true }).click();
    await panelHeading(page, "Stalin's death and the collective leadership").waitFor();
    const details = page.getByRole("complementary", { name: "Details" });
    expect(await details.innerText()).toContain("Story · chapter 1 · March 1953");
    expect(params(page).get("chapter")).toBe(FIRST.id);
    expect(params(page).get("date")).toBe("1953-03");
    expect(await dateSlider(page).getAttribute("aria-valuetext")).toBe("March 1953");
    const previous = details.getByRole("button", { name: "← Previous" });
    expect(await previous.isDisabled()).toBe(true);

    await details.getByRole("button", { name: "Next →" }).click();
    await panelHeading(page, "Beria's fall").waitFor();
    expect(await details.innerText()).toContain("Story · chapter 2 · December 1953");
    expect(params(page).get("chapter")).toBe(BERIAS_FALL.id);
    expect(params(page).get("date")).toBe("1953-12");
    expect(await dateSlider(page).getAttribute("aria-valuetext")).toBe("December 1953");
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
    await panelHeading(page, FIRST.title).waitFor();
    expect(params(page).get("chapter")).toBe(FIRST.id);

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("plays full-window in presenter mode with the keyboard, and Escape leaves it", async () => {
    const { page, consoleErrors, close } = await openPage("/");
    await waitForGraph(page);
    await page.getByRole("button", { name: "Story", exact: true }).click();
    await panelHeading(page, FIRST.title).waitFor();

    await page.getByRole("button", { name: "Present (full window)" }).click();
    await caption(page).waitFor();
    await expect.poll(() => searchBox(page).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Story", exact: true }).count()).toBe(0);
    expect(await dateSlider(page).count()).toBe(0);
    await expectPresenting(page, 0);

    // Forward through every chapter, by → and by Page Down.
    for (let index = 1; index < STORY.length; index++) {
      await page.keyboard.press(index % 2 === 1 ? "ArrowRight" : "PageDown");
      await expectPresenting(page, index);
    }
    // Past the last chapter there is nothing more: it stays.
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(300);
    await expectPresenting(page, STORY.length - 1);

    // Back by ← and by Page Up.
    await page.keyboard.press("ArrowLeft");
    await expectPresenting(page, STORY.length - 2);
    await page.keyboard.press("PageUp");
    await expectPresenting(page, STORY.length - 3);
    const here = STORY[STORY.length - 3];
    if (!here) throw new Error("the story is too short");

    // Escape leaves presenter mode and keeps the chapter, now in the sidebar.
    await page.keyboard.press("Escape");
    await searchBox(page).waitFor();
    await panelHeading(page, here.title).waitFor();
    expect(await caption(page).count()).toBe(0);
    expect(params(page).get("chapter")).toBe(here.id);
    expect(params(page).has("present")).toBe(false);
    // The timeline is back, at the chapter's date.
    expect(await dateSlider(page).getAttribute("aria-valuetext")).toBe(monthText(here.date ?? ""));

    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("opens a chapter from a link opened cold, in the sidebar or presenting", async () => {
    const { page, consoleErrors, close } = await openPage(
      `/?chapter=${SECRET_SPEECH.id}&date=${SECRET_SPEECH.date}`,
    );
    await waitForGraph(page);
    await panelHeading(page, "The Secret Speech").waitFor();
    const index = STORY.indexOf(SECRET_SPEECH) + 1;
    expect(await page.getByRole("complementary", { name: "Details" }).innerText()).toContain(
      `Story · chapter ${index} · February 1956`,
    );
    expect(await dateSlider(page).getAttribute("aria-valuetext")).toBe("February 1956");
    expect(params(page).get("chapter")).toBe(SECRET_SPEECH.id);
    expect(consoleErrors).toEqual([]);
    await close();

    const presenting = await openPage(`/?chapter=${SECRET_SPEECH.id}&present=1`);
    await waitForGraph(presenting.page);
    await caption(presenting.page)
      .getByRole("heading", { level: 2, name: "The Secret Speech", exact: true })
      .waitFor();
    await caption(presenting.page).getByText(`${index} / ${STORY.length}`).waitFor();
    expect(await searchBox(presenting.page).count()).toBe(0);
    expect(await presenting.page.getByRole("complementary", { name: "Details" }).count()).toBe(0);
    expect((await canvasHasDrawing(presenting.page)).nonBackgroundPixels).toBeGreaterThan(2_000);
    // The keys work from there too.
    await presenting.page.keyboard.press("ArrowRight");
    await expectPresenting(presenting.page, index);
    // "Leave presenter mode" is a button too.
    await caption(presenting.page).getByRole("button", { name: "Leave presenter mode" }).click();
    await searchBox(presenting.page).waitFor();
    await panelHeading(presenting.page, STORY[index]?.title ?? "").waitFor();
    expect(presenting.consoleErrors).toEqual([]);
    await presenting.close();
  });

  it("says so when a link names a chapter the story does not have, and shows the overview", async () => {
    const { page, consoleErrors, close } = await openPage("/?chapter=nope");
    await waitForGraph(page);
    const notice = page.getByRole("status").filter({ hasText: "nope" });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('story chapter "nope"');
    await panelHeading(page, dataset.title).waitFor();
    await page.getByRole("navigation", { name: "Index of entities" }).waitFor();
    expect(params(page).has("chapter")).toBe(false);

    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });

    expect(consoleErrors).toEqual([]);
    await close();
  });
});
