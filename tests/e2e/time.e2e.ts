/**
 * The network through time: the timeline's Date slider moved by keyboard, by dragging and by
 * Play; what is not yet true is not drawn, and the panels say so; the date is in the URL, survives
 * a reload, and Back steps through separate scrubs.
 */
import type { Page } from "playwright-core";
import { describe, expect } from "vitest";
import { ARREST_ID, dataset, entity, relation, relationClaim, relationType } from "./dataset";
import { graphImage, pixelsAround } from "./canvas";
import { monthText, type ExplorerPage } from "./explorerPage";
import { it } from "./fixture";
import { entityScreenPosition, type ScreenPoint } from "./hook";

const BERIA = entity("beria");
const KHRUSHCHEV = entity("khrushchev");
const MALENKOV = entity("malenkov");
const STALIN = entity("stalin");
const BULGANIN = entity("bulganin");
/** Launched in 1954: nowhere in the picture of July 1953. */
const VIRGIN_LANDS = entity("virgin-lands-campaign");
const PREMIER = entity("chairman-of-the-council-of-ministers");
const ARREST = relation(ARREST_ID);
const ARRESTED = relationType(ARREST.type);
const BULGANIN_PREMIER = relation("bulganin-held-office-chairman-of-the-council-of-ministers");

/**
 * The timeline's stops: every month of the dataset's period when it names one, else from its first
 * date to its last.
 */
const MONTHS: string[] = (() => {
  const dates = [...dataset.relations, ...(dataset.entities as { start?: string; end?: string }[])]
    .flatMap((item) => [item.start, item.end])
    .filter((date): date is string => date !== undefined);
  const first =
    dataset.period?.start.slice(0, 7) ??
    dates.map((date) => (date.length === 4 ? `${date}-01` : date.slice(0, 7))).sort()[0];
  const last =
    dataset.period?.end.slice(0, 7) ??
    dates
      .map((date) => (date.length === 4 ? `${date}-12` : date.slice(0, 7)))
      .sort()
      .at(-1);
  if (!first || !last) throw new Error("the built-in dataset has no dates");
  const months: string[] = [];
  for (let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5))]; ; m++) {
    if (m > 12) [y, m] = [y + 1, 1];
    const month = `${y}-${String(m).padStart(2, "0")}`;
    months.push(month);
    if (month === last) return months;
  }
})();

/** Presses `key` on the focused slider until its value text is `text` (at most `limit` times). */
async function pressUntil(app: ExplorerPage, key: string, text: string, limit = 36) {
  const { timeline } = app;
  for (let i = 0; i < limit && (await timeline.valueText()) !== text; i++) {
    await timeline.slider.press(key);
  }
  expect(await timeline.valueText()).toBe(text);
}

async function positionOf(page: Page, entityId: string): Promise<ScreenPoint> {
  const point = await entityScreenPosition(page, entityId);
  if (!point) throw new Error(`the test hook has no position for "${entityId}"`);
  return point;
}

/** What is drawn in the 5×5 pixels at each entity's node centre (positions stay put over time). */
async function drawnAt(page: Page, points: ScreenPoint[]) {
  const shot = await graphImage(page);
  return points.map((point) => pixelsAround(shot, point, 2));
}

describe("the timeline", () => {
  it("scrubbed by keyboard to July 1953, shows Beria's arrest but not yet Bulganin's premiership", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const slider = app.timeline.slider;
    expect(await app.timeline.valueText()).toBe("All time");
    expect(await app.timeline.allTime.getAttribute("aria-pressed")).toBe("true");
    expect(BULGANIN_PREMIER.start?.startsWith("1955-02")).toBe(true);
    expect(ARREST.start?.startsWith("1953-06")).toBe(true);

    // Over all time both are drawn: their nodes' fills are at their positions.
    const beria = await positionOf(page, BERIA.id);
    const virginLands = await positionOf(page, VIRGIN_LANDS.id);
    const [beriaAll, virginLandsAll] = await drawnAt(page, [beria, virginLands]);
    expect(beriaAll?.coloured).toBe(25);
    expect(virginLandsAll?.coloured).toBe(25);

    await slider.focus();
    await slider.press("Home");
    expect(await app.timeline.valueText()).toBe(monthText(MONTHS[0] ?? ""));
    await pressUntil(app, "ArrowRight", "July 1953");
    expect(app.params().get("date")).toBe("1953-07");
    expect(await app.timeline.allTime.getAttribute("aria-pressed")).toBe("false");

    // Nothing moved; Beria is still drawn, the Virgin Lands campaign's place is empty.
    expect(await entityScreenPosition(page, BERIA.id)).toEqual(beria);
    expect(await entityScreenPosition(page, VIRGIN_LANDS.id)).toEqual(virginLands);
    await expect
      .poll(async () =>
        (await drawnAt(page, [beria, virginLands])).map((p) => [p.coloured, p.drawn]),
      )
      .toEqual([
        [25, 25],
        [0, 0],
      ]);

    // Beria's panel and the arrest's: in effect, no note.
    await page
      .getByRole("navigation", { name: "Index of entities" })
      .getByRole("link", { name: BERIA.label, exact: true })
      .click();
    await app.panel.heading(BERIA.label).waitFor();
    const details = app.panel.root;
    expect(await details.innerText()).not.toContain("Not in the picture");
    const arrested = app.panel.relationItem(ARRESTED.inverse, KHRUSHCHEV.label);
    expect(await arrested.innerText()).not.toContain("not in effect");
    await arrested.getByRole("link", { name: ARRESTED.inverse, exact: true }).click();
    await app.panel.heading(relationClaim(ARREST)).waitFor();
    expect(app.params().get("relation")).toBe(ARREST_ID);
    expect(app.params().get("date")).toBe("1953-07");
    const relationPanel = await details.innerText();
    expect(relationPanel).toContain("26 June 1953");
    expect(relationPanel).not.toContain("not in effect");

    // The premiership: Malenkov holds it in July 1953; Bulganin's (and Khrushchev's) not yet.
    const box = app.search.box;
    await box.click();
    await box.pressSequentially("Premier");
    await page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option")
      .filter({ hasText: PREMIER.label })
      .first()
      .click();
    await app.panel.heading(PREMIER.label).waitFor();
    const holders = async () => {
      await details.getByRole("heading", { name: "Holders, in order" }).waitFor();
      // The ordered list of holders: the one linking Bulganin's holding by its dates.
      const list = details.getByRole("list").filter({
        has: page.getByRole("link", { name: "8 February 1955–27 March 1958", exact: true }),
      });
      return list.getByRole("listitem").allInnerTexts();
    };
    const items = await holders();
    const names = items.map(
      (text) =>
        [STALIN, MALENKOV, BULGANIN, KHRUSHCHEV].find((person) => text.includes(person.label))
          ?.label,
    );
    expect(names).toEqual([STALIN.label, MALENKOV.label, BULGANIN.label, KHRUSHCHEV.label]);
    // Stalin's ended with his death in March 1953; Malenkov's holds; the later ones not yet.
    expect(items[0]).toContain("(not in effect as of July 1953)");
    expect(items[1]).not.toContain("not in effect");
    expect(items[2]).toContain("(not in effect as of July 1953)");
    expect(items[3]).toContain("(not in effect as of July 1953)");

    // A reload keeps the date, on the slider and in the address, and the panel.
    await page.reload();
    await app.waitForGraph();
    expect(app.params().get("date")).toBe("1953-07");
    expect(await app.timeline.valueText()).toBe("July 1953");
    await app.panel.heading(PREMIER.label).waitFor();
    expect((await holders())[2]).toContain("(not in effect as of July 1953)");
  });

  it("follows a drag on the track; End goes to the last month, All time back to everything", async ({
    open,
  }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const slider = app.timeline.slider;
    const last = Number(await slider.getAttribute("aria-valuemax"));
    expect(last).toBe(MONTHS.length - 1);
    const track = await slider.boundingBox();
    if (!track) throw new Error("the Date slider has no box");
    const y = track.y + track.height / 2;
    const now = async () => Number(await slider.getAttribute("aria-valuenow"));

    // Pressing a quarter of the way along picks a month in the first third.
    await page.mouse.move(track.x + track.width * 0.25, y);
    await page.mouse.down();
    await expect.poll(() => app.timeline.valueText()).not.toBe("All time");
    const pressed = await now();
    expect(Math.abs(pressed - 0.25 * last)).toBeLessThanOrEqual(1);
    expect(pressed).toBeLessThan(last / 3);
    expect(await app.timeline.valueText()).toBe(monthText(MONTHS[pressed] ?? ""));
    expect(app.params().get("date")).toBe(MONTHS[pressed]);

    // Dragging to the middle follows the pointer; once released, the pointer no longer moves it.
    await page.mouse.move(track.x + track.width * 0.5, y, { steps: 5 });
    await expect.poll(now).toBeGreaterThan(pressed);
    const dragged = await now();
    expect(Math.abs(dragged - 0.5 * last)).toBeLessThanOrEqual(1);
    await page.mouse.up();
    await page.mouse.move(track.x + track.width * 0.8, y, { steps: 3 });
    expect(await now()).toBe(dragged);
    expect(await app.timeline.valueText()).toBe(monthText(MONTHS[dragged] ?? ""));
    expect(app.params().get("date")).toBe(MONTHS[dragged]);

    // The press focused the slider: End goes to the last month.
    await page.keyboard.press("End");
    expect(await app.timeline.valueText()).toBe(monthText(MONTHS.at(-1) ?? ""));
    expect(await now()).toBe(last);
    expect(app.params().get("date")).toBe(MONTHS.at(-1));

    const allTime = app.timeline.allTime;
    expect(await allTime.getAttribute("aria-pressed")).toBe("false");
    await allTime.click();
    await expect.poll(() => allTime.getAttribute("aria-pressed")).toBe("true");
    expect(await app.timeline.valueText()).toBe("All time");
    expect(app.params().has("date")).toBe(false);
  });

  it("tells a mark's events in a tooltip while it is hovered", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const slider = app.timeline.slider;
    const track = await slider.boundingBox();
    if (!track) throw new Error("the Date slider has no box");
    const june = MONTHS.indexOf("1953-06");
    expect(june).toBeGreaterThan(0);
    const tooltip = page.getByRole("tooltip");
    expect(await tooltip.count()).toBe(0);

    // The mark stands over the rail at its month (the rail's top is 0.7rem down the track).
    await page.mouse.move(track.x + (track.width * june) / (MONTHS.length - 1), track.y + 13);
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    expect(text).toContain("June 1953");
    expect(text).toContain(`${relationClaim(ARREST)} · 26 June 1953`);
    expect(text).toContain("arrested Lavrentiy Beria");
    // Hovering is not choosing: the date stays.
    expect(await app.timeline.valueText()).toBe("All time");

    await page.mouse.move(track.x + track.width / 2, track.y - 100);
    await tooltip.waitFor({ state: "detached" });
  });

  it("plays through the months, and stays put once paused", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const slider = app.timeline.slider;
    const now = async () => Number(await slider.getAttribute("aria-valuenow"));

    await app.timeline.play.click();
    const pause = app.timeline.pause;
    await pause.waitFor();
    // Play starts from the first month, then moves on.
    await expect.poll(() => app.timeline.valueText(), { timeout: 3_000 }).not.toBe("All time");
    const started = await now();
    await expect.poll(now, { timeout: 5_000 }).toBeGreaterThan(started);

    await pause.click();
    await app.timeline.play.waitFor();
    const stopped = await app.timeline.valueText();
    const stoppedAt = app.params().get("date");
    expect(stopped).toBe(monthText(MONTHS[await now()] ?? ""));
    await page.waitForTimeout(1_500);
    expect(await app.timeline.valueText()).toBe(stopped);
    expect(app.params().get("date")).toBe(stoppedAt);
  });

  // A regression test: at commit 409e0d7 Play never stopped. A step onto the last month re-ran
  // the "while playing" effect with `index >= last`, which called setMonth(0) at once, so Play
  // went on from January 1953 with the button still "Pause".
  it("stops playing at the last month", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const slider = app.timeline.slider;
    // Two months before the end, so that Play has two steps to take.
    await slider.focus();
    await slider.press("End");
    await slider.press("ArrowLeft");
    await slider.press("ArrowLeft");
    expect(await app.timeline.valueText()).toBe(monthText(MONTHS.at(-3) ?? ""));

    await app.timeline.play.click();
    const lastMonth = monthText(MONTHS.at(-1) ?? "");
    await expect.poll(() => app.timeline.valueText(), { timeout: 5_000 }).toBe(lastMonth);
    // Play ends there by itself, and the date stays on the last month.
    await app.timeline.play.waitFor({ timeout: 5_000 });
    await page.waitForTimeout(1_000);
    expect(await app.timeline.valueText()).toBe(lastMonth);
  });

  it("keeps separate scrubs as separate steps for Back", async ({ open }) => {
    const { page, app } = await open("/");
    await app.waitForGraph();
    const slider = app.timeline.slider;

    // First scrub: Home, then two months on — one gesture, one history entry.
    await slider.focus();
    await slider.press("Home");
    await pressUntil(app, "ArrowRight", "March 1953");
    expect(app.params().get("date")).toBe("1953-03");
    // A pause longer than a gesture (1.5 s), then a second scrub: a year on, a month back.
    await page.waitForTimeout(1_700);
    await slider.press("PageUp");
    expect(await app.timeline.valueText()).toBe("March 1954");
    await slider.press("ArrowLeft");
    expect(await app.timeline.valueText()).toBe("February 1954");
    expect(app.params().get("date")).toBe("1954-02");

    await page.goBack();
    await expect.poll(() => app.timeline.valueText()).toBe("March 1953");
    expect(app.params().get("date")).toBe("1953-03");
    await page.goBack();
    await expect.poll(() => app.timeline.valueText()).toBe("All time");
    expect(app.params().has("date")).toBe(false);
    await page.goForward();
    await expect.poll(() => app.timeline.valueText()).toBe("March 1953");
    await page.goForward();
    await expect.poll(() => app.timeline.valueText()).toBe("February 1954");
  });
});
