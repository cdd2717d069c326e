/**
 * The source reader: a quote opens the notes at the quoted passage, highlighted and in view, with
 * the other claims that cite the same passage one click away; it survives a reload, and Escape
 * closes it before it clears the selection.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import {
  ARREST_ID,
  dataset,
  entity,
  relation,
  relationClaim,
  relationType,
  relationsBetween,
  source,
} from "./dataset";
import type { ExplorerPage } from "./explorerPage";
import { it } from "./fixture";

const KHRUSHCHEV = entity("khrushchev");
const BERIA = entity("beria");
const ARREST = relation(ARREST_ID);
const ARRESTED = relationType(ARREST.type);
const FIRST_EVIDENCE = ARREST.evidence?.[0];
if (!FIRST_EVIDENCE) throw new Error(`${ARREST_ID} has no evidence`);
const EVIDENCE = FIRST_EVIDENCE;
const NOTES = source(EVIDENCE.source);
/** Another claim of Khrushchev's against Beria resting on the very same words: the execution. */
const SAME_PASSAGE = relationsBetween(KHRUSHCHEV.id, BERIA.id).find(
  (item) => item.id !== ARREST_ID && item.evidence?.some((other) => other.quote === EVIDENCE.quote),
);
if (!SAME_PASSAGE) throw new Error(`no other relation cites "${EVIDENCE.quote}"`);

/** Whether the highlighted passage is within what the reader's text box shows on screen. */
async function passageInView(page: Page): Promise<boolean> {
  return page.evaluate((label) => {
    const box = document.querySelector(`[aria-label="${label}"]`);
    const mark = box?.querySelector("mark");
    if (!box || !mark) return false;
    const visible = box.getBoundingClientRect();
    const passage = mark.getBoundingClientRect();
    const top = Math.max(visible.top, 0);
    const bottom = Math.min(visible.bottom, window.innerHeight);
    return passage.bottom > top && passage.top < bottom && passage.height > 0;
  }, `Text of ${NOTES.title}`);
}

async function expectReaderAtPassage(app: ExplorerPage): Promise<void> {
  const { page } = app;
  await app.panel.heading(NOTES.title).waitFor();
  const text = page.getByLabel(`Text of ${NOTES.title}`);
  await text.waitFor();
  const mark = text.locator("mark");
  expect(await mark.count()).toBe(1);
  // The notes wrap lines where the quote does not: compare the words.
  const words = (value: string) => value.replace(/\s+/g, " ").trim();
  expect(words(await mark.innerText())).toContain(words(EVIDENCE.quote));
  await expect.poll(() => passageInView(page), { timeout: 3_000 }).toBe(true);
  expect(app.params().get("read")).toBe(`relation:${ARREST_ID}:0`);
}

describe("the source reader", () => {
  it("opens a quote at its passage, lists claims citing it, and survives a reload", async ({
    open,
  }) => {
    const { page, app } = await open(`/?entity=${KHRUSHCHEV.id}`);
    await app.waitForGraph();
    await app.panel.heading(KHRUSHCHEV.label).waitFor();

    const arrest = app.panel.relationItem(ARRESTED.label, BERIA.label);
    await arrest.getByRole("link", { name: EVIDENCE.quote }).click();
    await expectReaderAtPassage(app);
    // The way back is named.
    await page.getByRole("link", { name: "← Back to the relation" }).waitFor();

    const supports = page.getByRole("region", { name: "Claims citing this passage" });
    await supports.getByRole("heading", { name: "This passage supports" }).waitFor();
    expect(await supports.getByRole("link", { name: relationClaim(ARREST) }).count()).toBe(1);
    const other = supports.getByRole("link", { name: relationClaim(SAME_PASSAGE), exact: true });
    expect(await other.count()).toBe(1);

    await page.reload();
    await app.waitForGraph();
    await expectReaderAtPassage(app);

    await supports.getByRole("link", { name: relationClaim(SAME_PASSAGE), exact: true }).click();
    await app.panel.heading(relationClaim(SAME_PASSAGE)).waitFor();
    expect(app.params().get("relation")).toBe(SAME_PASSAGE.id);
    expect(app.params().has("read")).toBe(false);
  });

  it("closes on Escape before the selection does", async ({ open }) => {
    const { page, app } = await open(`/?read=relation:${ARREST_ID}:0`);
    await app.waitForGraph();
    await expectReaderAtPassage(app);

    await page.keyboard.press("Escape");
    // Back to what the quote belongs to: the arrest.
    await app.panel.heading(relationClaim(ARREST)).waitFor();
    expect(app.params().get("relation")).toBe(ARREST_ID);
    expect(app.params().has("read")).toBe(false);
    expect(await page.locator("mark").count()).toBe(0);

    await page.keyboard.press("Escape");
    await app.panel.heading(dataset.title).waitFor();
    expect(new URL(page.url()).search).toBe("");
  });
});
