/**
 * New from notes: the built-in notes pasted, drafted in a worker with a progress bar, reviewed
 * (a relation rejected, a type changed, two entities merged, a date fixed, "accept all above") and
 * opened as a dataset whose evidence quotes the notes; Cancel while drafting keeps the text; every
 * bad input is answered in the dialog with the built-in dataset still open; the review passes axe
 * and works by keyboard alone.
 */
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect } from "vitest";
import { axeViolations, describeViolations } from "./axe";
import { dataset } from "./dataset";
import { it, type Open } from "./fixture";
import { dropFiles, type PageFile } from "./files";

const NOTES = readFileSync(
  new URL("../../data/sources/post-stalin-revision-notes.txt", import.meta.url),
  "utf8",
);

function brandTitle(page: Page): Locator {
  return page.locator("header.topbar .brand-title");
}

function notesDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "New from notes" });
}

function reviewDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: /^Review the draft/ });
}

/** Opens the built-in dataset and the notes dialog from the top bar. */
async function openNotesDialog(open: Open) {
  const opened = await open("/");
  await opened.app.waitForGraph();
  await opened.page.getByRole("button", { name: "New from notes…" }).click();
  await notesDialog(opened.page).waitFor();
  return opened;
}

/** The refusal the notes dialog shows, in words. */
function refusal(page: Page): Locator {
  return notesDialog(page).getByRole("alert");
}

/** The built-in dataset is still the one open, and its graph still drawn. */
async function builtInStillOpen(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await notesDialog(page).waitFor({ state: "detached" });
  expect(await brandTitle(page).innerText()).toBe(dataset.title);
  expect(await page.title()).toBe(`${dataset.title} · Dramatis`);
}

async function pickNotesFile(page: Page, file: PageFile): Promise<void> {
  await notesDialog(page)
    .getByLabel("Choose a .txt or .md file")
    .setInputFiles({
      name: file.name,
      mimeType: "text/plain",
      buffer: Buffer.from(file.bytes),
    });
}

/** Pastes the notes and drafts them; resolves once the review is showing. */
async function draftNotes(page: Page, notes: string): Promise<Locator> {
  await page.getByRole("button", { name: "New from notes…" }).click();
  await notesDialog(page).getByLabel("Your notes").fill(notes);
  await notesDialog(page).getByRole("button", { name: "Draft", exact: true }).click();
  const review = reviewDialog(page);
  await review.waitFor({ timeout: 30_000 });
  return review;
}

/** The review's row (a list item) whose accept checkbox has this name. */
function row(review: Locator, name: string | RegExp): Locator {
  return review
    .getByRole("listitem")
    .filter({ has: review.page().getByRole("checkbox", { name }) });
}

const words = (value: string) => value.replace(/\s+/g, " ").trim();

describe("from notes to a network", () => {
  it("drafts the built-in notes with progress, takes a review, and opens the accepted draft", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    await page.getByRole("button", { name: "New from notes…" }).click();
    await notesDialog(page).getByLabel("Your notes").fill(NOTES);
    await notesDialog(page).getByRole("button", { name: "Draft", exact: true }).click();
    // The progress while it drafts: a bar with its stage, and Cancel.
    const progress = notesDialog(page).getByRole("progressbar");
    await progress.waitFor();
    expect(await notesDialog(page).getByRole("status").innerText()).toMatch(/^Drafting: .+… \d+%/);
    await notesDialog(page).getByRole("button", { name: "Cancel" }).waitFor();

    const review = reviewDialog(page);
    await review.waitFor({ timeout: 30_000 });
    const title = (await review.getByRole("heading", { level: 2 }).innerText()).replace(
      /^Review the draft: /,
      "",
    );
    const entities = review.getByRole("region", { name: /^Entities/ });
    const relations = review.getByRole("region", { name: /^Relations/ });

    // Accept all at or above 60%: every entity row's checkbox then says what its confidence does.
    await review.getByLabel("Accept all with confidence at least").fill("60");
    await review.getByRole("button", { name: "Apply" }).click();
    // Text content, not innerText: rows out of view are not laid out (content-visibility).
    const confidences = await entities.locator(".review-confidence").allTextContents();
    const checked = await entities
      .getByRole("checkbox")
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
    expect(checked).toEqual(confidences.map((text) => Number(/(\d+)%/.exec(text)?.[1]) >= 60));

    // Reject one relation: the arrest of Beria by the Presidium.
    const arrest = row(relations, /arrested Lavrentiy Beria$/).first();
    await arrest.getByRole("checkbox").uncheck();
    expect(await arrest.innerText()).toContain("rejected");
    // Its sentence is quoted with the names and the verb marked, each said in words too.
    expect(await arrest.locator("mark.quote-cue").textContent()).toBe("verb: arrested");
    expect(await arrest.locator("mark.quote-to").textContent()).toBe("to: Beria");

    // Change a type: the Presidium is a body of people; call it a group.
    const presidium = row(entities, "Presidium");
    await presidium.getByRole("combobox", { name: "Type of Presidium" }).selectOption("group");

    // Undo the draft's merge of a misspelling, then merge it back by hand.
    const khrushchev = row(entities, "Nikita Khrushchev");
    await khrushchev
      .getByRole("button", { name: "Split out “Khruschev” from Nikita Khrushchev" })
      .click();
    const misspelt = row(entities, "Khruschev");
    await misspelt.waitFor();
    await misspelt.getByRole("button", { name: "Merge Khruschev into…" }).click();
    await misspelt
      .getByRole("combobox", { name: "Merge Khruschev into" })
      .selectOption({ label: "Nikita Khrushchev" });
    await misspelt.getByRole("button", { name: "Merge", exact: true }).click();
    await misspelt.waitFor({ state: "detached" });
    expect(await khrushchev.innerText()).toContain("“Khruschev”");
    expect(await khrushchev.innerText()).toContain("merged: merged by you");

    // Fix a date: an end before the start is refused beside the field and changes nothing.
    // Malenkov's premiership ("After Stalin's death in 1953, Malenkov briefly succeeded him"): the
    // office he held from 1953, whatever the draft called it.
    const offices = row(relations, /^Georgy Malenkov held the office of /);
    let premier = offices.first();
    let start = "";
    for (let index = 0; index < (await offices.count()); index++) {
      const candidate = offices.nth(index);
      start = await candidate.getByRole("textbox", { name: /^Start of / }).inputValue();
      premier = candidate;
      if (start.startsWith("1953")) break;
    }
    expect(start).toMatch(/^1953/);
    const end = premier.getByRole("textbox", { name: /^End of / });
    await end.fill("1952");
    await end.press("Enter");
    expect(await premier.getByRole("alert").innerText()).toBe(
      `the end 1952 is before the start ${start}`,
    );
    expect(await end.getAttribute("aria-invalid")).toBe("true");
    // "By 1955 Malenkov resigns": the end the notes give.
    await end.fill("1955");
    await end.press("Enter");
    await premier.getByRole("alert").waitFor({ state: "detached" });
    expect(await premier.innerText()).toContain("dates set by you");

    // Open: the explorer shows the drafted dataset, the built-in one gone.
    const openButton = review.getByRole("button", {
      name: /^Open \d+ entities and \d+ relations$/,
    });
    const [, opened = ""] = /^Open (\d+) entities/.exec(await openButton.innerText()) ?? [];
    await openButton.click();
    // Either it opens, or the review says why not: then the test fails with those words.
    const problems = review.locator(".review-problems");
    await expect
      .poll(async () => (await review.count()) === 0 || (await problems.count()) > 0)
      .toBe(true);
    expect((await problems.count()) > 0 ? await problems.innerText() : "").toBe("");
    await expect.poll(() => brandTitle(page).innerText()).toBe(title);
    expect(await page.title()).toBe(`${title} · Dramatis`);
    await app.waitForGraph();
    await page.getByText(new RegExp(`^${opened} entities · \\d+ relations$`)).waitFor();

    // Khrushchev's panel: his misspelt name is an alias, and every quote is a sentence of the notes.
    await app.search.box.click();
    await app.search.box.pressSequentially("Khrushchev");
    await app.search.results.getByRole("option").first().waitFor();
    await app.search.box.press("Enter");
    await app.panel.heading("Nikita Khrushchev").waitFor();
    const evidence = app.panel.root.locator(".evidence-quote").filter({ visible: true });
    const quotes = await evidence.allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    // Long quotes are shown cut with "…": what is shown is the notes' own words.
    for (const quote of quotes)
      expect(words(NOTES)).toContain(words(quote).replace(/^“|”$|…”?$/g, ""));

    // A quote opens the notes themselves in the source reader, the passage marked.
    await evidence.first().click();
    const text = page.getByLabel(`Text of ${title}`);
    await text.waitFor();
    expect(words(await text.innerText())).toBe(words(NOTES));
    expect(words(NOTES)).toContain(words(await text.locator("mark").innerText()));
  });

  it("a .md file dropped anywhere on the page opens the dialog with its text", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    await dropFiles(page, [{ name: "succession.md", bytes: new Uint8Array(Buffer.from(NOTES)) }]);
    await notesDialog(page).waitFor();
    const textarea = notesDialog(page).getByRole("textbox", {
      name: "Your notes (from succession.md)",
    });
    expect(await textarea.inputValue()).toBe(NOTES.replace(/\r\n?/g, "\n"));
    expect(await brandTitle(page).innerText()).toBe(dataset.title);
  });

  it("Cancel while drafting goes back to the notes, still there", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    // Long enough (some 8,000 words) that drafting is still going when Cancel is pressed.
    const long = Array.from({ length: 10 }, () => NOTES).join("\n\n");
    await page.getByRole("button", { name: "New from notes…" }).click();
    await notesDialog(page).getByLabel("Your notes").fill(long);
    await notesDialog(page).getByRole("button", { name: "Draft", exact: true }).click();
    const cancel = notesDialog(page).getByRole("button", { name: "Cancel" });
    await cancel.waitFor();
    // Cancel has the focus: a keyboard user presses Enter.
    await page.keyboard.press("Enter");
    await notesDialog(page).getByRole("button", { name: "Draft", exact: true }).waitFor();
    expect(await notesDialog(page).getByRole("progressbar").count()).toBe(0);
    expect(await notesDialog(page).getByLabel("Your notes").inputValue()).toBe(long);
    // No review turns up later: the worker was ended, not left to finish.
    await page.waitForTimeout(2_000);
    expect(await reviewDialog(page).count()).toBe(0);
    await builtInStillOpen(page);
  });

  it("the review passes axe and works by keyboard alone", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const review = await draftNotes(page, NOTES);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // The review opens with its heading focused; Tab walks its controls in reading order.
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return element?.getAttribute("aria-label") ?? element?.textContent?.trim() ?? "";
      });
    expect(await focused()).toMatch(/^Review the draft: /);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("90");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("Apply");
    await page.keyboard.press("Enter");
    const summary = review.locator(".review-summary");
    await expect.poll(() => summary.innerText()).toMatch(/^\d+ of \d+ entities/);
    const before = await summary.innerText();

    // The first entity: Space toggles it, and the summary counts it.
    await page.keyboard.press("Tab");
    const first = review
      .getByRole("region", { name: /^Entities/ })
      .getByRole("checkbox")
      .first();
    expect(await first.evaluate((box) => box === document.activeElement)).toBe(true);
    const wasChecked = await first.isChecked();
    await page.keyboard.press("Space");
    expect(await first.isChecked()).toBe(!wasChecked);
    expect(await summary.innerText()).not.toBe(before);

    // Its label: typed, and kept on Enter.
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^Label of /);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Iosif Stalin");
    await page.keyboard.press("Enter");
    await review.getByRole("checkbox", { name: "Iosif Stalin", exact: true }).waitFor();

    // Escape closes the review and gives the focus back to "New from notes…"; Enter brings the
    // review back as it was left.
    await page.keyboard.press("Escape");
    await review.waitFor({ state: "detached" });
    expect(await focused()).toBe("New from notes…");
    await page.keyboard.press("Enter");
    await reviewDialog(page).getByRole("checkbox", { name: "Iosif Stalin", exact: true }).waitFor();
  });
});

describe("bad input is answered in the dialog, and the open dataset stays", () => {
  it("empty notes", async ({ open }) => {
    const { page } = await openNotesDialog(open);
    await notesDialog(page).getByLabel("Your notes").fill("  \n\t ");
    await notesDialog(page).getByRole("button", { name: "Draft" }).click();
    await expect
      .poll(() => refusal(page).innerText())
      .toBe("Cannot draft: What you pasted has no text to draft from.");
    await builtInStillOpen(page);
  });

  it("a binary file", async ({ open }) => {
    const { page } = await openNotesDialog(open);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await pickNotesFile(page, { name: "notes.txt", bytes: png });
    await expect
      .poll(() => refusal(page).innerText())
      .toMatch(/^Cannot draft: notes\.txt is not a text file/);
    await builtInStillOpen(page);
  });

  it("a file that is not UTF-8, dropped on the page", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    // "Khrushchev était" in Latin-1: é is one byte, 0xe9, which UTF-8 cannot start a word with.
    const latin1 = new Uint8Array([...Buffer.from("Khrushchev "), 0xe9, ...Buffer.from("tait")]);
    await dropFiles(page, [{ name: "notes.md", bytes: latin1 }]);
    await notesDialog(page).waitFor();
    await expect
      .poll(() => refusal(page).innerText())
      .toMatch(/^Cannot draft: notes\.md is not UTF-8 text/);
    await builtInStillOpen(page);
  });

  it("5 MB of notes", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const long = Buffer.from(NOTES.repeat(Math.ceil((5 * 1024 * 1024) / NOTES.length)));
    await dropFiles(page, [{ name: "long.md", bytes: new Uint8Array(long) }]);
    await notesDialog(page).waitFor();
    await expect
      .poll(() => refusal(page).innerText())
      .toMatch(/^Cannot draft: long\.md is 5\.\d MB; notes over 1 MB are not drafted at once/);
    await builtInStillOpen(page);
  });

  it("notes that name no one", async ({ open }) => {
    const { page } = await openNotesDialog(open);
    await notesDialog(page)
      .getByLabel("Your notes")
      .fill("it rained all week and the roads were closed.\nthen the weather was fine again.");
    await notesDialog(page).getByRole("button", { name: "Draft" }).click();
    await expect
      .poll(() => refusal(page).innerText(), { timeout: 30_000 })
      .toMatch(/^Cannot draft: /);
    expect(await refusal(page).innerText()).toMatch(/no one|names? no/i);
    // The notes are still there to be corrected.
    expect(await notesDialog(page).getByLabel("Your notes").inputValue()).toContain("it rained");
    await builtInStillOpen(page);
  });

  it("a drafting worker that fails", async ({ open }) => {
    const { page, allowConsoleErrors } = await open("/", {
      beforeNavigation: async (target) => {
        await target.route(/draftWorker[^/]*\.js$/, (route) => route.abort("failed"));
      },
    });
    allowConsoleErrors((error) => /draftWorker|net::ERR_FAILED/.test(error));
    await page.getByRole("button", { name: "New from notes…" }).click();
    await notesDialog(page).getByLabel("Your notes").fill(NOTES);
    await notesDialog(page).getByRole("button", { name: "Draft" }).click();
    await expect
      .poll(() => refusal(page).innerText(), { timeout: 30_000 })
      .toMatch(/^Cannot draft: What you pasted could not be drafted: /);
    expect(await notesDialog(page).getByLabel("Your notes").inputValue()).toBe(NOTES);
    await builtInStillOpen(page);
  });
});

describe("a .txt network file still opens as a network", () => {
  it("an edge list saved as .txt is imported, not drafted", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const edges = "source,target\nValjean,Javert\nJavert,Fantine\nFantine,Valjean\n";
    await dropFiles(page, [{ name: "edges.txt", bytes: new Uint8Array(Buffer.from(edges)) }]);
    await expect.poll(() => brandTitle(page).innerText()).not.toBe(dataset.title);
    expect(await notesDialog(page).count()).toBe(0);
    await page.getByText("3 entities · 3 relations", { exact: true }).waitFor();
  });
});
